"""A run is one recoverable unit: killed, stopped or failing anywhere, the next run ends where a clean one does."""

from __future__ import annotations

import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flows import steps
from flows.inputs import Ingested, ingest
from flows.steps import extract_batch, run_pipeline
from tests.conftest import SEEDS
from tests.flows.recovery_runs import ROOT, Corpus, build_corpus, run, tables
from warehouse import store


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return build_corpus()


@pytest.fixture(scope="module")
def cache(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cache") / "corpus.pickle"
    path.write_bytes(pickle.dumps(corpus))
    return path


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory) -> dict[str, Path | dict]:
    """The tables of a clean run of each version, and of `before` then `after` uninterrupted;
    and the warehouse of the clean run of `before`, to start updates from."""
    folder = tmp_path_factory.mktemp("clean")
    out: dict[str, Path | dict] = {"before.duckdb": folder / "before.duckdb"}
    for name, versions in {"before": ["before"], "after": ["after"], "update": ["before", "after"]}.items():
        for version in versions:
            run(corpus, version, folder / f"{name}.duckdb")
        con = store.connect(folder / f"{name}.duckdb", read_only=True)
        out[name] = tables(con)
        con.close()
    return out


def run_child(cache: Path, version: str, db: Path, env: dict[str, str], how: str = "cached") -> subprocess.Popen:
    """A run in a child process, from cached readings or `extracting` its articles."""
    return subprocess.Popen([sys.executable, "-m", "tests.flows.recovery_runs", str(cache), version, str(db), how],
                            cwd=ROOT, env={**os.environ, **env}, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def tables_of(db: Path) -> dict:
    con = store.connect(db, read_only=True)
    try:
        return tables(con)
    finally:
        con.close()


def test_the_corpus_has_a_hundred_articles_a_third_of_them_changed(corpus, clean):
    assert (len(corpus.before), len({a.doc_id for a in corpus.before})) == (100, 100)
    assert sum(a != b for a, b in zip(corpus.before, corpus.after)) == 33
    # Actors an article introduced stay when it changes (a known gap): updating differs from a clean run only there.
    assert {t: rows for t, rows in clean["update"].items() if t != "actors"} == {
        t: rows for t, rows in clean["after"].items() if t != "actors"}
    assert len(clean["before"]["events"]) > len(clean["after"]["events"]) > 100


@pytest.mark.parametrize("first,die_at", [  # kill points: TIMELINE_DIE_AT in flows.lifetime.checkpoint
    (None, "extract:1"),      # before anything is loaded
    (None, "extract:55"),     # extracting the sixth batch, five loaded
    (None, "loaded:1"),       # one batch loaded, nothing merged
    (None, "loaded:9"),       # all but the last batch loaded
    (None, "loaded:10"),      # every reading loaded, between load and merge
    (None, "merge:1"),        # about to merge
    (None, "swap:1"),         # merged, not swapped in
    ("before", "loaded:1"),   # mid-update: one batch of the changed articles loaded
    ("before", "loaded:3"),   # mid-update: all but the last batch of them loaded
    ("before", "loaded:4"),   # every changed article loaded, between load and merge
    ("before", "swap:1"),     # the changed articles merged, not swapped in
])
def test_a_killed_run_is_finished_by_the_next(first, die_at, corpus, cache, clean, tmp_path):
    db = tmp_path / "w.duckdb"
    if first:
        shutil.copy(clean["before.duckdb"], db)
    killed = run_child(cache, "after" if first else "before", db, {"TIMELINE_DIE_AT": die_at})
    assert killed.wait(timeout=60) == -signal.SIGKILL, killed.stderr.read().decode()
    summary = run(corpus, "after" if first else "before", db)
    assert tables_of(db) == clean["update" if first else "before"]
    assert summary.articles_failed == 0


def test_readings_loaded_without_a_merge_are_merged_by_the_next_run(tmp_path):
    ingested = ingest(SEEDS)
    con = store.connect(tmp_path / "w.duckdb")
    store.load_readings(con, extract_batch(ingested.articles, {}))
    summary = run_pipeline(ingested, con)
    assert (summary.articles_unchanged, summary.events, store.pending_merge(con)) == (5, 17, False)
    con.close()


def test_an_article_added_later_gives_the_tables_of_a_clean_run(tmp_path):
    ingested = ingest(SEEDS)
    late = [a for a in ingested.articles if a.doc_id.startswith("000_")]
    clean_con = store.connect(tmp_path / "clean.duckdb")
    run_pipeline(ingested, clean_con)
    con = store.connect(tmp_path / "w.duckdb")
    run_pipeline(Ingested(articles=[a for a in ingested.articles if a not in late]), con)
    run_pipeline(ingested, con)
    assert tables(con) == tables(clean_con)
    counts = store.counts(con)
    assert (counts["events"], counts["event_actors"], counts["event_sources"]) == (22, 76, 45)
    con.close()
    clean_con.close()


BROKEN = "002_ea5190b97f2e0158"


def breaking_on(doc_id: str):
    """merge_events as it is, except that it fails on any list holding a report of `doc_id`."""
    merge = steps.merge_events

    def merge_events(mentions, gaz=None):
        if any(m.doc_id == doc_id for m in mentions):
            raise ValueError("bad report")
        return merge(mentions, gaz)
    return merge_events


def test_an_article_whose_merge_fails_is_set_aside_and_the_others_merge(tmp_path, monkeypatch):
    ingested = ingest(SEEDS)
    assert BROKEN in {a.doc_id for a in ingested.articles}
    others = Ingested(articles=[a for a in ingested.articles if a.doc_id != BROKEN])
    clean_con = store.connect(tmp_path / "clean.duckdb")
    run_pipeline(others, clean_con)
    expected = {t: tables(clean_con)[t] for t in ("events", "event_actors", "event_sources")}
    run_pipeline(ingested, clean_con)

    con = store.connect(tmp_path / "w.duckdb")
    monkeypatch.setattr(steps, "merge_events", breaking_on(BROKEN))
    summary = run_pipeline(ingested, con)
    assert (summary.articles_read, summary.articles_failed, summary.problems) == (
        5, 1, [f"{BROKEN}: merge failed: ValueError: bad report"])
    assert con.execute("SELECT doc_id, error FROM articles WHERE error IS NOT NULL").fetchall() == [
        (BROKEN, "merge failed: ValueError: bad report")]
    assert {t: tables(con)[t] for t in expected} == expected

    monkeypatch.undo()
    again = run_pipeline(ingested, con)
    assert (again.articles_read, again.articles_unchanged, again.articles_failed) == (1, 4, 0)
    assert tables(con) == tables(clean_con)
    con.close()
    clean_con.close()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_a_run_within_a_second_and_the_next_run_finishes(signum, corpus, cache, clean, tmp_path):
    db = tmp_path / "w.duckdb"
    child = run_child(cache, "before", db, {}, "extracting")
    wait_for(lambda: db.exists() and db.stat().st_size > 0, 30)
    time.sleep(1.0)
    child.send_signal(signum)
    sent = time.monotonic()
    code = child.wait(timeout=10)
    assert time.monotonic() - sent < 1.0
    assert (code, child.stderr.read().decode().splitlines()[-1]) == (
        1, f"flows.lifetime.RunStopped: {signal.Signals(signum).name}")
    run(corpus, "before", db)
    assert tables_of(db) == clean["before"]


def wait_for(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
