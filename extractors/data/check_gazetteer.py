#!/usr/bin/env python3
"""Consistency checker for the gazetteer CSVs in this directory.

Standard library only.  Run:  python3 check_gazetteer.py [data_dir]

ERRORS (exit status 1):
  * a file does not parse / header differs from the spec / wrong column count
  * bad or duplicate codes and actor_ids, unknown kind / office / needs_country
  * offices.csv actor_id missing from actors.csv
  * country codes in actors.csv / offices.csv missing from countries.csv
  * dates that do not parse, start > end, missing start
  * one alias (after Arabic normalisation) naming two different actors,
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
from datetime import date
from pathlib import Path

HEADERS = {
    "countries.csv": ["code", "name_en", "name_ar", "aliases_ar", "nisba_ar", "capital_ar", "capital_en"],
    "actors.csv": ["actor_id", "kind", "name_en", "name_ar", "aliases_ar", "country"],
    "offices.csv": ["actor_id", "office", "country", "start", "end"],
    "titles.csv": ["title_ar", "office", "needs_country", "country"],
}

KINDS = {"person", "organisation", "armed_group", "government_body", "population"}

OFFICES = {
    "minister", "ambassador", "chargé_d_affaires", "commander", "spokesperson", "leader", "deputy_foreign_minister",
    "deputy_prime_minister", "mayor",
    "head_of_state", "head_of_government", "foreign_minister", "defence_minister", "monarch",
    "crown_prince", "president", "prime_minister", "vice_president", "emir", "un_secretary_general",
    "un_envoy_syria", "un_envoy_yemen", "un_envoy_libya", "eu_high_representative",
    "nato_secretary_general", "national_security_adviser", "interior_minister",
    "speaker_of_parliament", "army_chief_of_staff", "governor",
}

# Pairs of (office, country) where several holders at once are legitimate.
MULTI_HOLDER_OK = {("vice_president", "ARE")}

_DIACRITICS = re.compile("[\u064B-\u0652\u0670\u0640]")  # harakat, dagger alif, tatweel
_SPACES = re.compile(r"\s+")


def norm(s: str) -> str:
    """Arabic normalisation roughly matching what the extractor is expected to do."""
    s = _DIACRITICS.sub("", s)
    s = s.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ٱ", "ا")
    s = s.replace("ة", "ه").replace("ى", "ي")
    return _SPACES.sub(" ", s).strip()


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, msg: str) -> None:
        self.errors.append(msg)

    def warn(self, msg: str) -> None:
        self.warnings.append(msg)


def read_csv(path: Path, rep: Report) -> list[dict[str, str]] | None:
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


def main(argv: list[str]) -> int:
    data_dir = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    rep = Report()
    tables = {name: read_csv(data_dir / name, rep) for name in HEADERS}
    countries, actors, offices, titles = (tables[n] for n in HEADERS)

    # ---- countries -------------------------------------------------------------------
    country_codes: set[str] = set()
    # normalised string -> set of (country code, field)
    country_strings: dict[str, set[tuple[str, str]]] = defaultdict(set)
    nisba_strings: dict[str, set[str]] = defaultdict(set)
    if countries is not None:
        for r in countries:
            where = f"countries.csv:{r['_line']}"
            code = r["code"]
            if not re.fullmatch(r"[A-Z]{3}", code):
                rep.error(f"{where}: bad code {code!r}")
            if code in country_codes:
                rep.error(f"{where}: duplicate code {code}")
            country_codes.add(code)
            for field in ("name_en", "name_ar", "capital_ar", "capital_en"):
                if not r[field]:
                    rep.error(f"{where}: empty {field}")
            names = [r["name_ar"]] + split_multi(r["aliases_ar"], where, rep)
            for n in names:
                country_strings[norm(n)].add((code, "name"))
            for c in split_multi(r["capital_ar"], where, rep):
                country_strings[norm(c)].add((code, "capital"))
            for n in split_multi(r["nisba_ar"], where, rep):
                nisba_strings[norm(n)].add(code)
        for s, owners in sorted(country_strings.items()):
            codes = {c for c, _ in owners}
            if len(codes) > 1:
                rep.warn(f"country string {s!r} shared by {sorted(owners)}")
        for s, codes in sorted(nisba_strings.items()):
            if len(codes) > 1:
                rep.warn(f"nisba {s!r} shared by countries {sorted(codes)}")

    # ---- actors ----------------------------------------------------------------------
    actor_ids: set[str] = set()
    alias_owner: dict[str, set[str]] = defaultdict(set)  # normalised alias -> actor_ids
    alias_raw: dict[str, set[str]] = defaultdict(set)
    if actors is not None:
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
            if r["country"] and r["country"] not in country_codes:
                rep.error(f"{where}: unknown country {r['country']!r}")
            for a in [r["name_ar"]] + split_multi(r["aliases_ar"], where, rep):
                alias_owner[norm(a)].add(aid)
                alias_raw[norm(a)].add(a)
        for s, owners in sorted(alias_owner.items()):
            if len(owners) > 1:
                rep.error(f"alias collision: {sorted(alias_raw[s])} names actors {sorted(owners)}")
            if s in country_strings:
                rep.error(
                    f"alias collision: {sorted(alias_raw[s])} names actor(s) {sorted(owners)} "
                    f"and country {sorted(country_strings[s])}"
                )
            if s in nisba_strings:
                rep.warn(
                    f"actor alias {sorted(alias_raw[s])} of {sorted(owners)} equals nisba of "
                    f"{sorted(nisba_strings[s])}"
                )

    # ---- offices ---------------------------------------------------------------------
    if offices is not None:
        tenures: dict[tuple[str, str], list[tuple[date, date | None, str, str]]] = defaultdict(list)
        seen_rows: set[tuple[str, str, str, str]] = set()
        for r in offices:
            where = f"offices.csv:{r['_line']}"
            if actors is not None and r["actor_id"] not in actor_ids:
                rep.error(f"{where}: actor_id {r['actor_id']!r} not in actors.csv")
            if r["office"] not in OFFICES:
                rep.error(f"{where}: unknown office {r['office']!r}")
            if r["country"] and r["country"] not in country_codes:
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
            if (office, country) in MULTI_HOLDER_OK:
                continue
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

    # ---- titles ----------------------------------------------------------------------
    if titles is not None:
        seen_titles: dict[str, str] = {}
        for r in titles:
            where = f"titles.csv:{r['_line']}"
            if "|" in r["title_ar"]:
                rep.error(f"{where}: one title per row expected, got {r['title_ar']!r}")
            if r["office"] not in OFFICES:
                rep.error(f"{where}: unknown office {r['office']!r}")
            if r["needs_country"] not in ("yes", "no"):
                rep.error(f"{where}: needs_country must be yes/no, got {r['needs_country']!r}")
            t = norm(r["title_ar"])
            if t in seen_titles:
                rep.error(f"{where}: duplicate title {r['title_ar']!r} (first at {seen_titles[t]})")
            else:
                seen_titles[t] = where

    # ---- report ----------------------------------------------------------------------
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
