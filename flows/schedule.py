"""Run the timeline flow on a schedule with `flow.serve` (against a standing Prefect server)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flows.defaults import DEFAULT_DB, FLOW_NAME, json_path_beside
from flows.pipeline import timeline_flow


def schedule_options(input_path: str, db: str = DEFAULT_DB, cron: str | None = None,
                     interval: int | None = None, name: str = FLOW_NAME) -> dict[str, Any]:
    """The keyword arguments for `timeline_flow.serve`: name, parameters and one schedule."""
    if (cron is None) == (interval is None):
        raise ValueError("give exactly one of cron or interval")
    options: dict[str, Any] = {"name": name, "parameters": {"input_path": input_path, "db": db,
                                                              "json_path": json_path_beside(db)}}
    if cron is not None:
        options["cron"] = cron
    else:
        options["interval"] = timedelta(seconds=interval or 0)
    return options


def serve_timeline(input_path: str, db: str = DEFAULT_DB, cron: str | None = None,
                   interval: int | None = None, name: str = FLOW_NAME) -> None:
    """Block and run the flow on its schedule until interrupted."""
    timeline_flow.serve(**schedule_options(input_path, db, cron, interval, name))
