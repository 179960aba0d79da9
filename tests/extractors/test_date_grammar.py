"""The date grammar's shortcuts: what a rule template needs and begins with, and where zones of
date words lie. Each must only skip work, never change what is found."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import Matcher, default_grammar, find_dates
from extractors.dates import template
from extractors.text import fold

STRONG = frozenset({"امس", "الخميس", "شهر", "يناير"})
CLASS_CUES = {"month": frozenset({"يناير"}), "d12": frozenset({"0"})}
CLASS_FIRSTS = {"month": frozenset({"يناير"}), "d12": frozenset({template.NUMBER}), "weekday": frozenset({"الخميس"})}

NEEDS = [
    ("{month}", [{"يناير"}]),
    ("{d12} {month}", [{"0"}, {"يناير"}]),
    ("(?:{d12} )?{month}", [{"يناير"}]),
    ("(?:شهر|{month})", [{"شهر", "يناير"}]),
    ("(?:شهر|من)", []),              # من is no cue: the alternation needs nothing sure
    ("امس?", []),                    # the quantifier takes the last letter: not a sure word
    ("(?<!اكثر\\x20)امس", [{"امس"}]),
    ("[,،]? ?الخميس", [{"الخميس"}]),
    ("{d12} ?[/.\\-] ?{d12}", [{"0"}, {"/", ".", "-"}, {"0"}]),  # a set of marks: one of them
    ("{d12}:{d12}", [{"0"}, {":"}, {"0"}]),
    ("{d12}\\({month}", [{"0"}, {"("}, {"يناير"}]),
    ("{d12}[0-9a-z]{month}", [{"0"}, {"يناير"}]),  # a range is no sure mark
    ("{d12}\\s{month}", [{"0"}, {"يناير"}]),
]


@pytest.mark.parametrize("source,expected", NEEDS)
def test_what_every_match_of_a_template_holds(source, expected):
    assert [set(n) for n in template.needs(template.parse(source), CLASS_CUES, STRONG)] == expected


FIRSTS = [
    ("{month}", {"يناير"}),
    ("(?:يوم )?{weekday}", {"يوم", "الخميس"}),
    ("(?:من |في )?{d12} {month}", {"من", "في", template.NUMBER}),
    ("(?<!اكثر\\x20)منذ {d12}", {"منذ"}),
    ("[,،]الخميس", None),            # may begin with a comma: anything
    ("(?:يوم )?", None),             # may match nothing
]


@pytest.mark.parametrize("source,expected", FIRSTS)
def test_what_a_match_of_a_template_begins_with(source, expected):
    assert template.firsts(template.parse(source), CLASS_FIRSTS) == (None if expected is None else frozenset(expected))


@pytest.mark.parametrize("source", ["(?:يوم", "يوم)"])
def test_an_unbalanced_template_is_refused(source):
    with pytest.raises(ValueError):
        template.parse(source)


TOKEN_STARTS = [
    ("15/3/2024", [0, 3, 5]),  # not at a mark right after a number
    ("امس ، (الخميس)", [0, 4, 6, 7]),
    ("", []),
]


@pytest.mark.parametrize("zone,expected", TOKEN_STARTS)
def test_where_a_rule_that_may_begin_anywhere_is_tried(zone, expected):
    assert default_grammar().token_starts(zone) == expected


START_WORDS = [
    ("وبالامس", {"وبالامس", "بالامس", "الامس"}),
    ("و2024", {"و", "", template.NUMBER}),
    ("5", {"", template.NUMBER}),
    ("(", {""}),
]


@pytest.mark.parametrize("token,expected", START_WORDS)
def test_the_words_a_match_can_begin_with_at_a_token(token, expected):
    assert template.start_words(token) == frozenset(expected)


_TOKEN = re.compile(r"\w+|[^\w\s]")


def reference_zones(text: str) -> list[tuple[int, int]]:
    """Zones the slow, plain way: token by token."""
    codes = default_grammar().token_codes
    found, start, end, strong = [], -1, -1, False
    for m in _TOKEN.finditer(text):
        token = m.group()
        code = codes.get(token) or ("S" if re.match(r"[وفبلك]{0,2}(?:ال)?[0-9]", token) else "N")
        if code == "N":
            if strong:
                found.append((start, end))
            start, strong = -1, False
            continue
        start = m.start() if start < 0 else start
        end, strong = m.end(), strong or code == "S"
    if strong:
        found.append((start, end))
    return found


ZONES = [
    ("قال امس إنه", ["امس"]),
    ("وصل، مساء امس الاول، الى انقره", ["، مساء امس الاول،"]),
    ("في 15 يناير 2024م قال", ["في 15 يناير 2024م"]),
    ("(الخميس) والجمعه", ["(الخميس) والجمعه"]),
    ("قال الوزير انه سيزور", []),
]


@pytest.mark.parametrize("text,expected", ZONES)
def test_zones_of_date_words(text, expected):
    assert [text[s:e] for s, e in default_grammar().zones(text)] == expected


WORDS = ["امس", "الخميس", "يوم", "في", "من", "قال", "الوزير", "2024", "و15", "ب3", "ال15", "وال3", "الا", "،", "(", ")", "-", "/",
         "يناير", "الماضي", "x_1", "١٢", "شهر", ""]
SEPARATORS = [" ", "  ", "\n", "\t", "\xa0", "\u2009", "", "،", "."]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=14))
def test_zones_are_those_a_token_by_token_scan_finds(pairs):
    text = fold("".join(w + s for w, s in pairs))
    assert default_grammar().zones(text) == reference_zones(text)


def reference_atoms(zone: str) -> list[tuple[int, int, str, dict]]:
    """A zone's matches the slow, plain way: every rule, everywhere."""
    grammar = default_grammar()
    return sorted((m.start("m"), m.end("m"), rule.name, _frame(grammar, rule, m))
                  for rule in grammar.rules for m in rule.pattern.finditer(zone))


def _frame(grammar, rule, m) -> dict:
    frame: dict = {}
    for group, (cls, rename) in rule.groups.items():
        if m.group(group) is not None:
            for key, value in grammar.fragment(cls, m.group(group), rename).items():
                frame.setdefault(key, value)
    return frame


DATE_WORDS = ["امس", "الاول", "الخميس", "يوم", "في", "من", "الى", "و", "يناير", "كانون", "الثاني", "شباط", "/", "-", "،",
              "2024", "15", "3", "و4", "1445", "هـ", "م", "الساعه", "مساء", "الماضي", "ثلاثه", "ايام", "قبل", "منذ"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(DATE_WORDS), st.sampled_from([" ", "/", "، ", " - "])), min_size=1, max_size=8))
def test_a_zone_gives_the_matches_of_every_rule_tried_everywhere(pairs):
    """Words stand apart (a match begins at a word: "الاولمساء" is not taken as الاول + مساء)."""
    zone = fold("".join(w + s for w, s in pairs)).strip()
    found = sorted((a.start, a.end, a.how, a.frame) for a in Matcher(default_grammar()).match_zone(zone))
    assert found == reference_atoms(zone)


def test_a_cold_matcher_finds_what_a_warm_one_does():
    text = "وصل الوزير مساء أمس الأول، والتقى يوم 15 يناير 2024 نظيره"
    warm = find_dates(text, None)
    assert find_dates(text, None, matcher=Matcher(default_grammar())) == warm


def test_a_full_memo_of_zones_is_emptied_without_losing_the_zones_of_the_text_at_hand():
    text = "وصل امس، وغادر اليوم الخميس 15 شباط 2018"
    expected = find_dates(text, None)
    matcher = Matcher(default_grammar(), zone_limit=1)
    find_dates("عاد امس، ثم", None, matcher=matcher)
    assert list(matcher.zones) == ["امس،"]  # a zone of the text
    assert find_dates(text, None, matcher=matcher) == expected


def test_full_memos_of_tokens_are_emptied_without_changing_what_is_found():
    text = "وصل قبل 150 يوما، وغادر منذ 365 يوما في 15/3/2024"  # 150 and 365: not in the grammar's table
    expected = find_dates(text, None)
    matcher = Matcher(default_grammar(), zone_limit=1, token_limit=1)
    assert find_dates(text, None, matcher=matcher) == expected
    assert list(matcher.tokens) == ["365"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.lists(st.sampled_from(DATE_WORDS), min_size=1, max_size=6).map(" ".join), min_size=1, max_size=6),
       st.integers(1, 3), st.integers(1, 3))
def test_a_matcher_of_any_limits_finds_what_a_cold_one_finds(texts, zone_limit, token_limit):
    """Texts one after another through one matcher whose tables are emptied often, against a
    fresh matcher for each text."""
    matcher = Matcher(default_grammar(), zone_limit=zone_limit, token_limit=token_limit)
    for text in texts:
        assert find_dates(text, None, matcher=matcher) == find_dates(text, None, matcher=Matcher(default_grammar()))
