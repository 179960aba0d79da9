"""Parts of event reading: trigger forms compiled from the lexicon, the date an event settles
on, and what earlier triggers of a sentence leave to later ones."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.data_files import read_yaml
from extractors.events import compile_lexicon
from extractors.events.dating import settle_date
from extractors.events.roles import Thread
from extractors.events.triggers import trigger_hits
from extractors.sentences import Sentence
from schemas.dates import DateMention

ROWS = [
    {"type": "visit", "forms": "زيارة", "pos": "noun", "aspect": "perfect", "frame": "visitor", "cameo": "042",
     "plover": "CONSULT", "requires": "", "excludes": ""},
    {"type": "meeting", "forms": "التقى|يلتقي", "pos": "verb", "aspect": "perfect", "frame": "symmetric",
     "cameo": "040", "plover": "CONSULT", "requires": "", "excludes": ""},
    {"type": "meeting", "forms": "لقاء", "pos": "noun", "aspect": "perfect", "frame": "symmetric", "cameo": "040",
     "plover": "CONSULT", "requires": "", "excludes": ""},
]


def lexicon():
    return compile_lexicon(ROWS, read_yaml("events.yaml"))


@pytest.mark.parametrize("text, expected", [
    # (trigger text, type, future, suffixed, definite, purpose)
    ("زيارة", [("زيارة", "visit", False, False, False, False)]),
    ("وبزيارته", [("زيارته", "visit", False, True, False, False)]),  # ة becomes ت before a suffix
    ("الزيارة", [("زيارة", "visit", False, False, True, False)]),  # the trigger without its article
    ("لزيارة", [("زيارة", "visit", False, False, False, True)]),  # the lam of purpose
    ("سيلتقي", [("يلتقي", "meeting", True, False, False, False)]),
    ("فالتقى", [("التقى", "meeting", False, False, False, False)]),
    ("لقاءه", [("لقاءه", "meeting", False, True, False, False)]),
    ("لقائه", [("لقائه", "meeting", False, True, False, False)]),  # the hamza's seat before a suffix
    ("للقاء", [("لقاء", "meeting", False, False, False, True)]),  # "to meet": purpose, not the article
    ("زيارات ملتقى", []),  # other words
])
def test_trigger_forms(text: str, expected: list[tuple[str, str, bool, bool, bool, bool]]) -> None:
    found = [(h.text, h.trigger.type, h.future, h.suffixed, h.definite, h.purpose) for h in trigger_hits(text, lexicon())]
    assert found == expected


def day(value: date | None, how: str = "weekday") -> DateMention:
    return DateMention(start=0, end=3, text="x", value_start=value, value_end=value, precision="day", how=how)


SENTENCE = Sentence(0, 10, "x" * 10, heading=False)
HEADING = Sentence(0, 10, "x" * 10, heading=True)
CARRIED = day(date(2017, 6, 1))


@pytest.mark.parametrize("found, carry, sentence, background, expected", [
    (day(date(2017, 5, 31)), CARRIED, SENTENCE, False, (day(date(2017, 5, 31)), "relative")),
    (day(date(2017, 5, 31), "day_month"), None, SENTENCE, False, (day(date(2017, 5, 31), "day_month"), "explicit")),
    (None, CARRIED, SENTENCE, False, (CARRIED, "context")),
    (None, CARRIED, HEADING, False, (None, None)),  # a headline takes no date from the story
    (None, CARRIED, SENTENCE, True, (None, None)),  # nor does an attack told as background
    (None, None, SENTENCE, False, (None, None)),
    (day(None), CARRIED, SENTENCE, False, (None, None)),  # a mention of no calendar value dates nothing
])
def test_settle_date(found: DateMention | None, carry: DateMention | None, sentence: Sentence, background: bool,
                     expected: tuple[DateMention | None, str | None]) -> None:
    assert settle_date(found, carry, sentence, background) == expected


@given(st.lists(st.tuples(st.sampled_from([None, "a", "b"]), st.lists(st.sampled_from(["p", "q"]), max_size=2)),
                max_size=6))
def test_a_thread_keeps_the_last_subject_and_people_named(steps: list[tuple[str | None, list[str]]]) -> None:
    thread = Thread()
    for subject, people in steps:
        thread.remember(subject, tuple(people))
    subjects = [s for s, _ in steps if s]
    crowds = [tuple(p) for _, p in steps if p]
    assert (thread.subject, thread.people) == (subjects[-1] if subjects else None, crowds[-1] if crowds else ())
