"""Names and defaults that the command line, the flow and its schedule share, so they cannot drift."""

from __future__ import annotations

from pathlib import Path

FLOW_NAME = "arabic-news-timeline"
DEFAULT_DB = "warehouse/timeline.duckdb"
DEFAULT_BATCH_SIZE = 20


def json_path_beside(db: str | Path) -> str:
    """Where the timeline JSON goes when no path is given: next to the warehouse file, same stem."""
    return str(Path(db).with_suffix(".json"))
