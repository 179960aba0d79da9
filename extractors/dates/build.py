"""Compile the date vocabulary and rule templates of `data/dates.yaml` into a `Grammar`, once."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

import regex

from extractors.once import built_once
from extractors.data_files import read_yaml
from extractors.dates import template
from extractors.dates.grammar import PIECES, SMALL, YEAR, Fragment, Grammar, Rule, cues_of_token
from extractors.dates.zones import COMMON_NUMBERS, LINK_PUNCTUATION, piece_codes, token_codes
from extractors.text import fold_phrase, phrase_alternation

Lexicon = dict[str, dict[str, Fragment]]
_NUMBER_CUE = {"d12": SMALL, "d2": SMALL, "year4": YEAR, "oldyear4": YEAR, "hyear4": YEAR}
_PLACEHOLDER = regex.compile(r"\{(\w+)(?:>(\w+))?\}")
_WORD_START = r"(?<!\w)(?:[وف])?(?:[بلك](?=ال|\d){glued})?"
_ARABIC = re.compile(r"[\u0621-\u064a]")


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


def _number_words(table: dict[Any, list[str]]) -> dict[int, list[str]]:
    return {int(k): [fold_phrase(w) for w in v] for k, v in table.items()}


def _cardinals(spec: dict[str, Any]) -> dict[str, int]:
    """Cardinal number words 1-99 from units, teens and tens."""
    units, tens = _number_words(spec["cardinal_units"]), _number_words(spec["cardinal_tens"])
    ten = [fold_phrase(w) for w in spec["cardinal_ten"]]
    cardinal: dict[str, int] = {w: n for n, ws in units.items() for w in ws}
    cardinal.update({w: 10 for w in ten})
    cardinal.update({w: n for n, ws in _number_words(spec.get("cardinal_extra", {})).items() for w in ws})
    cardinal.update({w: n for n, ws in tens.items() for w in ws})
    for u, uws in units.items():
        for uw in uws:
            cardinal.update({f"{uw} {t}": 10 + u for t in ten})
            for tn, tws in tens.items():
                cardinal.update({f"{uw} و{tw}": tn + u for tw in tws})
                cardinal.update({f"{uw} و {tw}": tn + u for tw in tws})
    return cardinal


def _ordinals(spec: dict[str, Any]) -> dict[str, int]:
    """Ordinal number words 1-99 from units, teens and tens."""
    ten = [fold_phrase(w) for w in spec["cardinal_ten"]]
    units, tens = _number_words(spec["ordinal_units"]), _number_words(spec["ordinal_tens"])
    teen_units = {**units, **_number_words(spec["ordinal_teen_units"])}
    ordinal: dict[str, int] = {w: n for n, ws in units.items() for w in ws}
    ordinal.update({w: 10 for w in (fold_phrase(x) for x in spec["ordinal_ten"])})
    ordinal.update({w: n for n, ws in tens.items() for w in ws})
    compound_units = {**units, **_number_words(spec["ordinal_compound_units"])}
    for u, uws in teen_units.items():
        for uw in uws:
            ordinal.update({f"{uw} {t}": 10 + u for t in ten})
    for u, uws in compound_units.items():
        for uw in uws:
            for tn, tws in tens.items():
                ordinal.update({f"{uw} و{tw}": tn + u for tw in tws})
                ordinal.update({f"{uw} و {tw}": tn + u for tw in tws})
    return ordinal


def _compose_numbers(spec: dict[str, Any]) -> Lexicon:
    """The classes of number words, composed from units, teens and tens."""
    cardinal, ordinal = _cardinals(spec), _ordinals(spec)
    return {
        "cardinal": {w: {"n": n} for w, n in cardinal.items()},
        "cardinal_definite": {f"ال{w}": {"n": n} for w, n in cardinal.items() if n >= 3 and " " not in w},
        "ordinal": {w: {"n": n} for w, n in ordinal.items()},
    }


def _lexicon(spec: dict[str, dict[str, Any]]) -> Lexicon:
    """Each class: folded phrase -> the fields (everything but `words`) of its entry; a class's
    `clitics` written onto its Arabic phrases give variants with the same fields ("لفبراير")."""
    out: Lexicon = {}
    for cls, body in spec.items():
        table: dict[str, Fragment] = {}
        clitics = [fold_phrase(c) for c in body.get("clitics", [])]
        for entry in body["phrases"]:
            fields = {k: v for k, v in entry.items() if k != "words"}
            for word in map(fold_phrase, map(str, entry["words"])):
                table.setdefault(word, fields)
                for clitic in clitics if _ARABIC.match(word) else ():
                    table.setdefault(clitic + word, fields)
        out[cls] = table
    return out


def strong_classes(spec: dict[str, dict[str, Any]]) -> list[str]:
    """The lexicon classes whose words can name a time by themselves (with digits); the others
    only qualify. Every class must say which it is: a class left out would never be tried."""
    missing = [cls for cls, body in spec.items() if not isinstance(body.get("strong"), bool)]
    if missing:
        raise ValueError(f"dates.yaml: lexicon classes without `strong: true|false`: {missing}")
    return [cls for cls, body in spec.items() if body["strong"]]


def _strong_words(spec: dict[str, Any], lexicon: Lexicon) -> set[str]:
    strong = {w for cls in strong_classes(spec["lexicon"]) for phrase in lexicon[cls] for w in PIECES.findall(phrase)}
    strong |= {fold_phrase(w) for w in spec.get("strong_literals", [])}
    return strong - {fold_phrase(w) for w in spec.get("function_words", [])}


def _expand_macros(source: str, macros: dict[str, str]) -> str:
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
        expanded = _PLACEHOLDER.sub(inline, source)
        if expanded == source:
            return expanded
        source = expanded
    raise ValueError(f"macro recursion in {source!r}")


def _class_cues(lexicon: Lexicon, strong: set[str], digits: dict[str, str]) -> dict[str, frozenset[str]]:
    """The cues of which a phrase of a class surely holds one: of each phrase, its strong words,
    else all its words; for a number class, the kind of number."""
    out = {c: frozenset({_NUMBER_CUE[c]}) for c in digits if c in _NUMBER_CUE}
    for cls, table in lexicon.items():
        words = [set(PIECES.findall(phrase)) for phrase in table]
        if words and all(words):
            out[cls] = frozenset().union(*((held & strong) or held for held in words))
    return out


def _class_firsts(lexicon: Lexicon, digits: dict[str, str]) -> dict[str, frozenset[str] | None]:
    out: dict[str, frozenset[str] | None] = {cls: template.phrase_firsts(list(table)) for cls, table in lexicon.items()}
    out.update({cls: frozenset({template.NUMBER}) for cls in digits})
    return out


def _compile_rule(spec: dict[str, Any], macros: dict[str, str], alternatives: dict[str, str],
                  words: set[str], class_cues: dict[str, frozenset[str]],
                  class_firsts: dict[str, frozenset[str] | None], word_start: str) -> Rule:
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
    pattern = re.compile(f"{word_start}(?P<m>{body})(?!\\w)")
    tree = template.parse(source)
    slots = tuple((pattern.groupindex[name] - 1, cls, rename, {}) for name, (cls, rename) in groups.items())
    return Rule(spec["name"], pattern, groups, bool(spec.get("standalone", True)),
                template.needs(tree, class_cues, frozenset(words)), template.firsts(tree, class_firsts), slots)


def _compile_rules(spec: dict[str, Any], lexicon: Lexicon, macros: dict[str, str],
                   strong: set[str], words: set[str]) -> tuple[Rule, ...]:
    alternatives = {cls: phrase_alternation(list(table)) for cls, table in lexicon.items()}
    alternatives.update({cls: f"(?:{rx})" for cls, rx in spec["digits"].items()})
    class_cues = _class_cues(lexicon, strong, spec["digits"])
    class_firsts = _class_firsts(lexicon, spec["digits"])
    nouns = spec.get("glued_preposition_nouns")
    glued = rf"|[بل](?=(?:{_word_list(nouns)})(?!\w))" if nouns else ""
    word_start = _WORD_START.format(glued=glued)
    return tuple(_compile_rule(r, macros, alternatives, words, class_cues, class_firsts, word_start) for r in spec["rules"])


def weak_literals(spec: dict[str, Any], macros: dict[str, str], joiners: list[str]) -> set[str]:
    """Words written into the rule templates and joiners (من، في، عام، الساعة …)."""
    words = {w for j in joiners for w in PIECES.findall(j)}
    for rule in spec["rules"]:
        words.update(PIECES.findall(_PLACEHOLDER.sub(" ", fold_phrase(_expand_macros(rule["pattern"], macros)))))
    return words


def _future(spec: dict[str, Any]) -> re.Pattern[str]:
    """A future marker: a word (سوف، من المقرر …) or سـ + a verb of the listed stems."""
    stems = "|".join(regex.escape(fold_phrase(s)) for s in spec["future_verb_stems"])
    return re.compile(
        rf"(?<!\w)(?:{phrase_alternation([fold_phrase(w) for w in spec['future_markers']])})(?!\w)"
        rf"|(?<!\w)[وف]?س[يتنا](?:{stems})\w*"
    )


def _word_list(words: list[str]) -> str:
    return phrase_alternation([fold_phrase(str(w)) for w in words])


def context_words(rule: Rule, spec: dict[str, Any], rule_spec: dict[str, Any]) -> Rule:
    """The rule with its `not_before` / `not_after` / `only_after` lists (named in dates.yaml)
    compiled: the words that, right after a match (maybe after a second number or a bracket,
    "2000 - 3000 جندي", "(1982) حبة") or right before it ("نحو 2000", "عدد (1982)"), make it
    no date, and those that must stand right before it for it to be one."""
    after, before, only = (_listed(spec, rule_spec.get(key)) for key in ("not_before", "not_after", "only_after"))
    return replace(
        rule,
        not_before=re.compile(rf"\s*(?:[-–و]\s*\d+\s*)?\)?\s*(?:{_word_list(after)})(?!\w)") if after else None,
        not_after=_words_before(before) if before else None,
        only_after=_words_before(only) if only else None,
    )


def _listed(spec: dict[str, Any], names: str | list[str] | None) -> list[str]:
    """The words of the word list a rule names, or of each list it names."""
    return [word for name in ([names] if isinstance(names, str) else names or []) for word in spec[name]]


def _words_before(words: list[str]) -> re.Pattern[str]:
    """One of `words` (maybe behind و، ف or ب, and before a bracket) ending where it is searched."""
    return re.compile(rf"(?<!\w)[وفب]?(?:{_word_list(words)})\s*\(?\s*$")


def _names(words: list[str]) -> re.Pattern[str]:
    """The names that hold a date word ("عين اليوم"), maybe behind clitics; none matches nothing."""
    if not words:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<!\w)[وفبلك]{{0,2}}(?:{_word_list(words)})(?!\w)")


def _phrases(words: list[str]) -> re.Pattern[str]:
    """Any of `words` as whole words; none matches nothing."""
    return re.compile(rf"(?<!\w)(?:{_word_list(words)})(?!\w)") if words else re.compile(r"(?!)")


_LEAD_DATELINE_CHARS = 40


def _planned_lead(spec: dict[str, Any]) -> re.Pattern[str]:
    """A story that opens with an imperfect verb of a planned act ("يزور الرئيس ... الخميس",
    "سبق- أبها: يفتتح ..."): its lead tells what is to come. After at most a short dateline
    ending in a colon or on a line of its own ("أبها - كاتب الخبر"); not a perfect verb of the
    same shape ("تلقى")."""
    verbs = spec["future_verb_stems"] + spec.get("planned_lead_verb_stems", [])
    stems = "|".join(regex.escape(fold_phrase(s)) for s in verbs)
    perfect = _word_list(spec["perfect_lookalikes"])
    return re.compile(rf"\W*(?:[^:\n]{{0,{_LEAD_DATELINE_CHARS}}}[:\n]\s*)?[وف]?(?!(?:{perfect})(?!\w))[يت](?:{stems})\w*")


def _with_fragments(grammar: Grammar) -> tuple[Rule, ...]:
    """The rules with, in each slot, the fragments of every phrase (or common number) it may capture."""
    tables = {(cls, rename): {phrase: grammar.fragment(cls, phrase, rename)
                              for phrase in grammar.lexicon.get(cls, COMMON_NUMBERS)}
              for cls, rename in {group for rule in grammar.rules for group in rule.groups.values()}}
    return tuple(replace(rule, slots=tuple((i, cls, rename, tables[cls, rename]) for i, cls, rename, _ in rule.slots))
                 for rule in grammar.rules)


def compile_grammar(spec: dict[str, Any]) -> Grammar:
    """Build the lexicon tables and the rule regexes from a parsed dates.yaml."""
    lexicon = _lexicon(spec["lexicon"]) | _compose_numbers(spec["numbers"])
    macros = dict(spec["macros"])
    joiners = [fold_phrase(j) for j in spec["joiners"]]
    range_joiners = [fold_phrase(j) for j in spec["range_joiners"]]
    strong = _strong_words(spec, lexicon)
    weak = {w for table in lexicon.values() for phrase in table for w in PIECES.findall(phrase)}
    weak |= weak_literals(spec, macros, joiners + range_joiners)
    compiled = _compile_rules(spec, lexicon, macros, strong, strong | weak)
    rules, cue_bits = need_bits(tuple(context_words(r, spec, s) for r, s in zip(compiled, spec["rules"])))
    first_words = None if any(r.firsts is None for r in rules) else frozenset().union(*(r.firsts for r in rules))
    codes = token_codes(frozenset(strong), frozenset((weak | LINK_PUNCTUATION) - strong))
    grammar = Grammar(
        lexicon=lexicon,
        digit_classes=frozenset(spec["digits"]),
        rules=rules,
        joiner=re.compile(rf"^[\s,،(\-–]*(?:(?:{phrase_alternation(joiners)})[\s,،(]*)?$"),
        range_joiner=re.compile(rf"^\s*(?:من\s+)?(?:{phrase_alternation(range_joiners)})\s*$"),
        future=_future(spec),
        ahead_days=int(spec["holiday_ahead_days"]),
        planned_lead=_planned_lead(spec),
        cue_bits=cue_bits,
        first_words=first_words,
        token_codes=codes,
        piece_codes=piece_codes(codes),
        token_cues={token: cues_of_token(token, cue_bits, first_words) for token in (*codes, *COMMON_NUMBERS)},
        rule_order={rule.name: i for i, rule in enumerate(rules)},
        not_dates=_names(spec.get("not_dates", [])),
        not_date_reach=max(map(len, spec.get("not_dates", [])), default=0),
        famous_days={(f["day"], f["month"]): f["year"] for f in lexicon.get("historic_day", {}).values()},
        famous_lead=_names(list(lexicon.get("historic_lead", ()))),
        this_day=_phrases(spec.get("this_day_headings", [])),
        near_lead=re.compile(rf"(?<!\w)[وف]?(?:{_word_list(spec['near_leads'])})\s+$"),
    )
    return replace(grammar, rules=_with_fragments(grammar))


@built_once
def default_grammar() -> Grammar:
    """The grammar of the shipped `dates.yaml` (immutable, built on first use)."""
    return compile_grammar(read_yaml("dates.yaml"))
