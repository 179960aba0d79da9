"""Warehouse load speed: 100,000 synthetic events with their actors and sources.

usage: .venv/bin/python bench/warehouse_bench.py [--events N]

Times (1) loading N events, their ~2.5N actor rows and ~1.5N source rows into a fresh DuckDB
file through Arrow, in one transaction; (2) loading N/5 articles' rows (their reports as
event mentions); (3) a re-run with nothing changed (content hashes compared, nothing
written); and (4) merging N reports into events, for scale.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.merge import merge_events  # noqa: E402
from schemas.actors import ActorReading  # noqa: E402
from schemas.articles import Article, Segment  # noqa: E402
from schemas.events import Event, EventActor, EventMention, EventSource  # noqa: E402
from schemas.readings import ArticleReading  # noqa: E402
from warehouse import store  # noqa: E402

TYPES = ["meeting", "call", "visit", "press_conference", "offensive"]


def synthetic_events(n: int, rng: random.Random) -> list[Event]:
    day0 = date(2015, 1, 1)
    events = []
    for i in range(n):
        actors = rng.sample(range(2000), k=rng.choice([2, 2, 3]))
        docs = [f"doc{rng.randrange(n // 5)}" for _ in range(rng.choice([1, 1, 2, 2, 3]))]
        day = day0 + timedelta(days=rng.randrange(3650))
        events.append(Event(
            event_id=f"e{i:07d}", type=rng.choice(TYPES), date=day, date_end=day, precision="day", time_of_day=None,
            date_source="relative", status="asserted", location=None, confidence=0.8, cameo="040", plover="CONSULT",
            actors=tuple(EventActor(actor_id=f"a{a}", role="participant") for a in actors),
            sources=tuple(EventSource(doc_id=d, sentence=f"sentence {i}", date_text="أمس", trigger_start=k * 100)
                          for k, d in enumerate(docs)),
        ))
    return events


def synthetic_readings(events: list[Event]) -> list[ArticleReading]:
    by_doc: dict[str, list[EventMention]] = {}
    for e in events:
        for s in e.sources:
            by_doc.setdefault(s.doc_id, []).append(EventMention(
                doc_id=s.doc_id, type=e.type, trigger="التقى", trigger_start=s.trigger_start or 0,
                trigger_end=(s.trigger_start or 0) + 5, sentence=s.sentence, sentence_start=0, actors=e.actors,
                date=e.date, date_end=e.date, precision="day", date_text="أمس", date_source="relative",
                confidence=0.8, anchor=e.date + timedelta(days=1)))
    return [ArticleReading(
        article=Article(doc_id=doc, text=f"نص المقال {doc}", published=ms[0].anchor, published_source="manifest"),
        segments=(Segment(part=0, start=0, end=10, anchor=ms[0].anchor, anchor_source="manifest"),),
        dates=(), actors=ActorReading(mentions=(), places=(), introduced=()), mentions=tuple(ms))
        for doc, ms in sorted(by_doc.items())]


def timed(label: str, fn) -> float:
    start = time.perf_counter()
    fn()
    seconds = time.perf_counter() - start
    print(f"{label:60} {seconds:7.2f} s")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(7)
    events = synthetic_events(args.events, rng)
    readings = synthetic_readings(events)
    mentions = [m for r in readings for m in r.mentions]
    actor_rows = sum(len(e.actors) for e in events)
    source_rows = sum(len(e.sources) for e in events)
    print(f"{len(events):,} events, {actor_rows:,} event actors, {source_rows:,} event sources; "
          f"{len(readings):,} articles with {len(mentions):,} reports")
    with tempfile.TemporaryDirectory() as tmp:
        con = store.connect(Path(tmp) / "bench.duckdb")
        timed(f"load {len(events):,} events with actors and sources", lambda: store.swap_events(con, [], events))
        timed(f"load {len(readings):,} articles with their reports", lambda: store.load_readings(con, readings))

        def rerun_unchanged() -> None:
            assert not store.changed_articles(con, [r.article for r in readings])

        timed("re-run with nothing changed (hashes compared, nothing written)", rerun_unchanged)
        print(f"rows: {store.counts(con)}")
        con.close()
    timed(f"merge {len(mentions):,} reports into events (extractors.merge)", lambda: merge_events(mentions))


if __name__ == "__main__":
    main()
