"""Reading: look at what a path is before opening it (a pipe would block forever, a device would never end)
and bound what is read. The images a person opened are remembered, so that no writer replaces them."""

from __future__ import annotations

import errno
import os
import stat
import threading
from collections import OrderedDict
from pathlib import Path
from typing import BinaryIO

from ..messages import M, Message, as_message
from .errors import PATH_REASON, FileFormatError, path_kind

__all__ = ["check_input_file", "open_input", "read_bounded", "note_input", "noted_inputs"]

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
_CANNOT_READ = M("io.cannot_read", "cannot be read ({reason})")
_IS_KIND = M("io.is_kind", "is {kind}, not {what}")
_TOO_BIG = M("io.too_big", "{path}: is {size}, more than {what} can be (at most {limit}); refused unread")


def _noun(what: str) -> Message:
    return _WHATS[what][0] if what in _WHATS else as_message(what)


def _article(what: str) -> Message:
    if what in _WHATS:
        return _WHATS[what][1]
    return as_message(("an " if what[:1].lower() in "aeiou" else "a ") + what)


def _human_bytes(n: float) -> str:
    from ..format import human_bytes

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
        raise error(PATH_REASON(path=str(path), reason=problem))
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
        raise error(PATH_REASON(path=str(path), reason=_CANNOT_READ(reason=exc.strerror or str(exc)))) from None
    try:
        st = os.fstat(fd)
        kind = path_kind(st.st_mode)
        if kind is not None:
            raise error(PATH_REASON(path=str(path), reason=_IS_KIND(kind=kind, what=_article(what))))
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
            raise error(PATH_REASON(path=str(path), reason=_CANNOT_READ(reason=exc.strerror or str(exc)))) \
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


def noted_inputs() -> list[str]:
    """The inputs ``note_input`` remembers, most recent first."""
    with _INPUTS_LOCK:
        return list(reversed(_INPUTS))
