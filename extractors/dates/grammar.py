"""Compile the date vocabulary and rule templates of `data/dates.yaml` into regexes, once."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

import re

import regex

from extractors.data_files import read_yaml
from extractors.text import fold_phrase, phrase_alternation

Fragment = dict[str, Any]
_PIECES = regex.compile(r"[^\W\d_]+|[^\w\s]")
# Numbers that can be part of a date: a day, month or hour (or d/m, h:mm), or a year.
_SMALL, _YEAR = "0", "0000"
_DATE_NUMBER = re.compile(r"(?<![\d,.])(?:(\d{1,2})|1[34]\d\d|19\d\d|20\d\d)(?![\d,]\d)")
_NUMBER_CUE = {"d12": _SMALL, "d2": _SMALL, "year4": _YEAR, "hyear4": _YEAR}
_MEMO_LIMIT = 200_000  # distinct tokens remembered by `Grammar.zones`
_TOKENS = re.compile(r"\w+|[^\w\s]")
_CLITICS = frozenset("وفبلك")
_LINK_PUNCTUATION = frozenset("/-–,،:.()")
# Classes whose words can name a time by themselves (with digits); the others only qualify.
_STRONG_CLASSES = ("month", "month_ambiguous", "hijri_month", "weekday", "weekday_bare", "dayword", "now", "cycle",
                   "cycle_plural", "week_word", "week_bare", "month_word", "pod", "unit", "holiday", "weekend", "vague")
_PLACEHOLDER = regex.compile(r"\{(\w+)(?:>(\w+))?\}")
_WORD_START = r"(?<!\w)(?:[وف])?(?:[بلك](?=ال))?"


@dataclass(frozen=True)
class Rule:
    """One compiled template; `groups` maps a regex group to (lexicon class, field rename)."""

    name: str
    pattern: re.Pattern[str]
    groups: dict[str, tuple[str, str | None]]
    standalone: bool
    cues: frozenset[str] = frozenset()  # the strong words, or kinds of number, a match may start from


@dataclass(frozen=True)
class Grammar:
    lexicon: dict[str, dict[str, Fragment]]
    digit_classes: frozenset[str]
    rules: tuple[Rule, ...]
    joiner: regex.Pattern[str]
    range_joiner: regex.Pattern[str]
    future: regex.Pattern[str]
    strong_words: frozenset[str] = frozenset()
    weak_words: frozenset[str] = frozenset()
    rules_by_cue: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)
    _memo: dict[str, bool | None] = field(default_factory=dict, compare=False, repr=False)

    def zones(self, text: str) -> list[tuple[int, int]]:
        """Stretches of folded text made only of date words and holding one that can name a
        time (a month, a weekday, أمس, a number …): the only places a rule can match."""
        found: list[tuple[int, int]] = []
        start = end = -1
        strong = False
        memo = self._memo
        if len(memo) > _MEMO_LIMIT:
            memo.clear()
        for m in _TOKENS.finditer(text):
            token = m.group()
            kind = memo[token] if token in memo else memo.setdefault(token, self._kind(token))
            if kind is None:
                if strong:
                    found.append((start, end))
                start, strong = -1, False
                continue
            if start < 0:
                start = m.start()
            end, strong = m.end(), strong or kind
        if strong:
            found.append((start, end))
        return found

    def _kind(self, token: str) -> bool | None:
        """True for a strong date word, False for a weak one, None for any other token."""
        for cut in range(3):
            piece = token[cut:]
            if piece[0].isdigit() or piece in self.strong_words:
                return True
            if piece in self.weak_words:
                return False
            if cut == 2 or len(token) <= cut + 1 or token[cut] not in _CLITICS:
                return None
        return None

    def cues(self, zone: str) -> frozenset[str]:
        """The strong words of a zone, and the kinds of date number (small, year) it holds."""
        found = set()
        for word in _PIECES.findall(zone):
            for cut in range(3):
                if word[cut:] in self.strong_words:
                    found.add(word[cut:])
        for m in _DATE_NUMBER.finditer(zone):
            found.add(_SMALL if m.group(1) else _YEAR)
        return frozenset(found)

    def fragment(self, cls: str, text: str, rename: str | None) -> Fragment:
        """The frame fields that the captured `text` of lexicon class `cls` contributes."""
        if cls in self.digit_classes:
            frag: Fragment = {"n": int(text)}
        else:
            frag = dict(self.lexicon[cls][" ".join(text.split())])
        if rename:
            (key, value), *rest = frag.items()
            frag = {rename: value, **dict(rest)}
        return frag


def _compose_numbers(spec: dict[str, Any]) -> dict[str, dict[str, Fragment]]:
    """Cardinal and ordinal number words 1-99 from units, teens and tens."""
    def words(table: dict[Any, list[str]]) -> dict[int, list[str]]:
        return {int(k): [fold_phrase(w) for w in v] for k, v in table.items()}

    card_units, card_tens = words(spec["cardinal_units"]), words(spec["cardinal_tens"])
    ten = [fold_phrase(w) for w in spec["cardinal_ten"]]
    cardinal: dict[str, int] = {w: n for n, ws in card_units.items() for w in ws}
    cardinal.update({w: 10 for w in ten})
    cardinal.update({w: n for n, ws in words(spec.get("cardinal_extra", {})).items() for w in ws})
    cardinal.update({w: n for n, ws in card_tens.items() for w in ws})
    for u, uws in card_units.items():
        for uw in uws:
            cardinal.update({f"{uw} {t}": 10 + u for t in ten})
            for tn, tws in card_tens.items():
                cardinal.update({f"{uw} و{tw}": tn + u for tw in tws})
                cardinal.update({f"{uw} و {tw}": tn + u for tw in tws})

    ord_units, ord_tens = words(spec["ordinal_units"]), words(spec["ordinal_tens"])
    teen_units = {**ord_units, **words(spec["ordinal_teen_units"])}
    ordinal: dict[str, int] = {w: n for n, ws in ord_units.items() for w in ws}
    ordinal.update({w: 10 for w in (fold_phrase(x) for x in spec["ordinal_ten"])})
    ordinal.update({w: n for n, ws in ord_tens.items() for w in ws})
    compound_units = {**ord_units, **words(spec["ordinal_compound_units"])}
    for u, uws in teen_units.items():
        for uw in uws:
            ordinal.update({f"{uw} {t}": 10 + u for t in ten})
    for u, uws in compound_units.items():
        for uw in uws:
            for tn, tws in ord_tens.items():
                ordinal.update({f"{uw} و{tw}": tn + u for tw in tws})
                ordinal.update({f"{uw} و {tw}": tn + u for tw in tws})
    return {
        "cardinal": {w: {"n": n} for w, n in cardinal.items()},
        "cardinal_definite": {f"ال{w}": {"n": n} for w, n in cardinal.items() if n >= 3 and " " not in w},
        "ordinal": {w: {"n": n} for w, n in ordinal.items()},
    }


def _lexicon(spec: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, Fragment]]:
    """Each class: folded phrase -> the fields (everything but `words`) of its entry."""
    out: dict[str, dict[str, Fragment]] = {}
    for cls, entries in spec.items():
        table: dict[str, Fragment] = {}
        for entry in entries:
            fields = {k: v for k, v in entry.items() if k != "words"}
            for word in entry["words"]:
                table.setdefault(fold_phrase(str(word)), fields)
        out[cls] = table
    return out


def _expand_macros(template: str, macros: dict[str, str]) -> str:
    """Inline `{macro}` / `{macro>field}` until only lexicon placeholders remain."""
    def inline(m: regex.Match[str]) -> str:
        name, rename = m.group(1), m.group(2)
        if name not in macros:
            return m.group(0)
        body = macros[name]
        if rename:
            body = _PLACEHOLDER.sub(lambda i: "{%s>%s}" % (i.group(1), i.group(2) or rename), body)
        return body

    for _ in range(10):
        expanded = _PLACEHOLDER.sub(inline, template)
        if expanded == template:
            return expanded
        template = expanded
    raise ValueError(f"macro recursion in {template!r}")


def _compile_rule(spec: dict[str, Any], macros: dict[str, str], alternatives: dict[str, str],
                  words_of: dict[str, set[str]], strong: set[str]) -> Rule:
    template = fold_phrase(_expand_macros(spec["pattern"], macros))
    classes = {m.group(1) for m in _PLACEHOLDER.finditer(template)}
    literals = set(_PIECES.findall(_PLACEHOLDER.sub(" ", template)))
    cues = (literals | {w for c in classes for w in words_of.get(c, ())}) & strong
    groups: dict[str, tuple[str, str | None]] = {}

    def placeholder(m: regex.Match[str]) -> str:
        cls, rename = m.group(1), m.group(2)
        if cls not in alternatives:
            raise KeyError(f"rule {spec['name']}: unknown class {cls!r}")
        name = f"g{len(groups)}"
        groups[name] = (cls, rename)
        return f"(?P<{name}>{alternatives[cls]})"

    body = _PLACEHOLDER.sub(placeholder, template.replace(" ", r"\s+").replace(r"\s+?", r"\s*"))
    pattern = re.compile(f"{_WORD_START}(?P<m>{body})(?!\\w)")
    numbers = {_NUMBER_CUE[c] for c in classes if c in _NUMBER_CUE}
    return Rule(spec["name"], pattern, groups, bool(spec.get("standalone", True)), frozenset(cues | numbers))


def weak_literals(spec: dict[str, Any], macros: dict[str, str], joiners: list[str]) -> set[str]:
    """Words written into the rule templates and joiners (من، في، عام، الساعة …)."""
    words = {w for j in joiners for w in _PIECES.findall(j)}
    for rule in spec["rules"]:
        words.update(_PIECES.findall(_PLACEHOLDER.sub(" ", fold_phrase(_expand_macros(rule["pattern"], macros)))))
    return words


def compile_grammar(spec: dict[str, Any]) -> Grammar:
    """Build the lexicon tables and the rule regexes from a parsed dates.yaml."""
    lexicon = _lexicon(spec["lexicon"]) | _compose_numbers(spec["numbers"])
    alternatives = {cls: phrase_alternation(list(table)) for cls, table in lexicon.items()}
    digits = {cls: f"(?:{rx})" for cls, rx in spec["digits"].items()}
    alternatives.update(digits)
    macros = {k: v for k, v in spec["macros"].items()}
    joiners = [fold_phrase(j) for j in spec["joiners"]]
    range_joiners = [fold_phrase(j) for j in spec["range_joiners"]]
    strong = {w for cls in _STRONG_CLASSES for phrase in lexicon.get(cls, {}) for w in _PIECES.findall(phrase)}
    strong |= {fold_phrase(w) for w in spec.get("strong_literals", [])}
    strong -= {fold_phrase(w) for w in spec.get("function_words", [])}
    words_of = {cls: {w for phrase in table for w in _PIECES.findall(phrase)} for cls, table in lexicon.items()}
    rules = tuple(_compile_rule(r, macros, alternatives, words_of, strong) for r in spec["rules"])
    stems = "|".join(regex.escape(fold_phrase(s)) for s in spec["future_verb_stems"])
    future = regex.compile(
        rf"(?<!\w)(?:{phrase_alternation([fold_phrase(w) for w in spec['future_markers']])})(?!\w)"
        rf"|(?<!\w)[وف]?س[يتنا](?:{stems})\w*"
    )
    weak = {w for table in lexicon.values() for phrase in table for w in _PIECES.findall(phrase)}
    weak |= weak_literals(spec, macros, joiners + range_joiners)
    by_cue: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for cue in rule.cues:
            by_cue.setdefault(cue, []).append(i)
    return Grammar(
        lexicon=lexicon,
        rules_by_cue={cue: tuple(ids) for cue, ids in by_cue.items()},
        strong_words=frozenset(strong),
        weak_words=frozenset((weak | _LINK_PUNCTUATION) - strong),
        digit_classes=frozenset(digits),
        rules=rules,
        joiner=regex.compile(rf"^[\s,،(\-–]*(?:(?:{phrase_alternation(joiners)})[\s,،(]*)?$"),
        range_joiner=regex.compile(rf"^\s*(?:من\s+)?(?:{phrase_alternation(range_joiners)})\s*$"),
        future=future,
    )


@cache
def default_grammar() -> Grammar:
    """The grammar of the shipped `dates.yaml` (immutable, built on first use)."""
    return compile_grammar(read_yaml("dates.yaml"))
