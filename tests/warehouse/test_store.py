"""The warehouse: loads replace an article's rows in one go; exports keep the contract."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.article import empty_reading, extract_article
from flows.inputs import Ingested
from flows.steps import run_pipeline
from schemas.articles import Article
from warehouse import store
from warehouse.export import Filters, timeline_events

TEXT = "التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره الأمريكي ريكس تيلرسون في موسكو."


@pytest.fixture
def con(tmp_path):
    connection = store.connect(tmp_path / "w.duckdb")
    yield connection
    connection.close()


def load(con, *articles):
    run_pipeline(Ingested(articles=list(articles)), con)


def test_json_export_keeps_the_contract(con):
    load(con, Article(doc_id="a", text=TEXT, published=date(2017, 4, 13), source="وكالة"))
    store.load_actors(con, [])
    from extractors.gazetteer import default_gazetteer
    gaz = default_gazetteer()
    store.load_gazetteer(con, list(gaz.actors.values()), list(gaz.offices))
    [event] = timeline_events(con)
    assert {k: event[k] for k in ("type", "date", "date_end", "precision", "time_of_day", "location")} == {
        "type": "meeting", "date": "2017-04-12", "date_end": "2017-04-12", "precision": "day",
        "time_of_day": None, "location": "موسكو",
    }
    assert [(a["id"], a["name_en"], a["role"]) for a in event["actors"]] == [
        ("rex_tillerson", "Rex Tillerson", "participant"), ("sergey_lavrov", "Sergey Lavrov", "participant"),
    ]
    assert event["sources"] == [{"doc_id": "a", "sentence": TEXT, "date_text": "أمس", "trigger": "التقى"}]


def test_reloading_an_article_replaces_its_rows(con):
    load(con, Article(doc_id="a", text=TEXT, published=date(2017, 4, 13)))
    before = store.counts(con)
    load(con, Article(doc_id="a", text=TEXT, published=date(2017, 4, 13)))
    assert store.counts(con) == before
    load(con, Article(doc_id="a", text="لا حدث هنا.", published=date(2017, 4, 13)))
    assert (store.counts(con)["event_mentions"], store.counts(con)["events"]) == (0, 0)


def test_a_failed_article_is_kept_with_its_reason(con):
    store.load_readings(con, [empty_reading(Article(doc_id="x", text=""), "bad bytes")])
    assert con.execute("SELECT doc_id, error FROM articles").fetchall() == [("x", "bad bytes")]


def test_a_failing_batch_leaves_nothing_half_loaded(con, monkeypatch):
    good = extract_article(Article(doc_id="a", text=TEXT, published=date(2017, 4, 13)))
    real_insert = store._insert

    def fail_on_mentions(c, table, rows, schema):
        if table == "event_mentions":
            raise RuntimeError("disk full")
        real_insert(c, table, rows, schema)

    monkeypatch.setattr(store, "_insert", fail_on_mentions)
    with pytest.raises(RuntimeError):
        store.load_readings(con, [good])
    assert store.counts(con)["articles"] == store.counts(con)["date_mentions"] == 0


def test_filters(con):
    load(con, Article(doc_id="a", text=TEXT, published=date(2017, 4, 13)),
         Article(doc_id="b", text="سيزور الرئيس بوتين أنقرة غدا.", published=date(2017, 4, 13)))
    assert [e["type"] for e in timeline_events(con, Filters(status=None))] == ["meeting", "visit"]
    assert [e["type"] for e in timeline_events(con)] == ["meeting"]
    assert timeline_events(con, Filters(since=date(2017, 4, 13))) == []
    assert [e["type"] for e in timeline_events(con, Filters(actor="rex_tillerson"))] == ["meeting"]
    assert [e["type"] for e in timeline_events(con, Filters(type="visit", status=None))] == ["visit"]


def test_parquet_export_has_every_table(con, tmp_path):
    import duckdb

    from warehouse.export import PARQUET_TABLES, export_parquet

    load(con, Article(doc_id="a", text=TEXT, published=date(2017, 4, 13)))
    paths = export_parquet(con, str(tmp_path))
    assert [p.rsplit("/", 1)[1] for p in paths] == [f"{t}.parquet" for t in PARQUET_TABLES]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/events.parquet')").fetchall() == [(1,)]
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{tmp_path}/articles.parquet')").fetchall() == [(1,)]
