"""Reading input: folders with a manifest, JSONL, and every kind of bad line."""

from __future__ import annotations

import gzip
import json
import tempfile
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.inputs import InputError, ingest, parse_published
from schemas.articles import normalize_whitespace


def test_folder_with_manifest(tmp_path):
    (tmp_path / "a.txt").write_text("نص أول", encoding="utf-8")
    (tmp_path / "b.txt").write_text("نص ثان", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,published,source,url,title\na,2024-12-13,وكالة,http://x,عنوان\n", encoding="utf-8")
    got = ingest(tmp_path)
    assert [(a.doc_id, a.published, a.published_source, a.source, a.title) for a in got.articles] == [
        ("a", date(2024, 12, 13), "manifest", "وكالة", "عنوان"),
        ("b", None, None, None, None),
    ]
    assert got.problems == []


def test_unreadable_file_is_reported_and_the_rest_read(tmp_path):
    (tmp_path / "good.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"\xff\xfe\xfa not utf-8 \x80")
    got = ingest(tmp_path)
    assert [a.doc_id for a in got.articles] == ["bad", "good"]
    assert list(got.unreadable) == ["bad"]
    assert got.problems == ["bad.txt: not readable as UTF-8 text (UnicodeDecodeError)"]


def test_manifest_problems_are_one_line_each(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,published\na,yesterday-ish\nghost,2020-01-01\n", encoding="utf-8")
    got = ingest(tmp_path)
    assert got.problems == [
        "manifest.csv a: published 'yesterday-ish' is not a date; ignored",
        "manifest.csv: ghost has no ghost.txt; skipped",
    ]


def test_published_in_another_spelling_is_read_and_noted(tmp_path):
    (tmp_path / "a.txt").write_text("نص", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("doc_id,published\na,14 December 2024\n", encoding="utf-8")
    got = ingest(tmp_path)
    assert got.articles[0].published == date(2024, 12, 14)
    assert got.problems == ["manifest.csv a: published '14 December 2024' read as 2024-12-14"]


def test_jsonl_with_bad_lines(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [
        json.dumps({"doc_id": "a", "text": "نص", "published": "2024-12-13", "source": "s"}, ensure_ascii=False),
        "{not json",
        json.dumps({"text": "no id"}),
        "",
        json.dumps({"doc_id": "b", "text": "نص"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    got = ingest(path)
    assert [(a.doc_id, a.published, a.published_source) for a in got.articles] == [
        ("a", date(2024, 12, 13), "jsonl"), ("b", None, None),
    ]
    assert got.problems == [
        "in.jsonl:2: skipped (not JSON: Expecting property name enclosed in double quotes)",
        "in.jsonl:3: skipped (missing field 'doc_id')",
    ]


@pytest.mark.parametrize("name", ["missing", "notes.csv"])
def test_input_that_cannot_be_read_at_all(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".csv"):
        path.write_text("x", encoding="utf-8")
    with pytest.raises(InputError) as err:
        ingest(path)
    assert str(err.value).startswith(str(path))


JSON_VALUES = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
                           lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                           max_leaves=6)
FIELDS = ("doc_id", "text", "published", "source", "url", "title")


def _named_or_read(got, where: str, doc_id: object) -> bool:
    """A line is either an article or a problem that names it."""
    return any(a.doc_id == doc_id for a in got.articles) or any(p.startswith(where + ":") or p.startswith(where + " ")
                                                                 for p in got.problems)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES | st.text(max_size=30)))
def test_any_json_value_in_any_field_is_an_article_or_a_named_line(record):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_text(json.dumps({"doc_id": "good", "text": "نص"}) + "\n" + json.dumps(record) + "\n", encoding="utf-8")
        got = ingest(path)
    assert _named_or_read(got, "in.jsonl:2", record.get("doc_id"))
    assert "good" in {a.doc_id for a in got.articles} or record.get("doc_id") == "good"
    assert all(a.published is None or date(1900, 1, 1) <= a.published <= date(2100, 12, 31) for a in got.articles)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=200))
def test_any_bytes_as_jsonl_never_raise_and_every_line_is_accounted_for(data):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_bytes(data)
        got = ingest(path)
    lines = data.removeprefix(b"\xef\xbb\xbf").splitlines()
    if got.problems[:1] and "JSON array" in got.problems[0]:
        assert got.articles == []
        return
    accounted = {p.split(":")[1] for p in got.problems if p.startswith("in.jsonl:")}
    assert len(got.articles) + len(accounted) >= sum(1 for line in lines if line.strip())


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=200), st.binary(max_size=200))
def test_any_bytes_as_article_and_manifest_never_raise(article, manifest):
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        (base / "good.txt").write_text("نص", encoding="utf-8")
        (base / "any.txt").write_bytes(article)
        (base / "manifest.csv").write_bytes(manifest)
        got = ingest(base)
    assert [a.doc_id for a in got.articles] == ["any", "good"]
    assert ("any" in got.unreadable) == any(p.startswith("any.txt: ") for p in got.problems)
    assert all(a.text == normalize_whitespace(a.text) for a in got.articles)


@given(st.text())
def test_normalized_text_has_one_space_and_one_line_break(text):
    got = normalize_whitespace(text)
    assert all(c == " " or unicodedata.category(c) != "Zs" for c in got)
    assert "\r" not in got and "\u2028" not in got and "\u2029" not in got
    assert normalize_whitespace(got) == got
    assert got.count("\n") == text.count("\n") + text.count("\r") - text.count("\r\n") + text.count("\u2028") \
        + text.count("\u2029") + text.count("\x85")


@pytest.mark.parametrize("value, expected, problem", [
    ("2024-12-13", date(2024, 12, 13), None),
    ("1900-01-01", date(1900, 1, 1), None),
    ("2100-12-31", date(2100, 12, 31), None),
    ("1899-12-31", None, "x: published '1899-12-31' is outside 1900–2100; ignored"),
    ("Dec 14, 2024", date(2024, 12, 14), "x: published 'Dec 14, 2024' read as 2024-12-14"),
    ("December 2024", date(2024, 12, 1), "x: published 'December 2024' read as 2024-12-01"),
    ("15 ديسمبر 2024", date(2024, 12, 15), "x: published '15 ديسمبر 2024' read as 2024-12-15"),
    ("today", None, "x: published 'today' is not a date; ignored"),
    ("اليوم", None, "x: published 'اليوم' is not a date; ignored"),
    ("2 days ago", None, "x: published '2 days ago' is not a date; ignored"),
    ("1700000000", None, "x: published '1700000000' is not a date; ignored"),
    ("2024", None, "x: published '2024' is not a date; ignored"),
    ("14 Dec 1066", None, "x: published '14 Dec 1066' is outside 1900–2100; ignored"),
    ("2024-12-13 " * 10, None, f"x: published {('2024-12-13 ' * 10).strip()!r} is not a date; ignored"),
])
def test_published_dates(value, expected, problem):
    problems: list[str] = []
    assert parse_published(value, "x", problems) == expected
    assert problems == ([problem] if problem else [])


@pytest.mark.parametrize("start, end", [(b"", b"\n"), (b"", b"\r\n"), (b"", b"\r"), (b"\xef\xbb\xbf", b"\n")])
def test_jsonl_lines_end_any_way(tmp_path, start, end):
    path = tmp_path / "in.jsonl"
    path.write_bytes(start + end.join(json.dumps({"doc_id": d, "text": "نص\r\nثان"}).encode() for d in "ab") + end)
    got = ingest(path)
    assert [(a.doc_id, a.text) for a in got.articles] == [("a", "نص\nثان"), ("b", "نص\nثان")]
    assert got.problems == []


def test_a_gzipped_jsonl_file_is_read_like_the_plain_one(tmp_path):
    lines = "".join(json.dumps({"doc_id": f"d{n}", "text": "وصل أمس", "published": "2015-07-26"}, ensure_ascii=False) + "\n"
                    for n in range(3))
    (tmp_path / "a.jsonl").write_text(lines, encoding="utf-8")
    (tmp_path / "a.jsonl.gz").write_bytes(gzip.compress(lines.encode("utf-8")))
    assert ingest(tmp_path / "a.jsonl.gz") == ingest(tmp_path / "a.jsonl")


@pytest.mark.parametrize("name,content,message", [
    ("broken.jsonl.gz", b"not gzip at all", "broken.jsonl.gz: cannot be read (BadGzipFile)"),
    ("notes.txt", b"x", "notes.txt: expected a folder of .txt articles or a .jsonl (or .jsonl.gz) file"),
])
def test_an_input_of_no_known_kind_is_refused_in_one_line(tmp_path, name, content, message):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(InputError) as caught:
        ingest(tmp_path / name)
    assert str(caught.value) == f"{tmp_path / name}: {message.split(': ', 1)[1]}"
