"""Sentences and headings, with offsets into the article text."""

from __future__ import annotations

from dataclasses import dataclass

import regex

# A sentence ends at a line break, or at . ! ? ؟ followed by space or a closing quote; not at
# the stop of a one-letter abbreviation ("د. محمد", "م. خالد"), though "عام 2015 م." ends one.
_BREAK = regex.compile(r"\n+|(?<=[.!?؟…])(?<!(?:^|(?<!\d)[\s(«])\p{L}\.)[\"'”»)]*\s+")
_HEADING_WORDS = 9


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str
    heading: bool


def _is_heading(text: str, line_end: bool) -> bool:
    """A short line with no closing stop, such as a sub-title or a photo caption."""
    stripped = text.strip()
    return line_end and len(stripped.split()) <= _HEADING_WORDS and not stripped.endswith((".", ":", "؟", "!", "”", '"', "»"))


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Sentence]:
    """Sentences of text[start:end]; offsets are into `text`."""
    end = len(text) if end is None else end
    out: list[Sentence] = []
    pos = start
    for m in _BREAK.finditer(text, start, end):
        _add(out, text, pos, m.start(), "\n" in m.group(0) or m.end() >= end)
        pos = m.end()
    _add(out, text, pos, end, True)
    return out


def _add(out: list[Sentence], text: str, start: int, end: int, line_end: bool) -> None:
    chunk = text[start:end]
    if not chunk.strip():
        return
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    s, e = start + lead, start + trail
    body = text[s:e]
    out.append(Sentence(s, e, body, _is_heading(body, line_end)))
