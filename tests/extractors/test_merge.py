"""Merging reports into events: one row per real-world event, never across known days."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.events.lexicon import default_lexicon
from extractors.merge import is_complete, merge_events, places_agree
from extractors.gazetteer import default_gazetteer
from schemas.events import EventActor, EventMention


def report(doc, type_="meeting", actors=("antony_blinken", "recep_tayyip_erdogan"), day=None, place=None,
           status="asserted", source="relative", anchor=date(2024, 12, 13), offset=0, during=False):
    return EventMention(
        doc_id=doc, type=type_, trigger="التقى", trigger_start=offset, trigger_end=offset + 5, sentence=f"{doc} {offset}",
        sentence_start=0, actors=tuple(EventActor(actor_id=a, role="participant") for a in actors),
        date=day, date_end=day, precision="day" if day else None, date_text="أمس" if day else None,
        date_source=source if day else None, status=status, location=None, place_id=place, confidence=0.7,
        anchor=anchor, during_visit=during,
    )


D = date(2024, 12, 12)


def test_three_reports_one_undated_make_one_event():
    [event] = merge_events([report("a", day=D), report("b"), report("c", day=D, place="ankara")])
    assert (event.date, event.date_source, event.location) == (D, "merged", "أنقرة")
    assert sorted(s.doc_id for s in event.sources) == ["a", "b", "c"]


def test_different_known_days_are_never_merged():
    events = merge_events([report("a", day=D), report("b", day=date(2024, 12, 13))])
    assert [e.date for e in events] == [D, date(2024, 12, 13)]


def test_a_call_is_never_merged_with_a_meeting():
    events = merge_events([report("a", day=D), report("b", type_="call", day=D)])
    assert sorted(e.type for e in events) == ["call", "meeting"]


def test_planned_is_not_merged_with_asserted():
    assert len(merge_events([report("a", day=D), report("b", day=D, status="planned")])) == 2


def test_no_shared_person_no_merge():
    events = merge_events([report("a", day=D), report("b", day=D, actors=("hakan_fidan", "antony_blinken_x"))])
    assert len(events) == 2


def test_undated_report_published_long_after_is_not_merged():
    old = report("a", day=date(2018, 2, 14), actors=("TUR", "sdf"), type_="offensive")
    late = report("b", actors=("TUR", "sdf"), type_="offensive", anchor=date(2024, 12, 13))
    assert len(merge_events([old, late])) == 2


def test_places_in_different_cities_do_not_merge():
    events = merge_events([report("a", day=D, place="ankara"), report("b", day=D, place="baghdad")])
    assert len(events) == 2


def test_city_and_its_country_agree():
    gaz = default_gazetteer()
    assert (places_agree("ankara", "TUR", gaz), places_agree("ankara", "IRQ", gaz), places_agree(None, "IRQ", gaz)) == (True, False, True)


def test_meeting_during_a_visit_takes_the_visit_day():
    visit = report("a", type_="visit", actors=("antony_blinken",), day=date(2024, 12, 13), place="baghdad", offset=50)
    meeting = report("a", actors=("antony_blinken", "mohammed_shia_al_sudani"), place="baghdad", during=True)
    events = {e.type: e for e in merge_events([visit, meeting])}
    assert (events["meeting"].date, events["meeting"].date_source) == (date(2024, 12, 13), "during")


def test_event_ids_are_stable():
    mentions = [report("a", day=D), report("b")]
    assert [e.event_id for e in merge_events(mentions)] == [e.event_id for e in merge_events(list(reversed(mentions)))]


def _roles(*pairs):
    return tuple(EventActor(actor_id=a, role=r) for a, r in pairs)


@pytest.mark.parametrize("kind, roles, complete", [
    ("meeting", _roles(("antony_blinken", "participant"), ("recep_tayyip_erdogan", "participant")), True),
    ("meeting", _roles(("antony_blinken", "participant")), False),
    ("meeting", _roles(("nato", "participant")), True),
    ("meeting", _roles(("TUR", "participant")), False),
    ("call", _roles(("antony_blinken", "source")), False),
    ("call", _roles(("nato", "source")), False),
    ("press_conference", _roles(("antony_blinken", "participant")), True),
    ("visit", _roles(("antony_blinken", "source")), False),
    ("visit", _roles(("antony_blinken", "source"), ("IRQ", "target")), True),
    ("visit", _roles(("TUR", "target")), False),
    ("offensive", _roles(("TUR", "target")), True),
    ("offensive", (), False),
    ("offensive", _roles(("place:aden", "target"), ("place:x:القنبوره", "target")), False),  # towns struck by no one
    ("offensive", _roles(("houthis", "source"), ("place:aden", "target")), True),
])
def test_the_parties_each_type_needs(kind, roles, complete):
    gaz = default_gazetteer()
    assert is_complete(kind, roles, default_lexicon(), lambda a: gaz.actors[a].kind if a in gaz.actors else "") is complete


def test_reports_that_together_name_both_parties_make_a_complete_event():
    one = [report("a", actors=("antony_blinken",), day=D)]
    two = one + [report("b", actors=("antony_blinken", "recep_tayyip_erdogan"), day=D)]
    assert [e.confidence for e in merge_events(one)] == [0.25]
    assert [e.confidence for e in merge_events(two)] == [0.75]


def test_a_visited_city_is_not_a_person_that_keeps_reports_apart():
    host = report("a", type_="visit", actors=("antony_blinken", "recep_tayyip_erdogan"), day=D)
    city = report("b", type_="visit", actors=("antony_blinken", "place:izmir"), day=D)
    [event] = merge_events([host, city])
    assert sorted(a.actor_id for a in event.actors) == ["antony_blinken", "place:izmir", "recep_tayyip_erdogan"]


def attack(doc, pairs, day=D, place=None, anchor=date(2024, 12, 13)):
    """An attack report whose actors hold the given roles."""
    base = report(doc, type_="offensive", actors=tuple(a for a, _ in pairs), day=day, place=place, anchor=anchor)
    return base.model_copy(update={"actors": tuple(EventActor(actor_id=a, role=r) for a, r in pairs)})


@pytest.mark.parametrize("first, second, merged", [
    # One shared country ties nothing: two meetings held in Turkey the same day are not one.
    (dict(actors=("TUR", "hakan_fidan")), dict(actors=("TUR", "antony_blinken")), False),
    # Two shared countries, a shared person or body, or the same town tie reports of two articles.
    (dict(actors=("TUR", "IRQ")), dict(actors=("TUR", "IRQ")), True),
    (dict(actors=("TUR", "nato")), dict(actors=("TUR", "nato")), True),
    (dict(actors=("TUR", "hakan_fidan"), place="ankara"), dict(actors=("TUR",), place="ankara"), True),
    # A generic actor («مسلحون») is no tie.
    (dict(actors=("gunmen", "TUR")), dict(actors=("gunmen", "IRQ")), False),
])
def test_reports_of_two_articles_need_a_tie_beyond_type_and_day(first, second, merged):
    assert len(merge_events([report("a", day=D, **first), report("b", day=D, **second)])) == (1 if merged else 2)


@pytest.mark.parametrize("first, second, merged", [
    # The same attacking state ties two attacks; the same country struck does not.
    ([("TUR", "source"), ("pkk", "target")], [("TUR", "source")], True),
    ([("IRQ", "target")], [("IRQ", "target"), ("USA", "source")], False),
    # A group that strikes in one report and is struck in the other is no tie.
    ([("isis", "source"), ("IRQ", "target")], [("TUR", "source"), ("isis", "target")], False),
    ([("isis", "source"), ("IRQ", "target")], [("isis", "source")], True),
])
def test_attacks_are_tied_by_an_actor_on_the_same_side(first, second, merged):
    assert len(merge_events([attack("a", first), attack("b", second)])) == (1 if merged else 2)


@pytest.mark.parametrize("undated, merged", [
    # An undated report of another article needs two ties, and to appear within two days.
    (dict(actors=("antony_blinken", "recep_tayyip_erdogan")), True),
    (dict(actors=("antony_blinken",)), False),
    (dict(actors=("antony_blinken", "recep_tayyip_erdogan"), anchor=date(2024, 12, 17)), False),
])
def test_an_undated_report_of_another_article_joins_only_on_two_ties_and_soon(undated, merged):
    events = merge_events([report("a", day=D), report("b", **undated)])
    assert len(events) == (1 if merged else 2)


def test_an_undated_report_of_the_same_article_joins_within_two_weeks():
    [event] = merge_events([report("a", day=D), report("a", actors=("antony_blinken",), anchor=date(2024, 12, 20),
                                                       offset=40)])
    assert event.date == D


def test_two_undated_reports_of_articles_far_apart_are_not_merged():
    events = merge_events([report("a", anchor=date(2024, 12, 1)), report("b", anchor=date(2024, 12, 13))])
    assert len(events) == 2


def week(doc, offset=0):
    return report(doc, offset=offset).model_copy(update={"date": date(2024, 12, 9), "date_end": date(2024, 12, 15),
                                                         "precision": "week", "date_source": "relative"})


def month(doc):
    return report(doc).model_copy(update={"date": date(2024, 12, 1), "date_end": date(2024, 12, 31),
                                          "precision": "month", "date_source": "relative"})


@pytest.mark.parametrize("reports, events", [
    # "This week's talks" in one article is not another article's talks of a given day…
    ([report("a", day=D), week("b")], 2),
    # …but in the same article it is; two articles' reports join on the same week, not on
    # overlapping spans ("last week" and "this month").
    ([report("a", day=D), week("a", offset=40)], 1),
    ([week("a"), week("b")], 1),
    ([week("a"), month("b")], 2),
])
def test_a_week_joins_a_day_or_another_span_only_in_its_own_article(reports, events):
    assert len(merge_events(reports)) == events
