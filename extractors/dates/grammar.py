"""Compile the date vocabulary and rule templates of `data/dates.yaml` into regexes, once."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import cache
from itertools import filterfalse, repeat
from typing import Any

import re

import regex

from extractors.data_files import read_yaml
from extractors.dates import template
from extractors.text import fold_phrase, phrase_alternation

Fragment = dict[str, Any]
_PIECES = re.compile(r"[^\W\d_]+|[^\w\s]")
# Numbers that can be part of a date: a day, month or hour (or d/m, h:mm), or a year.
_SMALL, _YEAR = "0", "0000"
_DATE_NUMBER = re.compile(r"(?<!\d)(?<!\d[,.])(?:(\d{1,2})|1[34]\d\d|19\d\d|20\d\d)(?![\d,]\d)")
_NUMBER_CUE = {"d12": _SMALL, "d2": _SMALL, "year4": _YEAR, "hyear4": _YEAR}
_TOKENS = re.compile(r"\w+|[^\w\s]")
_TOKEN_MEMO_LIMIT = 100_000  # tokens outside the grammar's table remembered between zones
# The numbers of days, months, hours and years, whose readings are worked out with the grammar.
_COMMON_NUMBERS = tuple(sorted({str(n) for n in range(100)} | {f"{n:02d}" for n in range(10)} | {str(n) for n in range(1300, 2100)}))
_CLITICS = frozenset("وفبلك")
_DIGITS = frozenset("0123456789")  # folded text has no other digits
_NUMBER_LEADS = _CLITICS | _DIGITS | {"ا"}
# What `str.isspace` (and so `str.split` and regex `\s`) takes for whitespace.
_SPACES = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_RUN = re.compile(r"[SW_]*[SW]")  # a run from a token, to its last S or W
_LINK_PUNCTUATION = frozenset("/-–,،:.()")
_CUT_FIRST = _SPACES + "".join(sorted(_LINK_PUNCTUATION))  # cut pieces at these, like whitespace
# Classes whose words can name a time by themselves (with digits); the others only qualify.
_STRONG_CLASSES = ("month", "month_ambiguous", "hijri_month", "weekday", "weekday_bare", "dayword", "now", "cycle", "season",
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
    needs: tuple[frozenset[str], ...] = ()  # groups of cues of which every match holds one each
    firsts: frozenset[str] | None = None  # the words a match can begin with (None: anything)
    # Of each group: (its index in `Match.groups()`, class, rename, the fragments of the phrases it may capture)
    slots: tuple[tuple[int, str, str | None, dict[str, Fragment]], ...] = ()
    need_bits: int = 0  # one bit for each of `needs` (see `need_bits`)


def _kind(token: str, strong: frozenset[str], weak: frozenset[str]) -> bool | None:
    """True for a strong date word, False for a weak one, None for any other token; up to two
    clitics (و، ف، ب، ل، ك) may stand before the word."""
    for cut in range(3):
        piece = token[cut:]
        if piece[0] in _DIGITS or piece in strong:
            return True
        if piece in weak:
            return False
        if cut == 2 or len(token) <= cut + 1 or token[cut] not in _CLITICS:
            return None
    return None


def _token_codes(strong: frozenset[str], weak: frozenset[str]) -> dict[str, str]:
    """Every date word with every clitic prefix, and its code (S strong, W weak): one lookup
    per token of a text."""
    prefixes = [""] + [a + b for a in _CLITICS for b in ("", *_CLITICS)]
    table = {}
    for word in strong | weak:
        for prefix in prefixes:
            kind = _kind(prefix + word, strong, weak)
            if kind is not None:
                table[prefix + word] = "S" if kind else "W"
    return table





def piece_codes(token_codes: dict[str, str]) -> dict[str, str]:
    """`token_codes` with the pieces that cost `find_zones` a turn of its loop when they recur:
    the empty piece between two cuts (a filler "_") and common numbers (strong)."""
    return {**token_codes, "": "_", **dict.fromkeys(_COMMON_NUMBERS, "S")}


def find_zones(text: str, codes: dict[str, str]) -> list[tuple[int, int]]:
    """Runs of date tokens (a token is a word, a number or one punctuation mark) that hold a
    strong one, as (start, end) offsets.

    Regexes cost hundreds of instructions a character on Arabic text, so the text is cut by
    `str.split` and each piece looked up whole: whitespace and the punctuation that may link
    date words (، / - :) are cut at first, and only pieces that are still not a bare word
    (digits, other marks) are cut into tokens. Each token gets a code (S strong, W weak, N
    neither); zones are the runs of S and W holding an S, widened over the linking marks at
    their edges. `codes` is a `piece_codes` table.
    """
    pieces = _cut(text)
    found = list(map(codes.get, pieces, repeat("N")))
    odd = _OddPieces()
    i = -1
    for piece in filterfalse(codes.__contains__, filterfalse(str.isalpha, pieces)):
        i = pieces.index(piece, i + 1)  # the pieces passed over are words or known: found at C speed
        if piece.isdigit() and piece.isascii():
            found[i] = "S"
        else:
            found[i] = "".join(_token_code(token, codes) for token in _TOKENS.findall(piece))
            if not found[i].strip("N"):  # no date token in it ('"داعش"'): one N breaks a run as well
                found[i] = "N"
            elif len(found[i]) != 1:
                odd.add(i, len(found[i]))
    tokens = "".join(found)
    if "S" not in tokens:
        return []
    return [_widen(text, start, end) for start, end in _place(_runs(tokens), pieces, odd)]


def _cut(text: str) -> list[str]:
    spaced = text
    for mark in _CUT_FIRST:
        if mark in spaced:
            spaced = spaced.replace(mark, " ")
    return spaced.split(" ")


def _runs(tokens: str) -> list[tuple[int, int]]:
    """The first and last token of each run of S and W (fillers "_" within, not at its ends)
    that holds an S: found from each S that no run holds yet, so the many N between cost
    nothing."""
    backwards = tokens[::-1]
    size = len(tokens)
    found = []
    at = tokens.find("S")
    while at >= 0:
        first = size - _RUN.match(backwards, size - at - 1).end()
        last = _RUN.match(tokens, at).end() - 1
        found.append((first, last))
        at = tokens.find("S", last + 1)
    return found


class _OddPieces:
    """The pieces that hold more than one token ("(15", '"امس"') or none: few, so token numbers
    map to pieces through them alone, with no running count over every piece."""

    def __init__(self) -> None:
        self.first_tokens: list[int] = []  # the number of each odd piece's first token
        self.pieces: list[int] = []
        self.counts: list[int] = []
        self.shifts: list[int] = []  # tokens minus pieces, up to the end of each odd piece
        self._shift = 0

    def add(self, piece: int, tokens: int) -> None:
        self.first_tokens.append(piece + self._shift)
        self.pieces.append(piece)
        self.counts.append(tokens)
        self._shift += tokens - 1
        self.shifts.append(self._shift)

    def locate(self, token: int) -> tuple[int, int | None]:
        """The piece holding token number `token`, and its place in that piece (None: the
        piece is that one token)."""
        k = bisect_right(self.first_tokens, token) - 1
        if k < 0:
            return token, None
        if token < self.first_tokens[k] + self.counts[k]:
            return self.pieces[k], token - self.first_tokens[k]
        return token - self.shifts[k], None


def _place(runs: list[tuple[int, int]], pieces: list[str], odd: _OddPieces) -> list[tuple[int, int]]:
    """Text offsets of runs of tokens (their first token's start, their last token's end), in
    text order: each piece's offset is summed on from the piece asked for before."""
    spans = []
    piece = offset = 0
    for run in runs:
        ends = []
        for side, token in enumerate(run):
            at, inner = odd.locate(token)
            offset += sum(map(len, pieces[piece:at])) + at - piece
            piece, text = at, pieces[at]
            ends.append(offset + (side * len(text) if inner is None else list(_TOKENS.finditer(text))[inner].span()[side]))
        spans.append((ends[0], ends[1]))
    return spans


def _widen(text: str, start: int, end: int) -> tuple[int, int]:
    """A zone with the linking marks just before and after it (", اليوم،")."""
    lo = start
    while lo > 0 and (text[lo - 1] in _LINK_PUNCTUATION or text[lo - 1].isspace()):
        lo -= 1
    while lo < start and text[lo].isspace():
        lo += 1
    hi = end
    while hi < len(text) and (text[hi] in _LINK_PUNCTUATION or text[hi].isspace()):
        hi += 1
    while hi > end and text[hi - 1].isspace():
        hi -= 1
    return lo, hi


def _token_code(token: str, codes: dict[str, str]) -> str:
    code = codes.get(token)
    if code is None:
        return "S" if token[0] in _NUMBER_LEADS and _number(token) else "N"
    return code


def _number(token: str) -> bool:
    """A number, maybe behind one or two clitics and the article ("و2024", "ب15", "الـ15"
    folded to "ال15"): a strong date word."""
    for cut in range(3):
        rest = token[cut:]
        if rest[:1] in _DIGITS or rest[:2] == "ال" and rest[2:3] in _DIGITS:
            return True
        if cut == 2 or rest[:1] not in _CLITICS:
            return False
    return False


def need_bits(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, ...], dict[str, int]]:
    """One bit for each need of each rule: the rules with their bits, and for each cue the bits
    of the needs it meets. A zone meets the needs whose bits its cues' bits hold together, so
    a rule may match it only if it holds all the rule's bits: one AND a rule, no set algebra."""
    cue_bits: dict[str, int] = {}
    out, bit = [], 1
    for rule in rules:
        bits = 0
        for need in rule.needs:
            for cue in need:
                cue_bits[cue] = cue_bits.get(cue, 0) | bit
            bits, bit = bits | bit, bit << 1
        out.append(replace(rule, need_bits=bits))
    return tuple(out), cue_bits


@dataclass(frozen=True, slots=True)
class TokenRead:
    """What one token of a zone tells: the bits of the needs its words meet, the words a match
    may begin with at it (only those some rule begins with), and whether it holds a digit."""

    bits: int
    starts: frozenset[str]
    digits: bool


def read_token(token: str, cue_bits: dict[str, int], first_words: frozenset[str] | None) -> TokenRead:
    bits = 0
    for word in _PIECES.findall(token):
        for cut in range(3):
            bits |= cue_bits.get(word[cut:], 0)
    starts = template.start_words(token)
    return TokenRead(bits, starts if first_words is None else starts & first_words, any(map(str.isdigit, token)))


@dataclass(frozen=True)
class Grammar:
    lexicon: dict[str, dict[str, Fragment]]
    digit_classes: frozenset[str]
    rules: tuple[Rule, ...]
    joiner: re.Pattern[str]
    range_joiner: re.Pattern[str]
    future: re.Pattern[str]
    cue_bits: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # see `need_bits`
    first_words: frozenset[str] | None = None  # every word some rule's match may begin with (None: any)
    token_codes: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    piece_codes: dict[str, str] = field(default_factory=dict, compare=False, repr=False)
    token_reads: dict[str, TokenRead] = field(default_factory=dict, compare=False, repr=False)
    zone_memo: dict[str, list[Any]] = field(default_factory=dict, compare=False, repr=False)
    rule_order: dict[str, int] = field(default_factory=dict, compare=False, repr=False)
    _rules_memo: dict[int, tuple[Rule, ...]] = field(default_factory=dict, compare=False, repr=False)
    _token_memo: dict[str, TokenRead] = field(default_factory=dict, compare=False, repr=False)

    def forget(self) -> None:
        """Drop what was remembered of texts seen so far (a benchmark's cold start)."""
        for memo in (self.zone_memo, self._rules_memo, self._token_memo):
            memo.clear()

    def rules_for(self, bits: int) -> tuple[Rule, ...]:
        """The rules, in grammar order, that a zone meeting these needs may match: those that
        need no part it lacks (zones meet few sets of needs, so each set is worked out once)."""
        rules = self._rules_memo.get(bits)
        if rules is None:
            rules = self._rules_memo[bits] = tuple(rule for rule in self.rules if bits & rule.need_bits == rule.need_bits)
        return rules

    def zones(self, text: str) -> list[tuple[int, int]]:
        """Stretches of folded text made only of date words and holding one that can name a
        time (a month, a weekday, أمس, a number …): the only places a rule can match."""
        return find_zones(text, self.piece_codes)

    def read(self, zone: str) -> tuple[int, dict[str, list[int]]]:
        """The needs a zone meets (by its words and the kinds of date number it holds, as
        `need_bits`), and where each word a match may begin with starts: one pass over its
        tokens, each read once (date words and common numbers when the grammar is built,
        other tokens when first seen)."""
        bits = 0
        starts: dict[str, list[int]] = {}
        digits = False
        reads, memo = self.token_reads, self._token_memo
        for m in _TOKENS.finditer(zone):
            token = m.group()
            known = reads.get(token) or memo.get(token)
            if known is None:
                if len(memo) >= _TOKEN_MEMO_LIMIT:  # a long run meets ever more numbers: keep memory bounded
                    memo.clear()
                known = memo[token] = read_token(token, self.cue_bits, self.first_words)
            bits |= known.bits
            digits |= known.digits
            for word in known.starts:
                starts.setdefault(word, []).append(m.start())
        if digits:
            for m in _DATE_NUMBER.finditer(zone):
                bits |= self.cue_bits.get(_SMALL if m.group(1) else _YEAR, 0)
        return bits, starts

    @staticmethod
    def token_starts(zone: str) -> list[int]:
        """Where a match may begin for a rule that may begin with anything: at every token but
        a mark right after a word ("15/")."""
        return [m.start() for m in _TOKENS.finditer(zone)
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


def _class_cues(lexicon: dict[str, dict[str, Fragment]], strong: set[str],
                digits: dict[str, str]) -> dict[str, frozenset[str]]:
    """The cues of which a phrase of a class surely holds one: of each phrase, its strong words,
    else all its words; for a number class, the kind of number."""
    out = {c: frozenset({_NUMBER_CUE[c]}) for c in digits if c in _NUMBER_CUE}
    for cls, table in lexicon.items():
        words = [set(_PIECES.findall(phrase)) for phrase in table]
        if words and all(words):
            out[cls] = frozenset().union(*((held & strong) or held for held in words))
    return out


def _class_firsts(lexicon: dict[str, dict[str, Fragment]], digits: dict[str, str]) -> dict[str, frozenset[str] | None]:
    out: dict[str, frozenset[str] | None] = {cls: template.phrase_firsts(list(table)) for cls, table in lexicon.items()}
    out.update({cls: frozenset({template.NUMBER}) for cls in digits})
    return out


def _compile_rule(spec: dict[str, Any], macros: dict[str, str], alternatives: dict[str, str],
                  words: set[str], class_cues: dict[str, frozenset[str]],
                  class_firsts: dict[str, frozenset[str] | None]) -> Rule:
    source = fold_phrase(_expand_macros(spec["pattern"], macros))
    groups: dict[str, tuple[str, str | None]] = {}

    def placeholder(m: regex.Match[str]) -> str:
        cls, rename = m.group(1), m.group(2)
        if cls not in alternatives:
            raise KeyError(f"rule {spec['name']}: unknown class {cls!r}")
        name = f"g{len(groups)}"
        groups[name] = (cls, rename)
        return f"(?P<{name}>{alternatives[cls]})"

    body = _PLACEHOLDER.sub(placeholder, source.replace(" ", r"\s+").replace(r"\s+?", r"\s*"))
    pattern = re.compile(f"{_WORD_START}(?P<m>{body})(?!\\w)")
    tree = template.parse(source)
    slots = tuple((pattern.groupindex[name] - 1, cls, rename, {}) for name, (cls, rename) in groups.items())
    return Rule(spec["name"], pattern, groups, bool(spec.get("standalone", True)),
                template.needs(tree, class_cues, frozenset(words)), template.firsts(tree, class_firsts), slots)


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
    class_cues = _class_cues(lexicon, strong, spec["digits"])
    class_firsts = _class_firsts(lexicon, spec["digits"])
    weak = {w for table in lexicon.values() for phrase in table for w in _PIECES.findall(phrase)}
    weak |= weak_literals(spec, macros, joiners + range_joiners)
    rules = tuple(_compile_rule(r, macros, alternatives, strong | weak, class_cues, class_firsts)
                  for r in spec["rules"])
    stems = "|".join(regex.escape(fold_phrase(s)) for s in spec["future_verb_stems"])
    future = re.compile(
        rf"(?<!\w)(?:{phrase_alternation([fold_phrase(w) for w in spec['future_markers']])})(?!\w)"
        rf"|(?<!\w)[وف]?س[يتنا](?:{stems})\w*"
    )
    strong_words, weak_words = frozenset(strong), frozenset((weak | _LINK_PUNCTUATION) - strong)
    token_codes = _token_codes(strong_words, weak_words)
    rules, cue_bits = need_bits(rules)
    first_words = None if any(r.firsts is None for r in rules) else frozenset().union(*(r.firsts for r in rules))
    grammar = Grammar(
        lexicon=lexicon,
        cue_bits=cue_bits,
        token_codes=token_codes,
        piece_codes=piece_codes(token_codes),
        token_reads={token: read_token(token, cue_bits, first_words) for token in (*token_codes, *_COMMON_NUMBERS)},
        first_words=first_words,
        rule_order={rule.name: i for i, rule in enumerate(rules)},
        digit_classes=frozenset(digits),
        rules=rules,
        joiner=re.compile(rf"^[\s,،(\-–]*(?:(?:{phrase_alternation(joiners)})[\s,،(]*)?$"),
        range_joiner=re.compile(rf"^\s*(?:من\s+)?(?:{phrase_alternation(range_joiners)})\s*$"),
        future=future,
    )
    tables = {(cls, rename): {phrase: grammar.fragment(cls, phrase, rename) for phrase in lexicon.get(cls, _COMMON_NUMBERS)}
              for cls, rename in {group for rule in rules for group in rule.groups.values()}}
    rules = tuple(replace(rule, slots=tuple((i, cls, rename, tables[cls, rename]) for i, cls, rename, _ in rule.slots))
                  for rule in rules)
    return replace(grammar, rules=rules)


@cache
def default_grammar() -> Grammar:
    """The grammar of the shipped `dates.yaml` (immutable, built on first use)."""
    return compile_grammar(read_yaml("dates.yaml"))
