"""Time each extraction step on ever longer articles: the time per KB must stay flat.

usage: .venv/bin/python bench/scaling_bench.py [--sizes 16,64,256,1024] [--huge 5120] [--profile KB]

Builds articles of the given sizes (KB of UTF-8) by repeating a 16 KB block of texts taken
across seeds/ and bench/*/articles, with one fixed anchor date, times segmentation, dates, actors and events on
each, and prints the time per KB. The issue's bar: flat within 2x from 16 KB to 1 MB. With
--huge, an article of that size runs through `extract_article_safely` under its time budget:
it must finish or be stopped with its reason. --profile prints a cProfile of one size.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from schemas.articles import Article  # noqa: E402

from extractors.actors import find_actors  # noqa: E402
from extractors.article import dates_by_story, extract_article_safely  # noqa: E402
from extractors.events import find_event_mentions  # noqa: E402
from extractors.segment import segment  # noqa: E402

ANCHOR = date(2018, 3, 1)
HUGE_LIMIT_S = 30.0
BLOCK_KB = 16
REPEATS = 5  # runs of the small sizes, whose single timings are the noisiest


def source_texts() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "bench").glob("*/articles/*.txt"))
    return [p.read_text(encoding="utf-8").strip() for p in paths]


def block_of(texts: list[str], kb: int = BLOCK_KB) -> str:
    """About `kb` KB of texts taken evenly across all the corpora."""
    step = max(1, len(texts) // 12)
    parts, size, k = [], 0, 0
    while size < kb * 1024:
        parts.append(texts[(k * step) % len(texts)])
        size += len(parts[-1].encode("utf-8")) + 2
        k += 1
    return "\n\n".join(parts)


def article_of(kb: int, texts: list[str]) -> Article:
    """An article of about `kb` KB: one block repeated, so that every size reads the same mix
    of text and only the length changes."""
    block = block_of(texts)
    copies = max(1, round(kb * 1024 / len(block.encode("utf-8"))))
    return Article(doc_id=f"scale-{kb}", text="\n\n".join([block] * copies), published=ANCHOR)


def time_steps(article: Article) -> dict[str, float]:
    """Seconds spent in each step of `extract_article`, run the way it runs them."""
    spent: dict[str, float] = {}
    t = time.perf_counter()
    segments = segment(article)
    spent["segment"], t = time.perf_counter() - t, time.perf_counter()
    segments, dates = dates_by_story(article.text, segments)
    spent["dates"], t = time.perf_counter() - t, time.perf_counter()
    actors = find_actors(article.text, segments)
    spent["actors"], t = time.perf_counter() - t, time.perf_counter()
    find_event_mentions(article.doc_id, article.text, segments, dates, actors)
    spent["events"] = time.perf_counter() - t
    return spent


def report_sizes(sizes: list[int], texts: list[str]) -> list[float]:
    """Print ms per KB for each step and size; the total ms per KB of each size."""
    steps = ("segment", "dates", "actors", "events")
    print(f"{'KB':>6} " + " ".join(f"{s:>8}" for s in steps) + f" {'total':>8}   (ms per KB)")
    totals = []
    time_steps(article_of(BLOCK_KB, texts))  # tables and patterns are built on first use, not per KB
    for kb in sizes:
        article = article_of(kb, texts)
        real_kb = len(article.text.encode("utf-8")) / 1024
        runs = [time_steps(article) for _ in range(max(1, min(REPEATS, 256 // kb)))]
        spent = {s: min(run[s] for run in runs) for s in steps}  # the least disturbed by other work
        per_kb = {s: 1000 * spent[s] / real_kb for s in steps}
        totals.append(sum(per_kb.values()))
        print(f"{kb:6} " + " ".join(f"{per_kb[s]:8.2f}" for s in steps) + f" {totals[-1]:8.2f}")
    return totals


def run_huge(kb: int, texts: list[str]) -> bool:
    """The huge article finishes within the limit, or the budget stops it with its reason."""
    article = article_of(kb, texts)
    t = time.perf_counter()
    reading = extract_article_safely(article, seconds=HUGE_LIMIT_S)
    spent = time.perf_counter() - t
    outcome = f"stopped: {reading.error}" if reading.error else f"{len(reading.mentions)} event mentions"
    print(f"{kb} KB article: {spent:.1f} s, {outcome}")
    return spent < HUGE_LIMIT_S or bool(reading.error and reading.error.startswith("extraction stopped"))


def profile(kb: int, texts: list[str]) -> None:
    article = article_of(kb, texts)
    profiler = cProfile.Profile()
    profiler.runcall(time_steps, article)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="16,64,256,1024")
    parser.add_argument("--huge", type=int, default=0)
    parser.add_argument("--profile", type=int, default=0)
    args = parser.parse_args()
    texts = source_texts()
    if args.profile:
        profile(args.profile, texts)
        return
    totals = report_sizes([int(s) for s in args.sizes.split(",")], texts)
    flat = max(totals) <= 2 * min(totals)
    print(f"time per KB {'flat' if flat else 'NOT flat'} within 2x: {min(totals):.2f} .. {max(totals):.2f} ms")
    huge_ok = run_huge(args.huge, texts) if args.huge else True
    sys.exit(0 if flat and huge_ok else 1)


if __name__ == "__main__":
    main()
