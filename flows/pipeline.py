"""The Prefect flow: ingest → read articles (in parallel) → load → merge → export.

Only `read_articles` is a task: it takes and returns plain data, so it can run on threads or
on Dask workers anywhere. Loading and merging run in the flow's own process, the only one
that writes to the DuckDB file.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task, unmapped

from extractors.gazetteer import default_gazetteer
from extractors.merge import merge_events
from extractors.reading import read_article_safely
from flows.inputs import read_input
from schemas.articles import Article
from schemas.readings import ArticleReading
from warehouse import store
from warehouse.export import Filters, timeline_events

DEFAULT_DB = "warehouse/timeline.duckdb"


@dataclass
class RunSummary:
    articles_in: int = 0
    articles_read: int = 0
    articles_unchanged: int = 0
    articles_failed: int = 0
    events: int = 0
    problems: list[str] = field(default_factory=list)
    json_path: str | None = None


@task(name="read-articles", retries=1)
def read_articles(articles: list[Article], unreadable: dict[str, str]) -> list[ArticleReading]:
    return [read_article_safely(a, unreadable.get(a.doc_id)) for a in articles]


def batches(items: list[Article], size: int) -> list[list[Article]]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def write_json(path: str | Path, events: list[dict]) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"events": events}, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")


@flow(name="arabic-news-timeline", log_prints=True)
def timeline_flow(input_path: str, db: str = DEFAULT_DB, json_path: str | None = None, batch_size: int = 20) -> dict:
    """Ingest articles, extract dated events, merge reports, load DuckDB, export the timeline."""
    logger = get_run_logger()
    ingested = read_input(input_path)
    summary = RunSummary(articles_in=len(ingested.articles), problems=list(ingested.problems))
    for problem in ingested.problems:
        logger.warning(problem)
    gaz = default_gazetteer()
    con = store.connect(db)
    try:
        store.load_gazetteer(con, list(gaz.actors.values()), list(gaz.offices))
        known = store.stored_hashes(con, [a.doc_id for a in ingested.articles])
        todo = [a for a in ingested.articles if known.get(a.doc_id) != store.content_hash(a)]
        summary.articles_unchanged = len(ingested.articles) - len(todo)
        futures = read_articles.map(batches(todo, batch_size), unreadable=unmapped(ingested.unreadable)) if todo else []
        for future in futures:
            readings = future.result()
            store.load_readings(con, readings)
            for r in readings:
                if r.error:
                    summary.problems.append(f"{r.article.doc_id}: {r.error}")
                    logger.warning(f"{r.article.doc_id}: {r.error}")
            summary.articles_read += len(readings)
            summary.articles_failed += sum(1 for r in readings if r.error)
            logger.info(f"{summary.articles_read}/{len(todo)} articles read and loaded")
        touched, mentions = store.mentions_to_remerge(con, [a.doc_id for a in todo])
        if todo:
            store.swap_events(con, touched, merge_events(mentions, gaz))
        events = timeline_events(con, Filters())
        summary.events = len(events)
        if json_path:
            write_json(json_path, events)
            summary.json_path = json_path
    finally:
        con.close()
    logger.info(f"{summary.articles_read} read, {summary.articles_unchanged} unchanged, "
                f"{summary.articles_failed} failed, {summary.events} events")
    return asdict(summary)
