"""What one article offers to every trigger (text, dates, actors, places, gazetteer), and the
word windows the cues are looked for in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import regex

from schemas.actors import ActorMention, ActorReading, PlaceMention
from schemas.dates import DateMention

from extractors.events.lexicon import EventLexicon
from extractors.gazetteer import Gazetteer
from extractors.text import fold

if TYPE_CHECKING:
    from extractors.events.clauses import Window
    from extractors.events.triggers import Hit

CLAUSE_PUNCT = regex.compile(r"[،,;:؛\"“”«»]")
QUOTED = regex.compile(r"[\"“«][^\"“”«»]{3,}?[\"”»]")
SUBJECT_KINDS = {"person", "organisation", "armed_group", "government_body"}


def words_before(text: str, start: int, floor: int, n: int) -> str:
    return " ".join(fold(text[floor:start]).split()[-n:])


def words_after(text: str, end: int, ceiling: int, n: int) -> str:
    return " ".join(fold(text[end:ceiling]).split()[:n])


@dataclass
class Context:
    """What one article offers to every trigger: text, dates, actors, places, gazetteer."""

    doc_id: str
    text: str
    dates: list[DateMention]
    reading: ActorReading
    gaz: Gazetteer
    lex: EventLexicon
    datelines: set[tuple[int, int]]

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        return [a for a in self.reading.mentions if start <= a.start < end and a.how != "nisba"]

    def actors_within(self, window: Window) -> list[ActorMention]:
        return [a for a in self.actors_in(window.start, window.end) if a.start in window]

    def places_within(self, window: Window) -> list[PlaceMention]:
        return [p for p in self.reading.places if p.start in window]

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        return [d for d in self.dates if start <= d.start < end and (d.start, d.end) not in self.datelines]

    def kind(self, actor_id: str) -> str:
        actor = self.gaz.actors.get(actor_id)
        return actor.kind if actor else "person"

    def nisba_after(self, hit: Hit) -> ActorMention | None:
        """"الهجوم التركي", "الضربة الصاروخية الأمريكية": a nationality adjective just after an
        event noun (past at most one other adjective) names its author."""
        for a in self.reading.mentions:
            if a.how == "nisba" and a.start >= hit.end and len(self.text[hit.end:a.start].split()) <= 1:
                return a
        return None
