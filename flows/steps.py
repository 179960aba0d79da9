"""The pipeline as one plain function: extract → load → merge → swap → export.

A run is one recoverable unit: each batch's readings are committed together with a mark that
their articles await a merge, and the mark is cleared in the transaction that swaps in the
merged events, so whatever a killed or stopped run leaves pending, the next run finishes.
Every report is merged again (not only those near the changed ones): the merge is greedy, so
a new report can change which event a far report joins, and only a whole merge gives the
events a clean run would.

The Prefect flow, the benchmarks and the tests all run these steps through `run_pipeline`, so
there is one pipeline. Callers choose only how batches are extracted (`extract`: in this
process by default; the flow maps its task on its task runner) and where log lines go.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Collection, Iterable, Iterator

import duckdb

from extractors.article import extract_article_safely
from extractors.gazetteer import Gazetteer, default_gazetteer, place_actors
from extractors.merge import merge_events
from flows.defaults import DEFAULT_BATCH_SIZE
from flows.inputs import Ingested
from flows.lifetime import STOP, checkpoint, raise_if_stopped, stopping_on_signals
from schemas.articles import Article
from schemas.events import Event, EventMention
from schemas.readings import ArticleReading
from warehouse import store
from warehouse.export import Filters, timeline_events

# Maps batches of articles (and why some could not be ingested) to their readings, one list a batch, in order.
Extract = Callable[[list[list[Article]], dict[str, str]], Iterable[list[ArticleReading]]]

_LOG = logging.getLogger(__name__)


@dataclass
class RunSummary:
    """What a run did; `articles_read` counts the articles extracted (the key the command line prints)."""

    articles_in: int = 0
    articles_read: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    json_path: str | None = None


def extract_batch(articles: list[Article], unreadable: dict[str, str]) -> list[ArticleReading]:
    """One batch's readings; an article that fails leaves an error, it never stops the batch
    (a stop request does, between articles)."""
    readings = []
    for article in articles:
        raise_if_stopped()
        checkpoint("extract")
        readings.append(extract_article_safely(article, unreadable.get(article.doc_id), stop=STOP.is_set))
    return readings


def extract_in_process(batches: list[list[Article]], unreadable: dict[str, str]) -> Iterator[list[ArticleReading]]:
    """Extract batch after batch in this process, without Prefect."""
    for batch in batches:
        yield extract_batch(batch, unreadable)


def batches(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def write_json(path: str | Path, events: list[dict]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"events": events}, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")


def load_batches(con: duckdb.DuckDBPyConnection, extracted: Iterable[list[ArticleReading]], total: int,
                 summary: RunSummary, logger: logging.Logger | logging.LoggerAdapter, named: Collection[str] = ()) -> None:
    """Load each batch as it arrives (one transaction each) and count what it brought; the error of
    an article in `named` (ingestion named why it is unreadable) is not named a second time."""
    for readings in extracted:
        store.load_readings(con, readings)
        checkpoint("loaded")
        for r in readings:
            if r.error and r.article.doc_id not in named:
                summary.problems.append(f"{r.article.doc_id}: {r.error}")
        summary.articles_read += len(readings)
        summary.articles_failed += sum(1 for r in readings if r.error)
        logger.info(f"{summary.articles_read}/{total} articles read and loaded")


def merge_isolating(by_doc: dict[str, list[EventMention]], gaz: Gazetteer) -> tuple[list[Event], dict[str, str]]:
    """All events, and the articles left out because the merge failed on their reports (with why):
    one article's bad reports must not cost every other article its events."""
    try:
        return merge_events(_flatten(by_doc, by_doc), gaz), {}
    except Exception:
        unmerged = {doc: why for doc in by_doc if (why := _merge_error(by_doc[doc], gaz))}
    kept: list[str] = []
    for doc in (d for d in by_doc if d not in unmerged):
        why = _merge_error(_flatten(by_doc, [*kept, doc]), gaz)
        if why:
            unmerged[doc] = why
        else:
            kept.append(doc)
    return merge_events(_flatten(by_doc, kept), gaz), unmerged


def _flatten(by_doc: dict[str, list[EventMention]], docs: Iterable[str]) -> list[EventMention]:
    return [m for doc in sorted(docs) for m in by_doc[doc]]


def _merge_error(mentions: list[EventMention], gaz: Gazetteer) -> str | None:
    try:
        merge_events(mentions, gaz)
    except Exception as exc:
        return f"merge failed: {type(exc).__name__}: {exc}"
    return None


def merge_pending(con: duckdb.DuckDBPyConnection, gaz: Gazetteer, summary: RunSummary) -> None:
    """Merge every report into events and swap them in, recording the articles the merge failed on."""
    checkpoint("merge")
    events, unmerged = merge_isolating(store.mentions_by_doc(con), gaz)
    checkpoint("swap")
    store.replace_events(con, events, unmerged)
    checkpoint("swapped")
    for doc, why in unmerged.items():
        summary.problems.append(f"{doc}: {why}")
    summary.articles_failed += len(unmerged)


def run_pipeline(ingested: Ingested, con: duckdb.DuckDBPyConnection, gaz: Gazetteer | None = None,
                 json_path: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 extract: Extract = extract_in_process,
                 logger: logging.Logger | logging.LoggerAdapter = _LOG) -> RunSummary:
    """Extract the new, changed and failed articles and load them; when any article awaits a
    merge (loaded now or by a run that was stopped), merge the events again and swap them in;
    export the timeline JSON when `json_path` is given. SIGINT and SIGTERM stop it between steps
    (see `flows.lifetime`)."""
    with stopping_on_signals():
        return _run(ingested, con, gaz or default_gazetteer(), json_path, batch_size, extract, logger)


def _run(ingested: Ingested, con: duckdb.DuckDBPyConnection, gaz: Gazetteer, json_path: str | None,
         batch_size: int, extract: Extract, logger: logging.Logger | logging.LoggerAdapter) -> RunSummary:
    summary = RunSummary(articles_in=len(ingested.articles), problems=list(ingested.problems))
    store.record_rejected(con, ingested.problems)
    store.load_gazetteer(con, [*gaz.actors.values(), *place_actors(gaz)], list(gaz.offices))
    todo = store.changed_articles(con, ingested.articles)
    summary.articles_unchanged = len(ingested.articles) - len(todo)
    if todo:
        load_batches(con, extract(batches(todo, batch_size), ingested.unreadable), len(todo), summary, logger,
                     named=ingested.unreadable)
    if store.pending_merge(con):
        merge_pending(con, gaz, summary)
    events = timeline_events(con, Filters())
    summary.events = len(events)
    if json_path:
        write_json(json_path, events)
        summary.json_path = json_path
    logger.info(f"{summary.articles_read} read, {summary.articles_unchanged} unchanged, "
                f"{summary.articles_failed} failed, {summary.events} events, {len(summary.problems)} problems")
    return summary
