"""`score_corpora.py --misses`: the reference events a timeline misses or keeps twice."""

from __future__ import annotations

from evaluation.misses import misses
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
