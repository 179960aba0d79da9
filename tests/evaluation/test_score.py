"""`timeline evaluate` and score_corpora.py: the figures of a timeline against a reference."""

from __future__ import annotations

from evaluation.score import score

GOLD = {
    "actors": {
        "lavrov": {"en": "Sergey Lavrov", "ar": ["لافروف", "سيرغي لافروف"]},
        "tillerson": {"en": "Rex Tillerson", "ar": ["تيلرسون"]},
        "isis": {"en": "ISIS", "ar": ["داعش"]},
        "coalition": {"en": "Coalition", "ar": ["التحالف الدولي"]},
    },
    "events": [
        {"id": "A", "type": "meeting", "actors": ["lavrov", "tillerson"], "date": "2017-04-12", "docs": ["a", "b"]},
        {"id": "B", "type": "press_conference", "actors": ["lavrov", "tillerson"], "date": "2017-04-12", "docs": ["a"]},
        {"id": "C", "type": "offensive", "actors": ["coalition", "isis"], "date": "2017-07-08", "docs": ["c"]},
        {"id": "D", "type": "visit", "actors": ["tillerson"], "date": None, "docs": ["a"], "optional": True},
    ],
    "temporal": [{"doc": "a", "text": "اليوم الأربعاء", "value": "2017-04-12"},
                 {"doc": "c", "text": "الأسبوع الماضي", "value": "2017-07-03", "precision": "week"}],
}


def event(type_, names, day):
    return {"type": type_, "date": day, "actors": [{"name_ar": n, "id": n} for n in names]}


def test_scores_per_type_and_overall():
    events = [
        event("meeting", ["سيرغي لافروف", "ريكس تيلرسون"], "2017-04-12"),   # A, and B (talks and press conference)
        event("offensive", ["التحالف الدولي", "تنظيم داعش"], "2017-07-09"),  # C, on the wrong day
        event("call", ["دونالد ترامب", "فلاديمير بوتين"], "2017-07-09"),     # nothing in the reference
    ]
    mentions = [("a", "اليوم الأربعاء 12 أبريل", "2017-04-12"), ("c", "الأسبوع الماضي", "2017-07-04")]
    got = score(GOLD, events, mentions)
    assert {k: got[k] for k in ("events", "reference_events", "recall", "date_accuracy", "precision",
                                "recall_with_date", "f1", "duplicates", "temporal_accuracy")} == {
        "events": 3, "reference_events": 3, "recall": 1.0, "date_accuracy": 0.667, "precision": 0.667,
        "recall_with_date": 0.667, "f1": 0.667, "duplicates": 0, "temporal_accuracy": 1.0,
    }
    assert got["per_type"]["offensive"] == {"precision": 1.0, "recall_with_date": 0.0, "f1": 0.0}
    assert got["per_type"]["call"] == {"precision": 0.0, "recall_with_date": 0.0, "f1": 0.0}
    assert got["per_type"]["press_conference"]["recall_with_date"] == 1.0


def test_two_rows_for_one_multi_source_event_are_duplicates():
    row = event("meeting", ["لافروف", "تيلرسون"], "2017-04-12")
    assert score(GOLD, [row, row], [])["duplicates"] == 1
