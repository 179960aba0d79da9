"""Wikidata office holders in: bindings read and checked one by one, positions mapped to the
gazetteer's offices by their English label, and the merge into actors and offices."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.gazetteer_import import (NOT_KEPT, Holding, NotASparqlResult, actor_id_for, default_rules,
                                         insert_beside, join_terms, match_position, merge, parse_day,
                                         read_bindings, read_holding, read_holdings)

COUNTRY_NAMES = {"JPN": "Japan", "GBR": "United Kingdom", "USA": "United States", "IRN": "Iran", "OMN": "Oman",
                 "QAT": "Qatar", "DEU": "Germany", "CHN": "China"}
COUNTRIES = [{"code": "JPN", "name_en": "Japan", "name_ar": "اليابان", "aliases_ar": "", "capital_ar": "طوكيو"},
             {"code": "GBR", "name_en": "United Kingdom", "name_ar": "بريطانيا", "aliases_ar": "المملكة المتحدة",
              "capital_ar": "لندن"}]


def binding(**values: str) -> dict:
    return {var: {"type": "literal", "value": value} for var, value in values.items()}


def person(qid: str = "Q1", **extra: str) -> dict[str, str]:
    values = {"person": f"http://www.wikidata.org/entity/{qid}", "nameEn": "Taro Test", "nameAr": "تارو تست",
              "positionLabel": "Minister of Defense", "country": "JPN", "start": "2020-01-02T00:00:00Z"}
    values.update(extra)
    return values


def holding(qid="Q1", name_ar="تارو تست", offices=("defence_minister",), country="JPN", start="2020-01-02",
            end=None, name_en="Taro Test", aliases=()) -> Holding:
    return Holding(qid=qid, name_en=name_en, name_ar=name_ar, aliases_ar=tuple(aliases), position="",
                   offices=tuple(offices), country=country, start=date.fromisoformat(start),
                   end=date.fromisoformat(end) if end else None)


def actor(actor_id, name_ar, aliases="", country="JPN", kind="person"):
    return {"actor_id": actor_id, "kind": kind, "name_en": actor_id, "name_ar": name_ar, "aliases_ar": aliases,
            "country": country}


def office(actor_id, office_code, start, end="", country="JPN"):
    return {"actor_id": actor_id, "office": office_code, "country": country, "start": start, "end": end}


@pytest.mark.parametrize("value,expected", [
    ("2025-09-05T00:00:00Z", date(2025, 9, 5)),
    ("+2025-09-05T00:00:00Z", date(2025, 9, 5)),
    ("2025-09-05", date(2025, 9, 5)),
    (" 2014-08-28T00:00:00Z ", date(2014, 8, 28)),
])
def test_wikidata_times_are_read_as_days(value, expected):
    assert parse_day(value) == expected


@pytest.mark.parametrize("value", ["2023-06-31T00:00:00Z", "t1234567", "", "2025-9-5", "2025-09-05T00:00:00Zjunk"])
def test_other_times_are_refused(value):
    with pytest.raises(ValueError):
        parse_day(value)


@pytest.mark.parametrize("label,country,offices", [
    ("President of the United States", "USA", ("president", "head_of_state", "head_of_government")),
    ("President of Iran", "IRN", ("president", "head_of_government")),
    ("President of the People's Republic of China", "CHN", ("president", "head_of_state")),
    ("Federal President of Germany", "DEU", ("president", "head_of_state")),
    ("Prime Minister of the United Kingdom", "GBR", ("prime_minister", "head_of_government")),
    ("Chancellor of Germany", "DEU", ("prime_minister", "head_of_government")),
    ("Emir of Qatar", "QAT", ("emir", "head_of_state")),
    ("Sultan of Oman", "OMN", ("monarch", "head_of_state", "prime_minister", "head_of_government")),
    ("Secretary of State for Foreign, Commonwealth and Development Affairs", "GBR", ("foreign_minister",)),
    ("United States Secretary of State", "USA", ("foreign_minister",)),
    ("Minister for Foreign Affairs", "JPN", ("foreign_minister",)),
    ("Minister of Defense", "JPN", ("defence_minister",)),
    ("Secretary of State for Defence", "GBR", ("defence_minister",)),
    ("Home Secretary", "GBR", ("interior_minister",)),
    ("Secretary-General of the United Nations", "", ("un_secretary_general",)),
    ("Deputy Prime Minister of the United Kingdom", "GBR", ()),
    ("Minister of State for Foreign Affairs", "GBR", ()),
])
def test_positions_map_to_offices_by_label(label, country, offices):
    rule = match_position(label, COUNTRY_NAMES.get(country, ""), default_rules())
    assert rule is not None and rule.offices == offices


@pytest.mark.parametrize("label,country", [
    ("President of the Senate of Japan", "JPN"),  # a president of something in the country, not of it
    ("President of Japan", "GBR"),                # the label's country is not the holding's
    ("Mayor of London", "GBR"),
])
def test_other_positions_match_no_rule(label, country):
    assert match_position(label, COUNTRY_NAMES[country], default_rules()) is None


@pytest.mark.parametrize("values,reason", [
    (person(nameAr=""), "no Arabic label"),
    (person(nameAr="Taro Test"), "no Arabic label"),
    (person(person="not an entity"), "no Wikidata person"),
    (person(country="XXK"), "unknown country code 'XXK'"),
    (person(start="2020-02-30T00:00:00Z"), "unparseable date '2020-02-30T00:00:00Z'"),
    (person(end="soon"), "unparseable date 'soon'"),
    (person(start=""), "no start date"),
    (person(end="2019-01-01T00:00:00Z"), "start 2020-01-02 after end 2019-01-01"),
    (person(positionLabel="Minister of Agriculture"), NOT_KEPT),
    (person(positionLabel="Deputy Prime Minister of Japan"), NOT_KEPT),
])
def test_bad_bindings_are_skipped_with_a_reason(values, reason):
    assert read_holding(values, COUNTRY_NAMES, default_rules()) == reason


def test_a_good_binding_is_a_holding():
    values = person(aliasesAr="تارو| تست تارو |Taro", end="2021-03-04T00:00:00Z")
    assert read_holding(values, COUNTRY_NAMES, default_rules()) == Holding(
        qid="Q1", name_en="Taro Test", name_ar="تارو تست", aliases_ar=("تارو", "تست تارو"),
        position="Minister of Defense", offices=("defence_minister",), country="JPN",
        start=date(2020, 1, 2), end=date(2021, 3, 4))


def test_an_international_office_has_no_country():
    values = person(positionLabel="Secretary-General of the United Nations", country="")
    assert read_holding(values, COUNTRY_NAMES, default_rules()).country == ""


def test_each_skipped_binding_is_named_and_counted():
    document = {"head": {"vars": []}, "results": {"bindings": [
        binding(**person()), binding(**person("Q2", nameAr="")), "not a binding",
        binding(**person("Q3", positionLabel="Minister of Agriculture"))]}}
    holdings, skipped, not_kept = read_holdings(document, COUNTRY_NAMES, default_rules())
    assert [h.qid for h in holdings] == ["Q1"]
    assert skipped == ["binding 2 (Q2, Minister of Defense): no Arabic label", "binding 3 (?, ?): no Wikidata person"]
    assert not_kept == 1


@pytest.mark.parametrize("document", [[], {}, {"results": {}}, {"results": {"bindings": {}}}, "text", None])
def test_a_document_of_another_shape_is_refused_whole(document):
    with pytest.raises(NotASparqlResult):
        read_bindings(document)


@pytest.mark.parametrize("name_en,qid,expected", [
    ("Sébastien Lecornu", "Q1", "sebastien_lecornu"),
    ("Frank-Walter Steinmeier", "Q1", "frank_walter_steinmeier"),
    ("John J. Sullivan", "Q1", "john_j_sullivan"),
    ("", "Q42", "q42"),
    ("محمد", "Q7", "q7"),
])
def test_actor_ids_come_from_the_english_name(name_en, qid, expected):
    assert actor_id_for(name_en, qid) == expected


@pytest.mark.parametrize("terms,spans", [
    ([("2012-05-07", "2018-05-07"), ("2018-05-07", "2024-05-07"), ("2024-05-07", None)], [("2012-05-07", None)]),
    ([("2012-05-07", "2018-05-06"), ("2018-05-07", "2024-05-07")], [("2012-05-07", "2024-05-07")]),
    ([("2017-01-20", "2021-01-20"), ("2025-01-20", None)], [("2017-01-20", "2021-01-20"), ("2025-01-20", None)]),
    ([("2020-01-01", None), ("2021-01-01", "2022-01-01")], [("2020-01-01", None)]),
])
def test_consecutive_terms_are_one_holding(terms, spans):
    joined = join_terms([holding(start=s, end=e) for s, e in terms])
    assert [(h.start.isoformat(), h.end.isoformat() if h.end else None) for h in joined] == spans


def test_a_known_person_gets_a_new_tenure_once():
    actors = [actor("taro_test", "تارو تست")]
    merged = merge([holding(), holding()], actors, [], COUNTRIES)
    assert merged.offices == [office("taro_test", "defence_minister", "2020-01-02")]
    assert (merged.actors, merged.added_actors, merged.closed_tenures) == (actors, [], [])


@pytest.mark.parametrize("existing,imported_end,after", [
    (office("taro_test", "defence_minister", "2020-01-01"), "2023-05-06",
     office("taro_test", "defence_minister", "2020-01-01", "2023-05-06")),  # an open tenure the import ends
    (office("taro_test", "defence_minister", "2020-01-01", "2022-01-01"), "2023-05-06",
     office("taro_test", "defence_minister", "2020-01-01", "2022-01-01")),  # the curated end is kept
    (office("taro_test", "defence_minister", "2020-01-01"), None,
     office("taro_test", "defence_minister", "2020-01-01")),  # both open: the same tenure
])
def test_an_overlapping_tenure_is_not_added_again(existing, imported_end, after):
    merged = merge([holding(end=imported_end)], [actor("taro_test", "تارو تست")], [existing], COUNTRIES)
    assert merged.offices == [after] and merged.added_tenures == []
    assert merged.closed_tenures == ([after] if after != existing else [])


def test_a_person_is_found_by_a_full_name_alias():
    merged = merge([holding(name_ar="تارو تيست", aliases=("تارو تست",))], [actor("taro", "تاروُ تست")], [], COUNTRIES)
    assert [r["actor_id"] for r in merged.added_tenures] == ["taro"] and merged.added_actors == []


def test_a_new_person_gets_an_actor_row_beside_their_country():
    actors = [actor("a_jp", "أ ي"), actor("b_gb", "ب ج", "جيم", country="GBR"), actor("c_jp", "ج ي")]
    new = holding(aliases=("تست", "بريطانيا", "جيم", "تارو  تست", "تارو التست"))
    merged = merge([new], actors, [], COUNTRIES)
    added = {"actor_id": "taro_test", "kind": "person", "name_en": "Taro Test", "name_ar": "تارو تست",
             "aliases_ar": "تست|تارو التست", "country": "JPN"}
    assert merged.actors == [actors[0], actors[1], actors[2], added]
    assert merged.skipped == ["Q1 (تارو تست): alias 'بريطانيا' left out, another actor or a country has it",
                              "Q1 (تارو تست): alias 'جيم' left out, another actor or a country has it"]


def test_an_english_name_taken_by_someone_else_gets_the_qid():
    merged = merge([holding(qid="Q77")], [actor("taro_test", "شخص آخر", country="GBR")], [], COUNTRIES)
    assert [a["actor_id"] for a in merged.added_actors] == ["taro_test_q77"]


def test_the_same_english_id_in_the_same_country_is_the_same_person():
    merged = merge([holding(name_ar="تارو تيست")], [actor("taro_test", "تارو تست")], [], COUNTRIES)
    assert merged.added_actors == [] and [r["actor_id"] for r in merged.added_tenures] == ["taro_test"]


@pytest.mark.parametrize("actors,reason", [
    ([actor("a", "تارو تست"), actor("b", "س ص", aliases="تارو تست")], "its names stand for several actors: a, b"),
    ([actor("defence_ministry", "تارو تست", kind="government_body")], "its name is the government_body defence_ministry"),
])
def test_a_name_that_is_not_one_person_is_skipped(actors, reason):
    merged = merge([holding()], actors, [], COUNTRIES)
    assert merged.added_tenures == [] and merged.skipped == [f"Q1 (تارو تست): {reason}"]


def test_a_name_that_is_a_country_is_skipped():
    merged = merge([holding(name_ar="اليابان")], [], [], COUNTRIES)
    assert merged.added_actors == [] and merged.skipped == ["Q1 (اليابان): the name is a country's"]


def test_new_rows_go_after_the_last_row_of_their_country():
    rows = [{"c": "A"}, {"c": "B"}, {"c": "A"}, {"c": "C"}]
    new = [{"c": "A", "n": 1}, {"c": "Z", "n": 2}, {"c": "A", "n": 3}]
    assert insert_beside(rows + new, new, "c") == [rows[0], rows[1], rows[2], new[0], new[2], rows[3], new[1]]


_TEXT = st.text(alphabet=st.sampled_from(list("ab ٠1-:TZ+|تارو")), max_size=12)
_LIKELY = {  # values that often make a holding, so the merge sees many of them
    "person": ["http://www.wikidata.org/entity/Q1", "http://www.wikidata.org/entity/Q2", "Q3"],
    "nameEn": ["Taro Test", "Jiro Test", ""], "nameAr": ["تارو تست", "جيرو تست", "اليابان"],
    "aliasesAr": ["تارو|تست", "بريطانيا", "|"], "positionLabel": ["Minister of Defense", "Prime Minister of Japan"],
    "country": ["JPN", "GBR", "XYZ"], "start": ["2019-01-01T00:00:00Z", "2021-06-30", "2020-01-02"],
    "end": ["2020-06-01T00:00:00Z", "2022-01-01", "2018-01-01"],
}


def _cell(var: str):
    value = st.one_of(st.sampled_from(_LIKELY.get(var, ["x"])), _TEXT)
    return st.one_of(st.fixed_dictionaries({"type": st.just("literal"), "value": value}), value, st.none(),
                     st.dictionaries(_TEXT, _TEXT, max_size=2))


_BINDING = st.fixed_dictionaries({}, optional={var: _cell(var) for var in [*_LIKELY, "x"]})
_PLAUSIBLE = st.fixed_dictionaries({var: st.fixed_dictionaries({"value": st.sampled_from(values)})
                                    for var, values in _LIKELY.items()})


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(_BINDING, _PLAUSIBLE, _TEXT, st.none()), max_size=6))
def test_arbitrary_bindings_never_crash(bindings):
    document = {"head": {"vars": []}, "results": {"bindings": bindings}}
    holdings, skipped, not_kept = read_holdings(document, COUNTRY_NAMES, default_rules())
    assert len(holdings) + len(skipped) + not_kept == len(bindings)
    merged = merge(holdings, [actor("taro_test", "تارو تست")], [office("taro_test", "defence_minister", "2020-01-01")],
                   COUNTRIES)
    assert len(merged.offices) == 1 + len(merged.added_tenures)
