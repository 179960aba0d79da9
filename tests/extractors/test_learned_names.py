"""The learned name recogniser: its word features, and the names it proposes where no rule took."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.actors import ActorMention, ActorReading, PlaceMention

from extractors.learned_names import (
    Settings, cue_before, default_cues, default_tagger, extend_name, is_fragment, join_adjacent, name_start,
    propose_names, split_sequences, split_tokens, strip_clitics, tag_spans, with_learned_names, word_features,
    word_shape,
)
from extractors.text import Normalized, fold


def words_of(text: str) -> list[str]:
    folded = Normalized(text).text
    return [folded[s:e] for s, e in split_tokens(folded)]


@pytest.mark.parametrize("word, expected", [
    ("والمدير", ("وال", "مدير", "")),
    ("بالقاهره", ("بال", "قاهره", "")),
    ("للشركه", ("لل", "شركه", "")),
    ("وقال", ("و", "قال", "")),
    ("كتابهم", ("", "كتابهم", "هم")),
    ("مدينه", ("", "مدينه", "")),  # a folded ة, not a pronoun
    ("له", ("", "له", "")),  # too short to hold a clitic
    ("سامر", ("", "سامر", "")),
])
def test_strip_clitics(word: str, expected: tuple[str, str, str]) -> None:
    assert strip_clitics(word) == expected


@pytest.mark.parametrize("word, expected", [
    ("سامر", "arabic"), ("Reuters", "latin"), ("2015", "digit"), ("،", "punct"), ("G20", "latin"), ("قمةG", "mixed"),
])
def test_word_shape(word: str, expected: str) -> None:
    assert word_shape(word) == expected


@pytest.mark.parametrize("text, at, expected", [
    ("قال وزير الخارجية سامر", 3, "title"),
    ("استقبل الشيخ سامر", 2, "honorific"),
    ("وقال سامر", 1, "speech"),
    ("قال سامر", 1, "speech"),
    ("رأى سامر", 1, None),
    ("سامر", 0, None),
])
def test_cue_before(text: str, at: int, expected: str | None) -> None:
    assert cue_before(words_of(text), at, default_cues()) == expected


def test_word_features_of_a_name_after_a_title() -> None:
    cues = replace(default_cues(), vocabulary=frozenset({"وزير", "الخارجيه", "قال"}))
    rows = word_features(words_of("وزير الخارجية ومحمد قال"), cues)
    assert rows[2] == ["w=<rare>", "stem=<rare>", "pre=و", "suf=", "end2=مد", "shape=arabic", "len=4", "given",
                       "w-2=وزير", "w-1=الخارجيه", "w+1=قال", "w+2=<s>", "given-1=False", "cue=title"]


@pytest.mark.parametrize("text, expected", [
    ("قال سامر. وأضاف", [["قال", "سامر", "."], ["واضاف"]]),
    ("سطر أول\nسطر ثان", [["سطر", "اول"], ["سطر", "ثان"]]),
    ("", []),
])
def test_split_sequences(text: str, expected: list[list[str]]) -> None:
    folded = Normalized(text).text
    tokens = split_tokens(folded)
    assert [[folded[slice(*tokens[i])] for i in seq] for seq in split_sequences(folded, tokens)] == expected


class FixedTagger:
    """A stand-in for the CRF: each word's label and confidence come from a table."""

    def __init__(self, table: dict[str, tuple[str, float]]):
        self.table = table
        self.last: list[tuple[str, float]] = []

    def tag(self, rows: list[list[str]]) -> list[str]:
        self.last = [self.table.get(row[0][2:], ("O", 1.0)) for row in rows]
        return [label for label, _ in self.last]

    def marginal(self, label: str, pos: int) -> float:
        return self.last[pos][1]


TABLE = {
    "سامر": ("B-PER", 0.95), "الخطيب": ("I-PER", 0.9), "والبراء": ("B-PER", 0.9), "العلي": ("I-PER", 0.9),
    "وليد": ("B-PER", 0.9), "نادر": ("B-PER", 0.4), "شركه": ("B-ORG", 0.9), "النور": ("I-ORG", 0.9),
}
ONLY_PEOPLE = Settings(threshold=0.6, kinds=frozenset({"PER"}))


CUES = replace(default_cues(), vocabulary=frozenset(TABLE))  # the stand-in tags the words it sees


def proposed(text: str, taken: tuple[ActorMention, ...] = (), options: Settings = ONLY_PEOPLE) -> list[tuple[str, str]]:
    learned = propose_names(text, taken, options, FixedTagger(TABLE), CUES)
    return [(m.text, m.actor_id) for m in learned.mentions]


@pytest.mark.parametrize("text, expected", [
    ("وقال سامر الخطيب إن", [("سامر الخطيب", "x:سامر_الخطيب")]),
    ("وأضاف والبراء العلي", [("البراء العلي", "x:البراء_العلي")]),  # the glued و is set aside
    ("وقال وليد", [("وليد", "x:وليد")]),  # a given name that begins with و keeps it
    ("وقال نادر", []),  # not sure enough
    ("وقالت شركة النور", []),  # a body, not proposed under these settings
    ("سامر الخطيب ثم الخطيب", [("سامر الخطيب", "x:سامر_الخطيب"), ("الخطيب", "x:سامر_الخطيب")]),  # the surname again
    ("قال سامر الخطيب، وقال سامر", [("سامر الخطيب", "x:سامر_الخطيب"), ("سامر", "x:سامر")]),
    ("وزار مستشفى الشيخ سامر الخطيب", []),  # what a hospital is named after is no one in the news
    ("وقالت جامعة سامر الخطيب", []),
])
def test_propose_names(text: str, expected: list[tuple[str, str]]) -> None:
    assert proposed(text) == expected


@pytest.mark.parametrize("span, expected", [
    ("سامر الخطيب", "سامر الخطيب"),
    ("والبراء العلي", "البراء العلي"),
    ("بسامر", "بسامر"),  # not a given name after the ب: kept whole
    ("لمحمد العلي", "محمد العلي"),
    ("وليد العلي", "وليد العلي"),
    ("الشيخ سامر الخطيب", "سامر الخطيب"),  # an honorific the span took
    ("وزير الخارجية سامر", "سامر"),  # a title the span took
    ("وزير الخارجية  الشيخ سامر", "سامر"),  # a title and an honorific, two spaces between
    ("الشيخ", "الشيخ"),  # nothing after it: no name to start
])
def test_name_start(span: str, expected: str) -> None:
    folded = Normalized(span).text
    assert folded[name_start(folded, 0, len(folded), default_cues()):] == Normalized(expected).text


@pytest.mark.parametrize("text, span, expected", [
    ("قال سامر الخطيب إن", "سامر الخطيب", False),
    ("قال محمد بن سامر", "محمد", True),  # the name runs on past بن
    ("قال عبد الكريم", "الكريم", True),
    ("قال سامر الخطيب إن", "سامر", True),  # a rule took الخطيب
])
def test_is_fragment(text: str, span: str, expected: bool) -> None:
    taken = bytearray(len(text))
    if "الخطيب" in text and span == "سامر":
        at = text.index("الخطيب")
        taken[at:at + len("الخطيب")] = b"\x01" * len("الخطيب")
    start = text.index(span)
    assert is_fragment(text, start, start + len(span), taken, default_cues()) is expected


def test_a_body_when_bodies_are_proposed() -> None:
    options = Settings(threshold=0.6, kinds=frozenset({"PER", "ORG"}))
    learned = propose_names("وقالت شركة النور", (), options, FixedTagger(TABLE), CUES)
    assert [(m.text, a.kind) for m, a in zip(learned.mentions, learned.actors)] == [("شركة النور", "organisation")]


def test_a_span_a_rule_took_is_not_proposed() -> None:
    text = "قال سامر الخطيب"
    rule = ActorMention(start=4, end=15, text="سامر الخطيب", actor_id="samer", how="alias")
    assert proposed(text, (rule,)) == []


def test_a_surname_alone_is_the_stranger_a_title_introduced() -> None:
    text = "المحافظ سامي الخطيب قال، ثم قال الخطيب"
    introduced = ActorMention(start=0, end=19, text="المحافظ سامي الخطيب", actor_id="x:سامي_الخطيب", how="introduced")
    table = {**TABLE, "الخطيب": ("B-PER", 0.9)}
    learned = propose_names(text, (introduced,), ONLY_PEOPLE, FixedTagger(table), CUES)
    assert [(m.text, m.actor_id) for m in learned.mentions] == [("الخطيب", "x:سامي_الخطيب")]
    assert learned.actors == ()


def test_with_learned_names_leaves_places_alone() -> None:
    text = "وصل سامر"
    place = PlaceMention(start=4, end=8, text="سامر", place_id="samer_town")
    reading = ActorReading(mentions=(), places=(place,), introduced=())
    assert with_learned_names(text, reading) == reading


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ًُ.،\n؟0aZ", max_size=300))
def test_never_crashes(text: str) -> None:
    learned = propose_names(text, ())
    assert all(0 <= m.start < m.end <= len(text) and m.text == text[m.start:m.end] for m in learned.mentions)


@pytest.mark.parametrize("spans, expected", [
    ([(0, 4, "PER", 0.9), (5, 11, "PER", 0.7)], [(0, 11, "PER", 0.7)]),
    ([(0, 4, "PER", 0.9), (5, 11, "ORG", 0.7)], [(0, 4, "PER", 0.9), (5, 11, "ORG", 0.7)]),
    ([(0, 4, "PER", 0.9)], [(0, 4, "PER", 0.9)]),
])
def test_join_adjacent(spans: list, expected: list) -> None:
    assert join_adjacent("سامر الخطيب، قال", spans) == expected


@pytest.mark.parametrize("text, span, expected", [
    ("قال إبراهيم الهنيدي إن", "الهنيدي", "ابراهيم الهنيدي"),  # a given name before
    ("قال صالح الحازمي إن", "صالح", "صالح الحازمي"),  # a rare word with ال after
    ("قال صالح الجديد إن", "صالح", "صالح"),  # a frequent word after
    ("قال سامر إن", "سامر", "سامر"),
    ("وتمكن سامر على سيارة", "سامر", "سامر"),  # على folds to the given name علي
])
def test_extend_name(text: str, span: str, expected: str) -> None:
    cues = replace(default_cues(), vocabulary=frozenset({"قال", "ان", "الجديد"}))
    folded = Normalized(text).text
    start = folded.index(Normalized(span).text)
    s, e = extend_name(folded, start, start + len(Normalized(span).text), cues)
    assert folded[s:e] == expected


def test_threads_tagging_at_once_tag_as_one_thread_does() -> None:
    """Each thread has its own tagger: one shared tagger mixes up the sequences of two threads."""
    names = ["وليد القباني", "وليد الحوراني", "زكريا الحوراني", "هشام الخطيب"]
    texts = [" ".join(f"وقال {names[(k + i) % 4]} أن الوضع في المدينة هادئ." for i in range(1 + k % 5))
             for k in range(40)]
    cues = default_cues()
    alone = [tag_spans(fold(t), default_tagger(), cues) for t in texts]
    assert all(alone)  # the model tags names in each, so the marginals of a sequence are read after tagging it
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible, between any two calls into the tagger
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(lambda t: tag_spans(fold(t), default_tagger(), cues), texts * 5))
    finally:
        sys.setswitchinterval(interval)
    assert together == alone * 5
