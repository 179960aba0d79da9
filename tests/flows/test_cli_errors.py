"""Every error a user can cause is one line on stderr and exit status 2; `--debug` shows the traceback."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from itertools import product
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.inputs import Ingested
from flows.steps import run_pipeline
from flows.cli import app
from flows.preflight import UsageError, check_scheduler
from schemas.articles import Article
from tests.conftest import SEEDS
from warehouse import store

runner = CliRunner()
TIMELINE = str(Path(sys.executable).parent / "timeline")
TEXT = "التقى وزير الخارجية الروسي سيرغي لافروف أمس نظيره الأمريكي ريكس تيلرسون في موسكو."
NOT_A_WAREHOUSE = "not a valid DuckDB database file"


def closed_port() -> int:
    """A local port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """A folder holding a good warehouse and the bad files and folders the cases point at."""
    con = store.connect(tmp_path / "good.duckdb")
    run_pipeline(Ingested(articles=[Article(doc_id="a", text=TEXT, published=date(2017, 4, 13))]), con)
    con.close()
    (tmp_path / "folder.duckdb").mkdir()
    (tmp_path / "text.duckdb").write_text("a warehouse? no.\n", encoding="utf-8")
    (tmp_path / "random.duckdb").write_bytes(bytes(range(256)) * 16)
    (tmp_path / "out").mkdir()
    (tmp_path / "file").write_text("x", encoding="utf-8")
    golds = {
        "gold.json": '{"actors": {}, "events": []}',
        "cp1256.json": '{"actors": {"x": {"ar": ["لافروف"]}}, "events": []}'.encode("cp1256"),
        "notjson.json": "actors: events:",
        "types.json": '{"actors": [], "events": 3}',
        "eventtype.json": '{"actors": {}, "events": [{"type": "party", "actors": []}]}',
        "unknownactor.json": '{"actors": {}, "events": [{"type": "call", "actors": ["lavrov"]}]}',
        "baddate.json": '{"actors": {}, "events": [{"type": "call", "actors": [], "date": "April"}]}',
    }
    for name, content in golds.items():
        target = tmp_path / name
        target.write_bytes(content) if isinstance(content, bytes) else target.write_text(content, encoding="utf-8")
    return tmp_path


def with_db(command: str, db: str) -> list[str]:
    """A command with its usual arguments, run against the warehouse `db`."""
    return {
        "run": ["run", str(SEEDS), "--json", "{p}/t.json", "-q"],
        "export": ["export"],
        "query": ["query", "SELECT 1"],
        "recipe": ["recipe", "actor_timeline", "-p", "actor=lavrov"],
        "evaluate": ["evaluate", "--gold", "{p}/gold.json"],
    }[command] + ["--db", "{p}/" + db]


BAD_WAREHOUSES = [
    (with_db(command, db), reason)
    for command, (db, reason) in product(
        ("run", "export", "query", "recipe", "evaluate"),
        (("folder.duckdb", "Is a directory"), ("text.duckdb", NOT_A_WAREHOUSE), ("random.duckdb", NOT_A_WAREHOUSE)))
]

BAD_OPTIONS = [
    (["run", str(SEEDS), "--db", "{p}/new.duckdb", "--json", "{p}/out"], "{p}/out: is a folder; give a file name"),
    (["run", str(SEEDS), "--db", "{p}/new.duckdb", "--json", "{p}/file/t.json"], "{p}/file: is a file, not a folder"),
    (["export", "--db", "{p}/good.duckdb", "-o", "{p}/out"], "{p}/out: is a folder; give a file name"),
    (["export", "--db", "{p}/good.duckdb", "-f", "html", "-o", "{p}/out"], "{p}/out: is a folder; give a file name"),
    (["export", "--db", "{p}/good.duckdb", "-f", "parquet", "-o", "{p}/file"], "{p}/file: is a file; give a folder"),
    (["export", "--db", "{p}/good.duckdb", "-f", "parquet"], "--format parquet needs -o DIRECTORY"),
    (["evaluate", "--db", "{p}/good.duckdb", "--gold", "{p}/cp1256.json"], "cp1256.json: not UTF-8 (byte 0xe1 at offset 26)"),
    (["evaluate", "--db", "{p}/good.duckdb", "--gold", "{p}/notjson.json"], "notjson.json: not JSON (Expecting value at line 1 column 1)"),
    (["evaluate", "--db", "{p}/good.duckdb", "--gold", "{p}/types.json"],
     "types.json: not a reference file (actors: Input should be a valid dictionary (and 1 more))"),
    (["evaluate", "--db", "{p}/good.duckdb", "--gold", "{p}/eventtype.json"], "events.0.type: Value error, unknown type 'party'"),
    (["evaluate", "--db", "{p}/good.duckdb", "--gold", "{p}/unknownactor.json"], "events name actors missing from 'actors': lavrov"),
    (["evaluate", "--db", "{p}/good.duckdb", "--gold", "{p}/baddate.json"], "events.0.date: String should match pattern"),
    (["serve", str(SEEDS), "--cron", "every hour"], "--cron 'every hour': not a cron schedule"),
    (["serve", str(SEEDS), "--cron", "61 * * * *"], "--cron '61 * * * *': not a cron schedule"),
    (["query", "", "--db", "{p}/good.duckdb"], "no SQL given"),
    (["query", "   ", "--db", "{p}/good.duckdb"], "no SQL given"),
    (["query", "SELECT * FROM nowhere", "--db", "{p}/good.duckdb"], "Table with name nowhere does not exist"),
    (["run", str(SEEDS), "--db", "{p}/new.duckdb", "--dask", "tcp://127.0.0.1:{port}"],
     "--dask tcp://127.0.0.1:{port}: no scheduler reachable (Connection refused)"),
    (["run", str(SEEDS), "--db", "{p}/new.duckdb", "--dask", "tcp://127.0.0.1:port"], "expected tcp://HOST:PORT"),
]


def assert_one_line(stderr: str, reason: str) -> None:
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr
    assert len(lines) == 1 and lines[0].startswith("error: ") and reason in lines[0], stderr


@pytest.mark.parametrize("argv,reason", BAD_WAREHOUSES + BAD_OPTIONS)
def test_a_bad_input_is_one_line_and_exit_2(place, argv, reason):
    fill = {"p": str(place), "port": closed_port()}
    result = runner.invoke(app, [a.format(**fill) for a in argv])
    assert result.exit_code == 2
    assert_one_line(result.stderr, reason.format(**fill))


def test_nothing_is_written_when_an_option_is_bad(place):
    result = runner.invoke(app, ["run", str(SEEDS), "--db", f"{place}/new.duckdb", "--json", f"{place}/out"])
    assert result.exit_code == 2 and not (place / "new.duckdb").exists()


class Failing:
    """A flow that raises what ingestion or a step might let through."""

    def __init__(self, exc: Exception):
        self.exc = exc

    def __call__(self, **kwargs):
        raise self.exc


@pytest.mark.parametrize("exc,line", [
    (IsADirectoryError(21, "Is a directory", "in/manifest.csv"), "error: in/manifest.csv: Is a directory"),
    (PermissionError(13, "Permission denied", "in/a.txt"), "error: in/a.txt: Permission denied"),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
     "error: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte"),
    (UsageError("in.jsonl: unknown format"), "error: in.jsonl: unknown format"),
    (RuntimeError("boom\nmore"), "error: internal error (RuntimeError: boom); re-run with `timeline --debug …` for the traceback"),
])
def test_an_error_from_the_flow_is_one_line(place, monkeypatch, exc, line):
    import flows.pipeline

    monkeypatch.setattr(flows.pipeline, "timeline_flow", Failing(exc))
    result = runner.invoke(app, ["run", str(SEEDS), "--db", f"{place}/good.duckdb", "-q"])
    assert result.exit_code == 2 and result.stderr == line + "\n"


def test_an_input_error_from_the_flow_is_one_line(place, monkeypatch):
    import flows.pipeline
    from flows.inputs import InputError

    monkeypatch.setattr(flows.pipeline, "timeline_flow", Failing(InputError("in: neither a folder nor a .jsonl file")))
    result = runner.invoke(app, ["run", str(SEEDS), "--db", f"{place}/good.duckdb", "-q"])
    assert result.exit_code == 2 and result.stderr == "error: in: neither a folder nor a .jsonl file\n"


@pytest.fixture
def listener():
    """A local port that takes connections and answers each with `reply` (nothing: stays silent)."""
    servers = []

    def serve(reply: bytes) -> str:
        server = socket.create_server(("127.0.0.1", 0))
        servers.append(server)

        def answer() -> None:
            with contextlib.suppress(OSError):
                while True:
                    conn, _ = server.accept()
                    conn.sendall(reply)
                    servers.append(conn)

        threading.Thread(target=answer, daemon=True).start()
        return f"tcp://127.0.0.1:{server.getsockname()[1]}"

    yield serve
    for s in servers:
        s.close()


@pytest.mark.parametrize("reply", [b"", b"HTTP/1.1 400 Bad Request\r\nconnection: close\r\n\r\n"])
def test_a_port_without_a_scheduler_is_named_within_the_timeout(listener, reply):
    import distributed.comm  # noqa: F401 -- imported before the clock starts: the check is timed, not the import

    address = listener(reply)
    started = time.monotonic()
    with pytest.raises(UsageError) as raised:
        check_scheduler(address, timeout=0.5)
    assert str(raised.value) == f"--dask {address}: something listens there, but no Dask scheduler answers"
    assert time.monotonic() - started < 2


def test_a_running_scheduler_passes():
    from distributed import LocalCluster

    with LocalCluster(n_workers=0, processes=False, protocol="tcp", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://")
        assert check_scheduler(cluster.scheduler_address) is None


def timeline(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([TIMELINE, *argv], capture_output=True, text=True, timeout=120)


def test_the_installed_command_says_one_line(place):
    for argv, reason in [
        (["run", str(SEEDS), "--db", f"{place}/random.duckdb", "-q"], NOT_A_WAREHOUSE),
        (["run", str(SEEDS), "--db", f"{place}/new.duckdb", "--dask", f"tcp://127.0.0.1:{closed_port()}"], "no scheduler reachable"),
        (["export", "--db", f"{place}/good.duckdb", "-o", f"{place}/out"], "is a folder"),
    ]:
        done = timeline(*argv)
        assert done.returncode == 2
        assert_one_line(done.stderr, reason)


def test_a_locked_warehouse_is_one_line(place):
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time\n"
                               f"con = duckdb.connect({str(place / 'good.duckdb')!r})\nprint('held', flush=True)\n"
                               "sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline() == "held\n"
        for argv in (["run", str(SEEDS), "-q"], ["query", "SELECT 1"], ["export"]):
            done = timeline(*argv, "--db", str(place / "good.duckdb"))
            assert done.returncode == 2
            assert_one_line(done.stderr, "Could not set lock")
    finally:
        holder.communicate("", timeout=30)


def test_debug_shows_the_traceback(place):
    done = timeline("--debug", "export", "--db", f"{place}/good.duckdb", "-o", f"{place}/out")
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "UsageError" in done.stderr and "is a folder" in done.stderr
