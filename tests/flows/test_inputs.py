"""Reading input: folders with a manifest, JSONL, and every kind of bad line."""

from __future__ import annotations

import json
from datetime import date

import pytest

from flows.inputs import InputError, ingest


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
