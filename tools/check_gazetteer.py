#!/usr/bin/env python3
"""Consistency checker for the gazetteer CSVs in extractors/data.

Run from the repository root:  python tools/check_gazetteer.py [data_dir]

Aliases are compared after `extractors.text.fold_phrase`, the folding the extractors
apply, so two spellings the matcher cannot tell apart count as one string.

ERRORS (exit status 1):
  * a file does not parse / header differs from the spec / wrong column count
  * bad or duplicate codes and actor_ids, unknown kind / office / needs_country
  * offices.csv actor_id missing from actors.csv
  * country codes in actors.csv / offices.csv missing from countries.csv
  * dates that do not parse, start > end, missing start
  * one alias (after folding) naming two different actors,
    or naming an actor and a country (country name, alias or capital)
  * empty alias segments, stray whitespace, duplicate title rows

WARNINGS (printed, exit status unaffected):
  * a string shared by two countries (names, aliases, capitals, nisbas)
  * an actor alias equal to a country nisba (e.g. a surname that is also an adjective)
  * overlapping tenures of the same office in the same country
"""

from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractors.text import fold_phrase

DATA_DIR = Path(__file__).resolve().parent.parent / "extractors" / "data"

HEADERS = {
    "countries.csv": ["code", "name_en", "name_ar", "aliases_ar", "nisba_ar", "capital_ar", "capital_en"],
    "actors.csv": ["actor_id", "kind", "name_en", "name_ar", "aliases_ar", "country"],
    "offices.csv": ["actor_id", "office", "country", "start", "end"],
    "titles.csv": ["title_ar", "office", "needs_country", "country"],
}

KINDS = {"person", "organisation", "armed_group", "government_body", "population", "media"}

OFFICES = {
    "minister", "ambassador", "chargé_d_affaires", "commander", "spokesperson", "leader", "deputy_foreign_minister",
    "deputy_prime_minister", "mayor",
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "monarch",
    "crown_prince", "deputy_crown_prince", "president", "prime_minister", "vice_president", "emir",
    "un_secretary_general",
    "un_envoy_syria", "un_envoy_yemen", "un_envoy_libya", "eu_high_representative",
    "nato_secretary_general", "national_security_adviser", "interior_minister",
    "speaker_of_parliament", "army_chief_of_staff", "governor", "director", "coordinator",
    "regional_president", "regional_prime_minister",
}

# Pairs of (office, country) where several holders at once are legitimate.
MULTI_HOLDER_OK = {("vice_president", "ARE")}

Rows = list[dict[str, str]]


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


@dataclass
class CountryIndex:
    """What the actor and office checks need to know about the countries."""

    codes: set[str] = field(default_factory=set)
    # folded string -> set of (country code, field)
    strings: dict[str, set[tuple[str, str]]] = field(default_factory=lambda: defaultdict(set))
    nisbas: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))


def read_csv(path: Path, rep: Report) -> Rows | None:
    name = path.name
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.reader(fh))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        rep.error(f"{name}: cannot read/parse: {exc}")
        return None
    if not rows:
        rep.error(f"{name}: empty file")
        return None
    header = rows[0]
    if header != HEADERS[name]:
        rep.error(f"{name}: header {header} != expected {HEADERS[name]}")
        return None
    out = []
    for lineno, row in enumerate(rows[1:], start=2):
        if not row or all(not c.strip() for c in row):
            rep.error(f"{name}:{lineno}: blank line")
            continue
        if len(row) != len(header):
            rep.error(f"{name}:{lineno}: {len(row)} columns, expected {len(header)}: {row}")
            continue
        rec = dict(zip(header, row))
        for k, v in rec.items():
            if v != v.strip():
                rep.error(f"{name}:{lineno}: leading/trailing whitespace in {k!r}: {v!r}")
        rec["_line"] = str(lineno)
        out.append(rec)
    return out


def split_multi(value: str, where: str, rep: Report) -> list[str]:
    if value == "":
        return []
    parts = value.split("|")
    for p in parts:
        if p == "" or p != p.strip():
            rep.error(f"{where}: empty or padded segment in {value!r}")
    return [p for p in parts if p.strip()]


def parse_date(value: str, where: str, rep: Report) -> date | None:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        rep.error(f"{where}: date {value!r} is not YYYY-MM-DD")
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        rep.error(f"{where}: invalid date {value!r}")
        return None


def check_countries(countries: Rows, rep: Report) -> CountryIndex:
    index = CountryIndex()
    for r in countries:
        where = f"countries.csv:{r['_line']}"
        code = r["code"]
        if not re.fullmatch(r"[A-Z]{3}", code):
            rep.error(f"{where}: bad code {code!r}")
        if code in index.codes:
            rep.error(f"{where}: duplicate code {code}")
        index.codes.add(code)
        for column in ("name_en", "name_ar", "capital_ar", "capital_en"):
            if not r[column]:
                rep.error(f"{where}: empty {column}")
        for n in [r["name_ar"]] + split_multi(r["aliases_ar"], where, rep):
            index.strings[fold_phrase(n)].add((code, "name"))
        for c in split_multi(r["capital_ar"], where, rep):
            index.strings[fold_phrase(c)].add((code, "capital"))
        for n in split_multi(r["nisba_ar"], where, rep):
            index.nisbas[fold_phrase(n)].add(code)
    for s, owners in sorted(index.strings.items()):
        if len({c for c, _ in owners}) > 1:
            rep.warn(f"country string {s!r} shared by {sorted(owners)}")
    for s, codes in sorted(index.nisbas.items()):
        if len(codes) > 1:
            rep.warn(f"nisba {s!r} shared by countries {sorted(codes)}")
    return index


def check_actors(actors: Rows, countries: CountryIndex, rep: Report) -> set[str]:
    actor_ids: set[str] = set()
    alias_owner: dict[str, set[str]] = defaultdict(set)  # folded alias -> actor_ids
    alias_raw: dict[str, set[str]] = defaultdict(set)
    for r in actors:
        where = f"actors.csv:{r['_line']}"
        aid = r["actor_id"]
        if not re.fullmatch(r"[a-z0-9]+(?:_[a-z0-9]+)*", aid):
            rep.error(f"{where}: bad actor_id {aid!r}")
        if aid in actor_ids:
            rep.error(f"{where}: duplicate actor_id {aid}")
        actor_ids.add(aid)
        if r["kind"] not in KINDS:
            rep.error(f"{where}: unknown kind {r['kind']!r}")
        if not r["name_ar"] or not r["name_en"]:
            rep.error(f"{where}: empty name")
        if r["country"] and r["country"] not in countries.codes:
            rep.error(f"{where}: unknown country {r['country']!r}")
        for a in [r["name_ar"]] + split_multi(r["aliases_ar"], where, rep):
            alias_owner[fold_phrase(a)].add(aid)
            alias_raw[fold_phrase(a)].add(a)
    for s, owners in sorted(alias_owner.items()):
        if len(owners) > 1:
            rep.error(f"alias collision: {sorted(alias_raw[s])} names actors {sorted(owners)}")
        if s in countries.strings:
            rep.error(
                f"alias collision: {sorted(alias_raw[s])} names actor(s) {sorted(owners)} "
                f"and country {sorted(countries.strings[s])}"
            )
        if s in countries.nisbas:
            rep.warn(
                f"actor alias {sorted(alias_raw[s])} of {sorted(owners)} equals nisba of "
                f"{sorted(countries.nisbas[s])}"
            )
    return actor_ids


def check_offices(offices: Rows, actor_ids: set[str] | None, countries: CountryIndex, rep: Report) -> None:
    tenures: dict[tuple[str, str], list[tuple[date, date | None, str, str]]] = defaultdict(list)
    seen_rows: set[tuple[str, str, str, str]] = set()
    for r in offices:
        where = f"offices.csv:{r['_line']}"
        if actor_ids is not None and r["actor_id"] not in actor_ids:
            rep.error(f"{where}: actor_id {r['actor_id']!r} not in actors.csv")
        if r["office"] not in OFFICES:
            rep.error(f"{where}: unknown office {r['office']!r}")
        if r["country"] and r["country"] not in countries.codes:
            rep.error(f"{where}: unknown country {r['country']!r}")
        key = (r["actor_id"], r["office"], r["country"], r["start"])
        if key in seen_rows:
            rep.error(f"{where}: duplicate office row {key}")
        seen_rows.add(key)
        if not r["start"]:
            rep.error(f"{where}: missing start")
            continue
        start = parse_date(r["start"], where, rep)
        end = parse_date(r["end"], where, rep) if r["end"] else None
        if start and end and start > end:
            rep.error(f"{where}: start {start} after end {end}")
        if start:
            tenures[(r["office"], r["country"])].append((start, end, r["actor_id"], where))
    for (office, country), spans in sorted(tenures.items()):
        if (office, country) not in MULTI_HOLDER_OK:
            warn_overlaps(office, country, spans, rep)


def warn_overlaps(office: str, country: str, spans: list[tuple[date, date | None, str, str]], rep: Report) -> None:
    """Two holders of one office at once are usually a missing end date."""
    spans.sort(key=lambda t: t[0])
    for i, (s1, e1, a1, w1) in enumerate(spans):
        for s2, e2, a2, w2 in spans[i + 1:]:
            if e1 is None or s2 < e1:  # boundary day (s2 == e1) is a normal handover
                if a1 == a2 and e1 is not None:
                    continue
                rep.warn(
                    f"overlap {office}/{country or '-'}: {a1} {s1}..{e1 or 'now'} ({w1}) "
                    f"vs {a2} {s2}..{e2 or 'now'} ({w2})"
                )


def check_titles(titles: Rows, rep: Report) -> None:
    seen_titles: dict[str, str] = {}
    for r in titles:
        where = f"titles.csv:{r['_line']}"
        if "|" in r["title_ar"]:
            rep.error(f"{where}: one title per row expected, got {r['title_ar']!r}")
        if r["office"] not in OFFICES:
            rep.error(f"{where}: unknown office {r['office']!r}")
        if r["needs_country"] not in ("yes", "no"):
            rep.error(f"{where}: needs_country must be yes/no, got {r['needs_country']!r}")
        t = fold_phrase(r["title_ar"])
        if t in seen_titles:
            rep.error(f"{where}: duplicate title {r['title_ar']!r} (first at {seen_titles[t]})")
        else:
            seen_titles[t] = where


def check(data_dir: Path) -> tuple[dict[str, Rows | None], Report]:
    """Read the four tables of `data_dir` and run every check on them."""
    rep = Report()
    tables = {name: read_csv(data_dir / name, rep) for name in HEADERS}
    countries, actors, offices, titles = (tables[n] for n in HEADERS)
    index = check_countries(countries, rep) if countries is not None else CountryIndex()
    actor_ids = check_actors(actors, index, rep) if actors is not None else None
    if offices is not None:
        check_offices(offices, actor_ids, index, rep)
    if titles is not None:
        check_titles(titles, rep)
    return tables, rep


def main(argv: list[str]) -> int:
    tables, rep = check(Path(argv[1]) if len(argv) > 1 else DATA_DIR)
    for name, rows in tables.items():
        print(f"{name}: {'UNREADABLE' if rows is None else len(rows)} rows")
    for w in rep.warnings:
        print(f"WARNING: {w}")
    for e in rep.errors:
        print(f"ERROR: {e}")
    print(f"{len(rep.errors)} error(s), {len(rep.warnings)} warning(s)")
    return 1 if rep.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
