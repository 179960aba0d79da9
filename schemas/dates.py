"""Date mentions: where a date expression is and the calendar stretch it stands for."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict

Precision = Literal["day", "week", "month", "year", "time"]
Prefer = Literal["past", "future"]


class DateMention(BaseModel):
    """A date expression found in a text, with offsets into that text."""

    model_config = ConfigDict(frozen=True)

    start: int
    end: int
    text: str
    value_start: date | None = None
    value_end: date | None = None
    precision: Precision | None = None
    time_of_day: str | None = None
    time: str | None = None
    how: str
    anchor: date | None = None
    prefer: Prefer = "past"
    weekday_agrees: bool | None = None
    calendars_agree: bool | None = None
    vague: bool = False

    @property
    def resolved(self) -> bool:
        return self.value_start is not None


class DatesRequest(BaseModel):
    """One line of `timeline dates` input as written: each field of its JSON type."""

    model_config = ConfigDict(strict=True, extra="ignore")

    id: str | int | None = None
    text: str
    published: str | None = None
    prefer: Prefer | None = None
