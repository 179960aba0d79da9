"""Event mentions (one per report) and events (one per real-world happening)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict

from schemas.dates import Precision

EventType = Literal["meeting", "call", "visit", "press_conference", "offensive"]
Role = Literal["source", "target", "participant"]
Status = Literal["asserted", "planned", "denied", "hypothetical"]
DateSource = Literal["explicit", "relative", "context", "merged", "during"]


class EventActor(BaseModel):
    """An actor's part in an event, and the name the report used for it (when it named it)."""

    model_config = ConfigDict(frozen=True)

    actor_id: str
    role: Role
    text: str | None = None


class EventMention(BaseModel):
    """One report of an event in one article, with the evidence that dates it."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    type: EventType
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence: str
    sentence_start: int
    actors: tuple[EventActor, ...]
    date: dt.date | None = None
    date_end: dt.date | None = None
    precision: Precision | None = None
    time_of_day: str | None = None
    date_text: str | None = None
    date_source: DateSource | None = None
    status: Status = "asserted"
    location: str | None = None
    place_id: str | None = None
    confidence: float
    cameo: str | None = None
    plover: str | None = None
    during_visit: bool = False
    heading: bool = False
    anaphoric: bool = False
    joins: bool = False  # "وحضر اللقاء X": X joins an event told before; not an event of its own
    anchor: dt.date | None = None


class EventSource(BaseModel):
    """One report of an event: the article, its sentence, and where its trigger stands."""

    model_config = ConfigDict(frozen=True)

    doc_id: str
    sentence: str
    date_text: str | None = None
    trigger: str | None = None
    trigger_start: int | None = None


class Event(BaseModel):
    """One real-world event, told by one or more articles."""

    model_config = ConfigDict(frozen=True)

    event_id: str
    type: EventType
    date: dt.date | None
    date_end: dt.date | None
    precision: Precision | None
    time_of_day: str | None
    date_source: DateSource | None
    status: Status
    location: str | None
    confidence: float
    cameo: str | None
    plover: str | None
    actors: tuple[EventActor, ...]
    sources: tuple[EventSource, ...]
    first_reported: dt.date | None = None  # the publication day of its earliest report
