"""Articles as ingested, and the parts (segments) one file may hold."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel, ConfigDict, Field


class Article(BaseModel):
    """One input document: a .txt file or a JSONL line."""

    model_config = ConfigDict(frozen=True)

    doc_id: str = Field(min_length=1)
    text: str
    published: date | None = None
    published_source: str | None = None
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
