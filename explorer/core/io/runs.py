"""Run folders: made ready (or refused) before any training, and locked so two trainers never share one."""

from __future__ import annotations

import contextlib
import errno
import os
import socket
import time
from pathlib import Path

from ..messages import M
from .errors import FileWriteError, OutputRefused, RunFolderBusy, kind_name, path_kind
from .outputs import BLOCKER, inside, program_folders, source_tree

__all__ = ["check_run_folder", "RunFolderLock", "LOCK_NAME"]

LOCK_NAME = ".explorer-run.lock"


def check_run_folder(folder: str | os.PathLike) -> Path:
    """``folder`` made ready for a run's files, or refused now (before any training): not inside the
    program's source tree, not a file, creatable and writable."""
    folder = Path(folder)
    if str(folder) in ("", "."):
        raise OutputRefused(folder, M("io.run.no_name", "is not a folder name; nothing was written"), errno.EINVAL)
    real = Path(os.path.realpath(folder))
    for root in (source_tree(), *program_folders()):
        if inside(real, root):
            raise OutputRefused(folder, M("io.run.source", "is inside the program's own source tree ({root}); nothing "
                                          "was written; choose a run folder outside it")(root=str(root)))
    try:
        blocker = next((p for p in (real, *real.parents) if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise NotADirectoryError(20, BLOCKER(blocker=str(blocker), kind=kind_name(blocker)), str(folder))
        real.mkdir(parents=True, exist_ok=True)
        if not os.access(real, os.W_OK | os.X_OK):
            raise PermissionError(13, M("io.run.read_only", "Permission denied: the folder is read-only"), str(folder))
    except OSError as exc:
        raise FileWriteError(folder, exc) from None
    return real


class RunFolderLock:
    """An exclusive lock on a run folder (``.explorer-run.lock`` inside it, flock'ed, holding the pid), so
    that two trainers cannot both write one folder's checkpoint. The lock dies with its process: the file
    of a killed run is taken over by the next one. Locks of one process through separate opens exclude
    each other too (flock is per open file), so two runs in one window are kept apart."""

    def __init__(self, folder: str | os.PathLike) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self._fd: int | None = None

    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0) \
            | getattr(os, "O_NONBLOCK", 0)
        try:
            return os.open(self.path, flags, 0o666)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise OutputRefused(self.path, M("io.lock.link", "is a symbolic link; the run folder's lock must be a "
                                                 "plain file")) from None
            reason = M("io.lock.create", "no file can be created in it: {reason}")(reason=exc.strerror or str(exc))
            raise FileWriteError(self.folder, OSError(exc.errno, reason)) from None

    def _busy(self, fd: int) -> RunFolderBusy:
        """The refusal naming the process that holds the lock (as its lock file says)."""
        holder = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
        who = M("io.lock.pid", "pid {pid}")(pid=holder[0]) if holder and holder[0].isdigit() \
            else M("io.lock.other", "another process")
        if len(holder) > 1:
            who = M("io.lock.on_host", "{who} on {host}")(who=who, host=repr(holder[1][:64]))
        return RunFolderBusy(self.folder, M("io.lock.busy", "another training run ({who}) is writing to this "
                                            "folder; its checkpoint and metrics are kept and nothing was "
                                            "written; wait for it to end or choose another --out")(who=who),
                             errno.EBUSY)

    def acquire(self) -> RunFolderLock:
        import fcntl

        fd = self._open()
        try:
            kind = path_kind(os.fstat(fd).st_mode)
            if kind is not None:
                raise OutputRefused(self.path, M("io.lock.kind", "is {kind}; the run folder's lock must be a "
                                                 "plain file")(kind=kind))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise self._busy(fd) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {socket.gethostname()} {int(time.time())}\n".encode(), 0)
        except OSError as exc:
            os.close(fd)
            if isinstance(exc, FileWriteError):
                raise
            raise FileWriteError(self.folder, exc) from None
        self._fd = fd
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        import fcntl

        fd, self._fd = self._fd, None
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)

    def __enter__(self) -> RunFolderLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()
