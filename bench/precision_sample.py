"""Draw events at random from the whole real corpus's default timeline, to judge them by reading.

usage: .venv/bin/python bench/precision_sample.py [--db FILE] [--count 50] [--seed 20261202]

Runs the flow's own steps (`flows.steps.run_pipeline`, no Prefect) over
`../shared/corpora/saudinewsnet-2015.jsonl.gz` into FILE (default: a temporary file; an existing
FILE is reused as it is), then prints COUNT events of the default export drawn with a seeded
shuffle, each with its type, day, actors and roles, and every source sentence with the article's
date, for a person to judge: is it an event of its type, are the actors and roles right, is the
day right. The judgement is written down by hand (README, "Measured"); nothing here scores it.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from flows.inputs import ingest  # noqa: E402
from flows.steps import run_pipeline  # noqa: E402
from warehouse import store  # noqa: E402
from warehouse.export import Filters, timeline_events  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"


def warehouse(path: Path):
    """The warehouse at `path`, filled from the corpus unless it holds articles already."""
    con = store.connect(path)
    if not con.execute("SELECT count(*) FROM articles").fetchone()[0]:
        run_pipeline(ingest(CORPUS), con)
    return con


def describe(event: dict, published: dict[str, str]) -> str:
    actors = ", ".join(f"{a['id']}:{a['role']}" for a in event["actors"])
    lines = [f"{event['type']} {event['date'] or 'undated'} (first reported {event['first_reported']}) [{actors}]"
             f" confidence {event['confidence']}"]
    for s in event["sources"]:
        lines.append(f"    {s['doc_id']} ({published.get(s['doc_id'])}) {s['trigger']} «{s['date_text'] or ''}»: "
                     + " ".join(s["sentence"].split()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--seed", type=int, default=20261202)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        con = warehouse(args.db or Path(tmp) / "corpus.duckdb")
        events = timeline_events(con, Filters())
        published = {d: str(p) for d, p in con.execute("SELECT doc_id, published FROM articles").fetchall()}
        con.close()
    chosen = random.Random(args.seed).sample(events, min(args.count, len(events)))
    print(f"{len(events)} events in the default timeline; {len(chosen)} drawn (seed {args.seed})\n")
    for number, event in enumerate(chosen, 1):
        print(f"{number:2}. {describe(event, published)}\n")


if __name__ == "__main__":
    main()
