"""Arabic text normalisation that keeps a map back to the original offsets.

Every matcher in `extractors` runs on normalised text (one spelling per letter, Western
digits, no diacritics) and reports spans in the caller's original text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from typing import Iterable, Sequence

import re

import regex

_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ى": "ي", "ئ": "ي", "ؤ": "و", "ة": "ه",
        "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
        **{chr(0x0660 + i): str(i) for i in range(10)},
        **{chr(0x06F0 + i): str(i) for i in range(10)},
        "٫": ".", "٬": ",",
    }
)
# Marks that folding drops: diacritics, tatweel, directional and zero-width marks.
_DIACRITICS = re.compile(r"[\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200c-\u200f\u202a-\u202e]")


_REPLACEMENTS = tuple((chr(k), v) for k, v in _FOLD.items())


def _translate(text: str) -> str:
    """`text.translate(_FOLD)`, done as a few C-speed replaces (str.translate with a dict
    table walks every character through Python-level lookups and is ~30x slower)."""
    for old, new in _REPLACEMENTS:
        if old in text:
            text = text.replace(old, new)
    return text


def fold(text: str) -> str:
    """Normalise a phrase the same way `Normalized` does, without the offset map."""
    return _lower(_translate(_DIACRITICS.sub("", text)))


def _lower(text: str) -> str:
    """Lower case without changing the length (a few letters, like İ, would grow)."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def fold_phrase(text: str) -> str:
    """Fold a lexicon phrase and collapse its inner whitespace to single spaces."""
    return " ".join(fold(text).split())


def phrase_alternation(phrases: Iterable[str]) -> str:
    """A regex matching any of the folded phrases, longest first; an inner space matches any
    whitespace. Built as a character trie, so a list of thousands of phrases costs one
    character test per position instead of one attempt per phrase."""
    trie: dict[str, dict] = {}
    for phrase in set(phrases):
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _trie_regex(node: dict[str, dict]) -> str:
    branches = [(r"\s+" if ch == " " else regex.escape(ch)) + _trie_regex(child)
                for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


class _Offsets(Sequence[int]):
    """The original offset of each folded character, worked out from where characters were
    dropped (most texts drop none or a few, so no list as long as the text is built)."""

    def __init__(self, length: int, dropped: list[int]):
        self._length = length
        self._shifts = [at - k for k, at in enumerate(dropped)]  # folded offset of each drop
        self.dropped = frozenset(dropped)  # original offsets of the dropped characters

    def at(self, i: int) -> int:
        """`self[i]` for 0 <= i < len(self), without the checks."""
        return i + bisect_right(self._shifts, i) if self._shifts else i

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(self._length))]
        if i < 0:
            i += self._length
        if not 0 <= i < self._length:
            raise IndexError(i)
        return self.at(i)


@dataclass(frozen=True)
class Normalized:
    """A folded copy of `original` with `index[i]` = original offset of folded char i."""

    original: str

    @cached_property
    def _folded(self) -> tuple[str, Sequence[int]]:
        original = self.original
        dropped = [m.start() for m in _DIACRITICS.finditer(original)]
        kept = "".join(map(original.__getitem__, map(slice, [0, *(at + 1 for at in dropped)], [*dropped, None])))
        return _lower(_translate(kept)), _Offsets(len(kept), dropped)

    @property
    def text(self) -> str:
        return self._folded[0]

    @property
    def index(self) -> Sequence[int]:
        return self._folded[1]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a folded span [start, end) back to the original text."""
        index = self.index
        if start >= len(index):
            return len(self.original), len(self.original)
        if end <= start:
            return index.at(start), index.at(start)
        stop = index.at(end - 1) + 1
        while stop in index.dropped:  # marks folding dropped right after the span belong to it
            stop += 1
        return index.at(start), stop
