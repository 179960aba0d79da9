"""Find and resolve Arabic date expressions against an anchor date.

    find_dates("وصل مساء أمس الأول", anchor=date(2024, 12, 14))
    -> [DateMention(text="مساء أمس الأول", value_start=2024-12-12, time_of_day="evening", ...)]

Pipeline: every grammar rule proposes atoms; the longest non-overlapping ones are kept;
neighbours joined by a joiner word merge into one expression ("صباح" + "الجمعة",
"الخميس" + "15 آب", "5/9/1445هـ الموافق 15/3/2024م"); each is resolved by `resolve`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from itertools import product, repeat

from pydantic import TypeAdapter

from schemas.dates import DateMention, Prefer

from extractors.dates.grammar import Grammar, Rule, default_grammar
from extractors.dates.resolve import Frame, Resolved, calendars_agree, resolve_frame, resolve_same, weekday_agrees
from extractors.text import Normalized

__all__ = ["find_dates", "Grammar", "default_grammar"]

_MENTIONS = TypeAdapter(list[DateMention])  # one validation for all the mentions of a text, cheaper than one each
_SENTENCE_ENDS = ".!?؟\n"
_QUOTATION = re.compile(r'"[^"\n]{2,}"')  # folded text writes every quotation mark as "
_DEICTIC = frozenset({"offset", "weekday"})  # fields read against the day of speaking
_TENSE_WINDOW_WORDS = 10  # "من المقرر أن يلتقي الرئيس الأمريكي دونالد ترامب نظيره الروسي الخميس"
_CLAUSE_WORDS = 3  # words after a comma that make a clause of their own, not a day set off

# Which kinds of pieces may join into one expression (order does not matter).
_COMPATIBLE = {
    frozenset(p)
    for p in (
        "DW", "DT", "WT", "DH", "WH", "WN", "NT", "WO", "OT", "VD", "VW", "VT", "HT",
    )
}


@dataclass(slots=True)
class _Atom:
    """A piece of a date expression: a rule's match, or neighbours joined. Never changed once
    made (slots, not frozen: thousands are made an article, and frozen ones cost four times more)."""

    start: int
    end: int
    frame: Frame
    how: str
    standalone: bool
    end_frame: Frame | None = None

    @property
    def kinds(self) -> frozenset[str]:
        return _kinds(frozenset(self.frame))


@cache
def _kinds(keys: frozenset[str]) -> frozenset[str]:
    """Coarse roles of a piece: Day, Weekday, Time, Hijri, Numeric d/m, Ordinal day, Vague, Period."""
    kinds = set()
    day_fields = ({"day", "month"} <= keys or {"n1", "n2", "n3"} <= keys or {"day", "cycle"} <= keys
                  or keys & {"offset", "holiday", "nth", "same"})
    if day_fields:
        kinds.add("D")
    elif {"n1", "n2"} <= keys:
        kinds.add("N")
    elif "day" in keys:
        kinds.add("O")
    elif "weekday" not in keys and keys & {"cycle", "month", "month_rel", "year", "direction"}:
        kinds.add("P")
    if "weekday" in keys and not day_fields:
        kinds.add("W")
    if keys & {"hday", "hmonth", "hyear"}:
        kinds.add("H")
    if keys & {"hour", "pod"}:
        kinds.add("T")
    if "vague" in keys:
        kinds.add("V")
    return frozenset(kinds)


@cache
def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not (a & b) and all(frozenset((x, y)) in _COMPATIBLE for x, y in product(a, b))


_ZONE_MEMO_LIMIT = 100_000  # distinct zones remembered between articles


def _zone_atoms(grammar: Grammar, text: str) -> list[list[_Atom]]:
    """The atoms of each zone of date words, in text order: the longest of every rule's
    matches that do not overlap.

    A zone's atoms depend on its text alone (no match, overlap or join crosses into another
    zone), so each distinct zone is worked out once and remembered ("أمس", "اليوم الخميس"
    recur in every article).
    """
    zones = grammar.zones(text)
    words = [text[lo:hi] for lo, hi in zones]
    memo = grammar.zone_memo
    fresh = [zone for zone in dict.fromkeys(words) if zone not in memo]
    if len(memo) + len(fresh) > _ZONE_MEMO_LIMIT:
        memo.clear()
        fresh = list(dict.fromkeys(words))
    memo.update((zone, _select(_match_zone(grammar, zone), grammar.rule_order)) for zone in fresh)
    return [[_Atom(a.start + lo, a.end + lo, a.frame, a.how, a.standalone) for a in memo[zone]]
            for zone, (lo, hi) in zip(words, zones)]


def _match_zone(grammar: Grammar, zone: str) -> list[_Atom]:
    """A zone's atoms, with offsets inside it: the rules its words cue that it holds all the
    parts of, each tried only where a word it can begin with starts (no match starts elsewhere)."""
    needs_met, starts = grammar.read(zone)
    atoms = []
    for rule in grammar.rules_for(needs_met):
        if rule.firsts is None:
            atoms += _matches(grammar, rule, zone, grammar.token_starts(zone))
        elif len(words := rule.firsts.intersection(starts)) == 1:
            atoms += _matches(grammar, rule, zone, starts[next(iter(words))])
        elif words:
            atoms += _matches(grammar, rule, zone, sorted({pos for word in words for pos in starts[word]}))
    return atoms


def _matches(grammar: Grammar, rule: Rule, text: str, starts: list[int]) -> list[_Atom]:
    """The rule's matches from left to right, none overlapping the one before (as `finditer`)."""
    atoms = []
    done = 0
    for pos in starts:
        if pos < done:
            continue
        m = rule.pattern.match(text, pos)
        if m is None:
            continue
        done = m.end()
        frame: Frame = {}
        captured = m.groups()
        for index, cls, rename, fragments in rule.slots:
            if (words := captured[index]) is not None:
                fragment = fragments.get(words)
                for key, value in (grammar.fragment(cls, words, rename) if fragment is None else fragment).items():
                    frame.setdefault(key, value)
        start, end = m.span(1)  # the group "m", the first
        atoms.append(_Atom(start, end, frame, rule.name, rule.standalone))
    return atoms


def _select(atoms: list[_Atom], order: dict[str, int]) -> list[_Atom]:
    """Longest first, then the earlier rule; no two chosen atoms overlap."""
    if len(atoms) < 2:
        return atoms
    chosen: list[_Atom] = []
    taken = bytearray(max((a.end for a in atoms), default=0))
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, order[a.how], a.start)):
        if not any(taken[atom.start:atom.end]):
            chosen.append(atom)
            taken[atom.start:atom.end] = b"\x01" * (atom.end - atom.start)
    return sorted(chosen, key=lambda a: a.start)


def _join_range(a: _Atom, b: _Atom, gap: str, grammar: Grammar, anchor: date | None, prefer: Prefer) -> _Atom | None:
    """"من الساعة 3 الى الساعة 4": two pieces of one kind become one stretch."""
    if grammar.range_joiner.match(gap) and a.kinds == b.kinds and "V" not in a.kinds and a.end_frame is None:
        return _Atom(a.start, b.end, a.frame, f"{a.how}..{b.how}", True, b.end_frame or b.frame)
    return None


def _join(a: _Atom, b: _Atom, gap: str, grammar: Grammar, anchor: date | None, prefer: Prefer) -> _Atom | None:
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
    return _Atom(a.start, b.end, frame, f"{a.how}+{b.how}", a.standalone or b.standalone, end_frame)


def _same_day(a: _Atom, b: _Atom, gap: str, anchor: date | None, prefer: Prefer) -> _Atom | None:
    if gap.strip(" ,،") or "offset" not in a.frame or "offset" in b.frame:
        return None
    first, second = resolve_frame(a.frame, anchor, prefer), resolve_frame(b.frame, anchor, prefer)
    if first is None or second is None or first.value_start != second.value_start:
        return None
    return _Atom(a.start, b.end, {**a.frame, **b.frame}, f"{a.how}+{b.how}", True)


def _merge(atoms: list[_Atom], text: str, grammar: Grammar, anchor: date | None, prefer: Prefer) -> list[_Atom]:
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


def _order_numbers(atoms: list[_Atom]) -> list[_Atom]:
    """One text writes numeric dates one way: when a date like 10/22/2016 can only be
    month-first, its ambiguous neighbours (10/05/2016) are month-first too."""
    month_first = any({"n1", "n2"} <= a.frame.keys() and a.frame["n1"] <= 12 < a.frame["n2"] for a in atoms)
    if not month_first:
        return atoms
    return [_Atom(a.start, a.end, {**a.frame, "order": "mdy"}, a.how, a.standalone, a.end_frame)
            if {"n1", "n2"} <= a.frame.keys() else a for a in atoms]


def _tense(text: str, start: int, grammar: Grammar) -> Prefer:
    """"future" when a future marker (سـ + verb, من المقرر، يعتزم …) is among the last words
    before `start` in its clause: its sentence, from the last comma when a clause of its own
    follows the comma ("سيتحدث مع نظيره، مشيرا إلى رسالة وجهها إليه الخميس"), not when it only
    sets the day off ("سيزور الرئيس، الخميس، أنقرة")."""
    cut = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(start))) + 1
    comma = max(text.rfind("،", cut, start), text.rfind(",", cut, start))
    if comma >= 0 and len(text[comma + 1:start].split(None, _CLAUSE_WORDS)) >= _CLAUSE_WORDS:
        cut = comma + 1
    window = " ".join(text[cut:start].rsplit(None, _TENSE_WINDOW_WORDS)[-_TENSE_WINDOW_WORDS:])
    return "future" if grammar.future.search(window) else "past"


def _resolve(atom: _Atom, anchor: date | None, prefer: Prefer, last: Resolved | None) -> Resolved | None:
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


def _adverb_alone(atom: _Atom) -> bool:
    """A part of day written as an adverb ("صباحاً") that joined no day."""
    return atom.frame.keys() == {"pod", "adverb"}


def _speech_day(text: str, quote: tuple[int, int], said_on: list[tuple[int, date]]) -> date | None:
    """"وقال ماكرون أمس: «اليوم نبدأ …»": inside a quotation, today is the day the words were
    said, when the sentence names it before the quotation."""
    sentence_start = max(map(text.rfind, _SENTENCE_ENDS, repeat(0), repeat(quote[0]))) + 1
    days = [day for end, day in said_on if sentence_start <= end <= quote[0]]
    return days[-1] if days else None


def find_dates(
    text: str,
    anchor: date | None,
    prefer: Prefer | None = None,
    grammar: Grammar | None = None,
    *,
    offset: int = 0,
) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor`.

    `prefer` fixes the direction of bare weekdays and month names; when None it is read from
    the sentence (future after سـ/سوف/من المقرر …, past otherwise: news reports the past).
    Expressions that need an anchor stay unresolved (value None) when `anchor` is None.
    Offsets are into `text`, plus `offset` when `text` is a part of a longer one.
    """
    grammar = grammar or default_grammar()
    norm = Normalized(text)
    folded = norm.text
    atoms = _order_numbers([atom for zone in _zone_atoms(grammar, folded)
                            for atom in (_merge(zone, folded, grammar, anchor, prefer or "past") if len(zone) > 1 else zone)])
    mentions = []
    last: Resolved | None = None
    said_on: list[tuple[int, date]] = []  # where each day named outside quotations ends, and the day
    quotes = [m.span() for m in _QUOTATION.finditer(folded)]
    for atom in atoms:
        if not (atom.standalone or _adverb_alone(atom)):
            continue
        direction = prefer or _tense(folded, atom.start, grammar)
        quote = next(((s, e) for s, e in quotes if s < atom.start < e), None)
        day = _speech_day(folded, quote, said_on) if quote and _DEICTIC & atom.frame.keys() else None
        value = _resolve(atom, day or anchor, direction, last)
        if value is not None and value.precision in ("day", "time"):
            last = value
            if quote is None:
                said_on.append((atom.end, value.value_start))
        start, end = norm.span(atom.start, atom.end)
        if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
            end += 1  # "اليوم (الثلاثاء)": keep the bracket the expression opened
        mentions.append(
            dict(
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
                weekday_agrees=weekday_agrees(atom.frame, value),
                calendars_agree=calendars_agree(atom.frame, value),
                vague="vague" in atom.frame,
            )
        )
    return _MENTIONS.validate_python(mentions)
