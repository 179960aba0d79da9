"""`score_corpora.py --misses`: the reference events a timeline misses or keeps twice."""

from __future__ import annotations

from evaluation.misses import date_misses, false_events, misses
from tests.evaluation.test_score import GOLD, event


def test_wrong_day_and_optional_events():
    events = [
        event("meeting", ["سيرغي لافروف", "ريكس تيلرسون"], "2017-04-12"),
        event("offensive", ["التحالف الدولي", "تنظيم داعش"], "2017-07-09"),
    ]
    assert misses(events, GOLD) == ["  C offensive ['coalition', 'isis'] 2017-07-08 — found, dated ['2017-07-09']"]


def test_two_rows_for_one_multi_source_event_and_a_missing_one():
    row = event("meeting", ["لافروف", "تيلرسون"], "2017-04-12")
    assert misses([row, row], GOLD) == [
        "  A meeting ['lavrov', 'tillerson'] 2017-04-12 — 2 rows: "
        "meeting ['لافروف', 'تيلرسون'] 2017-04-12; meeting ['لافروف', 'تيلرسون'] 2017-04-12",
        "  C offensive ['coalition', 'isis'] 2017-07-08 — missing",
    ]


def test_an_event_no_reference_holds_is_listed_with_its_sources():
    row = event("visit", ["لافروف"], "2017-04-12")
    row["sources"] = [{"doc_id": "d1", "trigger": "زار", "date_text": "أمس", "sentence": ""}]
    assert false_events([row], GOLD) == ["  + visit ['لافروف'] 2017-04-12 d1: زار «أمس»"]


def test_a_date_expression_found_with_another_value_and_one_not_found():
    gold = {"temporal": [{"doc": "d1", "text": "أمس", "value": "2017-04-11"},
                         {"doc": "d1", "text": "الخميس", "value": "2017-04-06"}]}
    assert date_misses([("d1", "أمس", "2017-04-10")], gold) == [
        "  d1 «أمس» 2017-04-11 — got ['2017-04-10']",
        "  d1 «الخميس» 2017-04-06 — not found",
    ]
