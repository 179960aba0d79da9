"""Extract everything from one article: stories and anchors, dates, actors, event mentions."""

from __future__ import annotations

from typing import Callable

from schemas.actors import ActorReading
from schemas.articles import Article, Segment
from schemas.dates import DateMention
from schemas.readings import ArticleReading

from extractors.actors import find_actors
from extractors.budget import UNLIMITED, Budget, OutOfTime, never
from extractors.dates import find_dates, find_story_dates
from extractors.events import find_event_mentions
from extractors.segment import INHERITED, dated_by_metadata, retold, segment


DEFAULT_BUDGET_S = 60.0  # seconds one article may take before it is recorded as failed


def dates_by_story(text: str, segments: list[Segment], budget: Budget = UNLIMITED,
                   title: str | None = None) -> tuple[list[Segment], list[DateMention]]:
    """Date mentions of every story, each resolved against its own anchor; offsets into `text`.
    A story dated by metadata alone takes the day its own "اليوم الثلاثاء" tells instead
    (`find_story_dates`); the stories are returned with the anchors their dates were read on.
    The article's `title` may say what its text is ("هذا اليوم في التاريخ": a list of past years' days)."""
    stories: list[Segment] = []
    found: list[DateMention] = []
    for seg in segments:
        budget.check()
        if seg.anchor_source == INHERITED and stories:
            seg = seg.model_copy(update={"anchor": stories[0].anchor})
        if dated_by_metadata(seg):
            mentions, told = find_story_dates(text[seg.start:seg.end], seg.anchor, offset=seg.start, heading=title)
            seg = retold(seg, told) if told else seg
        else:
            mentions = find_dates(text[seg.start:seg.end], seg.anchor, offset=seg.start, heading=title)
        stories.append(seg)
        found += mentions
    return stories, found


def extract_article(article: Article, budget: Budget = UNLIMITED) -> ArticleReading:
    """All that the extractors find in one article; `OutOfTime` once the budget runs out."""
    segments, dates = dates_by_story(article.text, segment(article), budget, article.title)
    actors = find_actors(article.text, segments, budget=budget)
    mentions = find_event_mentions(article.doc_id, article.text, segments, dates, actors, budget=budget)
    return ArticleReading(article=article, segments=tuple(segments), dates=tuple(dates), actors=actors,
                          mentions=tuple(mentions))


def empty_reading(article: Article, error: str) -> ArticleReading:
    """What an article that could not be extracted leaves behind: itself and the reason."""
    return ArticleReading(article=article, segments=(), dates=(), actors=ActorReading(mentions=(), places=(), introduced=()),
                          mentions=(), error=error)


def extract_article_safely(article: Article, unreadable: str | None = None,
                           seconds: float = DEFAULT_BUDGET_S, stop: Callable[[], bool] = never) -> ArticleReading:
    """`extract_article` within a time budget, but a failure or an article that runs out of
    time becomes a recorded error instead of stopping a batch; `stop()` turning true ends it
    with `Stopped`, which is no error of the article's."""
    if unreadable:
        return empty_reading(article, unreadable)
    try:
        return extract_article(article, Budget.starting_now(seconds, stop))
    except OutOfTime as exc:
        return empty_reading(article, f"{exc}: article of {len(article.text.encode('utf-8', 'surrogatepass')) // 1024} KB")
    except Exception as exc:  # one bad article must not sink the others; the reason is kept
        return empty_reading(article, f"{exc.__class__.__name__}: {exc}")
