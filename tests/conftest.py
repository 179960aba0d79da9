"""Shared fixtures: the seed corpus, a Prefect test server for the few flow tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def prefect_server():
    """One temporary Prefect API for the whole session: starting one is slow, so the flow tests share it."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    """A private copy of the seed articles that a test may edit."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target
