"""The shapes that cross a room's door: articles, date mentions, actors, events."""

from schemas.articles import Article, Segment
from schemas.dates import DateMention, Precision, Prefer
from schemas.actors import Actor, ActorMention, ActorReading, Office, Place, PlaceMention
from schemas.events import Event, EventActor, EventMention, EventSource, Role, Status
from schemas.readings import ArticleReading

__all__ = [
    "Actor", "ActorMention", "ActorReading", "ArticleReading", "Place", "PlaceMention", "Article", "DateMention", "Event", "EventActor", "EventMention",
    "EventSource", "Office", "Precision", "Prefer", "Role", "Segment", "Status",
]
