"""Throughput and accuracy: our date resolver against dateparser.search_dates, same articles.

usage: .venv/bin/python bench/dates_bench.py [--rounds N]

Reads the seeds and every corpus under bench/ (with their gold files), finds and resolves every
date of every article with both tools in one process, and prints articles per second for each,
the speed ratio, and how many gold date expressions each tool resolves to the right day. The
machine's speed drifts, so the sides run interleaved, one pass each a round, and the best pass
of each side is compared (the same number of passes on both sides), with the range and median
of the rounds' ratios beside it. Every pass of ours starts cold: it runs in a thread of its own,
whose matcher remembers nothing of the texts seen before (tokens, zones of date words), so
repeats help only across the distinct articles of one pass, as they would in a real corpus.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.article import dates_by_story  # noqa: E402
from extractors.dates import find_dates  # noqa: E402
from extractors.segment import segment  # noqa: E402
from extractors.text import fold  # noqa: E402
from schemas.articles import Article  # noqa: E402

CORPORA = [(ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seeds_gold.json")] + [
    (gold.parent / "articles", gold) for gold in sorted((ROOT / "bench").glob("*/gold.json"))]


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
        found[a.doc_id] = [(m.text, str(m.value_start)) for m in dates_by_story(a.text, stories)[1] if m.value_start]
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


def timed(run) -> tuple[object, float]:
    start = time.perf_counter()
    result = run()
    return result, time.perf_counter() - start


def cold(run, *args):
    """`run(*args)` in a thread of its own: `find_dates` gives each thread its own matcher, so
    this one starts with nothing remembered of the texts seen before."""
    with ThreadPoolExecutor(1) as pool:
        return pool.submit(run, *args).result()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15, help="rounds, each one pass of each side")
    args = parser.parse_args()
    articles, golds = [], []
    for folder, gold in CORPORA:
        if folder.exists():
            articles += load(folder)
            golds.append(gold)
    chars = sum(len(a.text) for a in articles)
    ours(articles)  # compile the grammar outside the timing
    anchors = {a.doc_id: segment(a)[0].anchor for a in articles}
    theirs(articles[:3], anchors)  # and load dateparser's languages

    rows = []  # (dateparser, ours with dates given, ours finding stories) seconds, per round
    for _ in range(args.rounds):  # interleaved, so that both sides run on the same machine state
        other, their_seconds = timed(lambda: theirs(articles, anchors))
        bare = cold(timed, lambda: ours_given_anchors(articles, anchors))[1]
        mine, full = cold(timed, lambda: ours(articles))
        rows.append((their_seconds, bare, full))

    def report(name: str, k: int) -> None:
        seconds = min(r[k] for r in rows)
        ratios = sorted(r[0] / r[k] for r in rows)
        line = f"{name:34} {len(articles) / seconds:7.1f} articles/s  ({seconds * 1000:5.0f} ms, best pass)"
        if k:
            line += (f"  {min(r[0] for r in rows) / seconds:5.1f}x faster, best against best"
                     f" (rounds: {ratios[0]:.1f}–{ratios[-1]:.1f}x, median {ratios[len(ratios) // 2]:.1f}x)")
        print(line)

    print(f"{len(articles)} articles, {chars:,} characters; {args.rounds} interleaved rounds")
    report("dateparser.search_dates, date given", 0)
    report("ours, date given", 1)
    report("ours, finding stories and dates", 2)
    for gold in golds:
        for name, found in (("ours", mine), ("dateparser", other)):
            ok, n = accuracy(found, gold)
            if n:
                print(f"{gold.parent.name}/{gold.name} {name:10} {ok}/{n} = {ok / n:.2f}")


if __name__ == "__main__":
    main()
