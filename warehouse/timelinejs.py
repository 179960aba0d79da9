"""Timeline exports for people to look at: TimelineJS3 JSON and an offline HTML page.

Every text that came from an article is escaped before it reaches HTML (TimelineJS renders
`text` as HTML; the page renders only through `textContent`).
"""

from __future__ import annotations

import html
import json
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def labels() -> dict[str, Any]:
    return yaml.safe_load(resources.files("warehouse").joinpath("labels.yaml").read_text("utf-8"))


_MOST_NAMES = 4


def _names(event: dict[str, Any], role: str | None = None) -> str:
    """People first, then governments and groups; at most a few names."""
    chosen = sorted((a for a in event["actors"] if role is None or a["role"] == role),
                    key=lambda a: (a.get("kind") != "person", a.get("kind") == "country"))
    return labels()["joiner"].join(a["name_ar"] for a in chosen[:_MOST_NAMES])


def headline(event: dict[str, Any]) -> str:
    """An Arabic headline naming the event and its actors ("اتصال هاتفي من X إلى Y")."""
    template = labels()["headlines"][event["type"]]
    if isinstance(template, dict):
        has_roles = _names(event, "source") and _names(event, "target")
        template = template["with_roles" if has_roles else "without"]
    return template.format(source=_names(event, "source"), target=_names(event, "target"), all=_names(event))


def _date_parts(day: str, hour: str | None = None) -> dict[str, Any]:
    d = date.fromisoformat(day)
    parts: dict[str, Any] = {"year": d.year, "month": d.month, "day": d.day}
    if hour:
        parts["hour"], parts["minute"] = (int(x) for x in hour.split(":"))
    return parts


def _display(event: dict[str, Any]) -> str | None:
    """A label for dates coarser than a day (TimelineJS would otherwise show a precise day)."""
    precision = event.get("precision")
    if precision in ("week", "month", "year"):
        span = event["date"] if event.get("date_end") in (None, event["date"]) else f"{event['date']} – {event['date_end']}"
        return f"{labels()['precision'][precision]}: {span}"
    return None


def _slide_text(event: dict[str, Any]) -> str:
    rows = []
    for s in event["sources"]:
        when = f" ({html.escape(s['date_text'])})" if s.get("date_text") else ""
        rows.append(f"<p><b>{html.escape(s['doc_id'])}</b>{when}: {html.escape(s['sentence'])}</p>")
    return "".join(rows)


def to_timelinejs(events: list[dict[str, Any]], title: str = "الخط الزمني للأحداث") -> tuple[dict[str, Any], int]:
    """TimelineJS3 JSON for the dated events, and how many undated events were left out."""
    slides, undated = [], 0
    for e in events:
        if not e.get("date"):
            undated += 1
            continue
        slide: dict[str, Any] = {
            "unique_id": e["id"],
            "start_date": _date_parts(e["date"], e.get("time")),
            "text": {"headline": html.escape(headline(e)), "text": _slide_text(e)},
            "group": labels()["types"].get(e["type"], e["type"]),
        }
        if e.get("date_end") and e["date_end"] != e["date"]:
            slide["end_date"] = _date_parts(e["date_end"])
        if (display := _display(e)) is not None:
            slide["display_date"] = display
        slides.append(slide)
    return {"title": {"text": {"headline": html.escape(title), "text": ""}}, "events": slides}, undated


def _script_json(value: Any) -> str:
    """JSON safe inside <script>: no "</script>", no "<!--", whatever the article says."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_html(events: list[dict[str, Any]], title: str = "الخط الزمني للأحداث") -> str:
    """One self-contained page: vis-timeline inlined, the events inlined as JSON data."""
    page = resources.files("warehouse").joinpath("timeline.html").read_text("utf-8")
    script = resources.files("warehouse").joinpath("vendor", "vis-timeline-graph2d.min.js").read_text("utf-8")
    data = {"events": events, "labels": {k: labels()[k] for k in ("types", "time_of_day", "precision", "undated", "reported")},
            "headlines": {e["id"]: headline(e) for e in events}}
    return (page.replace("/*VIS_TIMELINE*/", script.replace("</script", "<\\/script"))
                .replace("/*TIMELINE_DATA*/", _script_json(data))
                .replace("<!--TITLE-->", html.escape(title)))
