"""Read input articles: a folder of .txt files with an optional manifest.csv, or a JSONL file.

Bad input never stops the run: each problem becomes one line in `Ingested.problems`, named once
with its reason, and the other articles are read. An article that cannot be read (undecodable
or empty) is still returned, with its reason in `Ingested.unreadable`, so the warehouse records
that it exists and why it was skipped.
"""

from __future__ import annotations

import csv
import gzip
import itertools
import json
import zlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Iterator, TypeVar

import dateparser
from pydantic import BaseModel, ValidationError

from schemas.articles import Article, ArticleRecord

MANIFEST = "manifest.csv"
EARLIEST, LATEST = date(1900, 1, 1), date(2100, 12, 31)
# Absolute dates only, with at least a year and a month: "yesterday" or "15" is not a publication date.
_DATEPARSER = {"PREFER_DAY_OF_MONTH": "first", "DATE_ORDER": "DMY", "PARSERS": ["absolute-time"],
               "REQUIRE_PARTS": ["year", "month"]}
_LONGEST_DATE = 64
_BOM = b"\xef\xbb\xbf"
Record = TypeVar("Record", bound=BaseModel)


class InputError(Exception):
    """The input as a whole cannot be read (missing path, unknown format)."""


@dataclass
class Ingested:
    articles: list[Article] = field(default_factory=list)
    unreadable: dict[str, str] = field(default_factory=dict)  # doc_id -> why
    problems: list[str] = field(default_factory=list)

    def flag(self, doc_id: str, why: str) -> None:
        """An article the warehouse keeps with its reason instead of its readings."""
        self.problems.append(why)
        self.unreadable[doc_id] = why


def parse_published(value: str | None, where: str, problems: list[str]) -> date | None:
    """YYYY-MM-DD as the contract says; other absolute spellings ("Dec 14, 2024") via dateparser,
    noted; a date outside 1900–2100 is refused (the extractors count days from it)."""
    value = (value or "").strip()
    if not value:
        return None
    try:
        parsed, spelled = date.fromisoformat(value), False
    except ValueError:
        parsed, spelled = read_spelled_date(value), True
    if parsed is None:
        problems.append(f"{where}: published {value!r} is not a date; ignored")
    elif not EARLIEST <= parsed <= LATEST:
        problems.append(f"{where}: published {value!r} is outside {EARLIEST.year}–{LATEST.year}; ignored")
        parsed = None
    elif spelled:
        problems.append(f"{where}: published {value!r} read as {parsed.isoformat()}")
    return parsed


def read_spelled_date(value: str) -> date | None:
    """A written absolute date with its year and month, or None."""
    if len(value) > _LONGEST_DATE:
        return None
    try:
        parsed = dateparser.parse(value, settings=_DATEPARSER)
    except (ValueError, OverflowError):
        return None
    return parsed.date() if parsed else None


def _clean(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def _why(exc: Exception) -> str:
    """An I/O or decoding failure in a few words."""
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8: byte 0x{exc.object[exc.start]:02x} at {exc.start}"
    if isinstance(exc, OSError):
        return exc.strerror or exc.__class__.__name__
    return str(exc)


def read_manifest(folder: Path, problems: list[str]) -> dict[str, dict[str, str]]:
    """doc_id -> row; every row that cannot be trusted is named and left out."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = [(reader.line_num, row) for row in reader]
    except (UnicodeDecodeError, csv.Error, OSError) as exc:
        problems.append(f"{MANIFEST}: cannot be read ({_why(exc)}); articles read without it")
        return {}
    if rows and "doc_id" not in rows[0][1]:
        problems.append(f"{MANIFEST}: no doc_id column; manifest ignored")
        return {}
    return rows_by_doc_id(rows, problems)


def rows_by_doc_id(rows: list[tuple[int, dict]], problems: list[str]) -> dict[str, dict[str, str]]:
    """Rows keyed by doc_id; a quoted field spanning lines (an unclosed quote swallows the rows
    after it), a row without doc_id and a repeated doc_id are each named once."""
    by_id: dict[str, dict[str, str]] = {}
    line_of: dict[str, int] = {}
    previous = 1
    for line, row in rows:
        doc_id = (row.get("doc_id") or "").strip()
        breaks = sum(v.count("\n") for v in row.values() if isinstance(v, str))
        if breaks or any(isinstance(v, str) and "\r" in v for v in row.values()):
            problems.append(f"{MANIFEST} lines {max(previous + 1, line - breaks)}–{line}: one row holds line breaks (an unclosed quote?); "
                            "these lines are ignored")
        elif not doc_id:
            problems.append(f"{MANIFEST} line {line}: no doc_id; row ignored")
        else:
            if doc_id in by_id:
                problems.append(f"{MANIFEST} line {line}: doc_id {doc_id!r} repeats line {line_of[doc_id]}; "
                                "this later row wins")
            by_id[doc_id], line_of[doc_id] = row, line
        previous = line
    return by_id


def article_files(folder: Path, problems: list[str]) -> list[Path]:
    """The folder's .txt files (any case of the suffix), one per doc_id."""
    files: dict[str, Path] = {}
    for path in sorted(p for p in folder.iterdir() if p.suffix.lower() == ".txt"):
        if not path.is_file():
            problems.append(f"{path.name}: not a file; skipped")
        elif path.stem in files:
            problems.append(f"{path.name}: same doc_id as {files[path.stem].name}; skipped")
        else:
            files[path.stem] = path
    return list(files.values())


def read_article_file(path: Path, row: dict[str, str], out: Ingested) -> None:
    """One .txt file with its manifest row; a file that cannot be read is flagged, not dropped."""
    doc_id = path.stem
    published = parse_published(row.get("published"), f"{MANIFEST} {doc_id}", out.problems)
    try:
        text, why = path.read_text(encoding="utf-8-sig"), None
    except UnicodeDecodeError:
        text, why = "", f"{path.name}: not readable as UTF-8 text (UnicodeDecodeError)"
    except OSError as exc:
        text, why = "", f"{path.name}: cannot be read ({_why(exc)})"
    try:
        article = Article(doc_id=doc_id, text=text, published=published, published_source="manifest" if published else None,
                          source=_clean(row.get("source")), url=_clean(row.get("url")), title=_clean(row.get("title")))
    except ValidationError as exc:
        out.problems.append(f"{path.name}: skipped ({_reason(exc, Article)})")
        return
    why = why or (None if article.text.strip() else f"{path.name}: empty article; nothing to read")
    if why:
        out.flag(doc_id, why)
    out.articles.append(article)


def read_folder(folder: Path) -> Ingested:
    out = Ingested()
    manifest = read_manifest(folder, out.problems)
    files = article_files(folder, out.problems)
    if not files:
        out.problems.append(f"{folder}: no .txt articles")
    for path in files:
        read_article_file(path, manifest.get(path.stem, {}), out)
    for missing in sorted(set(manifest) - {p.stem for p in files}):
        out.problems.append(f"{MANIFEST}: {missing} has no {missing}.txt; skipped")
    return out


def read_jsonl(path: Path) -> Ingested:
    """One article object a line, each line decoded on its own; a later line with the same doc_id wins."""
    out = Ingested()
    lines = jsonl_lines(path)
    first = next(lines, None)
    if first is None:
        out.problems.append(f"{path.name}: empty; no articles")
        return out
    if first[1].lstrip().startswith(b"["):
        out.problems.append(f"{path.name}: a JSON array, not JSON Lines (one article object a line); nothing read")
        return out
    articles: dict[str, Article] = {}
    for where, raw in itertools.chain([first], lines):
        article = read_line(raw, where, out.problems)
        if article is None:
            continue
        if articles.pop(article.doc_id, None):
            out.problems.append(f"{where}: duplicate doc_id {article.doc_id!r}; the later line wins")
            out.unreadable.pop(article.doc_id, None)
        if not article.text.strip():
            out.flag(article.doc_id, f"{where}: empty article; nothing to read")
        articles[article.doc_id] = article
    out.articles = list(articles.values())
    return out


def read_line(raw: bytes, where: str, problems: list[str]) -> Article | None:
    """The article on one JSONL line, or None with the reason added to `problems`."""
    fields = parse_record(raw, where, ArticleRecord, problems)
    if fields is None:
        return None
    published = parse_published(fields.published, where, problems)
    try:
        return Article(doc_id=fields.doc_id, text=fields.text, published=published,
                       published_source="jsonl" if published else None, source=_clean(fields.source),
                       url=_clean(fields.url), title=_clean(fields.title))
    except ValidationError as exc:
        problems.append(f"{where}: skipped ({_reason(exc, Article)})")
        return None


def parse_record(raw: bytes, where: str, model: type[Record], problems: list[str]) -> Record | None:
    """One JSONL line as `model`, or None with the reason added to `problems`: a line that is not
    UTF-8, not JSON, nested too deeply, not an object, or whose fields are of the wrong type."""
    try:
        record = json.loads(raw.decode("utf-8"))
        if not isinstance(record, dict):
            raise ValueError(f"not a JSON object but {_json_kind(record)}")
        return model.model_validate(record)
    except ValidationError as exc:
        reason = _reason(exc, model)
    except UnicodeDecodeError as exc:
        reason = _why(exc)
    except json.JSONDecodeError as exc:
        reason = f"not JSON: {exc.msg}"
    except RecursionError:
        reason = "not JSON: nested too deeply"
    except ValueError as exc:  # not an object, or an integer longer than Python reads
        reason = str(exc)
    problems.append(f"{where}: skipped ({reason})")
    return None


def jsonl_lines(path: Path) -> Iterator[tuple[str, bytes]]:
    """Each line of a JSONL file that holds anything, with where it is (`file:line`)."""
    try:
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except (OSError, EOFError, zlib.error) as exc:  # gzip.BadGzipFile is an OSError
        raise InputError(f"{path}: cannot be read ({_why(exc)})") from None
    data = data.removeprefix(_BOM)
    for number, raw in enumerate(data.splitlines(), 1):
        if raw.strip():
            yield f"{path.name}:{number}", raw


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return {list: "a list", dict: "an object", str: "a string"}.get(type(value), type(value).__name__)


def _reason(exc: ValidationError, model: type[BaseModel]) -> str:
    """Each field's problem in words: missing, of the wrong JSON type, or why its value is refused."""
    reasons = []
    for error in exc.errors():
        name = ".".join(map(str, error["loc"]))
        if error["type"] == "missing":
            reasons.append(f"missing field {name!r}")
        elif error["type"] == "string_type":
            optional = "" if model.model_fields[name].is_required() else " or null"
            reasons.append(f"{name} must be a string{optional}, not {_json_kind(error['input'])}")
        else:
            reasons.append(f"{name}: {error.get('ctx', {}).get('error', error['msg'])}")
    return "; ".join(reasons)


_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json", ".jsonl.gz", ".ndjson.gz", ".json.gz")


def check_input(path: str | Path) -> Path:
    """The input path, if it is one `ingest` can read: a folder, or a JSONL file (gzipped or not)."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    if not path.is_dir() and not path.name.lower().endswith(_JSONL_SUFFIXES):
        raise InputError(f"{path}: expected a folder of .txt articles or a .jsonl (or .jsonl.gz) file")
    return path


def ingest(path: str | Path) -> Ingested:
    """Articles from a folder (with manifest.csv) or a JSONL file (gzipped or not)."""
    path = check_input(path)
    return read_folder(path) if path.is_dir() else read_jsonl(path)
