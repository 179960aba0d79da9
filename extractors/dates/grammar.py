"""The compiled date grammar: its rules, the fields its phrases contribute, and the cues that
tell which rules a zone of date words may match. Built once by `build.compile_grammar` and
never changed after, so every thread shares it; what is remembered of texts lives in a
`match.Matcher`."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from extractors.dates import template
from extractors.dates.zones import TOKENS, find_zones

Fragment = dict[str, Any]
PIECES = re.compile(r"[^\W\d_]+|[^\w\s]")
# The cues of the numbers that can be part of a date: a day, month or hour (or d/m, h:mm), or a year.
SMALL, YEAR = "0", "0000"
_DATE_NUMBER = re.compile(r"(?<!\d)(?<!\d[,.])(?:(\d{1,2})|1[3-9]\d\d|20\d\d)(?![\d,]\d)")


@dataclass(frozen=True)
class Rule:
    """One compiled template; `groups` maps a regex group to (lexicon class, field rename)."""

    name: str
    pattern: re.Pattern[str]
    groups: dict[str, tuple[str, str | None]]
    standalone: bool
    needs: tuple[frozenset[str], ...] = ()  # groups of cues of which every match holds one each
    firsts: frozenset[str] | None = None  # the words a match can begin with (None: anything)
    # Of each group: (its index in `Match.groups()`, class, rename, the fragments of the phrases it may capture)
    slots: tuple[tuple[int, str, str | None, Mapping[str, Fragment]], ...] = ()
    need_bits: int = 0  # one bit for each of `needs` (see `build.need_bits`)
    # Its matches are dropped when one of these words follows them ("2000 جندي", "اليوم الوطني")
    # or stands just before them ("نحو 2000"): see `build.context_words`.
    not_before: re.Pattern[str] | None = None
    not_after: re.Pattern[str] | None = None
    only_after: re.Pattern[str] | None = None  # its matches are kept only after one of these words


@dataclass(frozen=True, slots=True)
class TokenCues:
    """What one token of a zone tells: the bits of the needs its words meet, the words a match
    may begin with at it (only those some rule begins with), and whether it holds a digit."""

    bits: int
    starts: frozenset[str]
    digits: bool


def cues_of_token(token: str, cue_bits: Mapping[str, int], first_words: frozenset[str] | None) -> TokenCues:
    bits = 0
    for word in PIECES.findall(token):
        for cut in range(3):
            bits |= cue_bits.get(word[cut:], 0)
    starts = template.start_words(token)
    return TokenCues(bits, starts if first_words is None else starts & first_words, any(map(str.isdigit, token)))


@dataclass(frozen=True)
class Grammar:
    """The lexicon, the rules and the tables that say where they may match; shared, never changed."""

    lexicon: Mapping[str, Mapping[str, Fragment]]
    digit_classes: frozenset[str]
    rules: tuple[Rule, ...]
    joiner: re.Pattern[str]
    range_joiner: re.Pattern[str]
    future: re.Pattern[str]
    ahead_days: int  # how near the next feast must be to be meant when it is nearer than the last
    planned_lead: re.Pattern[str]
    cue_bits: Mapping[str, int]  # see `build.need_bits`
    first_words: frozenset[str] | None  # every word some rule's match may begin with (None: any)
    token_codes: Mapping[str, str]
    piece_codes: Mapping[str, str]
    token_cues: Mapping[str, TokenCues]  # of the date words and common numbers
    rule_order: Mapping[str, int]
    not_dates: re.Pattern[str]  # names that hold a date word ("عين اليوم"): no date inside
    not_date_reach: int  # how far a name may reach beyond a date word inside it
    famous_days: Mapping[tuple[int, int], int] = field(default_factory=dict)  # (day, month) of a famous day -> its year
    famous_lead: re.Pattern[str] = re.compile(r"(?!)")  # a word for a famous day's event ("ثورتي"), searched just before it
    this_day: re.Pattern[str] = re.compile(r"(?!)")  # a heading of a list of what happened on this day in past years
    near_lead: re.Pattern[str] = re.compile(r"(?!)")  # "قبيل " right before a time of day or a day: kept in its text

    def rules_meeting(self, bits: int) -> tuple[Rule, ...]:
        """The rules, in grammar order, that a zone meeting these needs may match: those that
        need no part it lacks."""
        return tuple(rule for rule in self.rules if bits & rule.need_bits == rule.need_bits)

    def zones(self, text: str) -> list[tuple[int, int]]:
        """Stretches of folded text made only of date words and holding one that can name a
        time (a month, a weekday, أمس, a number …): the only places a rule can match."""
        return find_zones(text, self.piece_codes)

    def cues_of(self, token: str) -> TokenCues:
        """The cues of a token outside `token_cues` (a `Matcher` remembers them)."""
        return cues_of_token(token, self.cue_bits, self.first_words)

    def number_bits(self, zone: str) -> int:
        """The needs met by the kinds of date number a zone holds (a day or month, a year)."""
        bits = 0
        for m in _DATE_NUMBER.finditer(zone):
            bits |= self.cue_bits.get(SMALL if m.group(1) else YEAR, 0)
        return bits

    @staticmethod
    def token_starts(zone: str) -> list[int]:
        """Where a match may begin for a rule that may begin with anything: at every token but
        a mark right after a word ("15/")."""
        return [m.start() for m in TOKENS.finditer(zone)
                if not m.start() or not (zone[m.start() - 1].isalnum() or zone[m.start() - 1] == "_")]

    def fragment(self, cls: str, text: str, rename: str | None) -> Fragment:
        """The frame fields that the captured `text` of lexicon class `cls` contributes (a
        rule's slots hold those of the phrases and numbers that recur, worked out once)."""
        if cls in self.digit_classes:
            frag: Fragment = {"n": int(text)}
        else:
            frag = dict(self.lexicon[cls][" ".join(text.split())])
        if rename:
            (key, value), *rest = frag.items()
            frag = {rename: value, **dict(rest)}
        return frag
