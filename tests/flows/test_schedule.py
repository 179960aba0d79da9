"""The schedule a user serves the flow with."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flows.pipeline import timeline_flow
from flows.schedule import schedule_options


def test_cron_schedule_definition():
    deployment = timeline_flow.to_deployment(**schedule_options("news/", db="w.duckdb", cron="0 6 * * *"))
    [schedule] = deployment.schedules
    assert (deployment.name, schedule.schedule.cron, deployment.parameters) == (
        "arabic-news-timeline", "0 6 * * *", {"input_path": "news/", "db": "w.duckdb", "json_path": "w.json"},
    )


def test_interval_schedule_definition():
    deployment = timeline_flow.to_deployment(**schedule_options("news/", interval=3600))
    assert deployment.schedules[0].schedule.interval == timedelta(hours=1)


def test_exactly_one_schedule():
    with pytest.raises(ValueError):
        schedule_options("news/")
    with pytest.raises(ValueError):
        schedule_options("news/", cron="* * * * *", interval=60)
