"""Language data built once per process, however many threads ask for it first.

`functools.cache` lets every thread that arrives before the first build finishes build its own
copy: the flow's first batches, one per thread, each compiled the whole grammar and gazetteer,
slowly and out of reach of a stop request. Here the first caller builds and the others wait.
"""

from __future__ import annotations

import functools
import threading
from typing import Callable, TypeVar

T = TypeVar("T")


def built_once(build: Callable[[], T]) -> Callable[[], T]:
    """`build()` run by the first caller only; every caller gets that one result."""
    lock = threading.Lock()
    built: list[T] = []

    @functools.wraps(build)
    def get() -> T:
        if not built:
            with lock:
                if not built:
                    built.append(build())
        return built[0]

    return get
