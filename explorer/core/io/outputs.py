"""Writing: every write is atomic (a temporary file in the same folder, fsync, rename), so a crash or a full
disk mid-write leaves the previous file intact.

Before anything is written the path is looked at: a symbolic link is written through (its target is
replaced, the link stays); a named pipe, a device, a socket or a folder is refused in one line (renaming over
them would unlink a pipe its reader waits on, or replace a system device); the program's own files and the
inputs of the same command are refused. A new file gets the permissions the umask gives (0666 & ~umask), a
replaced file keeps its mode. The temporary files a killed writer left are removed by the next write.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from ...paths import RESOURCES
from ..messages import M
from .errors import FileWriteError, OutputRefused, kind_name, path_kind
from .inputs import noted_inputs

__all__ = ["atomic_writer", "atomic_write_bytes", "atomic_write_text", "output_target", "program_folders",
           "source_tree", "remove_stale_parts", "remove_stale_temp_dirs", "PART_SUFFIX", "BLOCKER"]

PART_SUFFIX = ".part"
STALE_LEGACY_SECONDS = 3600  # temp files of the old naming (no pid in the name) count as stale after an hour
_PACKAGE = Path(__file__).resolve().parents[2]  # the explorer package
BLOCKER = M("io.blocker", "{blocker} is {kind}, not a folder")


def program_folders() -> tuple[Path, ...]:
    """The program's own files: the explorer package and the shipped resources. No output goes there."""
    return tuple(dict.fromkeys((_PACKAGE, Path(os.path.realpath(RESOURCES)))))


def source_tree() -> Path:
    """The repository the program runs from (a checkout with pyproject.toml), else the installed package."""
    repo = _PACKAGE.parent
    return repo if (repo / "pyproject.toml").is_file() and (repo / "explorer").is_dir() else _PACKAGE


def inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def _refuse_kind(path: Path, target: Path, st: os.stat_result) -> None:
    """A folder, pipe, device or socket where the file would go: refused, left as it was."""
    kind = path_kind(st.st_mode)
    if kind == "a folder":
        raise FileWriteError(path, IsADirectoryError(21, M("io.out.folder", "a folder has that name"), str(path)))
    if kind is not None:
        if target == Path(os.path.abspath(path)):
            reason = M("io.out.kind", "is {kind}, not a file; nothing was written and it is left as it was")(
                kind=kind)
        else:
            reason = M("io.out.kind_link", "is {kind} (through the link to {target}), not a file; nothing was "
                       "written and it is left as it was")(kind=kind, target=str(target))
        raise OutputRefused(path, reason)


def _refuse_inputs(path: Path, target: Path, inputs: Iterable[str | os.PathLike]) -> None:
    for inp in [*inputs, *noted_inputs()]:
        try:
            same = os.path.samefile(target, inp)
        except OSError:
            same = False
        if same:
            raise OutputRefused(path, M("io.out.input", "is the input {input}; it is kept and nothing was written; "
                                        "choose another name")(input=str(inp)))


def output_target(path: str | os.PathLike, inputs: Iterable[str | os.PathLike] = ()) -> tuple[Path,
                                                                                            os.stat_result | None]:
    """Where a write to ``path`` lands (a symbolic link's final target) and that file's stat (None if new).
    Refuses, in one line, what must not be replaced: a pipe, device, socket, folder or link loop, an input
    (``inputs`` or an image this process read), the program's own files."""
    path = Path(path)
    if str(path) in ("", "."):
        raise OutputRefused(path, M("io.out.no_name", "is not a file name; nothing was written"), errno.EINVAL)
    try:
        os.stat(path)
    except FileNotFoundError:
        pass
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise OutputRefused(path, M("io.out.link_loop", "is a symbolic link loop, not a file; nothing was written"),
                                errno.ELOOP) from None
        if exc.errno != errno.ENOTDIR:
            raise FileWriteError(path, exc) from None
    target = Path(os.path.realpath(path))
    blocker = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise FileWriteError(path, NotADirectoryError(20, BLOCKER(blocker=str(blocker), kind=kind_name(blocker)),
                                                      str(path)))
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise FileWriteError(path, exc) from None
    if st is not None:
        _refuse_kind(path, target, st)
    for folder in program_folders():
        if inside(target, folder):
            raise OutputRefused(path, M("io.out.program", "is inside the program's own files ({folder}); nothing was "
                                        "written; choose a place outside it")(folder=str(folder)))
    if st is not None:
        _refuse_inputs(path, target, inputs)
    return target, st


# ------------------------------------------------------------------------------------------ stale temp files


def _part_name(name: str) -> str:
    return f".{name[:180]}.{os.getpid()}.{secrets.token_hex(4)}{PART_SUFFIX}"


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, someone else's
        return True
    return True


def _stale_part(entry: os.DirEntry, now: float) -> tuple[str, bool] | None:
    """(the file it was for, whether it is stale) for a temporary file of this module's naming, else None."""
    n = entry.name
    if not (n.startswith(".") and n.endswith(PART_SUFFIX)):
        return None
    stem = n[1:-len(PART_SUFFIX)]
    base, _, tail = stem.rpartition(".")
    owner, _, pid_text = base.rpartition(".")
    if pid_text.isdigit() and len(tail) == 8 and all(c in "0123456789abcdef" for c in tail):
        return owner, not pid_alive(int(pid_text)) and int(pid_text) != os.getpid()
    if len(tail) == 8:  # tempfile.mkstemp's ".NAME.XXXXXXXX.part" (before the pid was in the name)
        stale = False
        with contextlib.suppress(OSError):
            stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_LEGACY_SECONDS
        return base, stale
    return None


def remove_stale_parts(folder: str | os.PathLike, names: Iterable[str] | None = None) -> list[Path]:
    """Remove the temporary files a killed writer left in ``folder`` (for the file ``names``, or any):
    only this module's naming pattern (``.NAME.PID.HEX.part``) of a process that no longer runs, and the
    older pattern (``.NAME.XXXXXXXX.part``) after an hour. Regular files only; links are not followed."""
    wanted = None if names is None else {n[:180] for n in names}
    removed: list[Path] = []
    try:
        entries = list(os.scandir(Path(folder)))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        found = _stale_part(entry, now)
        if found is None or not found[1] or (wanted is not None and found[0] not in wanted):
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def remove_stale_temp_dirs(prefix: str, folder: str | os.PathLike | None = None) -> list[Path]:
    """Remove the temporary folders ``PREFIX<pid>-*`` (in the system's temporary folder) of processes that no
    longer run: what a run killed mid-way left (an ONNX export's scratch folder). Links are not followed."""
    import shutil
    import tempfile

    folder = Path(folder) if folder is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        pid_text = entry.name[len(prefix):].split("-", 1)[0] if entry.name.startswith(prefix) else ""
        if not pid_text.isdigit() or pid_alive(int(pid_text)) or int(pid_text) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
                removed.append(Path(entry.path))
    return removed


# ------------------------------------------------------------------------------------------ the writer


def _open_part(path: Path, target: Path) -> tuple[Path, int]:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(target.parent, [target.name])
        tmp = target.parent / _part_name(target.name)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        return tmp, os.open(tmp, flags, 0o666)  # the umask applies: 0666 & ~umask, as any new file
    except OSError as exc:
        raise FileWriteError(path, exc) from None


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None,
                  inputs: Iterable[str | os.PathLike] = ()) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``'s target; on success fsync and rename it over the target.
    ``inputs``: files of the same command that this write must never replace."""
    path = Path(path)
    target, st = output_target(path, inputs)
    tmp, fd = _open_part(path, target)
    try:
        if st is not None:  # a replaced file keeps its mode (and, where allowed, its owner)
            os.fchmod(fd, stat.S_IMODE(st.st_mode))
            if hasattr(os, "fchown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                with contextlib.suppress(OSError):
                    os.fchown(fd, st.st_uid, st.st_gid)
        with os.fdopen(fd, mode, encoding=encoding, newline="" if "b" not in mode else None) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:  # what the target is now (it may have been swapped while we wrote)
            now = os.lstat(target)
        except FileNotFoundError:
            now = None
        if now is not None and path_kind(now.st_mode) is not None:
            raise OutputRefused(path, M("io.out.became", "became {kind} while it was written; nothing was written and "
                                        "it is left as it was")(kind=path_kind(now.st_mode)))
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not isinstance(exc, FileWriteError):
            raise FileWriteError(path, exc) from None
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the OS allows it
        dir_fd = os.open(target.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


def atomic_write_bytes(path: str | os.PathLike, data: bytes, inputs: Iterable[str | os.PathLike] = ()) -> None:
    with atomic_writer(path, "wb", inputs=inputs) as fh:
        fh.write(data)


def atomic_write_text(path: str | os.PathLike, text: str, inputs: Iterable[str | os.PathLike] = ()) -> None:
    with atomic_writer(path, "w", encoding="utf-8", inputs=inputs) as fh:
        fh.write(text)
