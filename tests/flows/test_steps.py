"""The plain pipeline (no Prefect): what a run extracts, skips and retries."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.article import empty_reading
from flows.defaults import json_path_beside
from flows.inputs import ingest
from flows.steps import batches, extract_batch, run_pipeline
from schemas.articles import Article
from tests.conftest import SEEDS
from warehouse import store

FAILING = "000_0991d8eb904d2397"


def failing_on(doc_id: str):
    """An extract callable under which one article fails, as a lost worker or a passing error would."""
    def extract(chunks, unreadable):
        for chunk in chunks:
            yield [empty_reading(r.article, "RuntimeError: worker lost") if r.article.doc_id == doc_id else r
                   for r in extract_batch(chunk, unreadable)]
    return extract


def _row(con, sql, *params):
    return con.execute(sql, list(params)).fetchall()


@pytest.fixture
def con(tmp_path):
    connection = store.connect(tmp_path / "t.duckdb")
    yield connection
    connection.close()


def test_a_failed_article_is_extracted_again_on_the_next_run(con):
    ingested = ingest(SEEDS)
    first = run_pipeline(ingested, con, extract=failing_on(FAILING))
    assert (first.articles_read, first.articles_unchanged, first.articles_failed, first.problems) == (
        5, 0, 1, [f"{FAILING}: RuntimeError: worker lost"])
    assert _row(con, "SELECT error FROM articles WHERE doc_id = ?", FAILING) == [("RuntimeError: worker lost",)]
    assert _row(con, "SELECT count(*) FROM event_mentions WHERE doc_id = ?", FAILING) == [(0,)]

    second = run_pipeline(ingested, con)
    assert (second.articles_read, second.articles_unchanged, second.articles_failed, second.problems) == (1, 4, 0, [])
    assert _row(con, "SELECT error FROM articles WHERE doc_id = ?", FAILING) == [(None,)]
    assert _row(con, "SELECT count(*) FROM event_mentions WHERE doc_id = ?", FAILING) == [(10,)]
    assert _row(con, "SELECT count(*) FROM event_sources WHERE doc_id = ?", FAILING) == [(10,)]
    counts = store.counts(con)

    third = run_pipeline(ingested, con)
    assert (third.articles_read, third.articles_unchanged, third.articles_failed) == (0, 5, 0)
    assert store.counts(con) == counts


def test_a_run_without_prefect_sums_up_and_exports_json(con, tmp_path):
    path = str(tmp_path / "out" / "t.json")
    summary = run_pipeline(ingest(SEEDS), con, json_path=path, batch_size=2)
    assert (summary.articles_in, summary.articles_read, summary.articles_unchanged, summary.articles_failed,
            summary.events, summary.problems, summary.json_path) == (5, 5, 0, 0, 17, [], path)
    exported = json.loads(Path(path).read_text(encoding="utf-8"))
    assert len(exported["events"]) == 17


@pytest.mark.parametrize("db,expected", [
    ("w.duckdb", "w.json"),
    ("warehouse/timeline.duckdb", "warehouse/timeline.json"),
    ("runs.2024/timeline", "runs.2024/timeline.json"),
])
def test_the_json_goes_beside_the_warehouse(db, expected):
    assert json_path_beside(db) == expected


@given(st.lists(st.integers(min_value=0, max_value=999), max_size=60), st.integers(min_value=1, max_value=25))
def test_batches_keep_every_article_in_order(ids, size):
    articles = [Article(doc_id=str(i), text="") for i in ids]
    chunks = batches(articles, size)
    assert [a for chunk in chunks for a in chunk] == articles
    assert all(1 <= len(chunk) <= size for chunk in chunks)
