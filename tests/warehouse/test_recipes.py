"""Every SQL recipe of warehouse/recipes.sql, on a small hand-made warehouse, and in the README."""

from __future__ import annotations

from datetime import date

import pytest

from schemas.actors import Actor
from schemas.articles import Article, Segment
from schemas.events import Event, EventActor, EventSource
from schemas.readings import ArticleReading
from schemas.actors import ActorReading
from tests.conftest import ROOT
from warehouse import store
from warehouse.recipes import recipes

D = date


def event(eid, type_, day, actors, docs, status="asserted"):
    return Event(event_id=eid, type=type_, date=day, date_end=day, precision="day" if day else None, time_of_day=None,
                 date_source="relative" if day else None, status=status, location=None, confidence=0.9, cameo=None,
                 plover=None, actors=tuple(EventActor(actor_id=a, role=r) for a, r in actors),
                 sources=tuple(EventSource(doc_id=d, sentence=f"{eid} {d}", trigger_start=i) for i, d in enumerate(docs)))


def reading(doc_id, published, dateline=None):
    seg = Segment(part=0, start=0, end=1, anchor=published, anchor_source="manifest", dateline_date=dateline,
                  dateline="x" if dateline else None)
    return ArticleReading(article=Article(doc_id=doc_id, text="x", published=published, published_source="manifest"),
                          segments=(seg,), dates=(), actors=ActorReading(mentions=(), places=(), introduced=()), mentions=())


@pytest.fixture(scope="module")
def con(tmp_path_factory):
    connection = store.connect(tmp_path_factory.mktemp("w") / "w.duckdb")
    store.load_readings(connection, [reading("a", D(2017, 4, 12)), reading("b", D(2017, 4, 13), dateline=D(2017, 4, 12)),
                                     reading("c", D(2017, 4, 20))])
    store.load_actors(connection, [
        Actor(actor_id="lavrov", name_ar="سيرغي لافروف", name_en="Sergey Lavrov", kind="person"),
        Actor(actor_id="tillerson", name_ar="ريكس تيلرسون", name_en="Rex Tillerson", kind="person"),
        Actor(actor_id="putin", name_ar="فلاديمير بوتين", name_en="Vladimir Putin", kind="person"),
        Actor(actor_id="USA", name_ar="الولايات المتحدة", name_en="United States", kind="country"),
        Actor(actor_id="SYR", name_ar="سوريا", name_en="Syria", kind="country"),
    ])
    store.replace_events(connection, [
        event("e1", "meeting", D(2017, 4, 12), [("lavrov", "participant"), ("tillerson", "participant")], ["a", "b"]),
        event("e2", "meeting", D(2017, 4, 12), [("putin", "participant"), ("tillerson", "participant")], ["a"]),
        event("e3", "call", D(2017, 4, 19), [("lavrov", "source"), ("tillerson", "target")], ["c"]),
        event("e4", "offensive", None, [("USA", "source"), ("SYR", "target")], ["a"]),
        event("e5", "visit", D(2017, 4, 30), [("tillerson", "source")], ["c"], status="planned"),
    ])
    yield connection
    connection.close()


def run(con, name, **params):
    return con.execute(recipes()[name].sql, params).fetchall()


def test_actor_timeline(con):
    assert [(r[0], r[2], r[3]) for r in run(con, "actor_timeline", actor="Rex Tillerson")] == [
        (D(2017, 4, 12), "meeting", "participant"), (D(2017, 4, 12), "meeting", "participant"),
        (D(2017, 4, 19), "call", "target"),
    ]


def test_who_met_whom(con):
    assert [r[:3] for r in run(con, "who_met_whom")] == [
        ("سيرغي لافروف", "ريكس تيلرسون", 2), ("فلاديمير بوتين", "ريكس تيلرسون", 1),
    ]


def test_events_per_week(con):
    assert [(r[0].date(), r[1], r[2]) for r in run(con, "events_per_week")] == [
        (D(2017, 4, 10), "meeting", 2), (D(2017, 4, 17), "call", 1),
    ]


def test_multi_source_events(con):
    assert [(r[0], r[1], r[3], r[4]) for r in run(con, "multi_source_events")] == [(D(2017, 4, 12), "meeting", 2, "a, b")]


def test_dateline_disagrees(con):
    assert [(r[0], r[1], r[2]) for r in run(con, "dateline_disagrees")] == [("b", D(2017, 4, 13), D(2017, 4, 12))]


def test_undated_events(con):
    assert [(r[0], r[3]) for r in run(con, "undated_events")] == [("offensive", "a")]


def test_every_recipe_is_tested_and_shown_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    tested = {name[len("test_"):] for name in globals() if name.startswith("test_")}
    for recipe in recipes().values():
        assert recipe.name in tested
        assert recipe.sql in readme, f"README does not show recipe {recipe.name} as written in recipes.sql"
