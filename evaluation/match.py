"""When a system event is a reference event.

A system event matches a reference event when the types are compatible, every reference
actor is among the system's actors (names compared after folding, either containing the
other), and — for dated recall — the day agrees at the reference's own grain.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta
from typing import Any

from extractors.text import fold

# A reference type is matched by these system types (talks and their press conference are one encounter).
COMPATIBLE = {
    "meeting": {"meeting"},
    "call": {"call"},
    "visit": {"visit"},
    "press_conference": {"press_conference", "meeting"},
    "offensive": {"offensive"},
}
_ARTICLE = re.compile(r"^(?:وال|ال)")


def norm(name: str) -> str:
    """A name in NFKC (a no-break space is a space), folded and without its article, as the
    official scorer compares both sides."""
    return _ARTICLE.sub("", fold(unicodedata.normalize("NFKC", name or "")).strip())


def _names(actor: dict[str, Any]) -> list[str]:
    return [norm(actor[k]) for k in ("name_ar", "name", "name_en", "id") if actor.get(k)]


def _same_actor(system: dict[str, Any], reference: dict[str, Any]) -> bool:
    wanted = [norm(n) for n in reference.get("ar", [])] + [norm(reference.get("en", ""))]
    return any(n and w and (n == w or (len(w) >= 4 and w in n) or (len(n) >= 4 and n in w))
               for n in _names(system) for w in wanted)


def _day_agrees(day: str | None, ref: dict[str, Any]) -> bool:
    """Exact day for a day-precise reference; within the month/year/week for coarser ones."""
    want = ref["date"]
    got = (day or "")[:10]
    if len(want) < 10:
        return got[:len(want)] == want
    if ref.get("precision") in (None, "day") and not ref.get("date_end"):
        return got == want
    try:
        d = date.fromisoformat(got)
    except ValueError:
        return False
    lo = date.fromisoformat(want)
    hi = date.fromisoformat(ref["date_end"]) if ref.get("date_end") else lo + timedelta(days=6)
    return lo - timedelta(days=1) <= d <= hi


def matches(event: dict[str, Any], ref: dict[str, Any], actors: dict[str, Any], with_date: bool) -> bool:
    if event.get("type") not in COMPATIBLE[ref["type"]]:
        return False
    if not all(any(_same_actor(a, actors[r]) for a in event.get("actors", [])) for r in ref["actors"]):
        return False
    return not (with_date and ref.get("date")) or _day_agrees(event.get("date"), ref)
