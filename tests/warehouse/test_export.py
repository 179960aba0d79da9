"""The Parquet export: a folder name is a path, never SQL."""

from __future__ import annotations

import json
from datetime import date

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from flows.inputs import Ingested
from flows.steps import run_pipeline
from flows.cli import app
from schemas.articles import Article
from warehouse import store
from warehouse.export import PARQUET_TABLES

TEXT = "التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره الأمريكي ريكس تيلرسون في موسكو."


@pytest.fixture
def warehouse(tmp_path):
    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    run_pipeline(Ingested(articles=[Article(doc_id="a", text=TEXT, published=date(2017, 4, 13))]), con)
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in PARQUET_TABLES}
    events = con.sql("SELECT * FROM events").to_arrow_table().to_pylist()
    con.close()
    return path, counts, events


@pytest.mark.parametrize("name", [
    "x'); COPY (SELECT 1) TO 'pwned.csv",
    "x' (FORMAT csv); COPY (SELECT 42) TO 'pwned.csv' (FORMAT csv); --",
    "it's",
    "$path",
])
def test_a_crafted_folder_name_writes_only_the_parquet_files(tmp_path, monkeypatch, warehouse, name):
    db, counts, events = warehouse
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    result = CliRunner().invoke(app, ["export", "--db", str(db), "-f", "parquet", "-o", name])
    assert result.exit_code == 0, result.stderr
    assert sorted(p.relative_to(work).as_posix() for p in work.rglob("*")) == sorted(
        [name] + [f"{name}/{t}.parquet" for t in PARQUET_TABLES])
    assert {t: pq.read_table(work / name / f"{t}.parquet").num_rows for t in PARQUET_TABLES} == counts
    assert counts["events"] == 1 and counts["articles"] == 1
    assert pq.read_table(work / name / "events.parquet").to_pylist() == events
    assert not (tmp_path / "pwned.csv").exists()


def test_an_event_that_lacks_a_party_stays_out_of_the_default_export(tmp_path):
    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    run_pipeline(Ingested(articles=[Article(doc_id="a", text="التقى وزير الخارجية الروسي سيرغي لافروف أمس في موسكو.",
                                            published=date(2017, 4, 13))]), con)
    con.close()
    runner = CliRunner()
    shown = [runner.invoke(app, ["export", "--db", str(path), *extra]).stdout for extra in ([], ["--min-confidence", "0"])]
    assert [len(json.loads(s)["events"]) for s in shown] == [0, 1]


@pytest.mark.parametrize("text, shown", [
    ("وقتل خمسة أشخاص في هجوم لتنظيم داعش على قرية.", [0, 1]),  # a bare noun, one party, no date
    ("وقتل خمسة أشخاص أمس في هجوم لتنظيم داعش على قرية.", [1, 1]),  # dated
])
def test_a_bare_event_noun_stays_out_of_the_default_export(tmp_path, text, shown):
    path = tmp_path / "w.duckdb"
    con = store.connect(path)
    run_pipeline(Ingested(articles=[Article(doc_id="a", text=text, published=date(2017, 4, 13))]), con)
    con.close()
    runner = CliRunner()
    found = [runner.invoke(app, ["export", "--db", str(path), *extra]).stdout for extra in ([], ["--min-confidence", "0"])]
    assert [len(json.loads(f)["events"]) for f in found] == shown


def test_undated_events_are_ordered_by_the_day_they_were_first_reported(tmp_path):
    con = store.connect(tmp_path / "w.duckdb")
    told = {"late": ("التقى وزير الخارجية الروسي سيرغي لافروف نظيره الأمريكي ريكس تيلرسون في موسكو.", date(2017, 4, 21)),
            "early": ("أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس التركي رجب طيب أردوغان.", date(2017, 4, 3)),
            "again": ("والتقى لافروف وتيلرسون في موسكو لبحث الأزمة السورية.", date(2017, 4, 20))}
    run_pipeline(Ingested(articles=[Article(doc_id=k, text=t, published=p) for k, (t, p) in told.items()]), con)
    rows = con.execute("SELECT type, date, first_reported FROM timeline").fetchall()
    con.close()
    assert rows == [("call", None, date(2017, 4, 3)), ("meeting", None, date(2017, 4, 20))]
