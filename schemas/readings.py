"""Everything extracted from one article, as it travels from extraction to the warehouse."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from schemas.actors import ActorReading
from schemas.articles import Article, Segment
from schemas.dates import DateMention
from schemas.events import EventMention


class ArticleReading(BaseModel):
    model_config = ConfigDict(frozen=True)

    article: Article
    segments: tuple[Segment, ...]
    dates: tuple[DateMention, ...]
    actors: ActorReading
    mentions: tuple[EventMention, ...]
    error: str | None = None
