"""How long a run and its helpers live: a stop request ends the run, a killed run takes its server along.

SIGINT and SIGTERM during a run raise `KeyboardInterrupt` in the main thread (the one Prefect runs
the flow in) and set `STOP`, which extraction checks between articles on any thread; every load and
merge is one transaction, so the warehouse is left as the last commit had it and the next run
finishes the work. Prefect's temporary API server is a child process that a SIGKILLed parent
cannot stop: each one gets a watchdog that stops it when the parent is gone.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
import time
from types import FrameType
from typing import Iterator

from extractors.budget import Stopped

STOP = threading.Event()

_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class RunStopped(KeyboardInterrupt, Stopped):
    """A stop was asked for (SIGINT or SIGTERM): end the run as Ctrl-C would. It is the
    extractors' `Stopped` too, so whichever of the two ends a run is handled as one."""


def _ask_to_stop(signum: int, frame: FrameType | None) -> None:
    STOP.set()
    raise RunStopped(signal.Signals(signum).name)


def raise_if_stopped() -> None:
    """Called between units of work on worker threads, which no signal reaches."""
    if STOP.is_set():
        raise RunStopped("stop requested")


@contextlib.contextmanager
def stopping_on_signals() -> Iterator[None]:
    """Within the block, SIGINT and SIGTERM stop the run; outside it the previous handlers apply.
    Signal handlers can only be set from the main thread: elsewhere the block changes nothing."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    STOP.clear()
    previous = {s: signal.signal(s, _ask_to_stop) for s in _SIGNALS}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)


_PASSED: dict[str, int] = {}


def checkpoint(step: str) -> None:
    """A test hook for crash tests: with TIMELINE_DIE_AT=step:n in the environment, the process
    SIGKILLs itself the n-th time it reaches `step` (n defaults to 1), as a crash there would."""
    wanted = os.environ.get("TIMELINE_DIE_AT")
    if not wanted:
        return
    name, _, nth = wanted.partition(":")
    if name == step:
        _PASSED[step] = _PASSED.get(step, 0) + 1
        if _PASSED[step] == int(nth or 1):
            os.kill(os.getpid(), signal.SIGKILL)


def tie_temporary_servers_to_this_process() -> None:
    """Give every temporary Prefect server started from now on a watchdog (idempotent)."""
    from prefect.server.api.server import SubprocessASGIServer

    start_server = SubprocessASGIServer._run_uvicorn_command
    if getattr(start_server, "tied", False):
        return

    def start_tied_server(self: SubprocessASGIServer) -> subprocess.Popen:
        process = start_server(self)
        watch_over(process.pid)
        return process

    start_tied_server.tied = True  # type: ignore[attr-defined]
    SubprocessASGIServer._run_uvicorn_command = start_tied_server  # type: ignore[method-assign]


def watch_over(pid: int) -> subprocess.Popen:
    """Start a watchdog that stops process `pid` when this process is gone."""
    return subprocess.Popen([sys.executable, "-m", "flows.lifetime", str(os.getpid()), str(pid)],
                            stdin=subprocess.DEVNULL, start_new_session=True)


def is_running(pid: int) -> bool:
    """The process exists and is not a zombie waiting to be reaped."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def guard(parent: int, child: int, every: float = 0.1, grace: float = 3.0) -> None:
    """Wait while `child` runs; if `parent` goes first, SIGTERM the child, then SIGKILL it after `grace` s."""
    while is_running(child):
        if os.getppid() != parent:
            _end(child, grace)
            return
        time.sleep(every)


def _end(pid: int, grace: float) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + grace
        while is_running(pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        if is_running(pid):
            os.kill(pid, signal.SIGKILL)


if __name__ == "__main__":
    guard(int(sys.argv[1]), int(sys.argv[2]))
