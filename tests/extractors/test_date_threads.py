"""`find_dates` from many threads at once finds what one thread finds: the grammar is shared and
never changes, and each thread matches with its own tables, however often they are emptied."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from functools import partial

import extractors.dates as dates
from extractors.dates import Matcher, find_dates

ANCHOR = date(2024, 12, 13)
THREADS = 8
PHRASES = ["مساء أمس الأول", "يوم الخميس {n} شباط", "في {n}/3/2024", "قبل {n} أيام", "الساعة {h} من مساء أمس",
           "منذ {n} أسابيع", "الأسبوع الماضي", "{n} يناير 2019", "غدا الجمعة", "أوائل الشهر"]
# Every text is distinct, and so are most of its zones of date words: each thread's tables churn.
TEXTS = [f"قال الوزير {PHRASES[n % len(PHRASES)].format(n=n % 28 + 1, h=n % 12 + 1)} إن العدد {n} كبير، واليوم {n % 28 + 1} آب"
         for n in range(300)]


def find_all(thread: int) -> list[list]:
    """The dates of every text, each thread starting at another text so that they overlap
    differently; in the order of `TEXTS`."""
    first = thread * len(TEXTS) // THREADS
    order = list(range(first, len(TEXTS))) + list(range(first))
    found = {i: find_dates(TEXTS[i], ANCHOR) for i in order}
    return [found[i] for i in range(len(TEXTS))]


def test_the_texts_are_distinct():
    assert len(set(TEXTS)) == len(TEXTS)


def test_threads_find_what_one_thread_finds(monkeypatch):
    expected = [find_dates(text, ANCHOR) for text in TEXTS]
    assert sum(map(len, expected)) >= 2 * len(TEXTS)
    monkeypatch.setattr(dates, "Matcher", partial(Matcher, zone_limit=2, token_limit=2))  # each new thread's
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        with ThreadPoolExecutor(THREADS) as pool:
            found = list(pool.map(find_all, range(THREADS)))
    finally:
        sys.setswitchinterval(interval)
    for thread in found:
        assert thread == expected
