"""Calendar arithmetic used by the resolver: weeks, months, Hijri dates, holidays."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.easter import easter
from hijridate import Gregorian, Hijri

from schemas.dates import Prefer


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


def hijri_month_of(day: date, months: int = 0) -> tuple[int, int] | None:
    """The Hijri (year, month) holding `day`, or the one `months` after it."""
    try:
        hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    except OverflowError:
        return None
    index = hijri.year * 12 + hijri.month - 1 + months
    return index // 12, index % 12 + 1


def hijri_month_span(year: int, month: int) -> tuple[date, date] | None:
    start = hijri_to_gregorian(year, month, 1)
    nxt = hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    if start is None or nxt is None:
        return None
    return start, nxt - timedelta(days=1)


def easter_sunday(year: int) -> date:
    return easter(year)


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except (ValueError, TypeError):
        return None


_PAST_SLACK = timedelta(days=7)  # a reported day-and-month may lie this far after the anchor
# A month named without a year up to this many months after the anchor's, within its year, is the
# coming one ("يرفع الفائدة في سبتمبر" written in July): news names the months ahead by name alone.
_COMING_MONTHS = 2


def _coming(month: int, anchor: date) -> bool:
    """Whether a month of the anchor's year lies after it by at most `_COMING_MONTHS`."""
    return anchor.month <= month <= anchor.month + _COMING_MONTHS


def pick_year(month: int, day: int, anchor: date, prefer: Prefer, weekday: int | None = None) -> date | None:
    """The year a day-and-month without a year most likely means, seen from `anchor`."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if weekday is not None and any(c.weekday() == weekday for c in candidates):
        candidates = [c for c in candidates if c.weekday() == weekday]
    if prefer == "future":
        fits = [c for c in candidates if month_end(c.year, c.month) >= anchor]
        return min(fits, default=None)
    fits = [c for c in candidates if c <= anchor + _PAST_SLACK or c.year == anchor.year and _coming(c.month, anchor)]
    return max(fits, default=None)


def day_beside(month: int, day: int, anchor: date, rel: int) -> date | None:
    """"6 ديسمبر الماضي": the last such day before the anchor (rel -1, the one before it -2);
    "12 يونيو المقبل": the next after (rel 1)."""
    days = [d for y in range(anchor.year - 3, anchor.year + 4) if (d := safe_date(y, month, day))]
    side = [d for d in days if d < anchor][::-1] if rel < 0 else [d for d in days if d > anchor]
    return side[abs(rel) - 1] if abs(rel) <= len(side) else None


def month_year(month: int, anchor: date, prefer: Prefer, rel: int | None = None) -> int:
    """Year of a named month: this one, the last one (rel -1), the one before (-2), the next
    one (rel +1)."""
    if rel is not None and rel < 0:
        return (anchor.year if month < anchor.month else anchor.year - 1) + rel + 1
    if rel is not None and rel > 0:
        return (anchor.year if month > anchor.month else anchor.year + 1) + rel - 1
    if prefer == "future":
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month or _coming(month, anchor) else anchor.year - 1


def season_start(first: int, last: int, end_year: int) -> date:
    return date(end_year - (first > last), first, 1)


def hijri_years_in(year: int) -> list[int]:
    first = hijri_year_of(date(year, 1, 1)) if 1925 <= year <= 2076 else None
    return [first, first + 1] if first else []
