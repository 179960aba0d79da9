"""Office holders from a Wikidata SPARQL JSON result, merged into the gazetteer's tables.

Pure functions: the JSON document and the table rows (as read from `actors.csv`,
`offices.csv`, `countries.csv`) in, the new rows and what changed out. Reading and writing
the files is the caller's business (`timeline gazetteer import`).

Positions are told apart by their English label, through `data/wikidata_positions.csv`
(first matching pattern wins; `{country}` stands for the holding's country name), never by
Wikidata ids, so the mapping can be read and corrected without looking anything up.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from extractors.data_files import read_csv
from extractors.once import built_once
from extractors.text import fold_phrase

# The variables the query in tools/wikidata_offices.rq selects.
PERSON, NAME_EN, NAME_AR, ALIASES_AR, POSITION, COUNTRY, START, END = (
    "person", "nameEn", "nameAr", "aliasesAr", "positionLabel", "country", "start", "end")
# Two terms of one office this close together are one holding (Wikidata splits re-elections).
TERM_GAP = timedelta(days=1)

NOT_KEPT = "a position the gazetteer does not keep"

_QID = re.compile(r"(?:^|/)(Q[1-9][0-9]*)$")
_DATE = re.compile(r"\+?(\d{4})-(\d{2})-(\d{2})(?:T[0-9:.]*Z?)?")
_ARABIC = re.compile(r"[\u0621-\u064A]")

Row = dict[str, str]


class NotASparqlResult(ValueError):
    """The document is not a SPARQL JSON result at all (as opposed to one bad binding)."""


class NotOnePerson(ValueError):
    """A holder's names stand for several actors of the gazetteer, or for one that is no person."""


@dataclass(frozen=True)
class PositionRule:
    """English position labels matching `pattern` are the gazetteer's `offices` (none: not kept)."""

    pattern: str
    offices: tuple[str, ...]
    international: bool


@dataclass(frozen=True)
class Holding:
    """One person holding one position from `start` to `end` (None: still in office)."""

    qid: str
    name_en: str
    name_ar: str
    aliases_ar: tuple[str, ...]
    position: str
    offices: tuple[str, ...]
    country: str
    start: date
    end: date | None


@dataclass
class Merged:
    """The tables after an import, and each change and skipped row said in one line."""

    actors: list[Row]
    offices: list[Row]
    added_actors: list[Row] = field(default_factory=list)
    added_tenures: list[Row] = field(default_factory=list)
    closed_tenures: list[Row] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    not_kept: int = 0  # bindings of positions the gazetteer does not keep


def compile_rules(rows: list[Row]) -> tuple[PositionRule, ...]:
    """The rows of `wikidata_positions.csv` as rules, in file order."""
    return tuple(
        PositionRule(pattern=row["label_pattern"], offices=tuple(o for o in row["offices"].split("|") if o),
                     international=row["scope"] == "international")
        for row in rows
    )


@built_once
def default_rules() -> tuple[PositionRule, ...]:
    """The position rules shipped in `extractors/data/wikidata_positions.csv`."""
    return compile_rules(read_csv("wikidata_positions.csv"))


def match_position(label: str, country_name: str, rules: tuple[PositionRule, ...]) -> PositionRule | None:
    """The first rule whose pattern is the whole label, `{country}` read as `country_name`."""
    text = " ".join(label.lower().split())
    for rule in rules:
        if compile_pattern(rule.pattern, country_name).fullmatch(text):
            return rule
    return None


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, country_name: str) -> re.Pattern[str]:
    """A rule's pattern with `{country}` read as the country's name (matching nothing without one)."""
    return re.compile(pattern.replace("{country}", re.escape(country_name.lower()) if country_name else "(?!)"))


def read_bindings(document: Any) -> list[Any]:
    """The `results.bindings` list of a SPARQL JSON result; anything else is refused whole."""
    results = document.get("results") if isinstance(document, dict) else None
    bindings = results.get("bindings") if isinstance(results, dict) else None
    if not isinstance(bindings, list):
        raise NotASparqlResult("not a SPARQL JSON result: no results.bindings list")
    return bindings


def binding_values(binding: Any) -> dict[str, str]:
    """{variable: value} of one binding; cells that are not {"value": text} are left out."""
    if not isinstance(binding, dict):
        return {}
    return {
        str(var): " ".join(cell["value"].split())
        for var, cell in binding.items()
        if isinstance(cell, dict) and isinstance(cell.get("value"), str)
    }


def parse_day(value: str) -> date:
    """A Wikidata time ("2025-09-05T00:00:00Z", "+2025-09-05T00:00:00Z", "2025-09-05") as a date."""
    found = _DATE.fullmatch(value.strip())
    try:
        return date(int(found[1]), int(found[2]), int(found[3]))
    except (TypeError, ValueError):
        raise ValueError(value) from None


def read_holdings(document: Any, countries: dict[str, str],
                  rules: tuple[PositionRule, ...]) -> tuple[list[Holding], list[str], int]:
    """The holdings of a SPARQL result, one line per binding skipped and why, and how many
    bindings were of positions the gazetteer does not keep (counted, not listed: the query
    may bring many). `countries` maps the gazetteer's country codes to their English names."""
    holdings: list[Holding] = []
    skipped: list[str] = []
    not_kept = 0
    for number, binding in enumerate(read_bindings(document), start=1):
        values = binding_values(binding)
        holding = read_holding(values, countries, rules)
        if holding == NOT_KEPT:
            not_kept += 1
        elif isinstance(holding, str):
            who = values.get(PERSON, "").rsplit("/", 1)[-1] or "?"
            skipped.append(f"binding {number} ({who}, {values.get(POSITION, '?')}): {holding}")
        else:
            holdings.append(holding)
    return holdings, skipped, not_kept


def read_holding(values: dict[str, str], countries: dict[str, str],
                 rules: tuple[PositionRule, ...]) -> Holding | str:
    """One binding as a Holding, or the reason it is skipped."""
    qid = _QID.search(values.get(PERSON, ""))
    if qid is None:
        return "no Wikidata person"
    name_ar = values.get(NAME_AR, "")
    if not _ARABIC.search(name_ar):
        return "no Arabic label"
    code = values.get(COUNTRY, "").upper()
    rule = match_position(values.get(POSITION, ""), countries.get(code, ""), rules)
    if rule is None or not rule.offices:
        return NOT_KEPT
    if not rule.international and code not in countries:
        return f"unknown country code {values.get(COUNTRY, '')!r}"
    try:
        start = parse_day(values[START]) if values.get(START) else None
        end = parse_day(values[END]) if values.get(END) else None
    except ValueError as exc:
        return f"unparseable date {str(exc)!r}"
    if start is None:
        return "no start date"
    if end is not None and start > end:
        return f"start {start} after end {end}"
    return Holding(qid=qid[1], name_en=values.get(NAME_EN, ""), name_ar=name_ar,
                   aliases_ar=split_aliases(values.get(ALIASES_AR, "")), position=values.get(POSITION, ""),
                   offices=rule.offices, country="" if rule.international else code, start=start, end=end)


def split_aliases(cell: str) -> tuple[str, ...]:
    """Arabic aliases joined by "|" (GROUP_CONCAT), each trimmed; non-Arabic ones dropped."""
    return tuple(dict.fromkeys(a.strip() for a in cell.split("|") if _ARABIC.search(a)))


def actor_id_for(name_en: str, qid: str) -> str:
    """A stable id from the English name: ASCII, snake_case; the QID when nothing is left."""
    ascii_name = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode()
    slug = "_".join(re.findall(r"[a-z0-9]+", ascii_name.lower()))
    return slug or qid.lower()


def join_terms(holdings: list[Holding]) -> list[Holding]:
    """Consecutive terms of one person in one position as one holding (re-elections)."""
    by_key: dict[tuple[str, tuple[str, ...], str], list[Holding]] = defaultdict(list)
    for h in holdings:
        by_key[(h.qid, h.offices, h.country)].append(h)
    joined: list[Holding] = []
    for terms in by_key.values():
        terms.sort(key=lambda h: h.start)
        current = terms[0]
        for term in terms[1:]:
            if current.end is not None and term.start <= current.end + TERM_GAP:
                later_end = None if term.end is None else max(term.end, current.end)
                current = replace(current, end=later_end, aliases_ar=tuple(
                    dict.fromkeys(current.aliases_ar + term.aliases_ar)))
            elif current.end is None:
                continue  # a term inside one still open
            else:
                joined.append(current)
                current = term
        joined.append(current)
    return joined


def country_strings(countries: list[Row]) -> set[str]:
    """Folded country names, aliases and capitals: no actor alias may be one of them."""
    strings = set()
    for row in countries:
        for column in ("name_ar", "aliases_ar", "capital_ar"):
            strings.update(fold_phrase(s) for s in row.get(column, "").split("|") if s.strip())
    return strings


@dataclass
class _Names:
    """Which actor each folded name or alias stands for, kept current as actors are added."""

    owners: dict[str, set[str]]
    countries: set[str]

    @classmethod
    def of(cls, actors: list[Row], countries: list[Row]) -> "_Names":
        names = cls(defaultdict(set), country_strings(countries))
        for row in actors:
            names.add(row)
        return names

    def add(self, row: Row) -> None:
        for name in [row["name_ar"], *row["aliases_ar"].split("|")]:
            if name.strip():
                self.owners[fold_phrase(name)].add(row["actor_id"])

    def taken(self, name: str) -> bool:
        folded = fold_phrase(name)
        return bool(self.owners.get(folded)) or folded in self.countries


def merge(holdings: list[Holding], actors: list[Row], offices: list[Row], countries: list[Row]) -> Merged:
    """The tables with every holding in: known people get their tenures, new people an actor
    row, an open tenure the import ends is closed, and nothing is added twice."""
    merged = Merged(actors=[dict(r) for r in actors], offices=[dict(r) for r in offices])
    names = _Names.of(merged.actors, countries)
    by_id = {row["actor_id"]: row for row in merged.actors}
    people: dict[str, list[Holding]] = defaultdict(list)
    for holding in join_terms(holdings):
        people[holding.qid].append(holding)
    new_actors: list[Row] = []
    for qid, held in people.items():
        try:
            actor_id = find_actor(held, names, by_id)
        except NotOnePerson as exc:
            merged.skipped.append(f"{qid} ({held[0].name_ar}): {exc}")
            continue
        if actor_id is None:
            row = new_actor(held, names, by_id, merged.skipped)
            if row is None:
                continue
            actor_id = row["actor_id"]
            by_id[actor_id] = row
            names.add(row)
            new_actors.append(row)
        for holding in held:
            add_tenures(actor_id, holding, merged)
    merged.added_actors = new_actors
    merged.actors = insert_beside(merged.actors, new_actors, "country")
    merged.offices = insert_beside(merged.offices, merged.added_tenures, "country")
    return merged


def find_actor(held: list[Holding], names: _Names, by_id: dict[str, Row]) -> str | None:
    """The actor the gazetteer already has for these holdings: by Arabic name, then by a
    full-name alias, then by the English-derived id in the same country."""
    first = held[0]
    candidates = names.owners.get(fold_phrase(first.name_ar), set())
    if not candidates:
        candidates = {a for alias in first.aliases_ar if len(alias.split()) > 1
                      for a in names.owners.get(fold_phrase(alias), set())}
    if len(candidates) > 1:
        raise NotOnePerson(f"its names stand for several actors: {', '.join(sorted(candidates))}")
    if candidates:
        (actor_id,) = candidates
        if by_id[actor_id]["kind"] != "person":
            raise NotOnePerson(f"its name is the {by_id[actor_id]['kind']} {actor_id}")
        return actor_id
    same_id = by_id.get(actor_id_for(first.name_en, first.qid))
    if same_id and same_id["kind"] == "person" and same_id["country"] in {h.country for h in held}:
        return same_id["actor_id"]
    return None


def new_actor(held: list[Holding], names: _Names, by_id: dict[str, Row], skipped: list[str]) -> Row | None:
    """An actor row for a person the gazetteer lacks; aliases another actor or a country
    already has are left out (and said), so no name comes to stand for two."""
    first = held[0]
    if names.taken(first.name_ar):
        skipped.append(f"{first.qid} ({first.name_ar}): the name is a country's")
        return None
    actor_id = actor_id_for(first.name_en, first.qid)
    if actor_id in by_id:
        actor_id = f"{actor_id}_{first.qid.lower()}"
    aliases: list[str] = []
    folded_name = fold_phrase(first.name_ar)
    for alias in dict.fromkeys(a for h in held for a in h.aliases_ar):
        folded = fold_phrase(alias)
        if folded == folded_name or folded in {fold_phrase(a) for a in aliases}:
            continue
        if names.taken(alias):
            skipped.append(f"{first.qid} ({first.name_ar}): alias {alias!r} left out, another actor or a country has it")
            continue
        aliases.append(" ".join(alias.split()))
    countries = [h.country for h in held if h.country]
    return {"actor_id": actor_id, "kind": "person", "name_en": first.name_en or first.qid,
            "name_ar": " ".join(first.name_ar.split()), "aliases_ar": "|".join(aliases),
            "country": countries[0] if countries else ""}


def add_tenures(actor_id: str, holding: Holding, merged: Merged) -> None:
    """Each office of the holding as a tenure, unless one overlapping it is there already;
    an open one the holding ends is closed at the holding's end."""
    for office in holding.offices:
        same = [r for r in merged.offices
                if (r["actor_id"], r["office"], r["country"]) == (actor_id, office, holding.country)]
        overlapping = [r for r in same if overlaps(r, holding)]
        for row in overlapping:
            if not row["end"] and holding.end is not None and row["start"] <= holding.end.isoformat():
                row["end"] = holding.end.isoformat()
                if not any(row is added for added in merged.added_tenures):
                    merged.closed_tenures.append(row)
        if not overlapping:
            row = {"actor_id": actor_id, "office": office, "country": holding.country,
                   "start": holding.start.isoformat(), "end": holding.end.isoformat() if holding.end else ""}
            merged.offices.append(row)
            merged.added_tenures.append(row)


def overlaps(row: Row, holding: Holding) -> bool:
    """Whether a tenure row and a holding share at least one day."""
    row_end = row["end"] or date.max.isoformat()
    holding_end = holding.end.isoformat() if holding.end else date.max.isoformat()
    return row["start"] <= holding_end and holding.start.isoformat() <= row_end


def insert_beside(rows: list[Row], new_rows: list[Row], column: str) -> list[Row]:
    """`rows` with each new row placed after the last old row of the same `column` value
    (the tables are grouped by country), or at the end; new rows are not in `rows`."""
    fresh = {id(r) for r in new_rows}
    old = [r for r in rows if id(r) not in fresh]
    last: dict[str, int] = {}
    for index, row in enumerate(old):
        last[row.get(column, "")] = index
    after: dict[int, list[Row]] = defaultdict(list)
    for row in new_rows:
        after[last.get(row.get(column, ""), len(old) - 1)].append(row)
    placed = list(after.pop(-1, []))
    for index, row in enumerate(old):
        placed.append(row)
        placed.extend(after.get(index, []))
    return placed
