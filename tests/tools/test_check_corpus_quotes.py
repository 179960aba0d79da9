"""tools/check_corpus_quotes.py: runs of words never cross a line or a CSV field."""

from __future__ import annotations

import pytest

from tools.check_corpus_quotes import runs


@pytest.mark.parametrize("text, n, expected", [
    ("وصل الوزير إلى عمان أمس", 3, ["وصل الوزير الي", "الوزير الي عمان", "الي عمان امس"]),
    ("وصل الوزير\nإلى عمان", 3, []),
    ("وصل,الوزير,إلى", 2, []),
    ("قال: «وصلنا» (أمس)", 3, ["قال وصلنا امس"]),
])
def test_runs_of_folded_words(text, n, expected):
    assert [r for _, r in runs(text, n)] == expected
