"""Files on disk, read and written the one way this app does it.

Writing: every write is atomic (a temporary file in the same folder, fsync, rename), so a crash or a full
disk mid-write leaves the previous file intact. Before anything is written the path is looked at: a
symbolic link is written through (its target is replaced, the link stays); a named pipe, a device, a socket
or a folder is refused in one line (renaming over them would unlink a pipe its reader waits on, or replace
a system device); the program's own files and the inputs of the same command are refused. A new file gets
the permissions the umask gives (0666 & ~umask), a replaced file keeps its mode.

Reading: ``check_input_file`` / ``open_input`` / ``read_bounded`` look at what a path is before opening it
(a pipe would block forever, a device would never end) and bound what is read.

Run folders: ``RunFolderLock`` keeps two trainers out of one folder; ``remove_stale_parts`` removes the
temporary files a killed writer left (only this module's own naming pattern, only of dead processes).
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import socket
import stat
import threading
import time
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

from ..paths import RESOURCES
from .config import ConfigError, config_from_json, config_to_json
from .messages import M, Message, as_message

__all__ = ["atomic_writer", "atomic_write_bytes", "atomic_write_text", "save_config", "load_config",
           "FileFormatError", "FileWriteError", "OutputRefused", "RunFolderBusy", "describe_os_error",
           "path_kind", "check_input_file", "open_input", "read_bounded", "output_target", "note_input",
           "remove_stale_parts", "remove_stale_temp_dirs", "RunFolderLock", "check_run_folder", "program_folders",
           "MAX_CONFIG_BYTES"]

MAX_CONFIG_BYTES = 4 * 2**20  # a config is a few hundred bytes; anything above 4 MiB is not one
PART_SUFFIX = ".part"
STALE_LEGACY_SECONDS = 3600  # temp files of the old naming (no pid in the name) count as stale after an hour
LOCK_NAME = ".explorer-run.lock"
_PACKAGE = Path(__file__).resolve().parents[1]


class FileFormatError(ValueError):
    """A file that is not what it should be; the message names the file and what is wrong."""


def describe_os_error(exc: OSError) -> Message:
    """One line naming the file and the system's reason, e.g. "out.csv: cannot be written (Permission denied)"
    (a Message: the window shows it in its language; the system's own reason stays as the system gave it)."""
    if isinstance(exc, FileWriteError):
        return exc.message
    name = exc.filename if exc.filename is not None else ""
    reason = exc.strerror or str(exc) or type(exc).__name__
    return _PATH_REASON(path=str(name), reason=reason) if name else as_message(reason)


_PATH_REASON = M("io.path_reason", "{path}: {reason}")


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
        return _PATH_REASON(path=str(self.path), reason=self.reason)


class RunFolderBusy(OutputRefused):
    """Another training run holds the folder's lock."""


# ------------------------------------------------------------------------------------------ what a path is


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


def _kind_name(path: Path) -> Message:
    """ "a file", "a named pipe", "a device", ... for a path that exists."""
    try:
        return path_kind(os.stat(path).st_mode) or M("io.kind.file", "a file")
    except OSError:
        return M("io.kind.file", "a file")


# What a reader expects a path to be, as a noun ("no such image file") and with its article ("not an image file")
_WHATS: dict[str, tuple[Message, Message]] = {
    "file": (M("io.what.file", "file"), M("io.a.file", "a file")),
    "config file": (M("io.what.config_file", "config file"), M("io.a.config_file", "a config file")),
    "checkpoint file": (M("io.what.checkpoint_file", "checkpoint file"),
                        M("io.a.checkpoint_file", "a checkpoint file")),
    "image file": (M("io.what.image_file", "image file"), M("io.a.image_file", "an image file")),
    "data file": (M("io.what.data_file", "data file"), M("io.a.data_file", "a data file")),
    "weights file": (M("io.what.weights_file", "weights file"), M("io.a.weights_file", "a weights file")),
    "torch file": (M("io.what.torch_file", "torch file"), M("io.a.torch_file", "a torch file")),
}


def _noun(what: str) -> Message:
    return _WHATS[what][0] if what in _WHATS else as_message(what)


def _article(what: str) -> Message:
    if what in _WHATS:
        return _WHATS[what][1]
    return as_message(("an " if what[:1].lower() in "aeiou" else "a ") + what)


def _human_bytes(n: float) -> str:
    from .format import human_bytes

    return human_bytes(n)


def _stat_problem(path: Path, what: str, missing: str | None) -> tuple[os.stat_result | None, str | None]:
    """(stat, None) for a regular file; (None, the reason in words) for anything else."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        try:
            link = os.lstat(path)
        except OSError:
            return None, missing or M("io.no_such", "no such {what}")(what=_noun(what))
        if stat.S_ISLNK(link.st_mode):
            return None, M("io.link_missing", "is a symbolic link to a missing file ({target})")(
                target=os.readlink(path))
        return None, missing or M("io.no_such", "no such {what}")(what=_noun(what))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return None, M("io.link_loop", "is a symbolic link loop, not a file")
        return None, _CANNOT_READ(reason=exc.strerror or str(exc))
    kind = path_kind(st.st_mode)
    if kind is not None:
        return None, _IS_KIND(kind=kind, what=_article(what))
    return st, None


_CANNOT_READ = M("io.cannot_read", "cannot be read ({reason})")
_IS_KIND = M("io.is_kind", "is {kind}, not {what}")
_BLOCKER = M("io.blocker", "{blocker} is {kind}, not a folder")
_TOO_BIG = M("io.too_big", "{path}: is {size}, more than {what} can be (at most {limit}); refused unread")


def check_input_file(path: str | os.PathLike, what: str = "file", max_bytes: int | None = None,
                     error: type[Exception] = FileFormatError, missing: str | None = None) -> os.stat_result:
    """The stat of ``path`` if it is a regular file of at most ``max_bytes``; else ``error`` in one line
    saying what the path really is ("is a named pipe, not a config file", "is a device, ...", "is a symbolic
    link loop", "is a folder, ...", "no such ..."). Nothing is opened."""
    path = Path(path)
    if str(path) in ("", "."):
        raise error(M("io.not_a_name", "{name}: is not a file name")(name=repr(str(path))))
    st, problem = _stat_problem(path, what, missing)
    if problem is not None:
        raise error(_PATH_REASON(path=str(path), reason=problem))
    assert st is not None
    if max_bytes is not None and st.st_size > max_bytes:
        raise error(_TOO_BIG(path=str(path), size=_human_bytes(st.st_size), what=_article(what),
                             limit=_human_bytes(max_bytes)))
    return st


def open_input(path: str | os.PathLike, what: str = "file", max_bytes: int | None = None,
               error: type[Exception] = FileFormatError, missing: str | None = None) -> BinaryIO:
    """``path`` opened for reading (binary) after ``check_input_file``. Opened without blocking and checked
    again on the open file, so a pipe swapped in between is refused rather than waited on."""
    check_input_file(path, what, max_bytes, error, missing)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise error(_PATH_REASON(path=str(path), reason=_CANNOT_READ(reason=exc.strerror or str(exc)))) from None
    try:
        st = os.fstat(fd)
        kind = path_kind(st.st_mode)
        if kind is not None:
            raise error(_PATH_REASON(path=str(path), reason=_IS_KIND(kind=kind, what=_article(what))))
        if max_bytes is not None and st.st_size > max_bytes:
            raise error(_TOO_BIG(path=str(path), size=_human_bytes(st.st_size), what=_article(what),
                                 limit=_human_bytes(max_bytes)))
        # O_NONBLOCK stays: a regular file ignores it, and a "regular" file that would block a read (procfs's
        # kmsg-like files) gives an error instead of a hang.
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: str | os.PathLike, what: str = "file", max_bytes: int | None = None,
                 error: type[Exception] = FileFormatError, missing: str | None = None) -> bytes:
    """The bytes of a regular file, at most ``max_bytes`` (a file that grows past it while read is refused)."""
    with open_input(path, what, max_bytes, error, missing) as fh:
        try:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
        except OSError as exc:
            raise error(_PATH_REASON(path=str(path), reason=_CANNOT_READ(reason=exc.strerror or str(exc)))) \
                from None
    if max_bytes is not None and len(data) > max_bytes:
        raise error(M("io.grew", "{path}: is more than {limit}, more than {what} can be; refused")(
            path=str(path), limit=_human_bytes(max_bytes), what=_article(what)))
    return data


# ------------------------------------------------------------------------------------------ inputs in use

_INPUTS: OrderedDict[str, None] = OrderedDict()  # real paths of images this process read (most recent last)
_INPUTS_MAX = 256
_INPUTS_LOCK = threading.Lock()  # worker threads read images while the GUI thread writes files


def note_input(path: str | os.PathLike) -> None:
    """Remember ``path`` as a person's input (an image opened for prediction): no writer of this process
    replaces it, so a save dialog answered with the photograph's own name cannot destroy it."""
    real = os.path.realpath(path)
    with _INPUTS_LOCK:
        _INPUTS.pop(real, None)
        _INPUTS[real] = None
        while len(_INPUTS) > _INPUTS_MAX:
            _INPUTS.popitem(last=False)


def program_folders() -> tuple[Path, ...]:
    """The program's own files: the explorer package and the shipped resources. No output goes there."""
    return tuple(dict.fromkeys((_PACKAGE, Path(os.path.realpath(RESOURCES)))))


def source_tree() -> Path:
    """The repository the program runs from (a checkout with pyproject.toml), else the installed package."""
    repo = _PACKAGE.parent
    return repo if (repo / "pyproject.toml").is_file() and (repo / "explorer").is_dir() else _PACKAGE


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


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
        raise FileWriteError(path, NotADirectoryError(20, _BLOCKER(blocker=str(blocker),
                                                                              kind=_kind_name(blocker)), str(path)))
    try:
        st: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise FileWriteError(path, exc) from None
    if st is not None:
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
    for folder in program_folders():
        if _inside(target, folder):
            raise OutputRefused(path, M("io.out.program", "is inside the program's own files ({folder}); nothing was "
                                        "written; choose a place outside it")(folder=str(folder)))
    if st is not None:
        with _INPUTS_LOCK:
            noted = list(reversed(_INPUTS))
        for inp in [*inputs, *noted]:
            try:
                same = os.path.samefile(target, inp)
            except OSError:
                same = False
            if same:
                raise OutputRefused(path, M("io.out.input", "is the input {input}; it is kept and nothing was written; "
                                            "choose another name")(input=str(inp)))
    return target, st


# ------------------------------------------------------------------------------------------ stale temp files


def _part_name(name: str) -> str:
    return f".{name[:180]}.{os.getpid()}.{secrets.token_hex(4)}{PART_SUFFIX}"


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # EPERM: it exists, someone else's
        return True
    return True


def remove_stale_parts(folder: str | os.PathLike, names: Iterable[str] | None = None) -> list[Path]:
    """Remove the temporary files a killed writer left in ``folder`` (for the file ``names``, or any):
    only this module's naming pattern (``.NAME.PID.HEX.part``) of a process that no longer runs, and the
    older pattern (``.NAME.XXXXXXXX.part``) after an hour. Regular files only; links are not followed."""
    folder = Path(folder)
    wanted = None if names is None else {n[:180] for n in names}
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        n = entry.name
        if not (n.startswith(".") and n.endswith(PART_SUFFIX)):
            continue
        stem = n[1:-len(PART_SUFFIX)]
        base, _, tail = stem.rpartition(".")
        stale = False
        owner, _, pid_text = base.rpartition(".")
        if pid_text.isdigit() and len(tail) == 8 and all(c in "0123456789abcdef" for c in tail):
            name, stale = owner, not _pid_alive(int(pid_text)) and int(pid_text) != os.getpid()
        elif len(tail) == 8:  # tempfile.mkstemp's ".NAME.XXXXXXXX.part" (before the pid was in the name)
            name = base
            with contextlib.suppress(OSError):
                stale = now - entry.stat(follow_symlinks=False).st_mtime > STALE_LEGACY_SECONDS
        else:
            continue
        if not stale or (wanted is not None and name not in wanted):
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
        if not pid_text.isdigit() or _pid_alive(int(pid_text)) or int(pid_text) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
                removed.append(Path(entry.path))
    return removed


# ------------------------------------------------------------------------------------------ the writer


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "wb", encoding: str | None = None,
                  inputs: Iterable[str | os.PathLike] = ()) -> Iterator[IO[Any]]:
    """Write to a temporary file beside ``path``'s target; on success fsync and rename it over the target.
    ``inputs``: files of the same command that this write must never replace."""
    path = Path(path)
    target, st = output_target(path, inputs)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale_parts(target.parent, [target.name])
        tmp = target.parent / _part_name(target.name)
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(tmp, flags, 0o666)  # the umask applies: 0666 & ~umask, as any new file
    except OSError as exc:
        raise FileWriteError(path, exc) from None
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


# ------------------------------------------------------------------------------------------ run folders


def check_run_folder(folder: str | os.PathLike) -> Path:
    """``folder`` made ready for a run's files, or refused now (before any training): not inside the
    program's source tree, not a file, creatable and writable."""
    folder = Path(folder)
    if str(folder) in ("", "."):
        raise OutputRefused(folder, M("io.run.no_name", "is not a folder name; nothing was written"), errno.EINVAL)
    real = Path(os.path.realpath(folder))
    for root in (source_tree(), *program_folders()):
        if _inside(real, root):
            raise OutputRefused(folder, M("io.run.source", "is inside the program's own source tree ({root}); nothing "
                                          "was written; choose a run folder outside it")(root=str(root)))
    try:
        blocker = next((p for p in (real, *real.parents) if p.exists() and not p.is_dir()), None)
        if blocker is not None:
            raise NotADirectoryError(20, _BLOCKER(blocker=str(blocker), kind=_kind_name(blocker)), str(folder))
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

    def acquire(self) -> RunFolderLock:
        import fcntl

        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOFOLLOW", 0) \
            | getattr(os, "O_NONBLOCK", 0)
        try:
            fd = os.open(self.path, flags, 0o666)
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                raise OutputRefused(self.path, M("io.lock.link", "is a symbolic link; the run folder's lock must be a "
                                                 "plain file")) from None
            reason = M("io.lock.create", "no file can be created in it: {reason}")(reason=exc.strerror or str(exc))
            raise FileWriteError(self.folder, OSError(exc.errno, reason)) from None
        try:
            kind = path_kind(os.fstat(fd).st_mode)
            if kind is not None:
                raise OutputRefused(self.path, M("io.lock.kind", "is {kind}; the run folder's lock must be a "
                                                 "plain file")(kind=kind))
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").split()
                who = M("io.lock.pid", "pid {pid}")(pid=holder[0]) if holder and holder[0].isdigit() \
                    else M("io.lock.other", "another process")
                if len(holder) > 1:
                    who = M("io.lock.on_host", "{who} on {host}")(who=who, host=repr(holder[1][:64]))
                raise RunFolderBusy(self.folder, M("io.lock.busy", "another training run ({who}) is writing to this "
                                                   "folder; its checkpoint and metrics are kept and nothing was "
                                                   "written; wait for it to end or choose another --out")(who=who),
                                    errno.EBUSY) from None
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


# ------------------------------------------------------------------------------------------ configs


def save_config(path: str | os.PathLike, config: Any) -> None:
    atomic_write_text(path, config_to_json(config))


def load_config(path: str | os.PathLike) -> Any:
    """A config from a JSON file; ConfigError for bad content, FileFormatError for an unreadable file (a pipe,
    a device, a folder, more than MAX_CONFIG_BYTES: refused without reading)."""
    path = Path(path)
    data = read_bounded(path, "config file", MAX_CONFIG_BYTES,
                        missing=M("io.config_missing", "cannot be read (No such file or directory)"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise FileFormatError(M("io.not_utf8", "{path}: is not a text (UTF-8 JSON) file")(path=str(path))) from None
    try:
        return config_from_json(text)
    except ConfigError as exc:
        if type(exc) is not ConfigError:
            raise
        raise ConfigError(exc.field, exc.value, M("io.in_file", "{message} (in {path})")(message=exc.parts,
                                                                                           path=str(path)),
                          exc.valid_parts or exc.valid) from None  # names the file
