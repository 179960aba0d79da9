"""Checks a command makes before it starts work: a bad option fails at once, in one line,
rather than after the data is committed or deep inside a Prefect or Dask traceback."""

from __future__ import annotations

import asyncio
import json
import os
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ValidationError, Field, field_validator, model_validator

from evaluation.match import COMPATIBLE

SCHEDULER_TIMEOUT = 5.0
_DASK_PORT = 8786
_DAY = r"^\d{4}(-\d{2}(-\d{2})?)?$"


class UsageError(ValueError):
    """A command-line value that cannot work; the message names the value and the reason."""


def check_file_target(path: Path) -> None:
    """A file can be written at `path`: it is not a folder and its nearest existing parent is a writable folder."""
    if path.is_dir():
        raise UsageError(f"{path}: is a folder; give a file name")
    _check_parent(path)


def check_folder_target(path: Path) -> None:
    """Files can be written into the folder `path` (made if missing)."""
    if path.exists() and not path.is_dir():
        raise UsageError(f"{path}: is a file; give a folder")
    _check_parent(path)


def _check_parent(path: Path) -> None:
    existing = next(p for p in (path.absolute().parent, *path.absolute().parents) if p.exists())
    if not existing.is_dir():
        raise UsageError(f"{existing}: is a file, not a folder")
    if not os.access(existing, os.W_OK | os.X_OK):
        raise UsageError(f"{existing}: not writable")


def check_scheduler(address: str, timeout: float = SCHEDULER_TIMEOUT) -> None:
    """A Dask scheduler answers at a tcp:// address within `timeout` seconds (Dask itself keeps
    retrying for a long time before it gives up); a tls:// one at least takes the connection."""
    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme not in ("tcp", "tls"):
        return
    try:
        host, port = parts.hostname, parts.port or _DASK_PORT
    except ValueError:
        host = port = None
    if not host:
        raise UsageError(f"--dask {address}: expected tcp://HOST:PORT")
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as exc:
        raise UsageError(f"--dask {address}: no scheduler reachable ({exc.strerror or exc})") from None
    if parts.scheme == "tcp" and not _answers(f"tcp://{host}:{port}", timeout):
        raise UsageError(f"--dask {address}: something listens there, but no Dask scheduler answers")


def _answers(address: str, timeout: float) -> bool:
    """Dask's own handshake completes (a proxy or another server on the port fails it)."""
    from distributed.comm import connect

    async def handshake() -> None:
        comm = await connect(address, timeout=timeout)
        await comm.close()

    try:
        asyncio.run(asyncio.wait_for(handshake(), timeout))
    except Exception:
        return False
    return True


def check_cron(expression: str) -> None:
    """The schedule parses as Prefect will parse it when the deployment is served."""
    from prefect.client.schemas.schedules import CronSchedule

    try:
        CronSchedule(cron=expression)
    except ValueError:
        raise UsageError(f'--cron {expression!r}: not a cron schedule (five fields, e.g. "0 * * * *")') from None


class _Actor(BaseModel):
    en: str = ""
    ar: list[str] = []


class _Event(BaseModel):
    type: str
    actors: list[str]
    date: str | None = Field(None, pattern=_DAY)
    date_end: str | None = Field(None, pattern=_DAY)
    precision: str | None = None
    docs: list[str] = []
    optional: bool = False

    @field_validator("type")
    @classmethod
    def _known_type(cls, value: str) -> str:
        if value not in COMPATIBLE:
            raise ValueError(f"unknown type {value!r}; one of {', '.join(COMPATIBLE)}")
        return value


class _Temporal(BaseModel):
    doc: str
    text: str
    value: str = Field(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?(/|$)")
    precision: str | None = None


class Reference(BaseModel):
    """The shape of a reference file (seeds_gold.json) that the scorer relies on."""

    actors: dict[str, _Actor]
    events: list[_Event]
    temporal: list[_Temporal] = []

    @model_validator(mode="after")
    def _actors_known(self) -> Reference:
        unknown = sorted({a for e in self.events for a in e.actors} - set(self.actors))
        if unknown:
            raise ValueError(f"events name actors missing from 'actors': {', '.join(unknown)}")
        return self


def read_reference(path: Path) -> dict[str, Any]:
    """The reference file as the scorer takes it, once its shape is checked."""
    try:
        reference = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise UsageError(f"{path}: not UTF-8 (byte {exc.object[exc.start]:#04x} at offset {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{path}: not JSON ({exc.msg} at line {exc.lineno} column {exc.colno})") from None
    except RecursionError:
        raise UsageError(f"{path}: not a reference file (nested too deep)") from None
    try:
        Reference.model_validate(reference)
    except ValidationError as exc:
        raise UsageError(f"{path}: not a reference file ({first_error(exc)})") from None
    return reference


def first_error(exc: ValidationError) -> str:
    """The first problem pydantic found, on one line: where it is and what is wrong."""
    error = exc.errors()[0]
    where = ".".join(str(part) for part in error["loc"])
    more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
    return f"{where + ': ' if where else ''}{error['msg']}{more}"
