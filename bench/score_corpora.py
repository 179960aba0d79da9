"""Score every corpus with a reference: the seeds and each set under bench/.

usage: .venv/bin/python bench/score_corpora.py [NAME ...] [--misses]

Runs the flow's own steps (`flows.steps.run_pipeline`: extract, load, merge, export) without
Prefect, each corpus in a fresh in-memory warehouse, and prints precision, dated recall, F1,
temporal accuracy and duplicates per corpus; with --misses, the reference events each one misses,
the events it finds that no reference holds (+) and the date expressions it gets wrong. A set's articles are its `articles/` folder, or, for the sets of real news,
the articles of the shared corpus named in its `docs.txt` (the texts stay out of the repository).
The misses of the check sets (`blind`, `real_check`) are never printed: they are scored, not read.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from evaluation.misses import date_misses, false_events, misses  # noqa: E402
from evaluation.score import score_warehouse  # noqa: E402
from flows.inputs import ingest  # noqa: E402
from flows.steps import run_pipeline  # noqa: E402
from warehouse import store  # noqa: E402
from warehouse.export import Filters, date_values, timeline_events  # noqa: E402


CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"
CHECK_SETS = {"blind", "real_check"}


def corpora() -> dict[str, tuple[Path, Path]]:
    found = {"seeds": (ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seeds_gold.json")}
    for gold in sorted((ROOT / "bench").glob("*/gold.json")):
        articles = gold.parent / "articles"
        found[gold.parent.name] = (articles if articles.exists() else gold.parent / "docs.txt", gold)
    return {name: paths for name, paths in found.items() if paths[1].exists()}


def corpus_articles(docs: Path, into: Path) -> Path:
    """The shared corpus's articles named in `docs` (one doc id a line), as a JSONL file in `into`."""
    wanted = docs.read_text(encoding="utf-8").split()
    found: dict[str, str] = {}
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for line in handle:
            doc_id = json.loads(line)["doc_id"]
            if doc_id in wanted:
                found[doc_id] = line
    path = into / f"{docs.parent.name}.jsonl"
    path.write_text("".join(found[d] for d in wanted), encoding="utf-8")
    return path


def warehouse_of(source: Path):
    """A fresh in-memory warehouse that the pipeline has run on once."""
    con = store.connect(":memory:")
    with tempfile.TemporaryDirectory() as tmp:
        run_pipeline(ingest(corpus_articles(source, Path(tmp)) if source.name == "docs.txt" else source), con)
    return con


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*")
    parser.add_argument("--misses", action="store_true")
    args = parser.parse_args()
    print(f"{'corpus':10} {'events':>6} {'P':>6} {'R':>6} {'F1':>6} {'temporal':>9} {'dups':>5}")
    for name, (folder, gold_path) in corpora().items():
        if args.names and name not in args.names:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        con = warehouse_of(folder)
        f = score_warehouse(con, gold)
        print(f"{name:10} {f['events']:6} {f['precision']:6.2f} {f['recall_with_date']:6.2f} {f['f1']:6.2f} "
              f"{f['temporal_accuracy'] or 0:9.3f} {f['duplicates']:5}")
        if args.misses and name not in CHECK_SETS:
            events = timeline_events(con, Filters())
            print("\n".join(misses(events, gold) + false_events(events, gold) + date_misses(date_values(con), gold)))
        con.close()


if __name__ == "__main__":
    main()
