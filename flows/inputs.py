"""Read input articles: a folder of .txt files with an optional manifest.csv, or a JSONL file.

Bad input never stops the run: each problem becomes one line in `Ingested.problems` and the
other articles are read. An article whose text cannot be decoded is still returned (with an
empty text) so the warehouse records that it exists and why it was skipped.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import dateparser
from pydantic import ValidationError

from schemas.articles import Article

MANIFEST = "manifest.csv"


class InputError(Exception):
    """The input as a whole cannot be read (missing path, unknown format)."""


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)  # doc_id -> why
    problems: list[str] = field(default_factory=list)


def parse_published(value: str | None, where: str, problems: list[str]) -> date | None:
    """YYYY-MM-DD as the contract says; other spellings ("Dec 14, 2024") via dateparser, noted."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        pass
    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY"})
    if parsed is None:
        problems.append(f"{where}: published {value!r} is not a date; ignored")
        return None
    problems.append(f"{where}: published {value!r} read as {parsed.date().isoformat()}")
    return parsed.date()


def _manifest(folder: Path, problems: list[str]) -> dict[str, dict[str, str]]:
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (UnicodeDecodeError, csv.Error) as exc:
        problems.append(f"{path}: cannot read manifest ({exc}); articles read without it")
        return {}
    if rows and "doc_id" not in rows[0]:
        problems.append(f"{path}: no doc_id column; manifest ignored")
        return {}
    return {(row.get("doc_id") or "").strip(): row for row in rows if (row.get("doc_id") or "").strip()}


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def read_folder(folder: Path) -> Ingested:
    out = Ingested()
    manifest = _manifest(folder, out.problems)
    files = sorted(folder.glob("*.txt"))
    if not files:
        out.problems.append(f"{folder}: no .txt articles")
    for path in files:
        doc_id, row = path.stem, manifest.get(path.stem, {})
        published = parse_published(row.get("published"), f"{MANIFEST} {doc_id}", out.problems)
        meta = dict(doc_id=doc_id, published=published, published_source="manifest" if published else None,
                    source=_clean(row.get("source")), url=_clean(row.get("url")), title=_clean(row.get("title")))
        try:
            text = path.read_text(encoding="utf-8-sig")
        except (UnicodeDecodeError, OSError) as exc:
            reason = f"{path.name}: not readable as UTF-8 text ({exc.__class__.__name__})"
            out.problems.append(reason)
            out.unreadable[doc_id] = reason
            text = ""
        out.articles.append(Article(text=text, **meta))
    for missing in sorted(set(manifest) - {p.stem for p in files}):
        out.problems.append(f"{MANIFEST}: {missing} has no {missing}.txt; skipped")
    return out


def read_jsonl(path: Path) -> Ingested:
    out = Ingested()
    seen: set[str] = set()
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{number}"
            try:
                record = json.loads(line)
                published = parse_published(record.get("published"), where, out.problems)
                article = Article(
                    doc_id=str(record["doc_id"]), text=str(record["text"]), published=published,
                    published_source="jsonl" if published else None, source=_clean(record.get("source")),
                    url=_clean(record.get("url")), title=_clean(record.get("title")),
                )
            except (json.JSONDecodeError, KeyError, TypeError, AttributeError, ValidationError) as exc:
                out.problems.append(f"{where}: skipped ({_reason(exc)})")
                continue
            if article.doc_id in seen:
                out.problems.append(f"{where}: duplicate doc_id {article.doc_id!r}; the later line wins")
                out.articles = [a for a in out.articles if a.doc_id != article.doc_id]
            seen.add(article.doc_id)
            out.articles.append(article)
    return out


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"missing field {exc.args[0]!r}"
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON: {exc.msg}"
    if isinstance(exc, ValidationError):
        return "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
    return str(exc)


def ingest(path: str | Path) -> Ingested:
    """Articles from a folder (with manifest.csv) or a .jsonl file."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if path.is_dir():
        return read_folder(path)
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        return read_jsonl(path)
    raise InputError(f"{path}: expected a folder of .txt articles or a .jsonl file")
