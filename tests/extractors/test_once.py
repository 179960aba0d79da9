"""Language data is built once, even when many threads ask for it at the same moment."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

from extractors.once import built_once


def test_threads_that_ask_at_once_share_one_build():
    builds = []
    start = threading.Barrier(8)

    @built_once
    def slow() -> object:
        builds.append(1)
        time.sleep(0.2)
        return object()

    def ask() -> object:
        start.wait()
        return slow()

    with ThreadPoolExecutor(8) as pool:
        got = list(pool.map(lambda _: ask(), range(8)))
    assert len(builds) == 1
    assert all(g is got[0] for g in got)
