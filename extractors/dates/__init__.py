"""Find and resolve Arabic date expressions against an anchor date.

    find_dates("وصل مساء أمس الأول", anchor=date(2024, 12, 14))
    -> [DateMention(text="مساء أمس الأول", value_start=2024-12-12, time_of_day="evening", ...)]

Pipeline: every grammar rule proposes atoms; the longest non-overlapping ones are kept;
neighbours joined by a joiner word merge into one expression ("صباح" + "الجمعة",
"الخميس" + "15 آب", "5/9/1445هـ الموافق 15/3/2024م"); each is resolved by `resolve`.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from itertools import product, repeat
from typing import NamedTuple

from pydantic import TypeAdapter

from schemas.dates import DateMention, Prefer

from extractors.dates.build import default_grammar
from extractors.dates.grammar import Grammar
from extractors.dates.match import Atom, Matcher
from extractors.dates.resolve import (Resolved, calendars_agree, count_from, count_years, resolve_frame,
                                      resolve_named, resolve_same, weekday_agrees)
from extractors.text import Normalized

__all__ = ["find_dates", "find_story_dates", "Told", "Grammar", "Matcher", "default_grammar"]

_MENTIONS = TypeAdapter(list[DateMention])  # one validation for all the mentions of a text, cheaper than one each
_SENTENCE_ENDS = ".!?؟\n"
_QUOTATION = re.compile(r'"[^"\n]{2,}"')  # folded text writes every quotation mark as "
_DEICTIC = frozenset({"offset", "weekday"})  # fields resolved against the day of speaking
_TENSE_WINDOW_WORDS = 10  # "من المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب نظيره الروسي الخميس"
_CLAUSE_WORDS = 3  # words after a comma that make a clause of their own, not a day set off
ACCEPTED_YEARS = (1900, 2099)  # what the grammar's year4 reads as a year
_YEAR_AFTER = re.compile(r" ?[,،]? ?(\d{4})(?!\d)")
_DATED = frozenset({"year", "year_rel", "rel", "day_end", "n1"})  # fields that tell a day's year (or a range)
_GREGORIAN_MONTH = frozenset({"month", "n1", "month_rel"})
_HEADING_MARKS = " :-–.\"()«»"
_ITEM_MARK = re.compile(r" ?[-–:]")
_LEAD_CHARS = 24  # how far before a match the words that refuse it, or a famous day's event word, are looked for
_NEAR_LEAD_CHARS = 32  # "وفي ساعة متأخرة من " and its spaces

# Which kinds of pieces may join into one expression (order does not matter).
_COMPATIBLE = {
    frozenset(p)
    for p in (
        "DW", "DT", "WT", "DH", "WH", "WN", "NT", "WO", "OT", "VD", "VW", "VT", "HT",
    )
}


@cache
def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not (a & b) and all(frozenset((x, y)) in _COMPATIBLE for x, y in product(a, b))


def _join_range(a: Atom, b: Atom, gap: str, grammar: Grammar, anchor: date | None, prefer: Prefer) -> Atom | None:
    """"من الساعة 3 الى الساعة 4": two pieces of one kind become one stretch."""
    if grammar.range_joiner.match(gap) and a.kinds == b.kinds and "V" not in a.kinds and a.end_frame is None:
        return Atom(a.start, b.end, a.frame, f"{a.how}..{b.how}", True, b.end_frame or b.frame)
    return None


def _join(a: Atom, b: Atom, gap: str, grammar: Grammar, anchor: date | None, prefer: Prefer) -> Atom | None:
    """One atom for two neighbours that form one expression ("صباح" + "الجمعة"), else None.

    A piece that cannot stand alone (a part of day, an ordinal day) joins only across spaces;
    two full days join only when they name the same day ("اليوم الأربعاء 12 أبريل").
    """
    if not grammar.joiner.match(gap) or (not (a.standalone and b.standalone) and gap.strip()):
        return None
    kinds_a, kinds_b = a.kinds, b.kinds
    if kinds_a == kinds_b == {"D"} or kinds_a == {"D", "T"} and kinds_b == {"D"}:
        return _same_day(a, b, gap, anchor, prefer)
    if not _compatible(kinds_a, kinds_b):
        return None
    frame = {**b.frame, **a.frame}
    ends = [f for f in (a.end_frame, b.end_frame) if f is not None]
    end_frame = {**ends[0], **frame} if ends else None
    return Atom(a.start, b.end, frame, f"{a.how}+{b.how}", a.standalone or b.standalone, end_frame)


def _same_day(a: Atom, b: Atom, gap: str, anchor: date | None, prefer: Prefer) -> Atom | None:
    if gap.strip(" ,،") or "offset" not in a.frame or "offset" in b.frame:
        return None
    first, second = resolve_frame(a.frame, anchor, prefer), resolve_frame(b.frame, anchor, prefer)
    if first is None or second is None or first.value_start != second.value_start:
        return None
    return Atom(a.start, b.end, {**a.frame, **b.frame}, f"{a.how}+{b.how}", True)


def _merge(atoms: list[Atom], text: str, grammar: Grammar, anchor: date | None, prefer: Prefer) -> list[Atom]:
    """Join neighbours until nothing joins: ranges first, then pieces of one expression."""
    merged = list(atoms)
    for join in (_join_range, _join):
        i = 0
        while i < len(merged) - 1:
            a, b = merged[i], merged[i + 1]
            joined = join(a, b, text[a.end:b.start], grammar, anchor, prefer)
            if joined is None:
                i += 1
            else:
                merged[i:i + 2] = [joined]
                i = max(i - 1, 0)
    return merged


def _order_numbers(atoms: list[Atom]) -> list[Atom]:
    """One text writes numeric dates one way: when a date like 10/22/2016 can only be
    month-first, its ambiguous neighbours (10/05/2016) are month-first too."""
    month_first = any({"n1", "n2"} <= a.frame.keys() and a.frame["n1"] <= 12 < a.frame["n2"] for a in atoms)
    if not month_first:
        return atoms
    return [Atom(a.start, a.end, {**a.frame, "order": "mdy"}, a.how, a.standalone, a.end_frame)
            if {"n1", "n2"} <= a.frame.keys() else a for a in atoms]


def _tense(text: str, start: int, grammar: Grammar, first: bool = False) -> Prefer:
    """"future" when a future marker (سـ + verb, من المقرر، يعتزم …) is among the last words
    before `start` in its clause: its sentence, from the last comma when a clause of its own
    follows the comma ("سيتحدث مع نظيره، مشيرا إلى رسالة وجهها إليه الخميس"), not when it only
    sets the day off ("سيزور الرئيس، الخميس، أنقرة"); and for a `first` date of a story that
    opens with an imperfect verb of a planned act ("يزور الرئيس التركي أنقرة الخميس"), in its
    first clause."""
    cut = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(start))) + 1
    comma = max(text.rfind("،", cut, start), text.rfind(",", cut, start))
    if comma >= 0 and len(text[comma + 1:start].split(None, _CLAUSE_WORDS)) >= _CLAUSE_WORDS:
        cut = comma + 1
    lead = grammar.planned_lead.match(text, 0, start) if first else None
    if lead is not None and lead.end() > cut:  # the lead's verb opens the date's own clause
        return "future"
    window = " ".join(text[cut:start].rsplit(None, _TENSE_WINDOW_WORDS)[-_TENSE_WINDOW_WORDS:])
    return "future" if grammar.future.search(window) else "past"


def _resolve(atom: Atom, anchor: date | None, prefer: Prefer, last: Resolved | None,
             named: int | None) -> Resolved | None:
    if "counted" in atom.frame and atom.frame.get("unit") == "year":
        return count_years(atom.frame, named)
    if "counted" in atom.frame:
        return count_from(atom.frame, _count_base(atom, anchor, prefer, last))
    if "named" in atom.frame:
        return resolve_named(atom.frame, anchor, prefer, named)
    if "same" in atom.frame:
        return resolve_same(atom.frame, last)
    if _adverb_alone(atom):  # "وصل صباحاً": that part of the day named last, else of the anchor's day
        return resolve_same({**atom.frame, "same": "day"}, last) or resolve_frame({**atom.frame, "offset": 0}, anchor, prefer)
    value = resolve_frame(atom.frame, anchor, prefer)
    if value is None or atom.end_frame is None:
        return value
    last = resolve_frame(atom.end_frame, anchor, prefer)
    if last is None or last.value_end < value.value_start:
        return value
    return replace(value, value_end=last.value_end)


def _quote_around(quotes: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The quotation (they follow one another) that `offset` lies strictly inside."""
    k = bisect_left(quotes, (offset,)) - 1
    return quotes[k] if k >= 0 and offset < quotes[k][1] else None


def _year_refused(folded: str, atom: Atom) -> bool:
    """"15 يناير 1066": a month followed by a year outside the grammar's range names a day of
    that year, not of the anchor's; it is kept with no calendar value."""
    if "month" not in atom.frame or {"year", "year_rel"} & atom.frame.keys():
        return False
    year = _YEAR_AFTER.match(folded, atom.end)
    return year is not None and not ACCEPTED_YEARS[0] <= int(year.group(1)) <= ACCEPTED_YEARS[1]


def _refused_by_context(folded: str, atom: Atom, grammar: Grammar) -> bool:
    """"2000 جندي", "نحو 2000", "اليوم الوطني": a match its rule's context words refuse
    (a number that counts something is no year; a named day is not today), or one without the
    words its rule needs before it ("أدنى مستوى في 5 سنوات")."""
    index = grammar.rule_order.get(atom.how)
    if index is None:
        return False
    rule = grammar.rules[index]
    lead = max(0, atom.start - _LEAD_CHARS)
    return bool(rule.not_before and rule.not_before.match(folded, atom.end)
                or rule.not_after and rule.not_after.search(folded, lead, atom.start)
                or rule.only_after and not rule.only_after.search(folded, lead, atom.start))


def _named_otherwise(folded: str, atom: Atom, grammar: Grammar) -> bool:
    """"عين اليوم", "سوق الثلاثاء": a date word inside a name that holds it (`not_dates`) is no date."""
    reach = grammar.not_date_reach + 2  # and two clitics
    return any(m.start() <= atom.start and atom.end <= m.end()
               for m in grammar.not_dates.finditer(folded, max(0, atom.start - reach), atom.end + reach + 1))


def _feast_reach(atom: Atom, grammar: Grammar) -> Atom:
    """A feast carries how far ahead its next occurrence may be and still be meant (`ahead_days`)."""
    if "holiday" not in atom.frame:
        return atom
    return replace(atom, frame={**atom.frame, "ahead": grammar.ahead_days})


def _famous_day(folded: str, atom: Atom, grammar: Grammar) -> Atom:
    """"ثورتي «25 يناير» و«30 يونيو»": a famous day (`historic_day`) named by its day and month just
    after a word for its event is of its year; "25 يناير" alone is of the anchor's."""
    frame = atom.frame
    if not {"day", "month"} <= frame.keys() or _DATED & frame.keys():
        return atom
    year = grammar.famous_days.get((frame["day"], frame["month"]))
    if year is None or not grammar.famous_lead.search(folded, max(0, atom.start - _LEAD_CHARS), atom.start):
        return atom
    return replace(atom, frame={**frame, "year": year}, how=f"{atom.how}+famous")


def _this_day_list(folded: str, heading: str | None, grammar: Grammar) -> bool:
    """Whether a story lists what happened on its anchor's day in past years: its title says so
    ("هذا اليوم في التاريخ"), or a line of its own does ("في مثل هذا اليوم:")."""
    if heading and grammar.this_day.search(Normalized(heading).text):
        return True
    for m in grammar.this_day.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        line_end = folded.find("\n", m.end())
        if not (folded[line_start:m.start()] + folded[m.end():None if line_end < 0 else line_end]).strip(_HEADING_MARKS):
            return True
    return False


def _list_item(folded: str, atom: Atom) -> bool:
    """"1943 - غارات على هامبورغ": a year written alone that opens a line, before a dash or colon."""
    return (atom.how == "year_bare" and not folded[folded.rfind("\n", 0, atom.start) + 1:atom.start].strip()
            and _ITEM_MARK.match(folded, atom.end) is not None)


def _on_this_day(atom: Atom, anchor: date | None) -> Atom:
    """An item of a "this day in history" list: the anchor's day and month in the year it opens with."""
    if anchor is None:
        return atom
    return replace(atom, frame={**atom.frame, "month": anchor.month, "day": anchor.day}, how="this_day_item")


def _hijri_story(atoms: list[Atom]) -> bool:
    """A story that writes its dates in the Hijri calendar alone ("عام 1383هـ", "5 شوال"): it names one and
    no Gregorian month; its "الشهر الجاري" is the Hijri month."""
    return any("H" in atom.kinds for atom in atoms) and not any(_GREGORIAN_MONTH & atom.frame.keys() for atom in atoms)


def _in_hijri_month(atom: Atom) -> Atom:
    """"حتى الـ24 من الشهر الجاري" in a Hijri story: a day of the current Hijri month."""
    if atom.frame.get("cycle") != "month" or "day" not in atom.frame or "same" in atom.frame:
        return atom
    return replace(atom, frame={**atom.frame, "calendar": "hijri"})


def _count_base(atom: Atom, anchor: date | None, prefer: Prefer, last: Resolved | None) -> Resolved | None:
    """The day "بعد يومين" counts from: the day the text named last, but in a plan
    ("ينطلق العام الدراسي بعد أسبوعين") a past day named before it ("أمس") is not where the
    plan starts from, so it counts from the anchor ("بعد ذلك بيومين" always from the day named)."""
    planned = prefer == "future" and "that" not in atom.frame
    if last is None or (planned and anchor is not None and last.value_start < anchor):
        return _counted_from_anchor(atom, anchor)
    return last


def _counted_from_anchor(atom: Atom, anchor: date | None) -> Resolved | None:
    """"سيصل الوفد بعد يومين" with no day named before it: counted from the anchor's day
    (not "بعد ذلك بيومين", which points at something told before)."""
    if anchor is None or "that" in atom.frame:
        return None
    return Resolved(anchor, anchor, "day")


def _bare_weekday(atom: Atom) -> bool:
    """"الخميس", not "هذا الخميس" or "الخميس الماضي", whose own word tells the week."""
    return "weekday" in atom.frame and "rel" not in atom.frame


def _adverb_alone(atom: Atom) -> bool:
    """A part of day written as an adverb ("صباحاً") that joined no day."""
    return atom.frame.keys() == {"pod", "adverb"}


_SPEECH_DAYS_BACK = 3  # how far before the anchor a day named in the sentence before a quotation may be its speech day


def _speech_day(text: str, quote: tuple[int, int], said_on: list[tuple[int, date]], anchor: date | None,
                weekday: bool) -> date | None:
    """"وقال ماكرون أمس: «اليوم نبدأ …»": inside a quotation, today is the day the words were
    said, when the sentence names it before the quotation; or when the sentence before names a
    day of the last few before the anchor ("… في تركيا الجمعة. وصرح داود أوغلو: «العمليات التي
    بدأت اليوم …»"), unless the expression names its weekday ("أمس الجمعة" stays that Friday)."""
    own = _sentence_start(text, quote[0])
    days = [day for end, day in said_on if own <= end <= quote[0]]
    if days or weekday or anchor is None:
        return days[-1] if days else None
    before = _sentence_start(text, own - 1)
    days = [day for end, day in said_on if before <= end < own]
    recent = bool(days) and 0 < (anchor - days[-1]).days <= _SPEECH_DAYS_BACK
    return days[-1] if recent else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding offset `at` starts (a run of marks such as ". ⏎" ends one sentence)."""
    start = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(max(at, 0)))) + 1
    while start > 0 and not text[start:at].strip():
        start = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(start - 1))) + 1
    return start


def _near_lead_start(folded: str, atom: Atom, grammar: Grammar) -> int:
    """Where the expression starts as written: at "قبيل" right before a day or a time of day."""
    if not {"pod", "weekday", "offset"} & atom.frame.keys():
        return atom.start
    lead = grammar.near_lead.search(folded, max(0, atom.start - _NEAR_LEAD_CHARS), atom.start)
    return lead.start() if lead else atom.start


def _mention(text: str, span: tuple[int, int], atom: Atom, value: Resolved | None, anchor: date | None,
             direction: Prefer, offset: int) -> dict[str, object]:
    """The fields of a `DateMention` of an atom found at `span` of `text`."""
    start, end = span
    if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
        end += 1  # "اليوم (الثلاثاء)": keep the bracket the expression opened
    return dict(
        start=start + offset,
        end=end + offset,
        text=text[start:end],
        value_start=value.value_start if value else None,
        value_end=value.value_end if value else None,
        precision=value.precision if value else None,
        time_of_day=(value.time_of_day if value else None) or atom.frame.get("pod"),
        time=value.time if value else None,
        how=atom.how,
        anchor=anchor,
        prefer=direction,
        weekday_agrees=weekday_agrees(atom.frame, value, anchor),
        calendars_agree=calendars_agree(atom.frame, value),
        vague="vague" in atom.frame,
    )


class Told(NamedTuple):
    """The day a story says it was written ("أعلن النادي اليوم الثلاثاء"), and the phrase that says it."""

    day: date
    phrase: str


_NAMED_DAY = frozenset({"day", "month", "n1", "hday", "hmonth", "holiday", "nth", "nth_after", "same", "year", "now", "rel"})
_TOLD_OFFSETS = (0, -1)  # "اليوم", "أمس": "غدا الاثنين" in a plan, "أول أمس" in a recap are looser
_TOLD_REACH_DAYS = 5  # six days back is as likely a metadata date a day early: left alone


def _told_day(atoms: list[Atom], anchor: date | None) -> tuple[date, Atom] | None:
    """The anchor moved back to agree with the first "today/yesterday + weekday" of a story
    ("اليوم الثلاثاء", "صباح اليوم الخميس", "أمس الإثنين"), when that weekday disagrees: a
    metadata date is often the day the page was crawled, a few days after it was written,
    and the words of the text are the better witness. None when it agrees or names no such day."""
    if anchor is None:
        return None
    for atom in atoms:
        frame = atom.frame
        if atom.standalone and frame.get("offset") in _TOLD_OFFSETS and "weekday" in frame and not _NAMED_DAY & frame.keys():
            named = anchor + timedelta(days=frame["offset"])
            back = (named.weekday() - frame["weekday"]) % 7
            return (anchor - timedelta(days=back), atom) if 0 < back <= _TOLD_REACH_DAYS else None
    return None


_THREAD = threading.local()


def _thread_matcher() -> Matcher:
    """This thread's matcher of the default grammar: a matcher's tables change with every
    text, so threads never share one."""
    matcher = getattr(_THREAD, "matcher", None)
    if matcher is None:
        matcher = _THREAD.matcher = Matcher(default_grammar())
    return matcher


def find_dates(
    text: str,
    anchor: date | None,
    prefer: Prefer | None = None,
    *,
    offset: int = 0,
    matcher: Matcher | None = None,
    heading: str | None = None,
) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor`.

    `prefer` fixes the direction of bare weekdays and month names; when None it is told by
    the sentence (future after سـ/سوف/من المقرر …, past otherwise: news reports the past).
    Expressions that need an anchor stay unresolved (value None) when `anchor` is None.
    Offsets are into `text`, plus `offset` when `text` is a part of a longer one.
    `matcher` (of its own grammar, or one that starts cold) is this thread's own by default.
    `heading` is the title of the article the text is of, when known: a title such as "هذا اليوم في
    التاريخ" makes the years that open its lines days of the anchor's day and month.
    """
    return _find(text, anchor, prefer, offset, matcher or _thread_matcher(), False, heading)[0]


def find_story_dates(
    text: str,
    anchor: date | None,
    *,
    offset: int = 0,
    matcher: Matcher | None = None,
    heading: str | None = None,
) -> tuple[list[DateMention], Told | None]:
    """`find_dates` of a story whose anchor is a metadata date: when its first "today/yesterday
    + weekday" names another weekday than the anchor's, every date of the story is resolved
    against the latest day on or before the anchor that agrees (up to five days before it),
    which is returned with the phrase that told it."""
    return _find(text, anchor, None, offset, matcher or _thread_matcher(), True, heading)


def _atoms(zones: list[list[Atom]], folded: str, grammar: Grammar, anchor: date | None, prefer: Prefer | None,
           this_day: bool) -> list[Atom]:
    if this_day:
        zones = [[_on_this_day(atom, anchor) if _list_item(folded, atom) else atom for atom in zone] for zone in zones]
    return _order_numbers([_famous_day(folded, _feast_reach(atom, grammar), grammar) for zone in zones
                           for atom in (_merge(zone, folded, grammar, anchor, prefer or "past") if len(zone) > 1 else zone)])


def _find(text: str, anchor: date | None, prefer: Prefer | None, offset: int, matcher: Matcher,
          trust_weekday: bool, heading: str | None = None) -> tuple[list[DateMention], Told | None]:
    """The mentions of `text`, and the day it told when `trust_weekday` let its weekday move the
    anchor; `heading` is its article's title."""
    grammar = matcher.grammar
    norm = Normalized(text)
    folded = norm.text
    this_day = _this_day_list(folded, heading, grammar)
    zones = [[atom for atom in zone if this_day and _list_item(folded, atom)  # "2002 - 77 قتيلا" is an item's year
              or not (_refused_by_context(folded, atom, grammar) or _named_otherwise(folded, atom, grammar))]
             for zone in matcher.zone_atoms(folded)]
    atoms = _atoms(zones, folded, grammar, anchor, prefer, this_day)
    told = _told_day(atoms, anchor) if trust_weekday else None
    if told is not None:
        anchor = told[0]
        atoms = _atoms(zones, folded, grammar, anchor, prefer, this_day)
    if _hijri_story(atoms):
        atoms = list(map(_in_hijri_month, atoms))
    mentions = []
    last: Resolved | None = None
    named: int | None = None  # the year of the last time named ("العام السابق" is the one before it)
    said_on: list[tuple[int, date]] = []  # where each day named outside quotations ends, and the day
    quotes = [m.span() for m in _QUOTATION.finditer(folded)]
    for atom in atoms:
        if not (atom.standalone or _adverb_alone(atom)):
            continue
        direction = prefer or _tense(folded, atom.start, grammar, first=not mentions and _bare_weekday(atom))
        quote = _quote_around(quotes, atom.start)
        day = _speech_day(folded, quote, said_on, anchor, "weekday" in atom.frame) \
            if quote and _DEICTIC & atom.frame.keys() else None
        value = None if _year_refused(folded, atom) else _resolve(atom, day or anchor, direction, last, named)
        if value is not None:
            named = value.value_start.year
        if value is not None and value.precision in ("day", "time"):
            last = value
            if quote is None:
                said_on.append((atom.end, value.value_start))
        start = _near_lead_start(folded, atom, grammar)
        mentions.append(_mention(text, norm.span(start, atom.end), atom, value, anchor, direction, offset))
    if told is None:
        return _MENTIONS.validate_python(mentions), None
    start, end = norm.span(told[1].start, told[1].end)
    return _MENTIONS.validate_python(mentions), Told(told[0], text[start:end])
