"""Score the warehouse against a reference file (the format of shared/gold/seeds_gold.json).

A system event matches a reference event when the types are compatible, every reference
actor is among the system's actors (names compared after folding, either containing the
other), and — for dated recall — the day agrees at the reference's own grain.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

import duckdb

from extractors.text import fold
from warehouse.export import Filters, timeline_events

# A reference type is matched by these system types (talks and their press conference are one encounter).
COMPATIBLE = {
    "meeting": {"meeting"},
    "call": {"call"},
    "visit": {"visit"},
    "press_conference": {"press_conference", "meeting"},
    "offensive": {"offensive"},
}
_ARTICLE = re.compile(r"^(?:وال|ال)")


def _norm(name: str) -> str:
    return _ARTICLE.sub("", fold(name or "").strip())


def _names(actor: dict[str, Any]) -> list[str]:
    return [_norm(actor[k]) for k in ("name_ar", "name", "name_en", "id") if actor.get(k)]


def _same_actor(system: dict[str, Any], reference: dict[str, Any]) -> bool:
    wanted = [_norm(n) for n in reference.get("ar", [])] + [_norm(reference.get("en", ""))]
    return any(n and w and (n == w or (len(w) >= 4 and w in n) or (len(n) >= 4 and n in w))
               for n in _names(system) for w in wanted)


def _day_agrees(day: str | None, ref: dict[str, Any]) -> bool:
    """Exact day for a day-precise reference; within the month/year/week for coarser ones."""
    want = ref["date"]
    got = (day or "")[:10]
    if len(want) < 10:
        return got[:len(want)] == want
    if ref.get("precision") in (None, "day") and not ref.get("date_end"):
        return got == want
    try:
        d = date.fromisoformat(got)
    except ValueError:
        return False
    lo = date.fromisoformat(want)
    hi = date.fromisoformat(ref["date_end"]) if ref.get("date_end") else lo + timedelta(days=6)
    return lo - timedelta(days=1) <= d <= hi


def matches(event: dict[str, Any], ref: dict[str, Any], actors: dict[str, Any], with_date: bool) -> bool:
    if event.get("type") not in COMPATIBLE[ref["type"]]:
        return False
    if not all(any(_same_actor(a, actors[r]) for a in event.get("actors", [])) for r in ref["actors"]):
        return False
    return not (with_date and ref.get("date")) or _day_agrees(event.get("date"), ref)


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
    by_doc: dict[str, list[tuple[str, str | None]]] = defaultdict(list)
    for doc, text, value in mentions:
        by_doc[doc].append((_norm(text), value))
    right = 0
    for ref in refs:
        want = ref["value"].split("/")[0]
        got = [v or "" for doc, ms in by_doc.items() if doc.startswith(ref["doc"]) for t, v in ms
               if _norm(ref["text"]) in t]
        if ref.get("precision") == "week":
            ok = any(len(v) >= 10 and abs((date.fromisoformat(v[:10]) - date.fromisoformat(want)).days) <= 2 for v in got)
        else:
            ok = any(v[:len(want)] == want for v in got)
        right += ok
    return {"temporal_accuracy": round(right / len(refs), 3) if refs else None, "temporal_reference": len(refs)}


def evaluate(con: duckdb.DuckDBPyConnection, gold: dict[str, Any]) -> dict[str, Any]:
    """Score the warehouse's default timeline and date mentions against a reference."""
    events = timeline_events(con, Filters())
    mentions = con.execute("SELECT doc_id, text, CAST(value_start AS VARCHAR) FROM date_mentions").fetchall()
    return score(gold, events, mentions)
