"""Throughput and accuracy: our date resolver against dateparser.search_dates, same articles.

usage: .venv/bin/python bench/dates_bench.py [--repeat N] [--dateparser-repeat N]

Reads the seeds and the dev set (with their gold files when present), finds and resolves every
date of every article with both tools in one process, and prints articles per second for each,
the speed ratio (best pass against best pass), and how many gold date expressions each tool
resolves to the right day.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.dates import find_dates  # noqa: E402
from extractors.reading import dates_by_story  # noqa: E402
from extractors.segment import segment  # noqa: E402
from extractors.text import fold  # noqa: E402
from schemas.articles import Article  # noqa: E402

CORPORA = [
    (ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seeds_gold.json"),
    (ROOT / "bench" / "devset" / "articles", ROOT / "bench" / "devset" / "gold.json"),
]


def load(folder: Path) -> list[Article]:
    manifest = {}
    if (folder / "manifest.csv").exists():
        manifest = {r["doc_id"]: r for r in csv.DictReader((folder / "manifest.csv").open(encoding="utf-8"))}
    out = []
    for path in sorted(folder.glob("*.txt")):
        published = manifest.get(path.stem, {}).get("published") or None
        out.append(Article(doc_id=path.stem, text=path.read_text(encoding="utf-8"),
                           published=date.fromisoformat(published) if published else None))
    return out


def ours(articles: list[Article]) -> dict[str, list[tuple[str, str]]]:
    found = {}
    for a in articles:
        stories = segment(a)
        found[a.doc_id] = [(m.text, str(m.value_start)) for m in dates_by_story(a.text, stories) if m.value_start]
    return found


def ours_given_anchors(articles: list[Article], anchors: dict[str, date | None]) -> dict[str, list[tuple[str, str]]]:
    """Only finding and resolving, with each article's date given, as dateparser is given it."""
    return {a.doc_id: [(m.text, str(m.value_start)) for m in find_dates(a.text, anchors.get(a.doc_id)) if m.value_start]
            for a in articles}


def theirs(articles: list[Article], anchors: dict[str, date | None]) -> dict[str, list[tuple[str, str]]]:
    from dateparser.search import search_dates

    found = {}
    for a in articles:
        base = anchors.get(a.doc_id)
        settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day)} if base else {}
        hits = search_dates(a.text, languages=["ar", "en"], settings=settings) or []
        found[a.doc_id] = [(text, str(value.date())) for text, value in hits]
    return found


def accuracy(found: dict[str, list[tuple[str, str]]], gold_path: Path) -> tuple[int, int]:
    if not gold_path.exists():
        return 0, 0
    gold = json.loads(gold_path.read_text(encoding="utf-8")).get("temporal", [])
    ok = 0
    for g in gold:
        want = g["value"].split("/")[0]
        mentions = [v for doc, ms in found.items() if doc.startswith(g["doc"]) for t, v in ms
                    if fold(g["text"]) in fold(t) or fold(t) in fold(g["text"])]
        ok += any(v[: len(want)] == want for v in mentions)
    return ok, len(gold)


def best_of(passes: int, run):
    """The result and the fastest of several passes (the least disturbed by anything else running)."""
    best, result = float("inf"), None
    for _ in range(passes):
        start = time.perf_counter()
        result = run()
        best = min(best, time.perf_counter() - start)
    return result, best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20, help="passes of our resolver over the corpus (best one kept)")
    parser.add_argument("--dateparser-repeat", type=int, default=3, help="passes of dateparser (best one kept)")
    args = parser.parse_args()
    articles, golds = [], []
    for folder, gold in CORPORA:
        if folder.exists():
            articles += load(folder)
            golds.append(gold)
    chars = sum(len(a.text) for a in articles)
    ours(articles)  # compile the grammar outside the timing
    anchors = {a.doc_id: segment(a)[0].anchor for a in articles}

    mine, our_seconds = best_of(args.repeat, lambda: ours(articles))
    _, our_bare_seconds = best_of(args.repeat, lambda: ours_given_anchors(articles, anchors))
    other, their_seconds = best_of(args.dateparser_repeat, lambda: theirs(articles, anchors))

    print(f"{len(articles)} articles, {chars:,} characters")
    print(f"dateparser, date given:        {len(articles) / their_seconds:8.1f} articles/s  ({their_seconds * 1000:.0f} ms per pass)")
    print(f"ours, date given:              {len(articles) / our_bare_seconds:8.1f} articles/s  "
          f"({our_bare_seconds * 1000:.0f} ms per pass)  {their_seconds / our_bare_seconds:5.1f}x faster")
    print(f"ours, finding stories and dates: {len(articles) / our_seconds:6.1f} articles/s  "
          f"({our_seconds * 1000:.0f} ms per pass)  {their_seconds / our_seconds:5.1f}x faster")
    for gold in golds:
        for name, found in (("ours", mine), ("dateparser", other)):
            ok, n = accuracy(found, gold)
            if n:
                print(f"{gold.parent.name}/{gold.name} {name:10} {ok}/{n} = {ok / n:.2f}")


if __name__ == "__main__":
    main()
