"""Split an article into stories and find each story's anchor date.

A file may hold a second story after "إقرأ أيضاً" with its own dateline; relative dates in
each story are resolved against that story's own date. The first story takes the
publication date from metadata when there is one, else its dateline.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import regex

from schemas.articles import Article, Segment

from extractors.once import built_once
from extractors.data_files import read_yaml
from extractors.dates import Told, find_dates
from extractors.text import fold, fold_phrase, phrase_alternation


@dataclass(frozen=True)
class Opening:
    """Lines that open with one of a list of phrases (after marks), read in their first
    `_MARKER_CHARS` characters, folded."""

    pattern: regex.Pattern[str]
    first_words: tuple[str, ...]  # a line that opens with a phrase holds its first word

    @classmethod
    def of(cls, phrases: list[str]) -> Opening:
        folded = [fold_phrase(p) for p in phrases]
        return cls(regex.compile(rf"^[\W_]*(?:{phrase_alternation(folded)})"), tuple(sorted({p.split()[0] for p in folded})))

    def lines(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of the lines that open with a phrase. Only lines whose folded text holds
        a phrase's first word are read (few are): each word is found by `str.find` in the whole
        text folded once (folding keeps every line break, so lines are counted alike)."""
        folded = fold(text)
        hits = []
        for word in self.first_words:
            at = folded.find(word)
            while at >= 0:
                hits.append(at)
                at = folded.find(word, at + 1)
        numbers, line, counted = [], 0, 0
        for at in sorted(hits):
            line, counted = line + folded.count("\n", counted, at), at
            if not numbers or numbers[-1] != line:
                numbers.append(line)
        spans = lines(text) if numbers else []
        return [(s, e) for s, e in map(spans.__getitem__, numbers)
                if self.pattern.match(fold(text[s:min(e, s + _MARKER_CHARS)]))]


@dataclass(frozen=True)
class Layout:
    read_also: Opening
    label: regex.Pattern[str]
    boilerplate: Opening
    dateline_lines: int
    dateline_line_chars: int
    url_date: regex.Pattern[str]
    url_lag_days: int


@built_once
def default_layout() -> Layout:
    spec = read_yaml("segment.yaml")
    labels = phrase_alternation(fold_phrase(p) for p in spec["dateline_labels"])
    return Layout(
        read_also=Opening.of(spec["read_also"]),
        label=regex.compile(rf"(?:{labels})\s*[:：]?", regex.IGNORECASE),
        boilerplate=Opening.of(spec["boilerplate_starts"]),
        dateline_lines=spec["dateline_lines"],
        dateline_line_chars=spec["dateline_line_chars"],
        url_date=regex.compile(spec["url_date"]),
        url_lag_days=spec["url_lag_days"],
    )


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, newline excluded."""
    spans, start = [], 0
    for line in text.split("\n"):
        spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def _full_lines(text: str, start: int, end: int, count: int) -> list[tuple[int, int]]:
    """The first `count` lines of `text[start:end]` that hold more than whitespace, as offsets
    from `start` (only those lines are looked at, not the whole story)."""
    found: list[tuple[int, int]] = []
    at = start
    while len(found) < count:
        stop = text.find("\n", at, end)
        line_end = end if stop < 0 else stop
        if at < line_end and not text[at:line_end].isspace():
            found.append((at - start, line_end - start))
        if stop < 0:
            return found
        at = stop + 1
    return found


def story_starts(text: str, layout: Layout | None = None) -> list[int]:
    """Offsets where stories begin: 0, then each "read also" line."""
    layout = layout or default_layout()
    return [0] + [start for start, _ in layout.read_also.lines(text) if start]


def find_dateline(text: str, start: int, end: int, layout: Layout | None = None,
                  near: date | None = None) -> tuple[str, date] | None:
    """The first day in a story's opening lines that stands alone or after a label.

    With `near` (the date of the story before it), a dateline without a year ("عمان 16 كانون
    الثاني (بترا)") counts too, its year read against that date."""
    layout = layout or default_layout()
    opening = [(s, min(e, s + _DATELINE_REACH)) for s, e in _full_lines(text, start, end, layout.dateline_lines)]
    opening = [(s, e) for s, e in opening if _DIGIT.search(text, start + s, start + e)]
    if not opening:
        return None
    head = "".join(text[start + s:start + e] + "\n" for s, e in opening)
    opening, at = [], 0
    for line in head.splitlines():
        opening.append((at, at + len(line)))
        at += len(line) + 1
    mentions = [m for m in find_dates(head, anchor=near) if m.precision in ("day", "time") and m.value_start is not None
                and (near is None or any(rule in m.how for rule in _EXPLICIT))]
    for line_start, line_end in opening:
        line = head[line_start:line_end]
        labelled = layout.label.search(fold(line)) is not None
        for m in mentions:
            if line_start <= m.start < line_end and (labelled or len(line.strip()) <= layout.dateline_line_chars
                                                     or _opens_line(line, m.start - line_start, m.end - line_start)):
                return m.text, m.value_start
    return None


INHERITED = "inherited from the first story"
_DIGIT = regex.compile(r"\d")
_EXPLICIT = ("day_month", "month_day", "numeric")
_MARKER_CHARS = 40  # a "read also" marker opens its line
_DATELINE_REACH = 120  # a dateline date stands in the first characters of its line
_AGENCY_TAIL = regex.compile(r"^\s*(?:[(/\-–—:|]|\s)")


def _opens_line(line: str, start: int, end: int) -> bool:
    """"الدوحة 12 فبراير 2018 (قنا) - …": a date after at most a place name, before the agency."""
    tail = line[end:end + 12]
    return len(line[:start].split()) <= 3 and bool(_AGENCY_TAIL.match(tail)) and any(c in tail for c in "(-–")


def segment(article: Article, layout: Layout | None = None) -> list[Segment]:
    """The stories of an article, each with its anchor date and where the anchor came from."""
    layout = layout or default_layout()
    starts = story_starts(article.text, layout)
    ends = starts[1:] + [len(article.text)]
    segments: list[Segment] = []
    for part, (start, end) in enumerate(zip(starts, ends)):
        near = segments[0].anchor if segments else None
        found = find_dateline(article.text, start, end, layout, near)
        dateline, dateline_date = found if found else (None, None)
        if part == 0 and (issue := issue_day(article, layout)) is not None:
            anchor, how = issue, f"url: {article.url}"
        elif part == 0 and article.published is not None:
            anchor, how = article.published, article.published_source or "metadata"
        elif dateline_date is not None:
            anchor, how = dateline_date, f"dateline: {dateline}"
        elif segments:
            anchor, how = segments[0].anchor, INHERITED
        else:
            anchor, how = None, None
        segments.append(Segment(part=part, start=start, end=end, anchor=anchor, anchor_source=how,
                                dateline=dateline, dateline_date=dateline_date))
    return segments


def issue_day(article: Article, layout: Layout) -> date | None:
    """The day of the issue the article's address names, when its metadata day is a little later
    (the day it was crawled: "…/Issues/20150725/…" read on 26 July is of the 25th)."""
    if not article.url or article.published is None:
        return None
    for m in layout.url_date.finditer(article.url):
        try:
            day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            continue
        return day if 0 < (article.published - day).days <= layout.url_lag_days else None
    return None


def dated_by_metadata(seg: Segment) -> bool:
    """A first story whose anchor is the metadata's date with no dateline of its own to confirm it."""
    return seg.part == 0 and seg.anchor is not None and seg.dateline_date is None


def retold(seg: Segment, told: Told) -> Segment:
    """The story re-anchored on the day its own words tell, the correction said in its source."""
    return seg.model_copy(update={"anchor": told.day,
                                  "anchor_source": f"{seg.anchor_source} {seg.anchor}, corrected by «{told.phrase}»"})


def boilerplate_lines(text: str, layout: Layout | None = None) -> list[tuple[int, int]]:
    """Spans of lines that are page furniture (share buttons, tags, source notes)."""
    return (layout or default_layout()).boilerplate.lines(text)
