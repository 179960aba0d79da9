"""Calendar arithmetic used by the resolver: weeks, months, Hijri dates, holidays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.easter import easter
from hijridate import Gregorian, Hijri


def add_months(day: date, months: int) -> date:
    """First day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def week_monday(day: date) -> date:
    """Monday of the ISO week holding `day`."""
    return day - timedelta(days=day.weekday())


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-based; -1 = last) `weekday` of a month, or None if it has no such day."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1) if date(year, month, d).weekday() == weekday]
    index = nth - 1 if nth > 0 else nth
    return date(year, month, days[index]) if -len(days) <= index < len(days) else None


def full_weeks(year: int, month: int) -> list[date]:
    """Mondays of the Monday-Sunday weeks lying wholly inside a month."""
    first, last = date(year, month, 1), month_end(year, month)
    monday = first + timedelta(days=(7 - first.weekday()) % 7)
    weeks = []
    while monday + timedelta(days=6) <= last:
        weeks.append(monday)
        monday += timedelta(days=7)
    return weeks


def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """Umm al-Qura conversion; None outside the library's range or for an invalid day."""
    try:
        return date(*Hijri(year, month, day, validate=True).to_gregorian().datetuple())
    except (ValueError, OverflowError):
        return None


def hijri_year_of(day: date) -> int | None:
    try:
        return Gregorian(day.year, day.month, day.day).to_hijri().year
    except OverflowError:
        return None


def hijri_month_span(year: int, month: int) -> tuple[date, date] | None:
    start = hijri_to_gregorian(year, month, 1)
    nxt = hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    if start is None or nxt is None:
        return None
    return start, nxt - timedelta(days=1)


def easter_sunday(year: int) -> date:
    return easter(year)
