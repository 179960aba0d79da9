"""Extract everything from one article: stories and anchors, dates, actors, event mentions."""

from __future__ import annotations

from schemas.actors import ActorReading
from schemas.articles import Article, Segment
from schemas.dates import DateMention
from schemas.readings import ArticleReading

from extractors.actors import find_actors
from extractors.dates import find_dates
from extractors.events import find_event_mentions
from extractors.segment import segment


def dates_by_story(text: str, segments: list[Segment]) -> list[DateMention]:
    """Date mentions of every story, each resolved against its own anchor; offsets into `text`."""
    return [m for seg in segments for m in find_dates(text[seg.start:seg.end], seg.anchor, offset=seg.start)]


def extract_article(article: Article) -> ArticleReading:
    """All that the extractors find in one article."""
    segments = segment(article)
    dates = dates_by_story(article.text, segments)
    actors = find_actors(article.text, segments)
    mentions = find_event_mentions(article.doc_id, article.text, segments, dates, actors)
    return ArticleReading(article=article, segments=tuple(segments), dates=tuple(dates), actors=actors,
                          mentions=tuple(mentions))


def empty_reading(article: Article, error: str) -> ArticleReading:
    """What an article that could not be extracted leaves behind: itself and the reason."""
    return ArticleReading(article=article, segments=(), dates=(), actors=ActorReading(mentions=(), places=(), introduced=()),
                          mentions=(), error=error)


def extract_article_safely(article: Article, unreadable: str | None = None) -> ArticleReading:
    """`extract_article`, but a failure becomes a recorded error instead of stopping a batch."""
    if unreadable:
        return empty_reading(article, unreadable)
    try:
        return extract_article(article)
    except Exception as exc:  # one bad article must not sink the others; the reason is kept
        return empty_reading(article, f"{exc.__class__.__name__}: {exc}")
