"""Arabic text normalisation that keeps a map back to the original offsets.

Every matcher in `extractors` runs on normalised text (one spelling per letter, Western
digits, no diacritics) and reports spans in the caller's original text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Iterable

import regex

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
        "ـ": None,
        "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "٫": ".", "٬": ",",
    }
)
_DIACRITICS = regex.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u200c-\u200f\u202a-\u202e]")


def fold(text: str) -> str:
    """Normalise a phrase the same way `Normalized` does, without the offset map."""
    return _DIACRITICS.sub("", text).translate(_FOLD).lower()


def fold_phrase(text: str) -> str:
    """Fold a lexicon phrase and collapse its inner whitespace to single spaces."""
    return " ".join(fold(text).split())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex alternation of folded phrases, longest first, inner spaces matching any whitespace."""
    alts = sorted(set(phrases), key=len, reverse=True)
    return "|".join(r"\s+".join(regex.escape(w) for w in p.split(" ")) for p in alts)


@dataclass(frozen=True)
class Normalized:
    """A folded copy of `original` with `index[i]` = original offset of folded char i."""

    original: str

    @cached_property
    def _folded(self) -> tuple[str, tuple[int, ...]]:
        chars: list[str] = []
        index: list[int] = []
        for i, ch in enumerate(self.original):
            if _DIACRITICS.match(ch):
                continue
            out = ch.translate(_FOLD).lower()
            for c in out:
                chars.append(c)
                index.append(i)
        return "".join(chars), tuple(index)

    @property
    def text(self) -> str:
        return self._folded[0]

    @property
    def index(self) -> tuple[int, ...]:
        return self._folded[1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) back to the original text."""
        index = self.index
        if start >= len(index):
            return len(self.original), len(self.original)
        if end <= start:
            return index[start], index[start]
        stop = index[end - 1] + 1
        while stop < len(self.original) and _DIACRITICS.match(self.original[stop]):
            stop += 1
        return index[start], stop
