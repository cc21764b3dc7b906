"""Run a function in its own QThread and hear about it on the GUI thread through signals.

The function receives a ``Job`` context with ``cancelled()`` (cooperative cancel) and ``progress(obj)``
(plain data to the GUI). Every exception is caught and emitted as text; no widget is touched off the
GUI thread. One QThread per job.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from shiboken6 import isValid

__all__ = ["Job", "start_job", "failure_message", "details_tooltip"]


def failure_message(exc: BaseException) -> str:
    """One line for the window: a refusal (ConfigError, FileFormatError) or a file problem in its own
    words; out of memory with what to reduce; any other exception (a crash) with its type, so that the
    user can tell a bug from a refusal (the traceback goes with it as the details)."""
    from ..core.config import ConfigError
    from ..core.format import first_line
    from ..core.io import FileFormatError, FileWriteError, describe_os_error
    from ..core.memory import is_out_of_memory
    from .messages import error_text, out_of_memory_text, tr_msg

    text = first_line(exc)
    if isinstance(exc, (ConfigError, FileFormatError)):
        return error_text(exc)  # in the window's language
    if is_out_of_memory(exc):
        return out_of_memory_text(text)
    if isinstance(exc, OSError):
        return error_text(exc) if isinstance(exc, FileWriteError) else tr_msg(describe_os_error(exc))
    return f"{type(exc).__name__}: {text}"


def details_tooltip(details: str, lines: int = 25) -> str:
    """The end of a traceback (where the error is), for a message label's tooltip."""
    tail = details.strip().splitlines()[-lines:]
    return "\n".join(tail)


class Job(QObject):
    sig_progress = Signal(object)  # plain data from the function
    sig_done = Signal(object)  # the function's return value
    sig_failed = Signal(str, str)  # (one-line message, details with traceback)
    sig_finished = Signal()  # always, after done or failed (also when cancelled)

    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self._fn, self._args, self._kwargs = fn, args, kwargs
        self._cancel = threading.Event()
        self.thread: QThread | None = None

    # -- called from the worker thread ----------------------------------------------------------------
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, value: Any) -> None:
        self.sig_progress.emit(value)

    @Slot()
    def _run(self) -> None:
        try:
            result = self._fn(self, *self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, none kills the app
            self.sig_failed.emit(failure_message(exc), traceback.format_exc())
        else:
            self.sig_done.emit(result)
        finally:
            self.sig_finished.emit()

    # -- called from the GUI thread -------------------------------------------------------------------
    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    def wait(self, ms: int = 2000) -> bool:
        """Join the thread (after cancel()); True if it ended within ``ms``."""
        return self.thread is None or self.thread.wait(ms)


class _Relay(QObject):
    """Lives on the calling (GUI) thread and calls the plain callbacks there. Signals connected straight
    to a lambda or a bound method of a non-QObject would run them on the worker thread instead.

    A result queued while its panel is being deleted (the window closed) arrives after the panel is gone:
    with ``owner`` given, the callbacks are dropped once the owner's C++ object no longer exists, instead
    of touching deleted widgets."""

    def __init__(self, on_done, on_failed, on_progress, owner: QObject | None = None) -> None:
        super().__init__()
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        self._owner = owner

    def _alive(self) -> bool:
        return self._owner is None or isValid(self._owner)

    @Slot(object)
    def done(self, value: Any) -> None:
        if self._on_done is not None and self._alive():
            self._on_done(value)

    @Slot(str, str)
    def failed(self, message: str, details: str) -> None:
        if self._on_failed is not None and self._alive():
            self._on_failed(message, details)

    @Slot(object)
    def progress(self, value: Any) -> None:
        if self._on_progress is not None and self._alive():
            self._on_progress(value)


def start_job(fn: Callable[..., Any], *args: Any, parent: QObject | None = None,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str, str], None] | None = None,
              on_progress: Callable[[Any], None] | None = None, **kwargs: Any) -> Job:
    """Start ``fn(job, *args, **kwargs)`` in a new QThread. The callbacks are connected before the thread
    starts (so no signal is missed) and always run on the thread that called start_job (the GUI thread),
    whatever they are (functions, lambdas, bound methods). The thread quits when ``fn`` returns."""
    job = Job(fn, *args, **kwargs)
    relay = _Relay(on_done, on_failed, on_progress, owner=parent)
    job._relay = relay  # kept alive as long as the job; not a QObject child, so it stays on this thread
    queued = Qt.ConnectionType.QueuedConnection
    job.sig_done.connect(relay.done, queued)
    job.sig_failed.connect(relay.failed, queued)
    job.sig_progress.connect(relay.progress, queued)
    thread = QThread(parent)
    job.thread = thread
    job.moveToThread(thread)
    thread.started.connect(job._run)
    # Quit from the worker thread itself (QThread.quit is thread-safe): a queued quit could not run while
    # the GUI thread blocks in Job.wait(), which would then always wait out its whole timeout.
    job.sig_finished.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return job
