"""Read the package's own language data (YAML/CSV beside the code)."""

from __future__ import annotations

import csv
from importlib import resources
from typing import Any

import yaml


def read_yaml(name: str) -> Any:
    """Parse `extractors/data/<name>`."""
    return yaml.safe_load(resources.files("extractors").joinpath("data", name).read_text("utf-8"))


def read_csv(name: str) -> list[dict[str, str]]:
    """Rows of `extractors/data/<name>` as dicts, empty cells as ''."""
    text = resources.files("extractors").joinpath("data", name).read_text("utf-8")
    return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(text.splitlines())]
