"""The discourse memory: whom a later "الوزير", "الجانبان", "التحالف" or "الجماعة" points back at."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.coreference import Discourse
from extractors.gazetteer import default_gazetteer
from schemas.actors import Actor, ActorMention

DAY = date(2017, 6, 1)


def discourse(*actor_ids: str) -> Discourse:
    memory = Discourse(default_gazetteer())
    for k, actor_id in enumerate(actor_ids):
        memory.remember(ActorMention(start=k, end=k + 1, text="x", actor_id=actor_id, how="alias", prep=None))
    return memory


@pytest.mark.parametrize("named, office, country, expected", [
    (["sergey_lavrov", "rex_tillerson"], None, None, "rex_tillerson"),
    (["sergey_lavrov", "rex_tillerson"], "foreign_minister", "RUS", "sergey_lavrov"),
    (["sergey_lavrov", "jim_mattis"], "foreign_minister", None, "sergey_lavrov"),
    (["sergey_lavrov", "jim_mattis"], "defence_minister", None, "jim_mattis"),
    (["rex_tillerson", "RUS"], None, None, "rex_tillerson"),  # a country is not a person
    (["RUS", "isis"], None, None, None),
    ([], None, None, None),
])
def test_recall_person(named: list[str], office: str | None, country: str | None, expected: str | None) -> None:
    assert discourse(*named).recall_person(office, country, DAY) == expected


@pytest.mark.parametrize("named, expected", [
    (["sergey_lavrov", "RUS", "rex_tillerson"], ["rex_tillerson", "sergey_lavrov"]),
    (["sergey_lavrov", "sergey_lavrov", "rex_tillerson"], ["rex_tillerson", "sergey_lavrov"]),
    (["sergey_lavrov", "RUS", "USA"], ["USA", "RUS"]),  # one person: the two parties named last
    (["sergey_lavrov"], []),
])
def test_recall_pair(named: list[str], expected: list[str]) -> None:
    assert discourse(*named).recall_pair() == expected


@pytest.mark.parametrize("named, seen, expected", [
    (["saudi_led_coalition", "RUS"], [], "saudi_led_coalition"),
    ([], ["houthis", "YEM", "isis"], "saudi_led_coalition"),
    ([], ["isis", "SYR", "YEM"], "international_coalition"),
    ([], ["RUS", None], None),
])
def test_recall_coalition(named: list[str], seen: list[str | None], expected: str | None) -> None:
    assert discourse(*named).recall_coalition(Counter(seen)) == expected


@pytest.mark.parametrize("named, kind, expected", [
    (["isis", "sergey_lavrov", "houthis", "RUS"], "armed_group", "houthis"),
    (["isis", "sergey_lavrov"], "country", None),
])
def test_recall_of_kind(named: list[str], kind: str, expected: str | None) -> None:
    assert discourse(*named).recall_of_kind(kind) == expected


def test_an_introduced_person_holds_the_title_that_introduced_them() -> None:
    memory = discourse()
    stranger = Actor(actor_id="x:نوفل_العاكوب", name_ar="نوفل العاكوب", kind="person", country="IRQ")
    memory.introduce(stranger, "governor")
    memory.remember(ActorMention(start=0, end=5, text="x", actor_id=stranger.actor_id, how="introduced", prep=None))
    assert (memory.look_up(stranger.actor_id), memory.find_offices(stranger.actor_id, DAY)) == (stranger, {"governor"})
    assert memory.recall_person("governor", "IRQ", DAY) == stranger.actor_id


PEOPLE_AND_PARTIES = ["sergey_lavrov", "rex_tillerson", "jim_mattis", "RUS", "USA", "isis", "no_such_actor"]


@given(st.lists(st.sampled_from(PEOPLE_AND_PARTIES), max_size=12))
def test_a_pair_is_two_distinct_actors_named_or_none(named: list[str]) -> None:
    pair = discourse(*named).recall_pair()
    known = {a for a in named if a != "no_such_actor"}
    assert len(pair) in (0, 2) and len(set(pair)) == len(pair) and set(pair) <= known
    assert (len(pair) == 2) == (len(known) >= 2)
