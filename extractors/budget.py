"""A time budget for one article: the steps look at the clock between hits and sentences, and
an article that runs past its budget is stopped, so one long article cannot stall a run. The
same checks end an article's extraction at once when the caller asks to stop (a run ending)."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Callable


class OutOfTime(Exception):
    """The article's budget ran out before its extraction finished."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction stopped after {seconds:g} s")
        self.seconds = seconds


class Stopped(BaseException):
    """The caller asked to stop: no fault of the article, so not an `Exception` to record."""


def never() -> bool:
    return False


@dataclass(frozen=True)
class Budget:
    seconds: float
    deadline: float  # on the monotonic clock
    stop: Callable[[], bool] = never

    @classmethod
    def starting_now(cls, seconds: float, stop: Callable[[], bool] = never) -> Budget:
        return cls(seconds, time.monotonic() + seconds, stop)

    def check(self) -> None:
        """Raise `Stopped` once the caller asks to stop, `OutOfTime` once the deadline has passed."""
        if self.stop():
            raise Stopped
        if time.monotonic() > self.deadline:
            raise OutOfTime(self.seconds)


UNLIMITED = Budget(math.inf, math.inf)
