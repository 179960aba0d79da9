"""The actor and place gazetteer: who is who, who held which office when, where is where.

Loaded once from `data/countries.csv`, `actors.csv`, `offices.csv`, `titles.csv`,
`places.csv` and `actors.yaml`, and compiled into one Aho-Corasick automaton over folded
text, so that finding every name in an article (`find_keys`) costs one pass.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import ahocorasick

from schemas.actors import Actor, Office, Place

from extractors.once import built_once
from extractors.data_files import read_csv, read_yaml
from extractors.text import fold_phrase

# Kinds of keys in the automaton.
ACTOR, TITLE, NISBA, PLACE, HONORIFIC, MODIFIER, COUNTERPART, BARE_TITLE, CAPITAL_WORD, FORCE, GROUP_REF, PAIR_REF, \
    COALITION_REF, PLURAL_TITLE, HOME_FORCE = (
        "actor", "title", "nisba", "place", "honorific", "modifier", "counterpart", "bare_title", "capital_word", "force",
        "group_ref", "pair_ref", "coalition_ref", "plural_title", "home_force")
ORG_REF = "org_ref"  # "المركز" after "مركز الملك سلمان للإغاثة": the organisation named last so called
PRONOUN_REF = "pronoun_ref"  # "سموه", "معاليه": the person of that rank named last
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك", "")  # glued before a name, longest first


@dataclass(frozen=True)
class Gazetteer:
    actors: dict[str, Actor]
    offices: tuple[Office, ...]
    places: dict[str, Place]
    capitals: dict[str, str]  # country code -> place_id of its capital
    words: dict[str, frozenset[str]]
    name_max_words: int
    lineage_max_words: int  # "سعد بن فهد بن عبدالله بن محمد آل سعود": a name of lineage runs this long at most
    body_max_words: int  # "رئيس مجموعة الفلاني الشيخ …": the words of a body between a title and its holder's name
    automaton: Any = field(repr=False)
    person_names: dict[str, str] = field(repr=False, default_factory=dict)
    name_words: frozenset[str] = field(repr=False, default_factory=frozenset)
    common_words: frozenset[str] = field(repr=False, default_factory=frozenset)  # frequent words no name holds
    title_countries: dict[str, str] = field(repr=False, default_factory=dict)  # "خادم الحرمين الشريفين" -> SAU
    surnames: dict[str, frozenset[str]] = field(repr=False, default_factory=dict)  # "عون" -> {michel_aoun}
    words_of: dict[str, frozenset[str]] = field(repr=False, default_factory=dict)  # person -> words of their names
    theatres: dict[str, frozenset[str]] = field(repr=False, default_factory=dict)  # coalition -> actors of its war
    homonyms: dict[str, str] = field(repr=False, default_factory=dict)  # folded name -> the town it may also be
    idioms: dict[str, frozenset[str]] = field(repr=False, default_factory=dict)  # folded place -> words after it that make an idiom
    ranks: dict[str, frozenset[str]] = field(repr=False, default_factory=dict)  # "royal" -> titles of that rank

    def holder(self, office: str, country: str | None, on: date | None) -> str | None:
        """Who held `office` for `country` on the day `on` (the latest holder when `on` is None)."""
        rows = [o for o in self.offices if o.office == office and o.country == country]
        if on is not None:
            rows = [o for o in rows if o.start <= on and (o.end is None or on <= o.end)]
        return max(rows, key=lambda o: o.start).actor_id if rows else None

    def offices_of(self, actor_id: str, on: date | None) -> set[str]:
        return {
            o.office for o in self.offices
            if o.actor_id == actor_id and (on is None or (o.start <= on and (o.end is None or on <= o.end)))
        }


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _countries(rows: list[dict[str, str]]) -> tuple[list[Actor], list[Place], dict[str, str], dict[str, str]]:
    actors, places, nisba, capital_names = [], [], {}, {}
    for row in rows:
        code = row["code"]
        names = [row["name_ar"], *_split(row.get("aliases_ar", ""))]
        actors.append(Actor(actor_id=code, name_ar=row["name_ar"], name_en=row["name_en"] or None,
                            kind="country", country=code, aliases=tuple(names)))
        places.append(Place(place_id=code, name_ar=row["name_ar"], name_en=row["name_en"] or None,
                            kind="country", country=code))
        for adjective in _split(row.get("nisba_ar", "")):
            for folded in _with_duals(fold_phrase(adjective)):
                nisba.setdefault(folded, code)
                if folded.startswith("ال") and len(folded) > 5:
                    nisba.setdefault(folded[2:], code)  # "غارات جوية إسرائيلية": the indefinite form
        if _split(row.get("capital_ar", "")):
            capital_names[code] = _split(row["capital_ar"])[0]
    return actors, places, nisba, capital_names


def _with_duals(nisba: str) -> tuple[str, ...]:
    """A nationality adjective and its dual ("جنديان إسرائيليان", "الدولتان الإيرانيتان"): the
    masculine (ي) takes ان, the feminine (ية, folded يه) تان; plurals are written in the data."""
    if nisba.endswith("يه"):
        return nisba, nisba[:-1] + "تان"
    if nisba.endswith("ي"):
        return nisba, nisba + "ان"
    return (nisba,)


def _actors(rows: list[dict[str, str]]) -> list[Actor]:
    return [
        Actor(actor_id=row["actor_id"], name_ar=row["name_ar"], name_en=row["name_en"] or None,
              kind=row["kind"], country=row.get("country") or None,
              aliases=tuple(dict.fromkeys([row["name_ar"], *_split(row.get("aliases_ar", ""))])))
        for row in rows
    ]


def _offices(rows: list[dict[str, str]]) -> list[Office]:
    return [
        Office(actor_id=row["actor_id"], office=row["office"], country=row.get("country") or None,
               start=date.fromisoformat(row["start"]), end=date.fromisoformat(row["end"]) if row["end"] else None)
        for row in rows
    ]


def _places(rows: list[dict[str, str]]) -> list[Place]:
    return [
        Place(place_id=row["place_id"], name_ar=row["name_ar"], name_en=row.get("name_en") or None,
              kind=row.get("kind") or "city", country=row.get("country") or None)
        for row in rows
    ]


def _keys(name: str) -> list[tuple[str, str]]:
    """(key, clitic) for a folded name and its form after the preposition ل (الرئيس -> للرئيس)."""
    key = fold_phrase(name)
    return [(key, ""), ("لل" + key[2:], "ل")] if key.startswith("ال") and len(key) > 3 else [(key, "")]


_WORD_KINDS = ((HONORIFIC, "honorifics"), (MODIFIER, "title_modifiers"), (COUNTERPART, "counterpart"),
               (CAPITAL_WORD, "capital_words"), (FORCE, "force_nouns"), (GROUP_REF, "group_references"),
               (PAIR_REF, "pair_references"), (COALITION_REF, "coalition_references"), (HOME_FORCE, "home_forces"),
               (ORG_REF, "organisation_references"))
_WORD_SETS = ("location_prepositions", "place_nouns", "role_prepositions", "name_stopwords", "object_nouns",
              "surname_stopwords", "post_prepositions", "ordinary_words", "former_words", "lineage_words",
              "family_words", "force_nouns", "naming_honorifics", "given_names", "compound_name_heads",
              "delegation_nouns", "town_nouns", "facility_nouns", "body_nouns", "partitive_nouns", "member_nouns", "member_modifiers", "reference_epithets", "honorifics",
              "lineage_tails")


def build_gazetteer(
    countries: list[dict[str, str]],
    actors: list[dict[str, str]],
    offices: list[dict[str, str]],
    titles: list[dict[str, str]],
    places: list[dict[str, str]],
    words: dict[str, Any],
    common: Iterable[str] = (),
) -> Gazetteer:
    """Compile gazetteer tables (rows as read from CSV) into a `Gazetteer`; `common` are the news's
    frequent words, of which those that are no part of a name cannot begin one."""
    country_actors, country_places, nisba, capital_names = _countries(countries)
    all_actors = {a.actor_id: a for a in [*country_actors, *_actors(actors)]}
    all_places = {p.place_id: p for p in [*country_places, *_places(places)]}
    entries = _entries(all_actors, all_places, places, nisba, titles, words)
    folded_places = {fold_phrase(p.name_ar): p.place_id for p in all_places.values()}
    capitals = {code: folded_places.get(fold_phrase(name), "") for code, name in capital_names.items()}
    person_names = {
        fold_phrase(alias): a.actor_id
        for a in all_actors.values() if a.kind == "person" for alias in a.aliases if len(alias.split()) > 1
    }
    return Gazetteer(
        actors=all_actors, offices=tuple(_offices(offices)), places=all_places,
        capitals={k: v for k, v in capitals.items() if v},
        words={key: frozenset(fold_phrase(w) for w in words[key]) for key in _WORD_SETS},
        name_max_words=int(words["name_max_words"]), lineage_max_words=int(words["lineage_max_words"]),
        body_max_words=int(words["body_max_words"]),
        automaton=_compile_automaton(entries), person_names=person_names,
        name_words=(name_words := frozenset({w for name in person_names for w in name.split()}
                                            | {w for name in words["given_names"] for w in fold_phrase(name).split()})),
        common_words=frozenset(fold_phrase(w) for w in common) - name_words,
        title_countries={fold_phrase(r["title_ar"]): r["country"] for r in titles if r.get("country")},
        surnames=_surnames(person_names, {fold_phrase(w) for w in words["surname_stopwords"]},
                           {fold_phrase(w) for w in [*words["lineage_words"], *words["family_words"]]}),
        words_of=_words_of(person_names),
        theatres={k: frozenset(v) for k, v in words["coalition_theatres"].items()},
        homonyms={fold_phrase(k): v for k, v in words["homonym_places"].items()},
        idioms={fold_phrase(k): frozenset(fold_phrase(w) for w in v) for k, v in words["place_idioms"].items()},
        ranks={k: frozenset(fold_phrase(w) for w in v) for k, v in words["honorific_ranks"].items()},
    )


def _entries(all_actors: dict[str, Actor], all_places: dict[str, Place], places: list[dict[str, str]],
             nisba: dict[str, str], titles: list[dict[str, str]],
             words: dict[str, Any]) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(key, clitic) -> every (kind, value) a folded name stands for: actors, places,
    nationalities, titles and the word lists of `actors.yaml`."""
    entries: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)

    def add(name: str, kind: str, value: str) -> None:
        for key in _keys(name):
            if key[0] and (kind, value) not in entries[key]:
                entries[key].append((kind, value))

    for actor in all_actors.values():
        for alias in actor.aliases:
            add(alias, ACTOR, actor.actor_id)
    for place in all_places.values():
        add(place.name_ar, PLACE, place.place_id)
    for row in places:
        for alias in _split(row.get("aliases_ar", "")):
            add(alias, PLACE, row["place_id"])
    for adjective, code in nisba.items():
        add(adjective, NISBA, code)
    for row in titles:
        for title in _split(row["title_ar"]):
            add(title, TITLE, row["office"])
    for kind, key in _WORD_KINDS:
        for word in words[key]:
            add(word, kind, word)
    for word, office in words["bare_titles"].items():
        add(word, BARE_TITLE, office)
    for word, office in words["plural_titles"].items():
        add(word, PLURAL_TITLE, office)
    for word, rank in words["honorific_pronouns"].items():
        add(word, PRONOUN_REF, rank)
    return entries


def _compile_automaton(entries: dict[tuple[str, str], list[tuple[str, str]]]) -> Any:
    automaton = ahocorasick.Automaton()
    for (key, clitic), payload in entries.items():
        automaton.add_word(key, (key, clitic, tuple(payload)))
    automaton.make_automaton()
    return automaton


def _words_of(person_names: dict[str, str]) -> dict[str, frozenset[str]]:
    """Each person's name words, to tell whether first names written before a surname are theirs."""
    words_of: dict[str, set[str]] = defaultdict(set)
    for name, actor_id in person_names.items():
        words_of[actor_id].update(name.split())
    return {k: frozenset(v) for k, v in words_of.items()}


def _surnames(person_names: dict[str, str], not_surnames: set[str], lineage: set[str]) -> dict[str, frozenset[str]]:
    """The last word of each full name -> the people it may stand for alone ("عون"); a father's or a
    family's name behind بن or آل ("سلمان بن عبدالعزيز آل سعود") is none."""
    surnames: dict[str, set[str]] = defaultdict(set)
    for name, actor_id in person_names.items():
        *_, before, last = ["", *name.split()]
        if len(last) >= 3 and last not in not_surnames and before not in lineage:
            surnames[last].add(actor_id)
    return {k: frozenset(v) for k, v in surnames.items()}


_PLACE_ACTOR = "place:"
_FACILITY = "f:"
_BODY = "body:"


def place_actor_id(place_id: str) -> str:
    """The actor id of a place that takes part in an event (a visit's city): apart from people's ids."""
    return _PLACE_ACTOR + place_id


def is_place_actor(actor_id: str) -> bool:
    return actor_id.startswith(_PLACE_ACTOR)


def facility_actor_id(folded_name: str) -> str:
    """The actor id of a building or an institution the article names ("مستشفى النهضة"): a place,
    told apart from a town because a building alone does not make an event."""
    return place_actor_id(_FACILITY + folded_name.replace(" ", "_"))


def is_facility_actor(actor_id: str) -> bool:
    return actor_id.startswith(_PLACE_ACTOR + _FACILITY)


def body_actor_id(folded_name: str) -> str:
    """The actor id of a body the article names and the gazetteer lacks ("لجنة أصدقاء المرضى")."""
    return _BODY + folded_name.replace(" ", "_")


def is_body_actor(actor_id: str) -> bool:
    return actor_id.startswith(_BODY)


def place_actors(gaz: Gazetteer) -> list[Actor]:
    """Places below a country as actors, so that events can name them as parties."""
    return [Actor(actor_id=place_actor_id(p.place_id), name_ar=p.name_ar, name_en=p.name_en, kind="place",
                  country=p.country) for p in gaz.places.values() if p.kind != "country"]


@built_once
def default_gazetteer() -> Gazetteer:
    """The gazetteer shipped in `extractors/data` (immutable once built)."""
    return build_gazetteer(
        read_csv("countries.csv"), read_csv("actors.csv"), read_csv("offices.csv"),
        read_csv("titles.csv"), read_csv("places.csv"), read_yaml("actors.yaml"),
        read_yaml("learned_names.yaml")["vocabulary"],
    )


@dataclass(frozen=True)
class KeyHit:
    """A gazetteer key found in folded text, with the clitic glued before it and its kinds."""

    start: int
    end: int
    clitic: str
    kinds: dict[str, str]


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _clitic_before(text: str, start: int) -> str | None:
    """The clitic letters glued before a name (و، ب، لـ …), or None if mid-word."""
    for clitic in _CLITICS:
        begin = start - len(clitic)
        if begin >= 0 and text[begin:start] == clitic and (begin == 0 or not _is_word(text[begin - 1])):
            return clitic
    return None


def find_keys(text: str, gaz: Gazetteer) -> list[KeyHit]:
    """Longest non-overlapping gazetteer keys standing as whole words in folded `text`."""
    found = []
    for last, (key, variant_clitic, payload) in gaz.automaton.iter(text):
        start, end = last - len(key) + 1, last + 1
        if end < len(text) and _is_word(text[end]):
            continue
        clitic = _clitic_before(text, start)
        if clitic is None:
            continue
        kinds: dict[str, str] = {}
        for kind, value in payload:
            kinds.setdefault(kind, value)
        found.append(KeyHit(start, end, clitic or variant_clitic, kinds))
    chosen: list[KeyHit] = []
    taken = bytearray(len(text) + 1)
    for hit in sorted(found, key=lambda h: (h.start - h.end, h.start)):
        if not any(taken[hit.start:hit.end]):
            chosen.append(hit)
            taken[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(chosen, key=lambda h: h.start)
