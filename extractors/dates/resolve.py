"""Turn a frame (the fields a date expression's words contributed) into calendar days.

A frame is a plain dict such as {"weekday": 3, "pod": "evening"} or {"day": 7, "month": 10,
"year": 2023}. The grammar decides which words make which fields; this module (with
`values`, for clock times and parts of a month or year) alone knows what the fields mean,
against an anchor date and a preferred direction (past for news reports, future for plans and
for Duckling's corpus). Each shape of frame has its resolver, the first in `_RESOLVERS` whose
fields the frame holds.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Callable

from schemas.dates import Precision, Prefer

from extractors.dates import calendar as cal
from extractors.dates.values import (Frame, Resolved, clock_shows, part_of_decade, part_of_month, part_of_year, value_between,
                                     value_on)

Resolver = Callable[[Frame, date | None, Prefer], Resolved | None]


def _month_of(frame: Frame, anchor: date, prefer: Prefer) -> tuple[int, int] | None:
    """(year, month) named by month / month_rel / year / year_rel fields."""
    if "month_rel" in frame:
        first = cal.add_months(anchor, frame["month_rel"])
        return first.year, first.month
    month = frame.get("month")
    if month is None or not 1 <= month <= 12:
        return None
    if "year" in frame:
        return frame["year"], month
    if "year_rel" in frame:
        return anchor.year + frame["year_rel"], month
    return cal.month_year(month, anchor, prefer, frame.get("rel")), month


def _resolve_explicit(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    day, month = frame["day"], frame.get("month")
    if month is None:
        return _resolve_day_of_month(frame, anchor, prefer)
    if "year" in frame:
        start = cal.safe_date(frame["year"], month, day)
    elif anchor is not None and "year_rel" in frame:  # "5 مارس من العام الماضي"
        start = cal.safe_date(anchor.year + frame["year_rel"], month, day)
    elif anchor is not None and frame.get("rel") not in (None, 0):
        start = cal.day_beside(month, day, anchor, frame["rel"])
    elif anchor is not None and frame.get("rel") == 0:
        start = cal.safe_date(anchor.year, month, day)
    elif anchor is not None:
        start = cal.pick_year(month, day, anchor, prefer, frame.get("weekday"))
    else:
        return None
    if start is None:
        return None
    end = start
    if "day_end" in frame:
        end_month = frame.get("month_end", month)
        year = start.year + (end_month < month)
        end = cal.safe_date(year, end_month, frame["day_end"]) or start
        if end < start:
            end = start
    return value_between(start, end, "day", frame)


def _resolve_day_of_month(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """"التاسع عشر من هذا الشهر", or an ordinal day next to a weekday ("السبت السادس عشر")."""
    if anchor is None:
        return None
    if frame.get("cycle") == "month" and frame.get("calendar") == "hijri":  # "الـ24 من الشهر الجاري" of a Hijri story
        month = cal.hijri_month_of(anchor, frame.get("rel") or 0)
        start = cal.hijri_to_gregorian(*month, frame["day"]) if month else None
        if month is None or start is None:
            return None
        end = cal.hijri_to_gregorian(*month, frame.get("day_end", frame["day"]))
        return value_between(start, end if end and end > start else start, "day", frame)
    if frame.get("cycle") == "month":
        first = cal.add_months(anchor, frame.get("rel") or 0)
        start = cal.safe_date(first.year, first.month, frame["day"])
        if start is None:
            return None
        end = cal.safe_date(first.year, first.month, frame.get("day_end", frame["day"]))
        return value_between(start, end if end and end > start else start, "day", frame)
    weekday = frame.get("weekday")
    step = 1 if prefer == "future" else -1
    for shift in (0, step, -step):
        first = cal.add_months(anchor, shift)
        start = cal.safe_date(first.year, first.month, frame["day"])
        if start and (weekday is None or start.weekday() == weekday):
            return value_on(start, frame)
    return None


def _resolve_numeric(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """dd/mm/yyyy, or mm/dd/yyyy when the first number cannot be a month or the order says so."""
    n1, n2, n3 = frame["n1"], frame["n2"], frame.get("n3")
    month_first = frame.get("order") == "mdy" or (n2 > 12 >= n1)
    day, month = (n2, n1) if month_first else (n1, n2)
    fields = {k: v for k, v in frame.items() if k not in ("n1", "n2", "n3")}
    fields.update(day=day, month=month)
    if n3 is not None:
        fields["year"] = n3 + 2000 if n3 < 100 else n3
    return _resolve_explicit(fields, anchor, prefer)


def _resolve_hijri(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """A Hijri date, month or year; with no year, the such day or month nearest the anchor
    ("30 شوال" written in Dhu al-Hijja is the last one, "5 محرم" the coming one), the next or
    last one when المقبل or الماضي says so."""
    year = frame.get("hyear")
    month, day = frame.get("hmonth"), frame.get("hday")
    if year is None:
        if anchor is None or cal.hijri_year_of(anchor) is None:
            return None
        year = cal.hijri_year_of(anchor)
        rel = frame.get("rel") or 0
        first = cal.hijri_to_gregorian(year, month or 1, day or 1)
        if first is not None and (rel > 0 and first <= anchor or rel < 0 and first > anchor):
            year += 1 if rel > 0 else -1
        elif not rel and month is not None:
            year = min((year, year - 1, year + 1), key=lambda y: _hijri_distance(y, month, day, anchor))
    if month is None:
        return _hijri_year(year, frame)
    if day is None:
        span = cal.hijri_month_span(year, month)
        return _part_of_hijri_month(year, month, span, frame) if span else None
    start = cal.hijri_to_gregorian(year, month, day)
    if start is None:
        return None
    end = cal.hijri_to_gregorian(year, month, frame.get("hday_end", day))  # "10 - 12 شوال"
    return value_between(start, end if end and end > start else start, "day", frame)


def _hijri_distance(year: int, month: int, day: int | None, anchor: date) -> int:
    """Days from the anchor to a Hijri day (or month) of that year; 0 inside it."""
    span = cal.hijri_month_span(year, month)
    if span is None:
        return 10**6
    start = (cal.hijri_to_gregorian(year, month, day) or span[0]) if day else span[0]
    end = start if day else span[1]
    return max((start - anchor).days, (anchor - end).days, 0)


def _hijri_year(year: int, frame: Frame) -> Resolved | None:
    """"عام 1432": a Hijri year, as the Gregorian year holding most of its days (1432 runs from
    7 December 2010 to 25 November 2011: 2011), of year grain."""
    first = cal.hijri_to_gregorian(year, 1, 1)
    nxt = cal.hijri_to_gregorian(year + 1, 1, 1)
    if first is None or nxt is None:
        return None
    gregorian = first.year if (date(first.year + 1, 1, 1) - first) * 2 >= nxt - first else first.year + 1
    return value_between(date(gregorian, 1, 1), date(gregorian, 12, 31), "year", frame)


def _part_of_hijri_month(year: int, month: int, span: tuple[date, date], frame: Frame) -> Resolved | None:
    """A Hijri month, or its first day, its first ten days, its 15th or its days from the 21st
    (as `part_of_month`)."""
    part = frame.get("part")
    if part == "first":
        return value_between(span[0], span[0], "day", frame)
    tenth, mid, late = (cal.hijri_to_gregorian(year, month, d) for d in (10, 15, 21))
    if part == "start" and tenth:
        return value_between(span[0], tenth, "month", frame)
    if part == "mid" and mid:
        return value_between(mid, mid, "month", frame)
    if part == "end" and late:
        return value_between(late, span[1], "month", frame)
    return value_between(*span, "month", frame)


def _resolve_holiday(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """A named feast (or its nth day, or its eve): fixed Gregorian, Easter-based or Hijri, in
    the given year, else the one nearest the anchor (see `_next_meant`)."""
    shift = timedelta(days=frame.get("feast_day", 1) - 1 + frame.get("feast_eve", 0))

    def on(year: int) -> list[tuple[date, date]]:
        return sorted((start + shift, end + shift) for start, end in feasts(year))

    def feasts(year: int) -> list[tuple[date, date]]:
        if "gregorian" in frame:
            day = cal.safe_date(year, *frame["gregorian"])
            return [(day, day)] if day else []
        if "easter" in frame:
            day = cal.easter_sunday(year) + timedelta(days=frame["easter"])
            return [(day, day)]
        found = []
        for hmonth, hday in frame.get("hijri_any", [frame.get("hijri")]):  # "العيد": either Eid
            for hyear in cal.hijri_years_in(year):
                start = cal.hijri_to_gregorian(hyear, hmonth, hday)
                if start and start.year == year:
                    span = cal.hijri_month_span(hyear, hmonth) if frame.get("hijri_month_long") else (start, start)
                    found += [span] if span else []
        return found

    if "year" in frame:
        found = next(iter(on(frame["year"])), None)
    elif anchor is None:
        return None
    else:
        spans = [s for y in (anchor.year - 1, anchor.year, anchor.year + 1) for s in on(y)]
        ahead = min((s for s in spans if s[1] >= anchor), default=None)
        rel = frame.get("rel") or 0
        if rel:  # "رمضان المقبل", "عيد الفطر الماضي": the next one begun after the anchor, the last ended before it
            found = min((s for s in spans if s[0] > anchor), default=None) if rel > 0 else \
                max((s for s in spans if s[1] < anchor), default=None)
        else:
            last = max((s for s in spans if s[0] <= anchor), default=None)
            found = ahead if prefer == "future" or _next_meant(ahead, last, anchor, frame) else last
    if found is None:
        return None
    if "break_days" in frame and not frame.get("hijri_month_long"):  # "عطلة العيد": the days it opens
        return value_between(found[0], found[0] + timedelta(days=frame["break_days"] - 1), "week", frame)
    precision: Precision = "month" if frame.get("hijri_month_long") else "day"
    return value_between(found[0], found[1], precision, frame)


def _next_meant(ahead: tuple[date, date] | None, last: tuple[date, date] | None, anchor: date,
                frame: Frame) -> bool:
    """Whether the next feast (or the one under way) is meant rather than the last: it is under
    way, or nearer than the last and at most `frame["ahead"]` days ahead."""
    if ahead is None:
        return False
    days = (ahead[0] - anchor).days
    return days <= 0 or days <= frame.get("ahead", -1) and (last is None or days < (anchor - last[1]).days)


def _resolve_nth(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """Nth/last weekday, week or day of a month, or nth weekday after a holiday."""
    if "holiday" in frame:
        base = _resolve_holiday({k: v for k, v in frame.items() if k not in ("nth", "weekday")}, anchor, prefer)
        if base is None or "weekday" not in frame:
            return None
        first = base.value_start + timedelta(days=(frame["weekday"] - base.value_start.weekday() - 1) % 7 + 1)
        return value_on(first + timedelta(weeks=frame["nth"] - 1), frame)
    if anchor is None:
        return None
    ym = _month_of(frame, anchor, prefer)
    if ym is None:
        return None
    year, month = ym
    nth = frame.get("nth", frame.get("day"))
    if "weekday" in frame:
        day = cal.nth_weekday(year, month, frame["weekday"], nth)
        return value_on(day, frame) if day else None
    if frame.get("cycle") == "week":
        weeks = cal.full_weeks(year, month)
        index = nth - 1 if nth > 0 else nth
        if not -len(weeks) <= index < len(weeks):
            return None
        return value_between(weeks[index], weeks[index] + timedelta(days=6), "week", frame)
    day = cal.month_end(year, month) if nth == -1 else cal.safe_date(year, month, nth)
    return value_on(day, frame) if day else None


def _resolve_weekday_nth(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """"الأحد الثاني من أغسطس": the day of that number when it falls on that weekday (a date
    with its weekday), else the nth such weekday of the month."""
    nth = frame["nth_after"]
    as_nth = {**{k: v for k, v in frame.items() if k != "nth_after"}, "nth": nth}
    ym = _month_of(frame, anchor, prefer) if anchor is not None else None
    day = cal.safe_date(*ym, nth) if ym is not None and nth > 0 else None
    if day is not None and day.weekday() == frame["weekday"]:
        return value_on(day, frame)
    return _resolve_nth(as_nth, anchor, prefer)


def _resolve_weekday(frame: Frame, anchor: date, prefer: Prefer) -> Resolved:
    """Bare weekday: latest on/before the anchor in a report, next after it in a plan."""
    weekday, rel = frame["weekday"], frame.get("rel")
    if frame.get("cycle") == "week":
        monday = cal.week_monday(anchor) + timedelta(weeks=rel or 0)
        return value_on(monday + timedelta(days=weekday), frame)
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7 or 7
    if rel is not None and rel < 0:  # "الخميس الماضي", "الخميس قبل الماضي" a week before it
        return _through_weekday(anchor - timedelta(days=(back or 7) + 7 * (-rel - 1)), frame)
    if rel is not None and rel > 0 or prefer == "future":
        return _through_weekday(anchor + timedelta(days=ahead + 7 * max((rel or 1) - 1, 0)), frame)
    return _through_weekday(anchor - timedelta(days=back), frame)


def _through_weekday(start: date, frame: Frame) -> Resolved:
    """The day found, or for "يومي السبت والأحد" the days from it to the next `weekday_to`;
    "منتصف ليل الأحد/الاثنين" the day after the first one named (`days_after`)."""
    start += timedelta(days=frame.get("days_after", 0))
    if "weekday_to" not in frame:
        return value_on(start, frame)
    return value_between(start, start + timedelta(days=(frame["weekday_to"] - start.weekday()) % 7), "day", frame)


def _resolve_offset(frame: Frame, anchor: date, prefer: Prefer) -> Resolved:
    """"أمس", "اليوم"; a day back beside a weekday that disagrees ("أمس الخميس" in a Saturday's
    wire copy written on Friday) is the day of that weekday nearest to the one the word counts:
    the weekday names it more surely than the anchor does. "اليوم" keeps the anchor (a story
    whose first "اليوم الثلاثاء" disagrees moves its anchor instead, `_told_day`)."""
    day = anchor + timedelta(days=frame["offset"])
    if frame["offset"] < 0 and "weekday" in frame and (shift := (frame["weekday"] - day.weekday() + 3) % 7 - 3):
        day += timedelta(days=shift)
    return value_on(day, frame)


def _resolve_period(frame: Frame, anchor: date, prefer: Prefer) -> Resolved | None:
    """الأسبوع الماضي، الشهر المقبل، نهاية الأسبوع الماضي، الأسابيع الثلاثة القادمة ..."""
    cycle, rel, part = frame["cycle"], frame.get("rel") or 0, frame.get("part")
    count = frame.get("count", 1)
    if "count" not in frame and frame.get("plural"):
        return None
    if cycle == "day":
        start = anchor + timedelta(days=rel * count if rel < 0 else rel)
        return value_between(start, start + timedelta(days=count - 1), "day", frame)
    if cycle == "hour":
        return _hours_around(anchor, rel, count, frame)
    if cycle == "week" and part == "weekend" and "rel" not in frame and prefer == "past":
        return _last_weekend(anchor, frame)
    if cycle == "week":
        monday = cal.week_monday(anchor)
        start = monday + timedelta(weeks=rel * count if rel < 0 else rel)
        end = start + timedelta(weeks=count) - timedelta(days=1)
        if part in ("end", "weekend"):
            return value_between(start + timedelta(days=5), start + timedelta(days=6), "week", frame)
        return value_between(start, end, "week", frame)
    if cycle == "month":
        start = cal.add_months(anchor, rel * count if rel < 0 else rel)
        last = cal.add_months(start, count) - timedelta(days=1)
        return part_of_month(start, last, part, frame)
    if cycle == "quarter":
        return _quarter(anchor, rel, prefer, frame)
    start = date(anchor.year + (rel * count if rel < 0 else rel), 1, 1)
    return part_of_year(start, date(start.year + count - 1, 12, 31), part, frame)


def _hours_around(anchor: date, rel: int, count: int, frame: Frame) -> Resolved:
    """"الساعات الـ24 الماضية", "الـ48 ساعة المقبلة": the days those hours reach from the
    anchor's, back or ahead (hours alone name no clock time here)."""
    days = timedelta(days=-(-count // 24))
    start, end = (anchor - days, anchor) if rel < 0 else (anchor, anchor + days)
    return value_between(start, end, "day", frame)


_QUARTER_PART_MONTHS = {"start": 0, "mid": 1, "end": 2}
_RESULTS_DAYS = 45  # how long into a quarter the last one's results are reported


def _quarter(anchor: date, rel: int, prefer: Prefer, frame: Frame) -> Resolved:
    """"الربع الحالي", "الربع السابق": the three months of the anchor's quarter, or of the one
    `rel` quarters from it; its first, middle or last month for "مطلع", "منتصف", "نهاية".
    A report of the past in the first weeks of a quarter tells a company's results, whose
    "current quarter" is the one just ended ("نمت إيرادات المصنع في الربع الحالي عن سابقه");
    "الربع المقبل" is still the one after the anchor's."""
    start = date(anchor.year, anchor.month - (anchor.month - 1) % 3, 1)
    if prefer == "past" and rel <= 0 and (anchor - start).days < _RESULTS_DAYS:
        start = cal.add_months(start, -3)
    start = cal.add_months(start, 3 * rel)
    months = 3
    if frame.get("part") in _QUARTER_PART_MONTHS:
        start, months = cal.add_months(start, _QUARTER_PART_MONTHS[frame["part"]]), 1
    return value_between(start, cal.add_months(start, months) - timedelta(days=1), "month", frame)


def _last_weekend(anchor: date, frame: Frame) -> Resolved:
    """"خلال عطلة نهاية الأسبوع" in a report of the past: the last weekend begun by the anchor.
    A weekend is a Saturday and Sunday, as every week's end in this grammar (the seeds' convention;
    the Saudi Friday-Saturday weekend is not told apart)."""
    saturday = anchor - timedelta(days=(anchor.weekday() - 5) % 7)
    return value_between(saturday, saturday + timedelta(days=1), "week", frame)


def _resolve_season(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """صيف 2014، الشتاء الماضي، هذا الصيف، صيف العام الماضي: the months of a season. A year names
    the season that ends in it (شتاء 2014 runs from December 2013); a relative word counts from the
    season the anchor is in, or from the coming one when the anchor falls between seasons."""
    first, last = frame["season"]
    if "year" in frame:
        end_year = frame["year"]
    elif anchor is None:
        return None
    elif "year_rel" in frame:
        end_year = anchor.year + frame["year_rel"]
    else:
        years = range(anchor.year - 2, anchor.year + 3)
        coming = next(k for k, y in enumerate(years) if cal.month_end(y, last) >= anchor)
        rel = frame.get("rel", 0)
        inside = cal.season_start(first, last, years[coming]) <= anchor
        end_year = years[coming + (rel if inside else min(rel, 0))]
    return value_between(cal.season_start(first, last, end_year), cal.month_end(end_year, last), "month", frame)


def _resolve_year_part(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """"الربع الثاني من العام الحالي", "النصف الأول من 2015": the months of a quarter or half
    of the year named, of the anchor's year (and its neighbours) otherwise."""
    if "year" in frame:
        year = frame["year"]
    elif anchor is None:
        return None
    else:
        year = anchor.year + frame.get("year_rel", 0)
    first, last = frame["year_part"]
    return value_between(date(year, first, 1), cal.month_end(year, last), "month", frame)


def _resolve_named_month(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    if anchor is None and "year" not in frame:
        return None
    ym = _month_of(frame, anchor or date(frame["year"], 1, 1), prefer)
    if ym is None:
        return None
    start = date(*ym, 1)
    return part_of_month(start, cal.month_end(*ym), frame.get("part"), frame)


def _resolve_decade(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """"سبعينات القرن الماضي", "أواخر الثمانينيات": ten years of the century named, else of
    the latest century in which that decade had begun by the anchor's year."""
    century = frame.get("century")
    if century is None:
        if anchor is None:
            return None
        century = anchor.year // 100 * 100
        century -= 100 * (century + frame["decade"] > anchor.year)
    return part_of_decade(century + frame["decade"], frame)


def _resolve_year(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved:
    start = date(frame["year"], 1, 1)
    return part_of_year(start, date(frame["year"], 12, 31), frame.get("part"), frame)


_UNIT_DAYS = {"day": 1, "week": 7}
_MONTHS_KEPT = 24  # "قبل عام", "قبل عامين": a count of years this short keeps the anchor's month


def _resolve_duration(frame: Frame, anchor: date, prefer: Prefer) -> Resolved | None:
    """منذ ثلاثة أيام، قبل يومين، قبل ٥ ساعات، خلال أسبوعين."""
    unit = frame["unit"]
    if "count" not in frame and frame.get("plural"):
        return None
    count, half = frame.get("count", 1), frame.get("half", False)  # "قبل عامين ونصف": half a unit more
    sign = -1 if frame["direction"] == "ago" else 1
    if unit in _UNIT_DAYS:
        target = anchor + timedelta(days=sign * (count * _UNIT_DAYS[unit] + half * (_UNIT_DAYS[unit] // 2)))
        precision: Precision = "day"
    elif unit == "month":
        target, precision = cal.add_months(anchor + timedelta(days=sign * 15 * half), sign * count), "month"
    elif unit == "year" and count * 12 + 6 * half <= _MONTHS_KEPT:  # "قبل عام": that month a year back
        target, precision = cal.add_months(anchor, sign * (count * 12 + 6 * half)), "month"
    elif unit == "year":
        target, precision = date(cal.add_months(anchor, sign * (count * 12 + 6 * half)).year, 1, 1), "year"
    else:
        target, precision = anchor, "day"
    if frame["direction"] == "within":
        return Resolved(anchor, max(anchor, target), "day")
    if precision == "month":
        return Resolved(target, cal.month_end(target.year, target.month), precision)
    if precision == "year":
        return Resolved(target, date(target.year, 12, 31), precision)
    return Resolved(target, target, precision)


def _no_day(frame: Frame, anchor: date | None, prefer: Prefer) -> None:
    """"بعد يومين من الهجوم": counted from an event, whose day is not known here."""
    return None


def _needs_anchor(fn: Callable[[Frame, date, Prefer], Resolved | None]) -> Resolver:
    def wrapped(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
        return None if anchor is None else fn(frame, anchor, prefer)

    return wrapped


def _resolve_span(frame: Frame, anchor: date, prefer: Prefer) -> Resolved:
    """"حاليا", "خلال الأيام القليلة الماضية", "منذ سنوات": a coarse stretch around the anchor."""
    first, last = frame["span"]
    if frame["span_unit"] == "year":
        start, end = date(anchor.year + first, 1, 1), (anchor if last == 0 else date(anchor.year + last, 12, 31))
    elif frame["span_unit"] == "month":  # "قبل أشهر": the months from the first to the last named
        start, end = cal.add_months(anchor, first), (anchor if last == 0 else cal.add_months(anchor, last + 1) - timedelta(days=1))
    else:
        start, end = anchor + timedelta(days=first), anchor + timedelta(days=last)
    return Resolved(start, end, frame["grain"])


def _resolve_clock_only(frame: Frame, anchor: date, prefer: Prefer) -> Resolved:
    return value_on(anchor, frame)


# (fields that must be present, resolver), tried in order: the most specific wins.
_RESOLVERS: tuple[tuple[frozenset[str], Resolver], ...] = (
    (frozenset({"event"}), _no_day),
    (frozenset({"nth"}), _resolve_nth),
    (frozenset({"nth_after"}), _resolve_weekday_nth),
    (frozenset({"holiday"}), _resolve_holiday),
    (frozenset({"year_part"}), _resolve_year_part),
    (frozenset({"n1", "n2"}), _resolve_numeric),
    (frozenset({"day", "month"}), _resolve_explicit),
    (frozenset({"day", "month_rel"}), _resolve_nth),
    (frozenset({"day", "cycle"}), _resolve_day_of_month),
    (frozenset({"hday"}), _resolve_hijri),
    (frozenset({"hmonth"}), _resolve_hijri),
    (frozenset({"hyear"}), _resolve_hijri),
    (frozenset({"offset"}), _needs_anchor(_resolve_offset)),
    (frozenset({"day", "weekday"}), _resolve_day_of_month),
    (frozenset({"weekday"}), _needs_anchor(_resolve_weekday)),
    (frozenset({"direction", "unit"}), _needs_anchor(_resolve_duration)),
    (frozenset({"cycle"}), _needs_anchor(_resolve_period)),
    (frozenset({"season"}), _resolve_season),
    (frozenset({"decade"}), _resolve_decade),
    (frozenset({"month"}), _resolve_named_month),
    (frozenset({"month_rel"}), _resolve_named_month),
    (frozenset({"year"}), _resolve_year),
    (frozenset({"span"}), _needs_anchor(_resolve_span)),
    (frozenset({"hour"}), _needs_anchor(_resolve_clock_only)),
)


def resolve_frame(frame: Frame, anchor: date | None, prefer: Prefer) -> Resolved | None:
    """The calendar value of a frame, or None when it names no definite time (or a clock
    time no clock shows, "الساعة 99:99")."""
    resolver = _resolver_for(frozenset(frame))
    return resolver(frame, anchor, prefer) if resolver and clock_shows(frame) else None


@cache
def _resolver_for(keys: frozenset[str]) -> Resolver | None:
    """The first resolver whose fields the frame has (frames come in few shapes)."""
    return next((resolver for needed, resolver in _RESOLVERS if needed <= keys), None)


def weekday_agrees(frame: Frame, value: Resolved | None, anchor: date | None = None) -> bool | None:
    """Whether a stated weekday matches the resolved day, or the day a word beside it counts
    from the anchor ("أمس الجمعة" on a Sunday does not, though it resolves to the Friday);
    None when there is nothing to check."""
    if value is None or "weekday" not in frame or value.precision not in ("day", "time"):
        return None
    counted = anchor + timedelta(days=frame["offset"]) if anchor is not None and "offset" in frame else value.value_start
    return counted.weekday() == frame["weekday"]


def calendars_agree(frame: Frame, value: Resolved | None) -> bool | None:
    """For "5/9/1445هـ الموافق 15/3/2024م": whether the Hijri day is the Gregorian one."""
    if value is None or not {"hday", "hmonth", "hyear"} <= frame.keys() or not ({"day", "month"} <= frame.keys()
                                                                               or {"n1", "n2"} <= frame.keys()):
        return None
    hijri = cal.hijri_to_gregorian(frame["hyear"], frame["hmonth"], frame["hday"])
    return hijri is not None and abs((hijri - value.value_start).days) <= 1


def resolve_named(frame: Frame, anchor: date | None, prefer: Prefer, named: int | None) -> Resolved | None:
    """"ذلك العام", "العام السابق": the year the text named last, or one before or after it; with
    no year named before, "العام السابق" is the anchor's last year and "ذلك العام" none."""
    rest = {k: v for k, v in frame.items() if k not in ("named", "cycle", "rel")}
    if named is not None:
        return _resolve_year({**rest, "year": named + frame["named"]}, anchor, prefer)
    if "rel" not in frame:
        return None
    return resolve_frame({**rest, "cycle": "year", "rel": frame["rel"]}, anchor, prefer)


def resolve_same(frame: Frame, last: Resolved | None) -> Resolved | None:
    """"اليوم نفسه" / "اليوم التالي" / "27 من الشهر نفسه": relative to the day the text last named."""
    if last is None:
        return None
    if frame["same"] == "day":
        day = last.value_start + timedelta(days=frame.get("shift", 0))
        return value_on(day, frame)
    start = cal.safe_date(last.value_start.year, last.value_start.month, frame["day"]) if "day" in frame else None
    return value_on(start, frame) if start else None


def count_from(frame: Frame, last: Resolved | None) -> Resolved | None:
    """"بعد يومين", "قبل ذلك بأسبوع": a count of days, weeks or hours from the day the text
    last named (hours stay on it); none from an event ("بعد يومين من الهجوم") or from nothing."""
    if last is None or "event" in frame:
        return None
    days = frame["counted"] * frame.get("count", 1) * _UNIT_DAYS.get(frame["unit"], 0)
    return value_on(last.value_start + timedelta(days=days), frame)


def count_years(frame: Frame, named: int | None) -> Resolved | None:
    """"وبعدها بعامين", "قبل ذلك بثلاث سنوات": a count of years from the year the text named
    last (a year, not a day: "بعد ثلاث سنوات" tells how long, its day is not told)."""
    if named is None:
        return None
    year = named + frame["counted"] * frame.get("count", 1)
    return _resolve_year({"year": year}, None, "past") if 1 <= year <= 9999 else None
