#!/usr/bin/env python3
"""Build gold.json and articles/manifest.csv of one reference set from its hand annotation
(bench/<set>/annotation.yaml), then check both against the article texts.

Run from the repository root:  python bench/build_gold.py blind|clean|real15|real17

The annotation is the source: edit it, not gold.json. The checks catch a quote that is not
in its article, an actor spelling found nowhere, a weekday, relative word, Hijri or explicit
date that does not agree with the publication date. A clean set prints `ERRORS []`.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

import yaml
from hijridate import Hijri

BENCH = Path(__file__).resolve().parent
EVENT_TYPES = ("meeting", "call", "visit", "press_conference", "offensive")
WORDS = (180, 350)
# Checks a set opts into under `checks:` in its annotation, because its annotation
# conventions follow them and another set's do not.
OPTIONAL_CHECKS = {
    "date_text_quoted": "every ' / ' piece of an event's date_text is quoted from its documents",
    "actor_named_in_every_doc": "each document of an event names one of its actors",
    "two_party_calls_and_visits": "a call is [caller, called], a visit [visitor, place]",
    "event_date_in_every_doc": "an event's date is a temporal value of each of its documents",
}
GOLD_KEYS = ("about", "documents", "actors", "events", "not_events", "temporal")
WEEKDAYS = {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
            "الجمعة": 4, "السبت": 5, "الأحد": 6}
HIJRI_MONTHS = {"محرم": 1, "صفر": 2, "ربيع الأول": 3, "ربيع الآخر": 4, "ربيع الثاني": 4,
                "جمادى الأولى": 5, "جمادى الآخرة": 6, "رجب": 7, "شعبان": 8, "رمضان": 9,
                "شوال": 10, "ذو القعدة": 11, "ذو الحجة": 12}
# Two-word Levantine names first, so that «كانون الأول» is not read as a bare month word.
MONTHS_TWO_WORDS = {"كانون الثاني": 1, "كانون الأول": 12, "تشرين الأول": 10, "تشرين الثاني": 11}
MONTHS = {"يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "مايو": 5, "يونيو": 6, "يوليو": 7,
          "أغسطس": 8, "سبتمبر": 9, "أكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
          "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6, "تموز": 7, "آب": 8, "أيلول": 9,
          "جانفي": 1, "فيفري": 2, "أفريل": 4, "ماي": 5, "جوان": 6, "جويلية": 7, "أوت": 8,
          "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7, "August": 8,
          "September": 9, "October": 10, "November": 11, "December": 12}
ORDINAL_UNITS = {"الأول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6,
                 "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10}
ORDINAL_TENS = {"العشرين": 20, "الثلاثين": 30, "والعشرين": 20, "والثلاثين": 30}
TIMES_OF_DAY = (("بعد ظهر", "afternoon"), ("ظهر", "noon"), ("صباح", "morning"), ("مساء", "evening"),
                ("فجر", "dawn"), ("الليلة", "night"))
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


class GoldSet:
    """One set's annotation, its article texts, and the errors and warnings found in them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.articles = folder / "articles"
        with open(folder / "annotation.yaml", encoding="utf-8") as fh:
            self.ann = yaml.safe_load(fh)
        self.docs: dict[str, dict] = self.ann["documents"]
        self.texts = {doc: self.read_text(doc) for doc in self.docs}
        self.errors: list[str] = []
        self.warnings: list[str] = []
        self.checks = set(self.ann.get("checks", []))
        for name in self.checks - set(OPTIONAL_CHECKS):
            self.errors.append(f"unknown check {name} in annotation.yaml")

    def read_text(self, doc: str) -> str:
        path = self.articles / f"{doc}.txt"
        return path.read_text(encoding="utf-8") if path.exists() else ""

    def sections(self, doc: str) -> list[tuple[int, dt.date]]:
        """(start offset, publication date) of each part of a document, the host article
        first, then every embedded article after its marker."""
        parts = [(0, day(self.docs[doc]["published"]))]
        for section in self.docs[doc].get("sections", []):
            parts.append((self.texts[doc].find(section["marker"]), day(section["published"])))
        return parts

    def temporal_values(self, doc: str) -> set[str]:
        return {t["value"] for t in self.ann["temporal"] if t["doc"] == doc}


def check_documents(g: GoldSet) -> None:
    on_disk = sorted(p.stem for p in g.articles.glob("*.txt"))
    if on_disk != sorted(g.docs):
        g.errors.append(f"article files {on_disk} != documents {sorted(g.docs)}")
    for doc, info in g.docs.items():
        words = len(g.texts[doc].split())
        if not WORDS[0] <= words <= WORDS[1]:
            g.errors.append(f"{doc}: {words} words (want {WORDS[0]}-{WORDS[1]})")
        listed = info["manifest_published"]
        if listed and listed != info["published"]:
            g.errors.append(f"{doc}: manifest published {listed} != gold {info['published']}")
        if not listed and "dateline in text" not in info["published_source"]:
            g.errors.append(f"{doc}: empty manifest date but published_source is not a dateline")
        if not listed and info["published"] not in g.temporal_values(doc):
            g.errors.append(f"{doc}: publication date {info['published']} not among temporal values")
        for section in info.get("sections", []):
            if section["marker"] not in g.texts[doc]:
                g.errors.append(f"{doc}: section marker not found: {section['marker']}")
    if sum(1 for info in g.docs.values() if not info["manifest_published"]) < 3:
        g.errors.append("fewer than 3 dateline-only documents")


def check_actors(g: GoldSet) -> None:
    all_text = "\n".join(g.texts.values())
    for key, actor in g.ann["actors"].items():
        for form in actor["ar"]:
            if form not in all_text:
                g.errors.append(f"actor {key}: surface form not found in any article: {form}")
        if len(set(actor["ar"])) != len(actor["ar"]):
            g.errors.append(f"actor {key}: duplicate surface forms")
    used = {k for e in g.ann["events"] + g.ann["not_events"] for k in e.get("actors", []) + e.get("also", [])}
    for key in g.ann["actors"]:
        if key not in used:
            g.warnings.append(f"actor {key} defined but unused")


def not_event_docs(n: dict) -> list[str]:
    return n["docs"] if "docs" in n else [n["doc"]]


def not_event_quote(n: dict) -> str:
    return n["evidence"] if "evidence" in n else n["text"]


def check_mentions(g: GoldSet, item: dict, docs: list[str], quote: str, where: str) -> None:
    """The checks events and not_events share: known actors and documents, a quote found
    verbatim, and every actor named somewhere in the item's documents."""
    for key in item.get("actors", []) + item.get("also", []):
        if key not in g.ann["actors"]:
            g.errors.append(f"{where}: unknown actor key {key}")
    for doc in docs:
        if doc not in g.docs:
            g.errors.append(f"{where}: unknown doc {doc}")
    if not any(quote in g.texts.get(doc, "") for doc in docs):
        g.errors.append(f"{where}: evidence not an exact substring of its docs: {quote}")
    joined = "\n".join(g.texts.get(doc, "") for doc in docs)
    for key in item.get("actors", []):
        if key in g.ann["actors"] and not any(f in joined for f in g.ann["actors"][key]["ar"]):
            g.errors.append(f"{where}: actor {key} has no surface form in its docs")


def check_ids(g: GoldSet) -> None:
    ids = [x["id"] for x in g.ann["events"] + g.ann["not_events"] if "id" in x]
    for key, n in Counter(ids).items():
        if n > 1:
            g.errors.append(f"duplicate id {key}")
    for x in g.ann["events"] + g.ann["not_events"]:
        if x["type"] not in EVENT_TYPES:
            g.errors.append(f"{x.get('id', x.get('text'))}: bad type {x['type']}")


def check_events(g: GoldSet) -> None:
    check_ids(g)
    for e in g.ann["events"]:
        where = f"event {e['id']}"
        check_mentions(g, e, e["docs"], e["evidence"], where)
        if "date_text_quoted" in g.checks:
            check_date_text(g, e, where)
        if "actor_named_in_every_doc" in g.checks:
            check_actor_in_every_doc(g, e, where)
        if "two_party_calls_and_visits" in g.checks and e["type"] in ("visit", "call") and len(e["actors"]) != 2:
            g.errors.append(f"{where}: a {e['type']} must name two actors")
        if "optional" in e and e["optional"] is not True:
            g.errors.append(f"{where}: optional must be true or absent")
        check_event_date(g, e, where)
    for n in g.ann["not_events"]:
        check_mentions(g, n, not_event_docs(n), not_event_quote(n), f"not_event {n.get('id', n.get('text'))}")


def check_actor_in_every_doc(g: GoldSet, e: dict, where: str) -> None:
    forms = [f for k in e["actors"] if k in g.ann["actors"] for f in g.ann["actors"][k]["ar"]]
    for doc in e["docs"]:
        if not any(f in g.texts.get(doc, "") for f in forms):
            g.errors.append(f"{where}: no actor mention in {doc}")


def check_date_text(g: GoldSet, e: dict, where: str) -> None:
    """Each ' / '-separated piece of date_text (before any parenthesised remark) is quoted
    from one of the event's documents."""
    for piece in (e["date_text"] or "").split(" / "):
        piece = piece.split(" (")[0].strip()
        if piece and not piece.startswith("(") and not any(piece in g.texts.get(d, "") for d in e["docs"]):
            g.errors.append(f"{where}: date_text piece not in docs: {piece}")


def check_event_date(g: GoldSet, e: dict, where: str) -> None:
    """An event's date is one its documents' temporal expressions resolve to."""
    precision = e["precision"]
    if e["date"] is None:
        if precision is not None:
            g.errors.append(f"{where}: null date with precision")
        return
    if precision not in ("day", "week", "month"):
        g.errors.append(f"{where}: bad precision {precision}")
        return
    if e.get("time_of_day") and precision != "day":
        g.errors.append(f"{where}: time_of_day without day precision")
    value = f"{e['date']}/{e['date_end']}" if precision == "week" else e["date"]
    per_doc = {doc: value in g.temporal_values(doc) for doc in e["docs"]}
    if not any(per_doc.values()):
        g.errors.append(f"{where}: date {value} not among temporal values of its docs")
    strict = "event_date_in_every_doc" in g.checks
    for doc, found in per_doc.items():
        if not found and strict:
            g.errors.append(f"{where}: date {value} not among temporal values of {doc}")
        elif not found:
            g.warnings.append(f"{where}: date {value} not a temporal value of {doc} (other doc carries it)")


def check_temporal(g: GoldSet) -> None:
    seen: set[tuple[str, str, int]] = set()
    for t in g.ann["temporal"]:
        doc, text, value = t["doc"], t["text"], t["value"]
        where = f"temporal {doc} «{text}»"
        key = (doc, text, t.get("section", 0))
        if key in seen:
            g.errors.append(f"{where}: duplicate")
        seen.add(key)
        if doc not in g.docs:
            g.errors.append(f"{where}: unknown doc")
            continue
        ref = reference_date(g, t)
        if ref is None:
            g.errors.append(f"{where}: not a substring of its article (section)")
            continue
        precision = t.get("precision", "day")
        if not has_shape(g, precision, value, where):
            continue
        if precision == "day":
            check_day(g, t, day(value), ref, where)
        elif precision == "week":
            check_week(g, text, value, ref, where)
        check_period(g, text, value, ref, where)
        check_calendar(g, text, value, precision, where)


def reference_date(g: GoldSet, t: dict) -> dt.date | None:
    """The publication date a temporal expression resolves against: that of the section it
    is annotated in, or else of the section its first occurrence falls in; None when the
    text is not there."""
    parts = sorted(g.sections(t["doc"]))
    body = g.texts.get(t["doc"], "")
    if "section" in t:
        start, ref = parts[t["section"]]
        end = parts[t["section"] + 1][0] if t["section"] + 1 < len(parts) else len(body)
        return ref if t["text"] in body[start:end] else None
    pos = body.find(t["text"])
    return None if pos < 0 else [ref for start, ref in parts if start <= pos][-1]


def has_shape(g: GoldSet, precision: str, value: str, where: str) -> bool:
    """Whether the value is written the way its precision says (the other checks read it)."""
    shapes = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}",
              "week": r"\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}"}
    if precision not in shapes:
        g.errors.append(f"{where}: bad precision {precision}")
        return False
    if not re.fullmatch(shapes[precision], value):
        g.errors.append(f"{where}: {precision} value malformed {value}")
        return False
    try:
        for part in value.split("/"):
            if len(part) == 10:
                day(part)
    except ValueError:
        g.errors.append(f"{where}: no such day {value}")
        return False
    return True


def relative_offset(text: str) -> int | None:
    """Days from the reference date implied by a relative word, or None."""
    folded = text.replace("أ", "ا")
    if any(w in text for w in ("اليوم التالي", "اليوم نفسه", "اليوم ذاته")):
        return None
    if "بعد غد" in text:
        return 2
    if re.search(r"(?<!\w)و?(امس الاول|اول امس)(?!\w)", folded) or "قبل يومين" in text:
        return -2
    if re.search(r"(?<!\w)و?امس(?!\w)", folded) or "الليلة الماضية" in text:
        return -1
    if re.search(r"(^|\s)غد(ا|اً)?(\s|$)", text):
        return 1
    if "اليوم" in text or "هذه الليلة" in text:
        return 0
    return None


def check_day(g: GoldSet, t: dict, value: dt.date, ref: dt.date, where: str) -> None:
    text = t["text"]
    offset = relative_offset(text)
    if offset is not None and value != ref + dt.timedelta(days=offset):
        g.errors.append(f"{where}: {value} but reference {ref} implies {ref + dt.timedelta(days=offset)}")
    named = [n for w, n in WEEKDAYS.items() if w in text]
    if named and value.weekday() not in named:
        g.errors.append(f"{where}: {value} is a {value:%A}")
    if named and offset is None and not re.search(r"[0-9٠-٩]", text):
        lo = ref - dt.timedelta(days=7 if "الماضي" in text else 6)
        hi = ref - dt.timedelta(days=1) if "الماضي" in text else ref
        if not lo <= value <= hi:
            g.errors.append(f"{where}: {value} not within [{lo}, {hi}] of reference {ref}")
    if "الماضي" in text and not ref - dt.timedelta(days=366) < value < ref:
        g.errors.append(f"{where}: '... الماضي' date {value} not in the year before {ref}")
    wanted = next((name for word, name in TIMES_OF_DAY if word in text), None)
    if wanted != t.get("time_of_day"):
        g.errors.append(f"{where}: time_of_day {t.get('time_of_day')} but text suggests {wanted}")


def check_week(g: GoldSet, text: str, value: str, ref: dt.date, where: str) -> None:
    start, end = (day(v) for v in value.split("/"))
    if end < start:
        g.errors.append(f"{where}: range end before start")
    if "الأسبوع" in text and (start.weekday() != 0 or (end - start).days != 6):
        g.errors.append(f"{where}: week {value} is not Monday-Sunday")
    if "الأسبوع الماضي" in text and start != ref - dt.timedelta(days=ref.weekday() + 7):
        g.errors.append(f"{where}: should start {ref - dt.timedelta(days=ref.weekday() + 7)}")


def month_shift(ref: dt.date, months: int) -> str:
    n = ref.year * 12 + ref.month - 1 + months
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def check_period(g: GoldSet, text: str, value: str, ref: dt.date, where: str) -> None:
    """Month and year words relative to the reference date."""
    for words, months in (("الشهر الماضي", -1), ("الجاري", 0), ("الشهر المقبل", 1)):
        if words in text and value[:7] != month_shift(ref, months):
            g.errors.append(f"{where}: should be {month_shift(ref, months)}")
    if "العام الماضي" in text and value[:4] != str(ref.year - 1):
        g.errors.append(f"{where}: should be {ref.year - 1}")


def check_calendar(g: GoldSet, text: str, value: str, precision: str, where: str) -> None:
    """A date written out (Hijri part, month name, day, year, numeric date) says what the
    value says."""
    if "هـ" in text:
        check_hijri(g, text.split("هـ", 1)[0].translate(INDIC), value, where)
    gregorian = text.split("هـ", 1)[1] if "هـ" in text else text
    digits = gregorian.translate(INDIC)
    last = value.split("/")[-1]  # a range names the month after its last day
    months = month_numbers(gregorian)
    if months and any(m != int(last[5:7]) for m in months):
        g.errors.append(f"{where}: month name(s) {months} do not match {value}")
    years = re.findall(r"(?<!\d)(\d{4})(?!\d)", digits)
    if years and any(y != value[:4] for y in years):
        g.errors.append(f"{where}: year {years} does not match {value}")
    if months and precision in ("day", "week"):
        names = "|".join(map(re.escape, list(MONTHS_TWO_WORDS) + list(MONTHS)))
        m = re.search(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?,?\s*(?:" + names + ")", digits)
        written = int(m.group(1)) if m else ordinal_day(gregorian)
        if written is not None and written != int(last[8:10]):
            g.errors.append(f"{where}: day {written} does not match {value}")
    if not months and precision == "day":
        check_numeric_date(g, digits.strip(), value, where)


def check_hijri(g: GoldSet, hijri: str, value: str, where: str) -> None:
    months = [n for name, n in HIJRI_MONTHS.items() if name in hijri]
    numbers = re.findall(r"\d+", hijri)
    if len(months) != 1 or len(numbers) != 2:
        g.errors.append(f"{where}: cannot parse Hijri part '{hijri}'")
        return
    gregorian = Hijri(int(numbers[1]), months[0], int(numbers[0])).to_gregorian().isoformat()
    if gregorian != value:
        g.errors.append(f"{where}: Hijri {hijri.strip()} is {gregorian} (Umm al-Qura), not {value}")


def month_numbers(text: str) -> list[int]:
    found = []
    for name, n in MONTHS_TWO_WORDS.items():
        if name in text:
            found.append(n)
            text = text.replace(name, " ")
    for name, n in MONTHS.items():
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", text):
            found.append(n)
    return found


def ordinal_day(text: str) -> int | None:
    m = re.search(r"(" + "|".join(list(ORDINAL_UNITS) + ["العشرين", "الثلاثين"]) + r")"
                  r"(?:\s+(عشر|والعشرين|والثلاثين))?\s+من\s", text)
    if not m:
        return None
    first, second = m.groups()
    if first in ORDINAL_TENS:
        return ORDINAL_TENS[first]
    return ORDINAL_UNITS[first] + (10 if second == "عشر" else ORDINAL_TENS.get(second, 0))


def check_numeric_date(g: GoldSet, text: str, value: str, where: str) -> None:
    """All-digit dates: d/m/y or m/d/y (whichever the value reads), d.m.y, y/m/d, and the
    KUNA day - month."""
    y, m, d = (int(x) for x in value.split("-"))
    readings = [
        (r"(\d{1,2})/(\d{1,2})/(\d{4})", {(m, d, y), (d, m, y)}),
        (r"(\d{1,2})\.(\d{1,2})\.(\d{4})", {(d, m, y)}),
        (r"(\d{4})/(\d{1,2})/(\d{1,2})", {(y, m, d)}),
        (r"(\d{1,2}) - (\d{1,2})", {(d, m)}),
    ]
    for pattern, allowed in readings:
        match = re.fullmatch(pattern, text)
        if match and tuple(int(x) for x in match.groups()) not in allowed:
            g.errors.append(f"{where}: numeric date {text} != {value}")


def build(g: GoldSet) -> None:
    """Write gold.json and articles/manifest.csv, then read them back."""
    gold = {"about": g.ann["about"],
            "documents": {doc: {"published": info["published"], "published_source": info["published_source"]}
                          for doc, info in g.docs.items()},
            "actors": g.ann["actors"], "events": g.ann["events"], "not_events": g.ann["not_events"],
            "temporal": [{k: v for k, v in t.items() if k != "section"} for t in g.ann["temporal"]]}
    dump_json(gold, g.folder / "gold.json", g.ann.get("output", {}).get("gold_final_newline", True))
    with open(g.articles / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator=g.ann.get("output", {}).get("manifest_line_end", "\n"))
        writer.writerow(["doc_id", "published", "source", "url"])
        for doc, info in g.docs.items():
            writer.writerow([doc, info["manifest_published"], info["source"], ""])
    with open(g.folder / "gold.json", encoding="utf-8") as fh:
        if tuple(json.load(fh)) != GOLD_KEYS:
            g.errors.append("gold.json top-level keys wrong")
    with open(g.articles / "manifest.csv", encoding="utf-8") as fh:
        if [r["doc_id"] for r in csv.DictReader(fh)] != list(g.docs):
            g.errors.append("manifest rows do not match documents")


def dump_json(data: dict, path: Path, final_newline: bool) -> None:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=1)
        if final_newline:
            fh.write("\n")


def summarize(g: GoldSet) -> None:
    events = g.ann["events"]
    required = sum(1 for e in events if not e.get("optional"))
    multi = [e["id"] for e in events if len(e["docs"]) > 1]
    dateline_only = [doc for doc, info in g.docs.items() if not info["manifest_published"]]
    print(f"documents {len(g.docs)} (dateline-only {len(dateline_only)}: {dateline_only})")
    print(f"events {len(events)}: required {required}, optional {len(events) - required}; "
          f"multi-source {len(multi)} {multi}")
    print(f"not_events {len(g.ann['not_events'])}; temporal {len(g.ann['temporal'])}; actors {len(g.ann['actors'])}")
    print("types", dict(Counter(e["type"] for e in events)))
    for warning in g.warnings:
        print("WARN", warning)
    print("ERRORS", g.errors)


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not (BENCH / argv[1] / "annotation.yaml").exists():
        print("usage: python bench/build_gold.py SET  (a folder of bench/ with an annotation.yaml)")
        return 2
    g = GoldSet(BENCH / argv[1])
    check_documents(g)
    check_actors(g)
    check_events(g)
    check_temporal(g)
    build(g)
    summarize(g)
    return 1 if g.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
