"""Load extraction results into DuckDB and read them back.

Bulk inserts go through Arrow (one `INSERT … SELECT` per table per batch, inside one
transaction): a failure mid-batch leaves no half article behind.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import duckdb
import pyarrow as pa

from schemas.actors import Actor, Office
from schemas.articles import Article
from schemas.events import Event, EventMention
from schemas.readings import ArticleReading

_PER_DOC_TABLES = ("segments", "date_mentions", "actor_mentions", "event_mentions", "articles")


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) a warehouse file, with the schema in place."""
    path = Path(path)
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path), read_only=read_only)
    if not read_only:
        con.execute(resources.files("warehouse").joinpath("schema.sql").read_text("utf-8"))
    return con


def content_hash(article: Article) -> str:
    """What identifies an article's content: its text and metadata."""
    payload = article.model_dump_json(exclude={"doc_id"})
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def changed_articles(con: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> list[Article]:
    """The articles to extract: new ones, changed ones, and those whose last extraction failed
    (an error may be passing, so a failed article is tried again even when its text is the same)."""
    ids = [a.doc_id for a in articles]
    if not ids:
        return []
    rows = con.execute("SELECT doc_id, content_hash FROM articles WHERE doc_id IN (SELECT unnest(?)) AND error IS NULL",
                       [ids]).fetchall()
    intact = dict(rows)
    return [a for a in articles if intact.get(a.doc_id) != content_hash(a)]


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict[str, Any]], schema: pa.Schema) -> None:
    if not rows:
        return
    batch = pa.Table.from_pylist(rows, schema=schema)
    con.register("_batch", batch)
    try:
        columns = ", ".join(f'"{name}"' for name in schema.names)
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _batch")
    finally:
        con.unregister("_batch")


_ARTICLES = pa.schema([
    ("doc_id", pa.string()), ("published", pa.date32()), ("published_source", pa.string()),
    ("dateline_date", pa.date32()), ("dateline_text", pa.string()), ("source", pa.string()), ("url", pa.string()),
    ("title", pa.string()), ("text", pa.string()), ("content_hash", pa.string()), ("error", pa.string()),
    ("loaded_at", pa.timestamp("us")),
])
_SEGMENTS = pa.schema([
    ("doc_id", pa.string()), ("part", pa.int32()), ("start", pa.int32()), ("end", pa.int32()),
    ("anchor", pa.date32()), ("anchor_source", pa.string()), ("dateline", pa.string()), ("dateline_date", pa.date32()),
])
_DATES = pa.schema([
    ("doc_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
    ("value_start", pa.date32()), ("value_end", pa.date32()), ("precision", pa.string()),
    ("time_of_day", pa.string()), ("time", pa.string()), ("how", pa.string()), ("anchor", pa.date32()),
    ("prefer", pa.string()), ("weekday_agrees", pa.bool_()), ("calendars_agree", pa.bool_()),
])
_ACTOR_MENTIONS = pa.schema([
    ("doc_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()),
    ("actor_id", pa.string()), ("how", pa.string()),
])
_EVENT_MENTIONS = pa.schema([
    ("doc_id", pa.string()), ("trigger_start", pa.int32()), ("type", pa.string()), ("trigger", pa.string()),
    ("sentence", pa.string()), ("date", pa.date32()), ("precision", pa.string()), ("date_text", pa.string()),
    ("date_source", pa.string()), ("status", pa.string()), ("location", pa.string()), ("confidence", pa.float64()),
    ("mention", pa.string()), ("event_id", pa.string()),
])
_ACTORS = pa.schema([
    ("actor_id", pa.string()), ("name_ar", pa.string()), ("name_en", pa.string()), ("kind", pa.string()),
    ("country", pa.string()), ("aliases", pa.list_(pa.string())),
])
_OFFICES = pa.schema([
    ("actor_id", pa.string()), ("office", pa.string()), ("country", pa.string()), ("start", pa.date32()),
    ("end", pa.date32()),
])
_EVENTS = pa.schema([
    ("event_id", pa.string()), ("type", pa.string()), ("date", pa.date32()), ("date_end", pa.date32()),
    ("precision", pa.string()), ("time_of_day", pa.string()), ("date_source", pa.string()), ("status", pa.string()),
    ("location", pa.string()), ("confidence", pa.float64()), ("cameo", pa.string()), ("plover", pa.string()),
    ("first_reported", pa.date32()),
])
_EVENT_ACTORS = pa.schema([("event_id", pa.string()), ("actor_id", pa.string()), ("role", pa.string()),
                           ("text", pa.string())])
_REJECTED = pa.schema([("run_at", pa.timestamp("us")), ("problem", pa.string())])
_EVENT_SOURCES = pa.schema([
    ("event_id", pa.string()), ("doc_id", pa.string()), ("sentence", pa.string()), ("date_text", pa.string()),
    ("trigger", pa.string()), ("trigger_start", pa.int32()),
])


def _article_row(reading: ArticleReading, now: datetime) -> dict[str, Any]:
    a = reading.article
    first = reading.segments[0] if reading.segments else None
    published = first.anchor if first else a.published
    source = first.anchor_source if first else a.published_source
    return {
        **a.model_dump(include={"doc_id", "source", "url", "title", "text"}),
        "published": published, "published_source": source,
        "dateline_date": first.dateline_date if first else None, "dateline_text": first.dateline if first else None,
        "content_hash": content_hash(a), "error": reading.error, "loaded_at": now,
    }


def load_readings(con: duckdb.DuckDBPyConnection, readings: Sequence[ArticleReading]) -> None:
    """Replace everything known about these articles and mark them pending a merge, in one transaction."""
    if not readings:
        return
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    doc_ids = [r.article.doc_id for r in readings]
    con.execute("BEGIN TRANSACTION")
    try:
        for table in _PER_DOC_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?))", [doc_ids])
        _insert(con, "articles", [_article_row(r, now) for r in readings], _ARTICLES)
        _insert(con, "segments", [{"doc_id": r.article.doc_id, **s.model_dump()} for r in readings for s in r.segments], _SEGMENTS)
        _insert(con, "date_mentions", [
            {"doc_id": r.article.doc_id, **m.model_dump(exclude={"vague"})}
            for r in readings for m in r.dates if m.value_start is not None
        ], _DATES)
        _insert(con, "actor_mentions", [
            {"doc_id": r.article.doc_id, **m.model_dump(exclude={"prep"})} for r in readings for m in r.actors.mentions
        ], _ACTOR_MENTIONS)
        _insert(con, "event_mentions", [
            {**m.model_dump(include={"doc_id", "trigger_start", "type", "trigger", "sentence", "date", "precision",
                                     "date_text", "date_source", "status", "location", "confidence"}),
             "mention": m.model_dump_json()}
            for r in readings for m in r.mentions
        ], _EVENT_MENTIONS)
        load_actors(con, [a for r in readings for a in r.actors.introduced], replace=False)
        con.execute("INSERT OR IGNORE INTO pending_merge SELECT unnest(?)", [doc_ids])
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def record_rejected(con: duckdb.DuckDBPyConnection, problems: Sequence[str]) -> None:
    """Keep the input problems of this run, one row each, so that what a run left out can be queried."""
    if problems:
        now = datetime.now(timezone.utc).replace(tzinfo=None)
        _insert(con, "rejected", [{"run_at": now, "problem": p} for p in problems], _REJECTED)


def load_actors(con: duckdb.DuckDBPyConnection, actors: Sequence[Actor], replace: bool = True) -> None:
    """Upsert actors; with replace=False, actors already present are left as they are."""
    unique = list({a.actor_id: a for a in actors}.values())
    if not unique:
        return
    ids = [a.actor_id for a in unique]
    if replace:
        con.execute("DELETE FROM actors WHERE actor_id IN (SELECT unnest(?))", [ids])
    else:
        present = {r[0] for r in con.execute("SELECT actor_id FROM actors WHERE actor_id IN (SELECT unnest(?))", [ids]).fetchall()}
        unique = [a for a in unique if a.actor_id not in present]
    _insert(con, "actors", [{**a.model_dump(exclude={"aliases"}), "aliases": list(a.aliases)} for a in unique], _ACTORS)


def load_gazetteer(con: duckdb.DuckDBPyConnection, actors: Sequence[Actor], offices: Sequence[Office]) -> None:
    """The reference actors and offices, loaded like dbt seeds (replacing earlier copies)."""
    con.execute("BEGIN TRANSACTION")
    try:
        load_actors(con, actors, replace=True)
        con.execute("DELETE FROM offices")
        _insert(con, "offices", [o.model_dump() for o in offices], _OFFICES)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def event_mentions(con: duckdb.DuckDBPyConnection) -> list[EventMention]:
    rows = con.execute("SELECT mention FROM event_mentions ORDER BY doc_id, trigger_start").fetchall()
    return [EventMention.model_validate_json(r[0]) for r in rows]


def pending_merge(con: duckdb.DuckDBPyConnection) -> bool:
    """Articles were loaded since the events were last merged (by this run or one that was stopped)."""
    return con.execute("SELECT count(*) FROM pending_merge").fetchone()[0] > 0


def mentions_by_doc(con: duckdb.DuckDBPyConnection) -> dict[str, list[EventMention]]:
    """Every report to merge, article by article in doc_id order: those of articles that did not fail."""
    rows = con.execute("""
        SELECT doc_id, mention FROM event_mentions
        WHERE doc_id NOT IN (SELECT doc_id FROM articles WHERE error IS NOT NULL)
        ORDER BY doc_id, trigger_start""").fetchall()
    by_doc: dict[str, list[EventMention]] = {}
    for doc_id, mention in rows:
        by_doc.setdefault(doc_id, []).append(EventMention.model_validate_json(mention))
    return by_doc


def _swap_rows(con: duckdb.DuckDBPyConnection, old: Sequence[str], new: Sequence[Event]) -> None:
    for table in ("event_sources", "event_actors", "events"):
        con.execute(f"DELETE FROM {table} WHERE event_id IN (SELECT unnest($ids))", {"ids": list(old)})
    con.execute("UPDATE event_mentions SET event_id = NULL WHERE event_id IN (SELECT unnest($ids))", {"ids": list(old)})
    _insert(con, "events", [e.model_dump(exclude={"actors", "sources"}) for e in new], _EVENTS)
    _insert(con, "event_actors", [{"event_id": e.event_id, **a.model_dump()} for e in new for a in e.actors], _EVENT_ACTORS)
    _insert(con, "event_sources", [{"event_id": e.event_id, **s.model_dump()} for e in new for s in e.sources], _EVENT_SOURCES)
    con.execute("""
        UPDATE event_mentions AS m SET event_id = s.event_id FROM event_sources s
        WHERE m.doc_id = s.doc_id AND m.trigger_start = s.trigger_start
          AND s.event_id IN (SELECT unnest($ids))""", {"ids": [e.event_id for e in new]})


def swap_events(con: duckdb.DuckDBPyConnection, old: Sequence[str], new: Sequence[Event]) -> None:
    """Replace the events `old` by `new` (and point their reports at them), in one transaction;
    every other event keeps its rows as they were."""
    con.execute("BEGIN TRANSACTION")
    try:
        _swap_rows(con, old, new)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def replace_events(con: duckdb.DuckDBPyConnection, events: Sequence[Event],
                   unmerged: dict[str, str] | None = None) -> None:
    """Swap in a freshly merged set of all events, record why the `unmerged` articles' reports
    could not be merged, and clear the pending merge: all in one transaction, so a run stopped
    before it commits leaves the merge pending for the next run."""
    con.execute("BEGIN TRANSACTION")
    try:
        _swap_rows(con, [r[0] for r in con.execute("SELECT event_id FROM events").fetchall()], events)
        for doc_id, error in (unmerged or {}).items():
            con.execute("UPDATE articles SET error = ? WHERE doc_id = ?", [error, doc_id])
        con.execute("DELETE FROM pending_merge")
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows per table."""
    tables = ("articles", "segments", "date_mentions", "actors", "offices", "actor_mentions", "event_mentions",
              "events", "event_actors", "event_sources")
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
