"""Articles as ingested, the JSONL record they may come from, and the parts (segments) one file may hold."""

from __future__ import annotations

import re
from datetime import date

from pydantic import BaseModel, ConfigDict, Field, field_validator

# Every Unicode space separator but the plain space, and every line break but LF: a file that
# spells them differently (U+00A0 for spaces, CR-only or CRLF line ends) must read the same.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_LINE_BREAKS = re.compile("\r\n?|[\u0085\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x1f\x7f]")


def normalize_whitespace(text: str) -> str:
    """One spelling of a space and of a line break, so that the extractors see the same text."""
    return _LINE_BREAKS.sub("\n", _SPACES.sub(" ", text))


def check_encodable(value: object) -> object:
    """A string must be storable as UTF-8: JSON can spell a lone surrogate ("\\ud800"), which is not text."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise ValueError(f"holds a lone surrogate (U+{ord(value[exc.start]):04X}) at {exc.start}, which is not text") from None
    return value


class Article(BaseModel):
    """One input document: a .txt file or a JSONL line; its text with one kind of space and of line break."""

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(min_length=1)
    text: str
    published: date | None = None
    published_source: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None

    _encodable = field_validator("*")(check_encodable)

    @field_validator("doc_id")
    @classmethod
    def check_doc_id(cls, value: str) -> str:
        """A doc_id names a file and a row: blank ones or ones holding line breaks name nothing."""
        if not value.strip() or _CONTROLS.search(value):
            raise ValueError("must be one line of visible text")
        return value

    @field_validator("text")
    @classmethod
    def normalize_text(cls, value: str) -> str:
        return normalize_whitespace(value)


class ArticleRecord(BaseModel):
    """One JSONL line as written: each field of its JSON type (a number or null is not a text)."""

    model_config = ConfigDict(strict=True, extra="ignore")

    doc_id: str
    text: str
    published: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None


class Segment(BaseModel):
    """A stretch of an article with its own anchor date (a second story after إقرأ أيضاً …)."""

    model_config = ConfigDict(frozen=True)

    part: int
    start: int
    end: int
    anchor: date | None
    anchor_source: str | None
    dateline: str | None = None
    dateline_date: date | None = None
