"""Read the ordered timeline back out of the warehouse (the JSON export of the contract)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

_EVENTS = """
SELECT event_id, type, date, date_end, precision, time_of_day, date_source, status, location, confidence,
       cameo, plover, first_reported
FROM timeline
WHERE ($status IS NULL OR status = $status)
  AND ($type IS NULL OR type = $type)
  AND confidence >= $min_confidence
  AND ($since IS NULL OR coalesce(date_end, date) >= $since)
  AND ($until IS NULL OR date <= $until)
  AND ($actor IS NULL OR event_id IN (
        SELECT ea.event_id FROM event_actors ea LEFT JOIN actors a USING (actor_id)
        WHERE ea.actor_id = $actor OR a.name_ar = $actor OR lower(a.name_en) = lower($actor)
           OR list_contains(a.aliases, $actor)))
"""
_ACTORS = """
SELECT ea.event_id, ea.actor_id, coalesce(a.name_ar, ea.text, ea.actor_id), a.name_en, a.kind, ea.role, ea.text
FROM event_actors ea LEFT JOIN actors a USING (actor_id)
WHERE ea.event_id IN (SELECT unnest($ids))
ORDER BY ea.event_id, CASE ea.role WHEN 'source' THEN 0 WHEN 'participant' THEN 1 ELSE 2 END, a.actor_id
"""
_SOURCES = """
SELECT event_id, doc_id, sentence, any_value(date_text ORDER BY trigger_start), any_value(trigger ORDER BY trigger_start)
FROM event_sources WHERE event_id IN (SELECT unnest($ids))
GROUP BY event_id, doc_id, sentence ORDER BY event_id, doc_id, min(trigger_start)
"""


@dataclass(frozen=True)
class Filters:
    """Which events an export holds; by default only those reported as having happened."""

    actor: str | None = None
    type: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = "asserted"
    # Below it: events that lack a party (extractors' events.yaml `complete`, at most 0.25) and events
    # told only by a bare noun with one party and no date (0.55), most of them words about attacks or
    # talks in general; a second party, a date, a verb or a second article lifts an event above it.
    min_confidence: float = 0.56


def timeline_events(con: duckdb.DuckDBPyConnection, filters: Filters = Filters()) -> list[dict[str, Any]]:
    """Events in time order (undated last), each with its actors and sources."""
    params = {"actor": filters.actor, "type": filters.type, "since": filters.since, "until": filters.until,
              "status": filters.status, "min_confidence": filters.min_confidence}
    cur = con.execute(_EVENTS, params)
    names = [d[0] for d in cur.description]
    events = [dict(zip(names, row)) for row in cur.fetchall()]
    ids = [e["event_id"] for e in events]
    actors: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for event_id, actor_id, name_ar, name_en, kind, role, text in con.execute(_ACTORS, {"ids": ids}).fetchall():
        actors[event_id].append({"id": actor_id, "name_ar": name_ar, "name_en": name_en, "kind": kind, "role": role,
                                 "name": text or name_ar})
    sources: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    for event_id, doc_id, sentence, date_text, trigger in con.execute(_SOURCES, {"ids": ids}).fetchall():
        sources[event_id].append({"doc_id": doc_id, "sentence": sentence, "date_text": date_text, "trigger": trigger})
    return [
        {
            "id": e["event_id"], "type": e["type"], "date": _iso(e["date"]), "date_end": _iso(e["date_end"]),
            "precision": e["precision"], "time_of_day": e["time_of_day"], "date_source": e["date_source"],
            "status": e["status"], "location": e["location"], "confidence": e["confidence"],
            "cameo": e["cameo"], "plover": e["plover"], "first_reported": _iso(e["first_reported"]),
            "actors": actors[e["event_id"]], "sources": sources[e["event_id"]],
        }
        for e in events
    ]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def date_values(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str | None]]:
    """Each resolved date mention as (doc_id, text, first day in ISO form), for scoring dates."""
    return con.execute("SELECT doc_id, text, CAST(value_start AS VARCHAR) FROM date_mentions").fetchall()


def undated_count(con: duckdb.DuckDBPyConnection) -> int:
    return con.execute("SELECT count(*) FROM events WHERE date IS NULL AND status = 'asserted'").fetchone()[0]


def run_query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Column names and rows of any SQL against the warehouse."""
    cur = con.execute(sql)
    return [d[0] for d in cur.description or []], cur.fetchall()


PARQUET_TABLES = ("articles", "segments", "date_mentions", "actors", "offices", "actor_mentions", "event_mentions",
                  "events", "event_actors", "event_sources", "rejected", "timeline")


def export_parquet(con: duckdb.DuckDBPyConnection, directory: str) -> list[str]:
    """Every table (and the timeline view) as one Parquet file each, for a bigger engine.

    The path goes in as a parameter, so no folder name can add SQL of its own; the table
    names come from the fixed list above."""
    written = []
    for table in PARQUET_TABLES:
        path = str(Path(directory) / f"{table}.parquet")
        con.execute(f"COPY (SELECT * FROM {table}) TO $path (FORMAT parquet, COMPRESSION zstd)", {"path": path})
        written.append(path)
    return written
