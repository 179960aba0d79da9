"""The figures of a timeline against a reference: precision, recall and F1 per type and
overall, date accuracy, temporal accuracy of date expressions, duplicates."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

import duckdb

from evaluation.match import matches, norm
from warehouse.export import Filters, date_values, timeline_events


def score(gold: dict[str, Any], events: list[dict[str, Any]], mentions: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    """Precision, recall and F1 per type and overall, date accuracy, temporal accuracy, duplicates."""
    actors = gold["actors"]
    required = [g for g in gold["events"] if not g.get("optional")]
    per_type: dict[str, dict[str, float]] = {}
    found = dated = 0
    for kind in sorted({g["type"] for g in gold["events"]} | {e["type"] for e in events}):
        refs = [g for g in required if g["type"] == kind]
        mine = [e for e in events if e["type"] == kind]
        hit = [g for g in refs if any(matches(e, g, actors, False) for e in events)]
        hit_dated = [g for g in refs if any(matches(e, g, actors, True) for e in events)]
        right = [e for e in mine if any(matches(e, g, actors, False) for g in gold["events"])]
        found, dated = found + len(hit), dated + len(hit_dated)
        per_type[kind] = _prf(len(right), len(mine), len(hit_dated), len(refs))
    correct = sum(1 for e in events if any(matches(e, g, actors, False) for g in gold["events"]))
    duplicates = sum(max(0, sum(1 for e in events if matches(e, g, actors, True)) - 1)
                     for g in gold["events"] if len(g.get("docs", [])) > 1 and g.get("date"))
    temporal = _temporal(gold.get("temporal", []), mentions)
    overall = _prf(correct, len(events), dated, len(required))
    return {
        "events": len(events), "reference_events": len(required),
        "recall": round(found / len(required), 3) if required else None,
        "date_accuracy": round(dated / found, 3) if found else None,
        **overall, "per_type": per_type, "duplicates": duplicates, **temporal,
    }


def _prf(correct: int, produced: int, found: int, wanted: int) -> dict[str, float]:
    precision = correct / produced if produced else 0.0
    recall = found / wanted if wanted else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall_with_date": round(recall, 3), "f1": round(f1, 3)}


def _temporal(refs: list[dict[str, Any]], mentions: list[tuple[str, str, str | None]]) -> dict[str, Any]:
    by_doc = mentions_by_doc(mentions)
    right = sum(1 for ref in refs if temporal_miss(ref, by_doc) is None)
    return {"temporal_accuracy": round(right / len(refs), 3) if refs else None, "temporal_reference": len(refs)}


def mentions_by_doc(mentions: list[tuple[str, str, str | None]]) -> dict[str, list[tuple[str, str | None]]]:
    by_doc: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for doc, text, value in mentions:
        by_doc[doc].append((norm(text), value))
    return by_doc


def temporal_miss(ref: dict[str, Any], by_doc: dict[str, list[tuple[str, str | None]]]) -> list[str] | None:
    """None when a mention holding the reference's text resolves to its value; else the values found."""
    want = ref["value"].split("/")[0]
    got = [v or "" for doc, ms in by_doc.items() if doc.startswith(ref["doc"]) for t, v in ms
           if norm(ref["text"]) in t]
    if ref.get("precision") == "week":
        ok = any(len(v) >= 10 and abs((date.fromisoformat(v[:10]) - date.fromisoformat(want)).days) <= 2 for v in got)
    else:
        ok = any(v[:len(want)] == want for v in got)
    return None if ok else got


def score_warehouse(con: duckdb.DuckDBPyConnection, gold: dict[str, Any]) -> dict[str, Any]:
    """Score the warehouse's default timeline and date mentions against a reference."""
    return score(gold, timeline_events(con, Filters()), date_values(con))
