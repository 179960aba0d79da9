"""Which story of an article an offset lies in, its anchor day and its dateline's country:
looked up by bisection over the stories, the country worked out once per story."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date

from schemas.articles import Segment

from extractors.gazetteer import PLACE, Gazetteer, KeyHit
from extractors.text import Normalized


@dataclass
class Stories:
    """The stories (segments, one after another) of an article whose gazetteer hits are `hits`."""

    norm: Normalized
    segments: list[Segment]
    hits: list[KeyHit]
    gaz: Gazetteer
    _starts: list[int] = field(init=False)
    _homes: dict[int, str | None] = field(init=False, default_factory=dict)  # story -> its dateline's country

    def __post_init__(self) -> None:
        self._starts = [seg.start for seg in self.segments]

    def story_at(self, offset: int) -> int | None:
        """The index of the story that holds an original offset."""
        k = bisect_right(self._starts, offset) - 1
        return k if k >= 0 and offset < self.segments[k].end else None

    def anchor_at(self, folded_offset: int) -> date | None:
        """The day of the story a folded offset stands in (else the last story's)."""
        index = self.norm.index
        k = self.story_at(index[folded_offset] if folded_offset < len(index) else 0)
        return self.segments[k].anchor if k is not None else (self.segments[-1].anchor if self.segments else None)

    def home_country(self, folded_offset: int) -> str | None:
        """The country of the dateline place of the story a folded offset stands in."""
        k = self.story_at(self.norm.index[min(folded_offset, len(self.norm.index) - 1)])
        if k is None or not self.segments[k].dateline:
            return None
        if k not in self._homes:
            self._homes[k] = self.dateline_country(self.segments[k])
        return self._homes[k]

    def dateline_country(self, seg: Segment) -> str | None:
        """The country of the first place named on a story's dateline line before its date."""
        date_at = self.norm.original.find(seg.dateline or "", seg.start)
        line_start = self.norm.original.rfind("\n", 0, date_at) + 1
        first = bisect_left(self.hits, line_start, key=lambda h: self.norm.index.at(h.start))
        for hit in self.hits[first:]:
            if self.norm.index.at(hit.start) >= date_at:
                break
            if PLACE in hit.kinds:
                return self.gaz.places[hit.kinds[PLACE]].country
        return None
