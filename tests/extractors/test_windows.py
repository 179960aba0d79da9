"""The readers that look only near an offset answer what a read of the whole text answers."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.events.context import words_after, words_before
from extractors.names import last_word
from extractors.spans import Spans
from extractors.text import fold

# Long runs of spaces and marks make the first stretch read fall short.
TEXT = st.lists(st.sampled_from(["ا", "ب", "تث", "َ", "ـ", " ", "\n", "،", ".", "\u200c", " " * 150, "ـ" * 140]),
                max_size=80).map("".join)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data())
def test_last_word_is_the_last_word_of_all_the_text_before(text, data):
    end = data.draw(st.integers(0, len(text)))
    whole = regex.search(r"(\w+)\W*$", text[:end])
    near = last_word(text, end)
    assert (near and (near.start(), near.group(1))) == (whole and (whole.start(), whole.group(1)))


@settings(max_examples=300, deadline=None)
@given(TEXT, st.data(), st.integers(1, 8))
def test_words_beside_an_offset_are_those_of_the_whole_stretch(text, data, n):
    low = data.draw(st.integers(0, len(text)))
    high = data.draw(st.integers(low, len(text)))
    assert words_before(text, high, low, n) == " ".join(fold(text[low:high]).split()[-n:])
    assert words_after(text, low, high, n) == " ".join(fold(text[low:high]).split()[:n])


@given(st.lists(st.tuples(st.integers(0, 50), st.integers(0, 20)).map(lambda p: (p[0], p[0] + p[1]))),
       st.integers(-1, 75))
def test_spans_cover_what_some_span_holds(spans, offset):
    assert Spans(spans).cover(offset) == any(s <= offset < e for s, e in spans)


@pytest.mark.parametrize("spans,offset,covered", [
    ([(0, 10), (2, 3)], 5, True),  # inside the outer span, past the inner one
    ([(0, 3), (5, 8)], 4, False),
    ([(5, 8)], 8, False),
    ([], 0, False),
])
def test_spans_rows(spans, offset, covered):
    assert Spans(spans).cover(offset) is covered
