"""Every bad input named once with its reason, the good articles read all the same: through
`flows.inputs.ingest` and through the whole pipeline in an in-memory warehouse."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from flows.inputs import ingest
from flows.steps import run_pipeline
from tests.conftest import SEEDS
from warehouse import store
from warehouse.export import Filters, timeline_events

GOOD = {"g1": "التقى وزير الخارجية نظيره في القاهرة يوم الأحد.", "g2": "وصل الرئيس إلى بغداد أمس."}
MANIFEST = "doc_id,published,title\ng1,2024-12-13,أول\ng2,2024-12-14,ثان\n"


def folder(tmp_path: Path, manifest: str | None = MANIFEST, **files: bytes | str) -> Path:
    """The two good articles with their manifest, plus `files` (name -> bytes or text)."""
    base = tmp_path / "in"
    base.mkdir()
    for doc_id, text in GOOD.items():
        (base / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    if manifest is not None:
        (base / "manifest.csv").write_text(manifest, encoding="utf-8")
    for name, content in files.items():
        path = base / name.replace("__", ".")
        path.write_bytes(content) if isinstance(content, bytes) else path.write_text(content, encoding="utf-8")
    return base


def jsonl(tmp_path: Path, *bad: str | bytes, good: bool = True) -> Path:
    """A JSONL file: the good articles on lines 1-2 (when `good`), then the `bad` lines."""
    lines = [json.dumps({"doc_id": d, "text": t}, ensure_ascii=False).encode() for d, t in GOOD.items()] if good else []
    lines += [line if isinstance(line, bytes) else line.encode("utf-8") for line in bad]
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(lines) + (b"\n" if lines else b""))
    return path


def record(**fields) -> str:
    return json.dumps({"doc_id": "bad", "text": "نص", **fields}, ensure_ascii=False)


# (case, input builder, doc_ids read, doc_ids flagged as unreadable, the one problem line)
CASES = [
    ("duplicate manifest row", lambda p: folder(p, MANIFEST + "g1,2024-12-20,أول مكرر\n"), ["g1", "g2"], [],
     "manifest.csv line 4: doc_id 'g1' repeats line 2; this later row wins"),
    ("unclosed quote", lambda p: folder(p, 'doc_id,published,title\ng1,2024-12-13,"أول\ng2,2024-12-14,ثان\n'),
     ["g1", "g2"], [], "manifest.csv lines 2–3: one row holds line breaks (an unclosed quote?); these lines are ignored"),
    ("manifest row without doc_id", lambda p: folder(p, MANIFEST + ",2024-12-15,بلا\n"), ["g1", "g2"], [],
     "manifest.csv line 4: no doc_id; row ignored"),
    ("manifest is a folder", lambda p: _with_manifest_folder(folder(p, None)), ["g1", "g2"], [],
     "manifest.csv: cannot be read (Is a directory); articles read without it"),
    ("manifest not UTF-8", lambda p: folder(p, None, manifest__csv=b"doc_id,title\ng1,\xe3\xd1\n"), ["g1", "g2"], [],
     "manifest.csv: cannot be read (not UTF-8: byte 0xe3 at 16); articles read without it"),
    ("empty article", lambda p: folder(p, g3__txt=""), ["g1", "g2", "g3"], ["g3"], "g3.txt: empty article; nothing to read"),
    ("whitespace-only article", lambda p: folder(p, g3__txt=" \u00a0\r\n\t"), ["g1", "g2", "g3"], ["g3"],
     "g3.txt: empty article; nothing to read"),
    ("cp1256 article", lambda p: folder(p, g3__txt="نص عربي".encode("cp1256")), ["g1", "g2", "g3"], ["g3"],
     "g3.txt: not readable as UTF-8 text (UnicodeDecodeError)"),
    ("same doc_id in two cases", lambda p: folder(p, g1__TXT="نص آخر"), ["g1", "g2"], [],
     "g1.txt: same doc_id as g1.TXT; skipped"),
    ("a folder named .txt", lambda p: _with_folder(folder(p), "g3.txt"), ["g1", "g2"], [], "g3.txt: not a file; skipped"),
    ("published year 1", lambda p: folder(p, MANIFEST.replace("2024-12-13", "0001-01-01")), ["g1", "g2"], [],
     "manifest.csv g1: published '0001-01-01' is outside 1900–2100; ignored"),
    ("published year 9999", lambda p: folder(p, MANIFEST.replace("2024-12-13", "9999-12-31")), ["g1", "g2"], [],
     "manifest.csv g1: published '9999-12-31' is outside 1900–2100; ignored"),
    ("published spelled out of range", lambda p: folder(p, MANIFEST.replace("2024-12-13", "15 يناير 1066")), ["g1", "g2"], [],
     "manifest.csv g1: published '15 يناير 1066' is outside 1900–2100; ignored"),
    ("published yesterday", lambda p: folder(p, MANIFEST.replace("2024-12-13", "yesterday")), ["g1", "g2"], [],
     "manifest.csv g1: published 'yesterday' is not a date; ignored"),
    ("published أمس", lambda p: folder(p, MANIFEST.replace("2024-12-13", "أمس")), ["g1", "g2"], [],
     "manifest.csv g1: published 'أمس' is not a date; ignored"),
    ("published without a year", lambda p: folder(p, MANIFEST.replace("2024-12-13", "15")), ["g1", "g2"], [],
     "manifest.csv g1: published '15' is not a date; ignored"),
    ("jsonl cp1256 line", lambda p: jsonl(p, record().encode("cp1256")), ["g1", "g2"], [],
     "in.jsonl:3: skipped (not UTF-8: byte 0xe4 at 27)"),
    ("jsonl lone surrogate", lambda p: jsonl(p, '{"doc_id": "bad", "text": "\\ud800"}'), ["g1", "g2"], [],
     "in.jsonl:3: skipped (text: holds a lone surrogate (U+D800) at 0, which is not text)"),
    ("jsonl nested 100,000 deep", lambda p: jsonl(p, "[" * 100_000 + "]" * 100_000), ["g1", "g2"], [],
     "in.jsonl:3: skipped (not JSON: nested too deeply)"),
    ("jsonl not an object", lambda p: jsonl(p, '"نص"'), ["g1", "g2"], [], "in.jsonl:3: skipped (not a JSON object but a string)"),
    ("jsonl text null", lambda p: jsonl(p, record(text=None)), ["g1", "g2"], [],
     "in.jsonl:3: skipped (text must be a string, not null)"),
    ("jsonl doc_id null", lambda p: jsonl(p, record(doc_id=None)), ["g1", "g2"], [],
     "in.jsonl:3: skipped (doc_id must be a string, not null)"),
    ("jsonl doc_id number", lambda p: jsonl(p, record(doc_id=7)), ["g1", "g2"], [],
     "in.jsonl:3: skipped (doc_id must be a string, not a number)"),
    ("jsonl text list", lambda p: jsonl(p, record(text=["نص"])), ["g1", "g2"], [],
     "in.jsonl:3: skipped (text must be a string, not a list)"),
    ("jsonl doc_id blank", lambda p: jsonl(p, record(doc_id=" ")), ["g1", "g2"], [],
     "in.jsonl:3: skipped (doc_id: must be one line of visible text)"),
    ("jsonl published number", lambda p: jsonl(p, record(published=20241213)), ["g1", "g2"], [],
     "in.jsonl:3: skipped (published must be a string or null, not a number)"),
    ("jsonl title and source of other types", lambda p: jsonl(p, record(title=1, source=[])), ["g1", "g2"], [],
     "in.jsonl:3: skipped (source must be a string or null, not a list; title must be a string or null, not a number)"),
    ("jsonl published out of range", lambda p: jsonl(p, record(published="9999-12-31")), ["bad", "g1", "g2"], [],
     "in.jsonl:3: published '9999-12-31' is outside 1900–2100; ignored"),
    ("jsonl empty text", lambda p: jsonl(p, record(text="")), ["bad", "g1", "g2"], ["bad"],
     "in.jsonl:3: empty article; nothing to read"),
    ("jsonl duplicate doc_id", lambda p: jsonl(p, json.dumps({"doc_id": "g1", "text": GOOD["g1"]})), ["g1", "g2"], [],
     "in.jsonl:3: duplicate doc_id 'g1'; the later line wins"),
    ("a JSON array file", lambda p: _write(p / "in.json", json.dumps([{"doc_id": "g1", "text": "نص"}])), [], [],
     "in.json: a JSON array, not JSON Lines (one article object a line); nothing read"),
    ("an empty JSONL file", lambda p: jsonl(p, good=False), [], [], "in.jsonl: empty; no articles"),
]


def _with_manifest_folder(base: Path) -> Path:
    (base / "manifest.csv").mkdir()
    return base


def _with_folder(base: Path, name: str) -> Path:
    (base / name).mkdir()
    return base


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("case, build, read, flagged, problem", CASES, ids=[c[0] for c in CASES])
def test_a_bad_input_is_named_once_and_the_good_articles_read(tmp_path, case, build, read, flagged, problem):
    got = ingest(build(tmp_path))
    assert sorted(a.doc_id for a in got.articles) == read
    assert sorted(got.unreadable) == flagged
    assert got.problems == [problem]


@pytest.mark.parametrize("case, build, read, flagged, problem", CASES, ids=[c[0] for c in CASES])
def test_a_bad_input_does_not_stop_the_pipeline(tmp_path, case, build, read, flagged, problem):
    ingested = ingest(build(tmp_path))
    con = store.connect(":memory:")
    summary = run_pipeline(ingested, con)
    stored = con.execute("SELECT doc_id, error IS NOT NULL FROM articles ORDER BY doc_id").fetchall()
    assert stored == [(doc_id, doc_id in flagged) for doc_id in read]
    assert (summary.articles_read, summary.articles_failed) == (len(read), len(flagged))
    assert summary.problems[0] == problem and summary.problems.count(problem) == 1


def test_an_unreadable_file_is_named_once_in_the_run_summary(tmp_path):
    summary = run_pipeline(ingest(folder(tmp_path, g3__txt=b"\xff\xfe")), store.connect(":memory:"))
    assert [p for p in summary.problems if "g3" in p] == ["g3.txt: not readable as UTF-8 text (UnicodeDecodeError)"]


def test_the_later_manifest_row_wins(tmp_path):
    got = ingest(folder(tmp_path, MANIFEST + "g1,2024-12-20,أول مكرر\n"))
    assert [(a.doc_id, a.published, a.title) for a in got.articles] == [
        ("g1", date(2024, 12, 20), "أول مكرر"), ("g2", date(2024, 12, 14), "ثان"),
    ]


def test_upper_case_txt_files_are_read(tmp_path):
    got = ingest(folder(tmp_path, G3__TXT="نص ثالث"))
    assert [(a.doc_id, a.text) for a in got.articles] == [("G3", "نص ثالث"), ("g1", GOOD["g1"]), ("g2", GOOD["g2"])]
    assert got.problems == []


def _events_of(path: Path) -> list[dict]:
    con = store.connect(":memory:")
    run_pipeline(ingest(path), con)
    return timeline_events(con, Filters())


@pytest.mark.parametrize("old, new", [(" ", "\u00a0"), (" ", "\u202f"), ("\n", "\r"), ("\n", "\r\n")])
def test_spaces_and_line_ends_spelled_otherwise_give_the_same_events(tmp_path, old, new):
    respelled = tmp_path / "seeds"
    shutil.copytree(SEEDS, respelled)
    for path in respelled.glob("*.txt"):
        path.write_bytes(path.read_text(encoding="utf-8").replace(old, new).encode("utf-8"))
    assert _events_of(respelled) == _events_of(SEEDS)
