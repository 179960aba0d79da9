"""The pipeline as one plain function: extract → load → re-merge → swap → export.

The Prefect flow, the benchmarks and the tests all run these steps through `run_pipeline`, so
there is one pipeline. Callers choose only how batches are extracted (`extract`: in this
process by default; the flow maps its task on its task runner) and where log lines go.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

import duckdb

from extractors.article import extract_article_safely
from extractors.gazetteer import Gazetteer, default_gazetteer
from extractors.merge import merge_events
from flows.defaults import DEFAULT_BATCH_SIZE
from flows.inputs import Ingested
from schemas.articles import Article
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
    """One batch's readings; an article that fails leaves an error, it never stops the batch."""
    return [extract_article_safely(a, unreadable.get(a.doc_id)) for a in articles]


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
                 summary: RunSummary, logger: logging.Logger | logging.LoggerAdapter) -> None:
    """Load each batch as it arrives (one transaction each) and count what it brought."""
    for readings in extracted:
        store.load_readings(con, readings)
        for r in readings:
            if r.error:
                summary.problems.append(f"{r.article.doc_id}: {r.error}")
                logger.warning(f"{r.article.doc_id}: {r.error}")
        summary.articles_read += len(readings)
        summary.articles_failed += sum(1 for r in readings if r.error)
        logger.info(f"{summary.articles_read}/{total} articles read and loaded")


def run_pipeline(ingested: Ingested, con: duckdb.DuckDBPyConnection, gaz: Gazetteer | None = None,
                 json_path: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE,
                 extract: Extract = extract_in_process,
                 logger: logging.Logger | logging.LoggerAdapter = _LOG) -> RunSummary:
    """Extract the new, changed and failed articles, load them, merge their events again and
    swap them in; export the timeline JSON when `json_path` is given."""
    summary = RunSummary(articles_in=len(ingested.articles), problems=list(ingested.problems))
    for problem in ingested.problems:
        logger.warning(problem)
    gaz = gaz or default_gazetteer()
    store.load_gazetteer(con, list(gaz.actors.values()), list(gaz.offices))
    todo = store.changed_articles(con, ingested.articles)
    summary.articles_unchanged = len(ingested.articles) - len(todo)
    if todo:
        load_batches(con, extract(batches(todo, batch_size), ingested.unreadable), len(todo), summary, logger)
        touched, mentions = store.mentions_to_remerge(con, [a.doc_id for a in todo])
        store.swap_events(con, touched, merge_events(mentions, gaz))
    events = timeline_events(con, Filters())
    summary.events = len(events)
    if json_path:
        write_json(json_path, events)
        summary.json_path = json_path
    logger.info(f"{summary.articles_read} read, {summary.articles_unchanged} unchanged, "
                f"{summary.articles_failed} failed, {summary.events} events")
    return summary
