"""Sentence splitting: where a sentence ends."""

import pytest
from hypothesis import given, strategies as st

from extractors.sentences import split_sentences

ROWS = [
    ("زار الوزير المدينة. ثم غادر.", ["زار الوزير المدينة.", "ثم غادر."]),
    ("وزار د. سالم المصنع أمس. وعاد مساء.", ["وزار د. سالم المصنع أمس.", "وعاد مساء."]),
    ("افتتح م. فهد الطريق.", ["افتتح م. فهد الطريق."]),
    ("بدأ المشروع عام 2015 م. وانتهى بعد عامين.", ["بدأ المشروع عام 2015 م.", "وانتهى بعد عامين."]),
    ("هل وصل الوفد؟ نعم وصل", ["هل وصل الوفد؟", "نعم وصل"]),
    ("سطر أول\nسطر ثان", ["سطر أول", "سطر ثان"]),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_sentences_end_where_expected(text, expected):
    assert [s.text for s in split_sentences(text)] == expected


@given(st.text(alphabet="دمس .؟\n«»2015", max_size=60))
def test_sentences_are_slices_of_the_text(text):
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
