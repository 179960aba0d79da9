"""What a timeline gets wrong against a reference, one line per reference event, for reading by eye."""

from __future__ import annotations

from typing import Any

from evaluation.match import matches
from evaluation.score import mentions_by_doc, temporal_miss


def _describe(event: dict[str, Any]) -> str:
    return f"{event['type']} {[a['id'] for a in event['actors']]} {event['date']}"


def misses(events: list[dict[str, Any]], gold: dict[str, Any]) -> list[str]:
    """Reference events told by several articles but kept as several rows, and required ones
    not found on their day (with the days they were found on, if any)."""
    out = []
    for ref in gold["events"]:
        copies = [e for e in events if matches(e, ref, gold["actors"], True)]
        if len(ref.get("docs", [])) > 1 and ref.get("date") and len(copies) > 1:
            out.append(f"  {ref['id']} {ref['type']} {ref['actors']} {ref.get('date')} — {len(copies)} rows: "
                       + "; ".join(_describe(e) for e in copies))
        if ref.get("optional") or copies:
            continue
        found = [e["date"] for e in events if matches(e, ref, gold["actors"], False)]
        out.append(f"  {ref['id']} {ref['type']} {ref['actors']} {ref.get('date')}"
                   + (f" — found, dated {found}" if found else " — missing"))
    return out


def false_events(events: list[dict[str, Any]], gold: dict[str, Any]) -> list[str]:
    """Timeline events that match no reference event, required or optional."""
    return [f"  + {_describe(e)} " + " | ".join(f"{s['doc_id']}: {s['trigger']} «{s['date_text'] or ''}»"
                                                for s in e.get("sources", []))
            for e in events
            if not any(matches(e, ref, gold["actors"], False) for ref in gold["events"])]


def date_misses(mentions: list[tuple[str, str, str | None]], gold: dict[str, Any]) -> list[str]:
    """Reference date expressions not found, or found with another value."""
    by_doc = mentions_by_doc(mentions)
    out = []
    for ref in gold.get("temporal", []):
        got = temporal_miss(ref, by_doc)
        if got is not None:
            out.append(f"  {ref['doc']} «{ref['text']}» {ref['value']} — " + (f"got {got}" if got else "not found"))
    return out
