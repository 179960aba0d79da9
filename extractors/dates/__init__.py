"""Find and resolve Arabic date expressions against an anchor date.

    find_dates("وصل مساء أمس الأول", anchor=date(2024, 12, 14))
    -> [DateMention(text="مساء أمس الأول", value_start=2024-12-12, time_of_day="evening", ...)]

Pipeline: every grammar rule proposes atoms; the longest non-overlapping ones are kept;
neighbours joined by a joiner word merge into one expression ("صباح" + "الجمعة",
"الخميس" + "15 آب", "5/9/1445هـ الموافق 15/3/2024م"); each is resolved by `resolve`.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from itertools import product

import regex

from schemas.dates import DateMention, Prefer, Resolved

from extractors.dates.grammar import Grammar, Rule, default_grammar
from extractors.dates.resolve import Frame, calendars_agree, resolve_frame, resolve_same, weekday_agrees
from extractors.text import Normalized

__all__ = ["find_dates", "Grammar", "default_grammar"]

_SENTENCE_END = regex.compile(r"[.!?؟\n]")
_TENSE_WINDOW_WORDS = 6

# Which kinds of pieces may join into one expression (order does not matter).
_COMPATIBLE = {
    frozenset(p)
    for p in (
        "DW", "DT", "WT", "DH", "WH", "WN", "NT", "WO", "OT", "VD", "VW", "VT", "HT",
    )
}


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    frame: Frame
    how: str
    standalone: bool
    end_frame: Frame | None = None

    @property
    def kinds(self) -> frozenset[str]:
        return _kinds(self.frame)


def _kinds(frame: Frame) -> frozenset[str]:
    """Coarse roles of a piece: Day, Weekday, Time, Hijri, Numeric d/m, Ordinal day, Vague, Period."""
    keys = frame.keys()
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


def _compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    return not (a & b) and all(frozenset((x, y)) in _COMPATIBLE for x, y in product(a, b))


_SEPARATOR = "\x01"  # neither a word character nor a space: no rule matches across it


def _candidates(grammar: Grammar, text: str) -> list[_Atom]:
    """Every rule's matches, looked for only in the zones of date words, laid end to end."""
    zones_of: dict[int, list[tuple[int, int]]] = {}
    for lo, hi in grammar.zones(text):
        wanted = {i for cue in grammar.cues(text[lo:hi]) for i in grammar.rules_by_cue.get(cue, ())}
        for i in wanted:
            zones_of.setdefault(i, []).append((lo, hi))
    atoms = []
    laid: dict[tuple[tuple[int, int], ...], tuple[str, list[int]]] = {}
    for i in sorted(zones_of):
        rule, mine = grammar.rules[i], zones_of[i]
        key = tuple(mine)
        if key not in laid:  # rules cued by the same zones scan one shared string
            starts, offset = [], 0
            for lo, hi in mine:
                starts.append(offset)
                offset += hi - lo + 1
            laid[key] = (_SEPARATOR.join(text[lo:hi] for lo, hi in mine), starts)
        joined, starts = laid[key]
        for atom in _matches(grammar, rule, joined):
            k = bisect_right(starts, atom.start) - 1
            shift = mine[k][0] - starts[k]
            atoms.append(_Atom(atom.start + shift, atom.end + shift, atom.frame, atom.how, atom.standalone))
    return atoms


def _matches(grammar: Grammar, rule: Rule, text: str) -> list[_Atom]:
    atoms = []
    for m in rule.pattern.finditer(text):
        frame: Frame = {}
        for group, captured in m.groupdict().items():
            if captured is not None and group in rule.groups:
                cls, rename = rule.groups[group]
                for key, value in grammar.fragment(cls, captured, rename).items():
                    frame.setdefault(key, value)
        start, end = m.span("m")
        atoms.append(_Atom(start, end, frame, rule.name, rule.standalone))
    return atoms


def _select(atoms: list[_Atom], order: dict[str, int]) -> list[_Atom]:
    """Longest first, then the earlier rule; no two chosen atoms overlap."""
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
    if a.kinds == b.kinds == {"D"} or a.kinds == {"D", "T"} and b.kinds == {"D"}:
        return _same_day(a, b, gap, anchor, prefer)
    if not _compatible(a.kinds, b.kinds):
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


def _tense(text: str, start: int, grammar: Grammar, sentence_ends: list[int]) -> Prefer:
    """"future" when a future marker (سـ + verb, من المقرر، يعتزم …) shortly precedes in the sentence."""
    k = bisect_right(sentence_ends, start)
    cut = sentence_ends[k - 1] if k else 0
    window = " ".join(text[cut:start].split()[-_TENSE_WINDOW_WORDS:])
    return "future" if grammar.future.search(window) else "past"


def _resolve(atom: _Atom, anchor: date | None, prefer: Prefer, last: Resolved | None) -> Resolved | None:
    if "same" in atom.frame:
        return resolve_same(atom.frame, last)
    value = resolve_frame(atom.frame, anchor, prefer)
    if value is None or atom.end_frame is None:
        return value
    last = resolve_frame(atom.end_frame, anchor, prefer)
    if last is None or last.value_end < value.value_start:
        return value
    return value.model_copy(update={"value_end": last.value_end})


def find_dates(
    text: str,
    anchor: date | None,
    prefer: Prefer | None = None,
    grammar: Grammar | None = None,
) -> list[DateMention]:
    """Every date expression in `text`, resolved against `anchor`.

    `prefer` fixes the direction of bare weekdays and month names; when None it is read from
    the sentence (future after سـ/سوف/من المقرر …, past otherwise: news reports the past).
    Expressions that need an anchor stay unresolved (value None) when `anchor` is None.
    """
    grammar = grammar or default_grammar()
    norm = Normalized(text)
    folded = norm.text
    order = {rule.name: i for i, rule in enumerate(grammar.rules)}
    atoms = _order_numbers(_merge(_select(_candidates(grammar, folded), order), folded, grammar, anchor,
                                  prefer or "past"))
    mentions = []
    last: Resolved | None = None
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(folded)]
    for atom in atoms:
        if not atom.standalone:
            continue
        direction = prefer or _tense(folded, atom.start, grammar, sentence_ends)
        value = _resolve(atom, anchor, direction, last)
        if value is not None and value.precision in ("day", "time"):
            last = value
        start, end = norm.span(atom.start, atom.end)
        if text.count("(", start, end) > text.count(")", start, end) and text[end:end + 1] == ")":
            end += 1  # "اليوم (الثلاثاء)": keep the bracket the expression opened
        mentions.append(
            DateMention.model_construct(  # every field computed here; validating again costs a third of the time
                start=start,
                end=end,
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
    return mentions
