"""The `timeline` command line: outputs, one-line errors, and the README documenting it."""

from __future__ import annotations

import json
import os
import re

import pytest
from typer.testing import CliRunner

from flows.cli import app
from tests.conftest import ROOT
from warehouse import store

runner = CliRunner()


def test_dates_batch(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join([
        json.dumps({"id": "1", "text": "وصل مساء أمس الأول", "published": "2024-12-14"}, ensure_ascii=False),
        json.dumps({"id": "2", "text": "الخميس", "published": "2024-12-13", "prefer": "future"}, ensure_ascii=False),
        "not json",
    ]) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["dates", "--input", str(src)])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines == [
        {"id": "1", "mentions": [{"text": "مساء أمس الأول", "start": 4, "end": 18, "value_start": "2024-12-12",
                                   "value_end": "2024-12-12", "precision": "day", "time_of_day": "evening",
                                   "time": None, "how": "part_of_day+dayword"}]},
        {"id": "2", "mentions": [{"text": "الخميس", "start": 0, "end": 6, "value_start": "2024-12-19",
                                   "value_end": "2024-12-19", "precision": "day", "time_of_day": None,
                                   "time": None, "how": "weekday"}]},
    ]
    assert "in.jsonl:3: skipped" in result.stderr


@pytest.mark.parametrize("args,message", [
    (["export", "--db", "/nonexistent/t.duckdb"], "no warehouse yet"),
    (["query", "SELECT 1", "--db", "/nonexistent/t.duckdb"], "no warehouse yet"),
    (["run", "/nonexistent/folder"], "no such file or folder"),
    (["dates", "--input", "/nonexistent.jsonl"], "no such file"),
])
def test_errors_are_one_line(args, message):
    result = runner.invoke(app, args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_bad_sql_is_one_line(tmp_path):
    from warehouse import store

    db = tmp_path / "t.duckdb"
    store.connect(db).close()
    result = runner.invoke(app, ["query", "SELEC nonsense", "--db", str(db)])
    assert result.exit_code == 2 and result.stderr.startswith("error:") and len(result.stderr.strip().splitlines()) == 1


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert commands == {"run", "export", "query", "dates", "serve", "evaluate", "recipe"}
    for command in commands:
        assert re.search(rf"timeline {command}\b", readme), f"README does not show `timeline {command}`"


def test_query_runs_the_sql_as_given_and_says_so(tmp_path):
    from warehouse import store

    db = tmp_path / "t.duckdb"
    store.connect(db).close()
    target = tmp_path / "n.csv"
    result = runner.invoke(app, ["query", f"COPY (SELECT 42 AS n) TO '{target}'", "--db", str(db)])
    assert result.exit_code == 0 and target.read_text(encoding="utf-8") == "n\n42\n"
    help_text = " ".join(runner.invoke(app, ["query", "--help"]).stdout.split())
    assert "read and write files on this machine" in help_text and "parameters only" in help_text


@pytest.mark.parametrize("line,warning", [
    ({"id": "n", "text": None, "published": "2024-12-14"}, "in.jsonl:1: skipped (text must be a string, not null)"),
    ({"id": "p", "text": "أمس", "published": 20241214}, "in.jsonl:1: skipped (published must be a string or null, not a number)"),
    ({"id": "f", "text": "أمس", "prefer": "sideways"}, "in.jsonl:1: skipped (prefer: Input should be 'past' or 'future')"),
    ({"id": "u", "text": "أمس"}, "in.jsonl:1: no published date; relative dates are left unresolved"),
    ({"id": "y", "text": "أمس", "published": "yesterday"}, "in.jsonl:1: published 'yesterday' is not a date; ignored"),
    ({"id": "b", "text": "أمس", "published": "[bold]soon"}, "in.jsonl:1: published '[bold]soon' is not a date; ignored"),
])
def test_dates_batch_names_a_bad_line(tmp_path, line, warning):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["dates", "--input", str(src)])
    assert result.exit_code == 0
    assert [w.removeprefix("warning: ") for w in result.stderr.splitlines()] == [warning]


@pytest.mark.parametrize("users, expected", [(None, "120"), ("30", "30")])
def test_the_temporary_server_gets_time_to_start_unless_the_user_said(tmp_path, monkeypatch, users, expected):
    name = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"
    if users is None:
        monkeypatch.delenv(name, raising=False)
    else:
        monkeypatch.setenv(name, users)
    store.connect(tmp_path / "w.duckdb").close()
    assert runner.invoke(app, ["query", "SELECT 1", "--db", str(tmp_path / "w.duckdb")]).exit_code == 0
    assert os.environ[name] == expected
