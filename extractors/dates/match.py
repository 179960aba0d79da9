"""Match the grammar's rules in the zones of date words of a text, remembering each zone's atoms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache

from extractors.dates.grammar import Grammar, Rule, TokenCues
from extractors.dates.values import Frame
from extractors.dates.zones import TOKENS


@dataclass(slots=True)
class Atom:
    """A piece of a date expression: a rule's match, or neighbours joined. Never changed once
    made (slots, not frozen: thousands are made an article, and frozen ones cost more to make)."""

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
                  or keys & {"offset", "holiday", "nth", "nth_after", "same"})
    if day_fields:
        kinds.add("D")
    elif {"n1", "n2"} <= keys:
        kinds.add("N")
    elif "day" in keys:
        kinds.add("O")
    elif "weekday" not in keys and keys & {"cycle", "month", "month_rel", "year", "decade", "direction", "counted"}:
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


@dataclass(eq=False)
class Matcher:
    """The grammar's rules applied to texts, with what has been found of the texts seen so far:
    the atoms of each distinct zone ("أمس", "اليوم الخميس" recur in every article), the cues of
    tokens outside the grammar's table, the rules each set of needs may match.

    These tables change with every text, so a matcher belongs to one thread (or task) and is
    never shared; a fresh one starts cold. When a table outgrows its limit it is emptied, which
    keeps memory bounded over a long run and changes nothing that is found.
    """

    grammar: Grammar = field(repr=False)
    zone_limit: int = 100_000  # distinct zones remembered between articles
    token_limit: int = 100_000  # tokens outside the grammar's table remembered between zones
    zones: dict[str, list[Atom]] = field(default_factory=dict, repr=False)
    tokens: dict[str, TokenCues] = field(default_factory=dict, repr=False)
    rule_sets: dict[int, tuple[Rule, ...]] = field(default_factory=dict, repr=False)

    def zone_atoms(self, text: str) -> list[list[Atom]]:
        """The atoms of each zone of date words, in text order: the longest of every rule's
        matches that do not overlap.

        A zone's atoms depend on its text alone (no match, overlap or join crosses into another
        zone), so each distinct zone is worked out once and remembered.
        """
        zones = self.grammar.zones(text)
        words = [text[lo:hi] for lo, hi in zones]
        memo = self.zones
        fresh = [zone for zone in dict.fromkeys(words) if zone not in memo]
        if len(memo) + len(fresh) > self.zone_limit:
            memo.clear()
            fresh = list(dict.fromkeys(words))
        memo.update((zone, _select(self.match_zone(zone), self.grammar.rule_order)) for zone in fresh)
        return [[Atom(a.start + lo, a.end + lo, a.frame, a.how, a.standalone) for a in memo[zone]]
                for zone, (lo, hi) in zip(words, zones)]

    def match_zone(self, zone: str) -> list[Atom]:
        """A zone's atoms, with offsets inside it: the rules its words cue that it holds all the
        parts of, each tried only where a word it can begin with starts (no match starts elsewhere)."""
        grammar = self.grammar
        needs_met, starts = self.scan(zone)
        atoms = []
        for rule in self.rules_for(needs_met):
            if rule.firsts is None:
                atoms += _matches(grammar, rule, zone, grammar.token_starts(zone))
            elif len(words := rule.firsts.intersection(starts)) == 1:
                atoms += _matches(grammar, rule, zone, starts[next(iter(words))])
            elif words:
                atoms += _matches(grammar, rule, zone, sorted({pos for word in words for pos in starts[word]}))
        return atoms

    def scan(self, zone: str) -> tuple[int, dict[str, list[int]]]:
        """The needs a zone meets (by its words and the kinds of date number it holds, as
        `build.need_bits`), and where each word a match may begin with starts: one pass over
        its tokens, the cues of each worked out once (date words and common numbers when the
        grammar is built, other tokens when first seen)."""
        grammar = self.grammar
        bits = 0
        starts: dict[str, list[int]] = {}
        digits = False
        known, seen = grammar.token_cues, self.tokens
        for m in TOKENS.finditer(zone):
            token = m.group()
            cues = known.get(token) or seen.get(token)
            if cues is None:
                if len(seen) >= self.token_limit:
                    seen.clear()
                cues = seen[token] = grammar.cues_of(token)
            bits |= cues.bits
            digits |= cues.digits
            for word in cues.starts:
                starts.setdefault(word, []).append(m.start())
        if digits:
            bits |= grammar.number_bits(zone)
        return bits, starts

    def rules_for(self, bits: int) -> tuple[Rule, ...]:
        """`Grammar.rules_meeting` these needs (zones meet few sets of needs: each is worked out once)."""
        rules = self.rule_sets.get(bits)
        if rules is None:
            rules = self.rule_sets[bits] = self.grammar.rules_meeting(bits)
        return rules


def _matches(grammar: Grammar, rule: Rule, text: str, starts: list[int]) -> list[Atom]:
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
        atoms.append(Atom(start, end, frame, rule.name, rule.standalone))
    return atoms


def _select(atoms: list[Atom], order: Mapping[str, int]) -> list[Atom]:
    """Longest first, then the earlier rule; no two chosen atoms overlap."""
    if len(atoms) < 2:
        return atoms
    chosen: list[Atom] = []
    taken = bytearray(max((a.end for a in atoms), default=0))
    for atom in sorted(atoms, key=lambda a: (a.start - a.end, order[a.how], a.start)):
        if not any(taken[atom.start:atom.end]):
            chosen.append(atom)
            taken[atom.start:atom.end] = b"\x01" * (atom.end - atom.start)
    return sorted(chosen, key=lambda a: a.start)
