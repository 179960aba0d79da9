"""Actors (people, governments, organisations, armed groups) and their mentions."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

ActorKind = Literal["person", "country", "organisation", "armed_group", "government_body", "population", "place",
                    "media"]


class Actor(BaseModel):
    model_config = ConfigDict(frozen=True)

    actor_id: str
    name_ar: str
    name_en: str | None = None
    kind: ActorKind
    country: str | None = None
    aliases: tuple[str, ...] = ()


class Office(BaseModel):
    """Who held an office when: lets "وزير الدفاع الأمريكي" name a person on a given day."""

    model_config = ConfigDict(frozen=True)

    actor_id: str
    office: str
    country: str | None
    start: date
    end: date | None


class ActorMention(BaseModel):
    """A stretch of text naming an actor; `prep` is the preposition before it (مع، من، على …)."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    actor_id: str
    how: Literal["alias", "title", "introduced", "surname", "counterpart", "coreference", "capital", "nisba", "home",
                 "learned", "delegation"]
    prep: str | None = None
    name: str | None = None  # the name as written, without title or honorific, when the text names the actor


class Place(BaseModel):
    model_config = ConfigDict(frozen=True)

    place_id: str
    name_ar: str
    name_en: str | None = None
    kind: str
    country: str | None = None


class PlaceMention(BaseModel):
    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    place_id: str
    prep: str | None = None


class ActorReading(BaseModel):
    """What one article says about actors: mentions, places, and actors it introduced."""

    model_config = ConfigDict(frozen=True)

    mentions: tuple[ActorMention, ...]
    places: tuple[PlaceMention, ...]
    introduced: tuple[Actor, ...]
