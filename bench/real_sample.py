"""Draw the real-news sets `bench/real_dev`, `bench/real_check`, `bench/real_dev2`, `bench/real_dev3`,
`bench/real_dev4` to `bench/real_dev10` from the shared corpus.

usage: .venv/bin/python bench/real_sample.py   (writes each set's bench/NAME/docs.txt)

The rule, fixed before any article was read:
- the corpus is `../shared/corpora/saudinewsnet-2015.jsonl.gz` (8,991 articles, 11 outlets);
- only articles of 300–5,000 characters are drawn (a person annotates each by hand);
- an article "tells of events" when its folded text holds one of EVENT_WORDS, a list written
  for this draw from the five event types (not the extractor's trigger table);
- the articles that tell of events are shuffled with random.Random(SEED) within each outlet and
  taken outlet by outlet in turn (stratified by outlet), the others shuffled the same way;
- real_dev takes the first 40 that tell of events and the first 10 that do not; real_check the
  next 24 and the next 6; real_dev2 and real_dev3 (drawn later, to widen development) the next
  40 and 10 each; real_dev4 (drawn later still, to weigh articles that are about an event, as
  a judged set of news is) the next 40 that tell of events in their title too, by the same test
  as the text (so «الوزارة» passes for «زار», as in the texts), and the next 10 of the others;
  the articles passed over for it stay in the pool; real_dev5 (drawn later still) the next 40
  whose title holds an event word as a whole word (after the clitics و، ف، ب، ل، ك and ال, before
  a plural or pronoun ending other than ه (ة folds to it), so neither «الوزارة» passes for «زار» nor «الاجتماعية» for
  «اجتماع»), and the next 10 of the others; real_dev6 (drawn later still, to measure new rules on
  fresh text drawn as real_check was) the next 40 that tell of events in their text and the next 10;
  real_dev7 (drawn after it, to weigh recall again) the next 40 by real_dev5's whole-word title test
  and the next 10; real_dev8 (drawn after it, for the same reason) the same way; real_dev9 (drawn
  after it, as real_check was) the next 40 that tell of events in their text and the next 10;
  real_dev10 (drawn after it, to weigh attacks, the type real_check's figures showed weakest) the
  next 40 whose text holds one of ATTACK_WORDS, and the next 10 of the others.
  No article is in two sets, and adding a set leaves the earlier ones unchanged.
The texts stay in the shared corpus: the sets keep only their doc ids and their annotation.
"""

from __future__ import annotations

import gzip
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.text import fold  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"
SEED = 20261202
SIZES = {
    "real_dev": (40, 10, None),
    "real_check": (24, 6, None),
    "real_dev2": (40, 10, None),
    "real_dev3": (40, 10, None),
    "real_dev4": (40, 10, "substring"),
    "real_dev5": (40, 10, "word"),
    "real_dev6": (40, 10, None),
    "real_dev7": (40, 10, "word"),
    "real_dev8": (40, 10, "word"),
    "real_dev9": (40, 10, None),
    "real_dev10": (40, 10, "attack"),
}
ATTACK_WORDS = ["غارة", "غارات", "قصف", "هجوم", "هجمات", "استهدف", "عملية عسكرية", "ضربات", "اشتباكات"]
EVENT_WORDS = [
    "التقى", "يلتقي", "لقاء", "اجتماع", "اجتمع", "استقبل", "يستقبل", "استقبال", "مباحثات", "محادثات", "بحث مع",
    "اتصال هاتفي", "اتصالا هاتفيا", "اتصالاً هاتفياً", "هاتفيا", "زيارة", "زار", "يزور", "وصل إلى", "مؤتمر صحفي",
    "مؤتمرا صحفيا", *ATTACK_WORDS,
]


def articles() -> list[dict]:
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def tells_of_events(text: str, words: list[str]) -> bool:
    folded = fold(text)
    return any(w in folded for w in words)


def passes(article: dict, words: list[str], test: str | None) -> bool:
    """Whether an article passes the set's test: none; its title by the text's substring test or by
    whole words; or its text holding a word of attack ("attack")."""
    if test is None:
        return True
    if test == "attack":
        return tells_of_events(article["text"], [fold(w) for w in ATTACK_WORDS])
    return tells_in_title(article["title"], words, test)


def tells_in_title(title: str, words: list[str], test: str) -> bool:
    """Whether a title passes the text's substring test or the whole-word test."""
    if test == "substring":
        return tells_of_events(title, words)
    return bool(_word_pattern(words).search(fold(title)))


_SUFFIXES = "ات|ان|ين|هما|هم|ها"


def _word_pattern(words: list[str]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[وف]?[بلك]?(?:ال)?(?:{alternation})(?:{_SUFFIXES})?(?!\w)")


def stratified(pool: list[dict], rng: random.Random) -> list[dict]:
    """The pool shuffled within each outlet, then taken one outlet after another in turn."""
    by_outlet: dict[str, list[dict]] = defaultdict(list)
    for article in pool:
        by_outlet[article["source"]].append(article)
    queues = []
    for outlet in sorted(by_outlet):
        rng.shuffle(by_outlet[outlet])
        queues.append(by_outlet[outlet])
    order = []
    while any(queues):
        for queue in queues:
            if queue:
                order.append(queue.pop())
    return order


def main() -> None:
    rng = random.Random(SEED)
    words = [fold(w) for w in EVENT_WORDS]
    drawable = [a for a in articles() if 300 <= len(a["text"]) <= 5000]
    eventful = stratified([a for a in drawable if tells_of_events(a["text"], words)], rng)
    other = stratified([a for a in drawable if not tells_of_events(a["text"], words)], rng)
    for name, (n_events, n_other, test) in SIZES.items():
        told = [a for a in eventful if passes(a, words, test)][:n_events]
        taken = {a["doc_id"] for a in told}
        chosen = told + other[:n_other]
        eventful, other = [a for a in eventful if a["doc_id"] not in taken], other[n_other:]
        path = ROOT / "bench" / name / "docs.txt"
        path.write_text("".join(a["doc_id"] + "\n" for a in chosen), encoding="utf-8")
        print(f"{name}: {len(chosen)} articles ({n_events} telling of events, {n_other} drawn from the rest)")


if __name__ == "__main__":
    main()
