"""A killed run takes Prefect's temporary server along; a watchdog stops what its parent cannot."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import psutil
import pytest

from flows.lifetime import is_running, watch_over
from tests.conftest import ROOT, SEEDS

FLOW = "from flows.pipeline import timeline_flow; import sys; timeline_flow(sys.argv[1], db=sys.argv[2])"


def wait_for(condition, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def servers_of(parent: psutil.Process) -> list[psutil.Process]:
    return [p for p in parent.children() if "uvicorn" in " ".join(command_of(p))]


def command_of(process: psutil.Process) -> list[str]:
    """Its command line; none for a child that has just ended (a zombie not yet reaped, or gone)."""
    try:
        return process.cmdline()
    except (psutil.ZombieProcess, psutil.NoSuchProcess):
        return []


def end(processes: list[psutil.Process]) -> None:
    for p in processes:
        if p.is_running():
            p.kill()


def test_a_sigkilled_flow_run_takes_its_temporary_server_along(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    run = subprocess.Popen([sys.executable, "-c", FLOW, str(SEEDS), str(tmp_path / "w.duckdb")], cwd=ROOT, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    parent = psutil.Process(run.pid)
    servers: list[psutil.Process] = []
    helpers: list[psutil.Process] = []
    try:
        assert wait_for(lambda: bool(servers_of(parent)), 120), "no temporary server started"
        servers = servers_of(parent)
        helpers = parent.children(recursive=True)
        run.send_signal(signal.SIGKILL)
        run.wait(timeout=10)
        assert wait_for(lambda: not any(is_running(p.pid) for p in servers + helpers), 8)
    finally:
        run.kill()
        run.wait()
        end(servers + helpers)


@pytest.mark.parametrize("parent_lives", [True, False])
def test_the_watchdog_stops_its_charge_only_when_the_parent_is_gone(parent_lives):
    """A parent that starts a sleeper and its watchdog, then waits (or dies at once)."""
    script = ("import subprocess, sys, time; from flows.lifetime import watch_over; "
              "p = subprocess.Popen(['sleep', '30']); watch_over(p.pid); print(p.pid, flush=True); "
              f"time.sleep({30 if parent_lives else 0.5})")
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdout=subprocess.PIPE)
    sleeper = int(parent.stdout.readline())
    try:
        gone = wait_for(lambda: not is_running(sleeper), 5)
        assert gone is (not parent_lives)
    finally:
        parent.kill()
        parent.wait()
        if is_running(sleeper):
            os.kill(sleeper, signal.SIGKILL)


def test_a_watchdog_leaves_when_its_charge_ends():
    sleeper = subprocess.Popen(["sleep", "0.3"])
    watchdog = watch_over(sleeper.pid)
    try:
        sleeper.wait()
        assert watchdog.wait(timeout=5) == 0
    finally:
        watchdog.kill()
        watchdog.wait()


def write_corpus(path, copies: int) -> None:
    """The seeds many times over, each copy its own article, as one JSONL file."""
    seeds = sorted(SEEDS.glob("*.txt"))
    with path.open("w", encoding="utf-8") as out:
        for n in range(copies):
            for seed in seeds:
                record = {"doc_id": f"{seed.stem}-{n}", "text": seed.read_text(encoding="utf-8"), "published": "2024-12-14"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_stops_timeline_run_within_a_second_and_the_next_run_finishes(tmp_path, signum):
    """The run's tasks stop at their next check (tens of milliseconds); Prefect then joins its
    heartbeat thread, which sleeps in one-second steps, so the run's one error line comes within
    a second and a half of the signal. Stopping Prefect's temporary server takes a few seconds
    more, after the run."""
    corpus, db = tmp_path / "many.jsonl", tmp_path / "w.duckdb"
    write_corpus(corpus, 40)
    timeline = str(ROOT / ".venv" / "bin" / "timeline") if (ROOT / ".venv" / "bin" / "timeline").exists() else "timeline"
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    run = subprocess.Popen([timeline, "run", str(corpus), "--db", str(db), "-q"], cwd=tmp_path, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[tuple[float, str]] = []
    reader = threading.Thread(target=lambda: lines.extend((time.monotonic(), line) for line in run.stderr), daemon=True)
    reader.start()
    try:
        assert wait_for(lambda: any("articles read and loaded" in line for _, line in lines), 120), "nothing was loaded"
        run.send_signal(signum)
        signalled = time.monotonic()
        run.wait(timeout=20)
        reader.join(timeout=5)
    finally:
        run.kill()
        run.wait()
    errors = [(at, line.strip()) for at, line in lines if line.startswith("error:")]
    assert [line for _, line in errors] == ["error: stopped; what was loaded is kept, and the next run finishes the work"]
    assert errors[0][0] - signalled < 1.5
    assert run.returncode == 2
    again = subprocess.run([timeline, "run", str(corpus), "--db", str(db), "-q"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr[-2000:]
    assert "200 articles: " in again.stdout and " 0 failed" in again.stdout
