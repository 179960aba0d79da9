"""Score every corpus with a reference: the seeds and each set under bench/.

usage: .venv/bin/python bench/score_corpora.py [NAME ...] [--misses]

Runs the flow's own steps (read, load, merge, export) without Prefect, each corpus in a fresh
in-memory warehouse, and prints precision, dated recall, F1, temporal accuracy and duplicates
per corpus, with the reference events each one misses when --misses is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.gazetteer import default_gazetteer  # noqa: E402
from extractors.merge import merge_events  # noqa: E402
from extractors.reading import read_article_safely  # noqa: E402
from flows.inputs import read_input  # noqa: E402
from warehouse import store  # noqa: E402
from warehouse.evaluate import evaluate, matches  # noqa: E402
from warehouse.export import Filters, timeline_events  # noqa: E402


def corpora() -> dict[str, tuple[Path, Path]]:
    found = {"seeds": (ROOT / "seeds", ROOT.parent / "shared" / "gold" / "seeds_gold.json")}
    for gold in sorted((ROOT / "bench").glob("*/gold.json")):
        found[gold.parent.name] = (gold.parent / "articles", gold)
    return {name: paths for name, paths in found.items() if paths[1].exists()}


def warehouse_of(folder: Path):
    gaz = default_gazetteer()
    con = store.connect(":memory:")
    store.load_gazetteer(con, list(gaz.actors.values()), list(gaz.offices))
    ingested = read_input(folder)
    store.load_readings(con, [read_article_safely(a, ingested.unreadable.get(a.doc_id)) for a in ingested.articles])
    touched, mentions = store.mentions_to_remerge(con, [a.doc_id for a in ingested.articles])
    store.swap_events(con, touched, merge_events(mentions, gaz))
    return con


def misses(con, gold: dict) -> list[str]:
    events = timeline_events(con, Filters())
    out = []
    for ref in gold["events"]:
        copies = [e for e in events if matches(e, ref, gold["actors"], True)]
        if len(ref.get("docs", [])) > 1 and ref.get("date") and len(copies) > 1:
            out.append(f"  {ref['id']} {ref['type']} {ref['actors']} {ref.get('date')} — {len(copies)} rows: "
                       + "; ".join(f"{e['type']} {[a['id'] for a in e['actors']]} {e['date']}" for e in copies))
        if ref.get("optional"):
            continue
        if not any(matches(e, ref, gold["actors"], True) for e in events):
            found = [e["date"] for e in events if matches(e, ref, gold["actors"], False)]
            out.append(f"  {ref['id']} {ref['type']} {ref['actors']} {ref.get('date')}"
                       + (f" — found, dated {found}" if found else " — missing"))
    return out


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
        f = evaluate(con, gold)
        print(f"{name:10} {f['events']:6} {f['precision']:6.2f} {f['recall_with_date']:6.2f} {f['f1']:6.2f} "
              f"{f['temporal_accuracy'] or 0:9.3f} {f['duplicates']:5}")
        if args.misses:
            print("\n".join(misses(con, gold)))
        con.close()


if __name__ == "__main__":
    main()
