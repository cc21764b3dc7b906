"""What a refused read or write raises, and what a path is in words ("a named pipe", "a device", ...)."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from ..messages import M, Message, as_message

__all__ = ["FileFormatError", "FileWriteError", "OutputRefused", "RunFolderBusy", "describe_os_error", "path_kind",
           "kind_name", "PATH_REASON"]

PATH_REASON = M("io.path_reason", "{path}: {reason}")


class FileFormatError(ValueError):
    """A file that is not what it should be; the message names the file and what is wrong."""


class FileWriteError(OSError):
    """A file that could not be written (folder missing or read-only, a folder in its place, disk full).
    An OSError, so existing handlers keep working; its text names the file the user chose, not the
    temporary file beside it."""

    def __init__(self, path: str | os.PathLike, cause: OSError) -> None:
        super().__init__(cause.errno, cause.strerror or str(cause), str(path))
        self.path = Path(path)

    @property
    def message(self) -> Message:
        """The one line, as a Message (its ``str`` is the English)."""
        return M("io.cannot_write", "{path}: cannot be written ({reason})")(path=str(self.path), reason=self.strerror)

    def __str__(self) -> str:
        return self.message


class OutputRefused(FileWriteError):
    """A path this app will not write: not a plain file (pipe, device, socket, link loop), an input of the
    same command, the program's own files, a run folder another trainer holds. Nothing was written."""

    def __init__(self, path: str | os.PathLike, reason: str, code: int = errno.EPERM) -> None:
        super().__init__(path, OSError(code, reason))
        self.reason = reason

    @property
    def message(self) -> Message:
        return PATH_REASON(path=str(self.path), reason=self.reason)


class RunFolderBusy(OutputRefused):
    """Another training run holds the folder's lock."""


def describe_os_error(exc: OSError) -> Message:
    """One line naming the file and the system's reason, e.g. "out.csv: cannot be written (Permission denied)"
    (a Message: the window shows it in its language; the system's own reason stays as the system gave it)."""
    if isinstance(exc, FileWriteError):
        return exc.message
    name = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return PATH_REASON(path=str(name), reason=reason) if name else as_message(reason)


def path_kind(mode: int) -> str | None:
    """What a stat mode is, in words, when it is not a plain file: "a named pipe", "a device", ...; None
    for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return M("io.kind.folder", "a folder")
    if stat.S_ISFIFO(mode):
        return M("io.kind.pipe", "a named pipe")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return M("io.kind.device", "a device")
    if stat.S_ISSOCK(mode):
        return M("io.kind.socket", "a socket")
    if stat.S_ISLNK(mode):
        return M("io.kind.link", "a symbolic link")
    return M("io.kind.other", "not a regular file")


def kind_name(path: Path) -> Message:
    """ "a file", "a named pipe", "a device", ... for a path that exists."""
    try:
        return path_kind(os.stat(path).st_mode) or M("io.kind.file", "a file")
    except OSError:
        return M("io.kind.file", "a file")
