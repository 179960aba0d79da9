"""The gazetteer: tables compiled into lookups, and every name found in one pass over folded text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.data_files import read_yaml
from extractors.gazetteer import ACTOR, BARE_TITLE, NISBA, PLACE, TITLE, build_gazetteer, default_gazetteer, find_keys
from extractors.text import Normalized

COUNTRIES = [
    {"code": "SYR", "name_en": "Syria", "name_ar": "سوريا", "aliases_ar": "سورية", "nisba_ar": "السوري|السورية",
     "capital_ar": "دمشق", "capital_en": "Damascus"},
    {"code": "LBN", "name_en": "Lebanon", "name_ar": "لبنان", "aliases_ar": "", "nisba_ar": "اللبناني",
     "capital_ar": "بيروت", "capital_en": "Beirut"},
]
ACTORS = [
    {"actor_id": "michel_aoun", "kind": "person", "name_en": "Michel Aoun", "name_ar": "ميشال عون",
     "aliases_ar": "ميشيل عون", "country": "LBN"},
    {"actor_id": "abdullah_ii", "kind": "person", "name_en": "Abdullah II", "name_ar": "عبد الله الثاني",
     "aliases_ar": "", "country": "JOR"},
]
OFFICES = [{"actor_id": "michel_aoun", "office": "president", "country": "LBN", "start": "2016-10-31",
            "end": "2022-10-30"}]
TITLES = [{"title_ar": "الرئيس", "office": "president", "needs_country": "yes", "country": ""}]
PLACES = [{"place_id": "damascus", "name_ar": "دمشق", "aliases_ar": "الشام", "name_en": "Damascus", "kind": "city",
           "country": "SYR"}]


def small():
    return build_gazetteer(COUNTRIES, ACTORS, OFFICES, TITLES, PLACES, read_yaml("actors.yaml"))


def test_tables_compile_into_lookups() -> None:
    gaz = small()
    assert gaz.capitals == {"SYR": "damascus"}  # no place row for Beirut
    assert gaz.surnames == {"عون": frozenset({"michel_aoun"})}  # "الثاني" is no surname
    assert gaz.words_of["michel_aoun"] == frozenset({"ميشال", "ميشيل", "عون"})
    assert gaz.person_names == {"ميشال عون": "michel_aoun", "ميشيل عون": "michel_aoun",
                                "عبد الله الثاني": "abdullah_ii"}
    assert gaz.holder("president", "LBN", date(2017, 6, 1)) == "michel_aoun"
    assert gaz.holder("president", "LBN", date(2023, 6, 1)) is None


@pytest.mark.parametrize("text, expected", [
    ("زار الرئيس اللبناني دمشق", [("الرئيس", "", {TITLE: "president", BARE_TITLE: "president"}),
                                  ("اللبناني", "", {NISBA: "LBN"}), ("دمشق", "", {PLACE: "damascus"})]),
    ("وصل إلى الشام وسوريا", [("الشام", "", {PLACE: "damascus"}), ("سوريا", "و", {ACTOR: "SYR", PLACE: "SYR"})]),
    ("للرئيس ميشال عون", [("للرئيس", "ل", {TITLE: "president", BARE_TITLE: "president"}),
                         ("ميشال عون", "", {ACTOR: "michel_aoun"})]),
    ("الدمشقي ودمشقي", []),  # inside a longer word
])
def test_find_keys(text: str, expected: list[tuple[str, str, dict[str, str]]]) -> None:
    folded = Normalized(text).text
    found = [(folded[h.start:h.end], h.clitic, h.kinds) for h in find_keys(folded, small())]
    assert found == [(Normalized(key).text, clitic, kinds) for key, clitic, kinds in expected]


WORDS = ["الرئيس", "اللبناني", "دمشق", "وزير", "الخارجية", "الأمريكي", "ريكس", "تيلرسون", "في", "و", "ب", "،", "بدمشق"]


@given(st.lists(st.sampled_from(WORDS), max_size=12))
def test_keys_are_whole_words_in_order_and_never_overlap(words: list[str]) -> None:
    text = Normalized(" ".join(words)).text
    hits = find_keys(text, default_gazetteer())
    assert all(a.end <= b.start for a, b in zip(hits, hits[1:]))
    for hit in hits:
        assert (hit.start - len(hit.clitic) == 0 or text[hit.start - len(hit.clitic) - 1] == " ") and \
            (hit.end == len(text) or text[hit.end] == " ")
