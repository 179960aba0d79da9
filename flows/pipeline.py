"""The Prefect flow: ingest, then the steps of `flows.steps.run_pipeline` with extraction as a task.

Only `extract_articles` is a task: it takes and returns plain data, so it can run on threads
or on Dask workers anywhere. Loading and merging run in the flow's own process, the only one
that writes to the DuckDB file.
"""

from __future__ import annotations

from collections import deque
from dataclasses import asdict
from typing import Iterator

from prefect import flow, get_run_logger, task

from flows.defaults import DEFAULT_BATCH_SIZE, DEFAULT_DB, FLOW_NAME
from flows.inputs import ingest
from flows.lifetime import tie_temporary_servers_to_this_process
from flows.steps import extract_batch, run_pipeline
from schemas.articles import Article
from schemas.readings import ArticleReading
from warehouse import store

# The flow is what makes Prefect start its temporary server: from here on, a killed run takes it along.
tie_temporary_servers_to_this_process()


@task(name="extract-articles", retries=1)
def extract_articles(articles: list[Article], unreadable: dict[str, str]) -> list[ArticleReading]:
    return extract_batch(articles, unreadable)


# Batches submitted ahead of the one being loaded: enough to keep every thread or worker busy, few
# enough that a stopped run has little queued work to wind down and memory holds few readings.
IN_FLIGHT = 8


def extract_with_tasks(batches: list[list[Article]], unreadable: dict[str, str]) -> Iterator[list[ArticleReading]]:
    """Batches submitted to the flow's task runner, at most IN_FLIGHT ahead; readings come back in batch order."""
    pending: deque = deque()
    for batch in batches:
        pending.append(extract_articles.submit(batch, unreadable))
        if len(pending) >= IN_FLIGHT:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


@flow(name=FLOW_NAME, log_prints=True)
def timeline_flow(input_path: str, db: str = DEFAULT_DB, json_path: str | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE) -> dict:
    """Ingest articles, extract dated events, merge reports, load DuckDB, export the timeline."""
    ingested = ingest(input_path)
    con = store.connect(db)
    try:
        summary = run_pipeline(ingested, con, json_path=json_path, batch_size=batch_size,
                               extract=extract_with_tasks, logger=get_run_logger())
    finally:
        con.close()
    return asdict(summary)
