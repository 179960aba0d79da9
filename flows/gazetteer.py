"""`timeline gazetteer import`: the gazetteer's tables read from and written back to a data
folder around the pure merge of `extractors.gazetteer_import`."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import extractors
from extractors.gazetteer_import import Merged, default_rules, merge, read_holdings

DATA_DIR = Path(extractors.__file__).resolve().parent / "data"
HEADERS = {
    "countries.csv": ["code", "name_en", "name_ar", "aliases_ar", "nisba_ar", "capital_ar", "capital_en"],
    "actors.csv": ["actor_id", "kind", "name_en", "name_ar", "aliases_ar", "country"],
    "offices.csv": ["actor_id", "office", "country", "start", "end"],
}


def read_table(data_dir: Path, name: str) -> list[dict[str, str]]:
    """The rows of one table; a missing file or a header other than the gazetteer's is refused."""
    path = data_dir / name
    if not path.is_file():
        raise ValueError(f"{path}: no such file (--data names the folder holding {', '.join(HEADERS)})")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        if reader.fieldnames != HEADERS[name]:
            raise ValueError(f"{path}: header {reader.fieldnames} is not {HEADERS[name]}")
        return [{k: (v or "").strip() for k, v in row.items() if k is not None} for row in reader]


def read_document(path: Path) -> object:
    """The SPARQL JSON result in `path`."""
    if not path.is_file():
        raise ValueError(f"{path}: no such file")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not JSON ({exc})") from None


def import_holdings(path: Path, data_dir: Path) -> Merged:
    """The data folder's tables with the office holders of the SPARQL result `path` merged in."""
    document = read_document(path)
    countries = read_table(data_dir, "countries.csv")
    holdings, skipped, not_kept = read_holdings(document, {r["code"]: r["name_en"] for r in countries}, default_rules())
    merged = merge(holdings, read_table(data_dir, "actors.csv"), read_table(data_dir, "offices.csv"), countries)
    merged.skipped[:0] = skipped
    merged.not_kept = not_kept
    return merged


def write_tables(data_dir: Path, merged: Merged) -> None:
    """actors.csv and offices.csv rewritten, each whole or not at all."""
    for name, rows in (("actors.csv", merged.actors), ("offices.csv", merged.offices)):
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=HEADERS[name], lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
        target = data_dir / name
        temporary = target.with_name(f".{name}.importing")
        temporary.write_text(buffer.getvalue(), encoding="utf-8")
        os.replace(temporary, target)
