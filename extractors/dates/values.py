"""The calendar values a frame resolves to: days with their grain, and the clock time and part
of day the frame names."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from schemas.dates import Precision

from extractors.dates import calendar as cal

Frame = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Resolved:
    """A calendar value: the days [value_start, value_end], their grain and time of day."""

    value_start: date
    value_end: date
    precision: Precision
    time_of_day: str | None = None
    time: str | None = None


_PM_PARTS = {"afternoon", "evening"}


def value_between(start: date, end: date, precision: Precision, frame: Frame) -> Resolved:
    hour = frame.get("hour")
    pod = frame.get("pod")
    time = None
    if hour is not None:
        hour, minute = _clock(frame)
        time = f"{hour:02d}:{minute:02d}"
        pod = pod or _part_of_day(hour)
        precision = "time"
    return Resolved(start, end, precision, pod, time)


def value_on(day: date, frame: Frame) -> Resolved:
    return value_between(day, day, "day", frame)


def clock_shows(frame: Frame) -> bool:
    """The frame's hour and minutes, if any, are a time of day: up to 24:00."""
    hour, minute = frame.get("hour", 0), frame.get("minute", 0)
    return 0 <= minute <= 59 and (0 <= hour < 24 or (hour == 24 and minute == 0))


def _clock(frame: Frame) -> tuple[int, int]:
    """24-hour clock from the hour, minutes, "إلا ربع" and the part of day."""
    hour, minute = frame["hour"], frame.get("minute", 0)
    if "minus" in frame:
        hour, minute = hour - 1, 60 - frame["minus"]
    pod = frame.get("pod")
    if hour < 12 and (pod in _PM_PARTS or (pod == "night" and hour >= 6) or (pod == "noon" and hour < 6)):
        hour += 12
    return hour % 24, minute % 60


def _part_of_day(hour: int) -> str:
    for upto, name in ((5, "night"), (12, "morning"), (14, "noon"), (17, "afternoon"), (21, "evening")):
        if hour < upto:
            return name
    return "night"


def part_of_month(start: date, last: date, part: str | None, frame: Frame) -> Resolved:
    if part == "first":  # "غرة يوليو"
        return value_between(start, start, "day", frame)
    if part == "start":
        return value_between(start, start.replace(day=10), "month", frame)
    if part == "mid":
        mid = start.replace(day=15)
        return value_between(mid, mid, "month", frame)
    if part == "end":
        return value_between(start.replace(day=21), cal.month_end(start.year, start.month), "month", frame)
    return value_between(start, last, "month", frame)


def part_of_year(start: date, last: date, part: str | None, frame: Frame) -> Resolved:
    """A year, or its first month, its middle months or its last month ("مطلع عام 2014م": January,
    "نهاية العام الماضي", "أواخر العام الحالي": December; the annotators of real_dev6 and the
    issue's own words read an end of a year as its last month, not its last quarter)."""
    if part == "first":
        return value_between(start, start, "day", frame)
    if part == "start":
        return value_between(start, date(start.year, 1, 31), "month", frame)
    if part == "mid":
        return value_between(date(start.year, 6, 1), date(start.year, 7, 31), "month", frame)
    if part == "end":
        return value_between(date(start.year, 12, 1), date(start.year, 12, 31), "month", frame)
    return value_between(start, last, "year", frame)


_DECADE_PARTS = {"start": (0, 2), "mid": (4, 5), "end": (7, 9)}


def part_of_decade(first_year: int, frame: Frame) -> Resolved:
    """A decade's ten years, or its first, middle or last years ("أواخر الثمانينات": 1987–1989)."""
    first, last = _DECADE_PARTS.get(frame.get("part") or "", (0, 9))
    return value_between(date(first_year + first, 1, 1), date(first_year + last, 12, 31), "year", frame)
