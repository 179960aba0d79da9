"""TimelineJS JSON and the offline HTML page: documented fields, escaping, headlines."""

from __future__ import annotations

import json
import re

import pytest

from warehouse.timelinejs import headline, to_html, to_timelinejs

EVIL = '<script>alert(1)</script><img src=x onerror="alert(2)">'


def event(eid="e1", type_="call", date="2025-03-16", date_end=None, precision="day", sentence="نص", actors=None):
    return {
        "id": eid, "type": type_, "date": date, "date_end": date_end or date, "precision": precision,
        "time_of_day": None, "location": None, "status": "asserted", "confidence": 0.9,
        "actors": actors or [
            {"id": "hegseth", "name_ar": "بيت هيغسيث", "name_en": "Pete Hegseth", "kind": "person", "role": "source"},
            {"id": "sudani", "name_ar": "محمد شياع السوداني", "name_en": None, "kind": "person", "role": "target"},
        ],
        "sources": [{"doc_id": "d1", "sentence": sentence, "date_text": "اليوم الأحد", "trigger": "اتصالا"}],
    }


@pytest.mark.parametrize("type_,roles,expected", [
    ("call", ("source", "target"), "اتصال هاتفي من بيت هيغسيث إلى محمد شياع السوداني"),
    ("call", ("participant", "participant"), "اتصال هاتفي بين بيت هيغسيث ومحمد شياع السوداني"),
    ("meeting", ("participant", "participant"), "لقاء بيت هيغسيث ومحمد شياع السوداني"),
    ("offensive", ("source", "target"), "هجوم بيت هيغسيث على محمد شياع السوداني"),
    ("visit", ("source", "target"), "زيارة بيت هيغسيث إلى محمد شياع السوداني"),
])
def test_headlines_name_the_event_and_its_actors(type_, roles, expected):
    e = event(type_=type_)
    for actor, role in zip(e["actors"], roles):
        actor["role"] = role
    assert headline(e) == expected


def test_timelinejs_fields():
    doc, undated = to_timelinejs([
        event("e1"),
        event("e2", type_="offensive", date="2024-12-07", date_end="2024-12-08", precision="week"),
        event("e3", date=None),
    ])
    assert undated == 1
    assert set(doc) == {"title", "events"} and set(doc["title"]["text"]) == {"headline", "text"}
    first, second = doc["events"]
    assert first == {
        "unique_id": "e1", "start_date": {"year": 2025, "month": 3, "day": 16},
        "text": {"headline": "اتصال هاتفي من بيت هيغسيث إلى محمد شياع السوداني",
                 "text": "<p><b>d1</b> (اليوم الأحد): نص</p>"},
        "group": "اتصال هاتفي",
    }
    assert (second["start_date"], second["end_date"], second["display_date"]) == (
        {"year": 2024, "month": 12, "day": 7}, {"year": 2024, "month": 12, "day": 8}, "أسبوع: 2024-12-07 – 2024-12-08")
    for slide in doc["events"]:  # every field TimelineJS3 documents, with the documented types
        assert set(slide) <= {"start_date", "end_date", "text", "media", "group", "display_date", "background",
                              "autolink", "unique_id"}
        assert all(isinstance(slide["start_date"][k], int) for k in ("year", "month", "day"))


def test_timelinejs_escapes_article_text():
    doc, _ = to_timelinejs([event(sentence=EVIL)])
    text = doc["events"][0]["text"]["text"]
    assert "<script" not in text and "<img" not in text and "&lt;script&gt;" in text


def test_html_page_is_self_contained_and_inert():
    page = to_html([event(sentence=EVIL), event("e2", date=None, sentence="onerror=alert(3)")])
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)  # nothing fetched from a network
    assert page.count("<script") == 3  # the data block, vis-timeline, the page's own code
    data = page.split('id="timeline-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and json.loads(data)["events"][0]["sources"][0]["sentence"] == EVIL
    own_code = page.rsplit("<script>", 1)[1]
    assert "innerHTML" not in own_code and "textContent" in own_code
