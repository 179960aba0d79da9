"""The SQL recipes of `recipes.sql`, by name."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_HEADER = re.compile(r"^-- name: (\w+)\n-- (.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Recipe:
    name: str
    question: str
    sql: str

    @property
    def params(self) -> list[str]:
        return sorted(set(re.findall(r"\$(\w+)", self.sql)))


@cache
def recipes() -> dict[str, Recipe]:
    text = resources.files("warehouse").joinpath("recipes.sql").read_text("utf-8")
    heads = list(_HEADER.finditer(text))
    out = {}
    for head, nxt in zip(heads, [*heads[1:], None]):
        body = text[head.end():nxt.start() if nxt else len(text)].strip()
        out[head.group(1)] = Recipe(head.group(1), head.group(2), body)
    return out
