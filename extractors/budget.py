"""A time budget for one article: the steps look at the clock between hits and sentences, and
an article that runs past its budget is stopped, so one long article cannot stall a run."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass


class OutOfTime(Exception):
    """The article's budget ran out before its extraction finished."""

    def __init__(self, seconds: float):
        super().__init__(f"extraction stopped after {seconds:g} s")
        self.seconds = seconds


@dataclass(frozen=True)
class Budget:
    seconds: float
    deadline: float  # on the monotonic clock

    @classmethod
    def starting_now(cls, seconds: float) -> Budget:
        return cls(seconds, time.monotonic() + seconds)

    def check(self) -> None:
        """Raise `OutOfTime` once the deadline has passed."""
        if time.monotonic() > self.deadline:
            raise OutOfTime(self.seconds)


UNLIMITED = Budget(math.inf, math.inf)
