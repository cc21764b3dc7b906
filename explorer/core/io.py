"""Files on disk: every write is atomic (temp file in the same folder, fsync, rename), so a crash or a
full disk mid-write leaves the previous file intact."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from .config import ConfigError, config_from_json, config_to_json

__all__ = ["atomic_writer", "atomic_write_bytes", "atomic_write_text", "save_config", "load_config",
           "FileFormatError", "FileWriteError", "describe_os_error"]


class FileFormatError(ValueError):
    """A file that is not what it should be; the message names the file and what is wrong."""


def describe_os_error(exc: OSError) -> str:
    """One line naming the file and the system's reason, e.g. "out.csv: cannot be written (Permission denied)"."""
    if isinstance(exc, FileWriteError):
        return str(exc)
    name = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return f"{name}: {reason}" if name else reason


class FileWriteError(OSError):
    """A file that could not be written (folder missing or read-only, a folder in its place, disk full).
    An OSError, so existing handlers keep working; its text names the file the user chose, not the
    temporary file beside it."""

    def __init__(self, path: str | os.PathLike, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = Path(path)

    def __str__(self) -> str:
        return f"{self.path}: cannot be written ({self.strerror})"


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``; on success fsync and rename it over ``path``."""
    path = Path(path)
    try:
        blocker = next((p for p in path.parents if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise NotADirectoryError(20, f"{blocker} is a file, not a folder", str(path))
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.is_dir():
            raise IsADirectoryError(21, "a folder has that name", str(path))
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    except OSError as exc:
        raise FileWriteError(path, exc) from None
    try:
        with os.fdopen(fd, mode, encoding=encoding, newline="" if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, FileWriteError):
            raise FileWriteError(path, exc) from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows it
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_writer(path, "wb") as fh:
        fh.write(data)


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_writer(path, "w", encoding="utf-8") as fh:
        fh.write(text)


def save_config(path: str | os.PathLike, config: Any) -> None:
    atomic_write_text(path, config_to_json(config))


def load_config(path: str | os.PathLike) -> Any:
    """A config from a JSON file; ConfigError for bad content, FileFormatError for an unreadable file."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileFormatError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FileFormatError(f"{path}: is not a text (UTF-8 JSON) file") from None
    try:
        return config_from_json(text)
    except ConfigError as exc:
        if type(exc) is not ConfigError:
            raise
        raise ConfigError(exc.field, exc.value, f"{exc.message} (in {path})", exc.valid) from None  # names the file
