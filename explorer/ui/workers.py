"""Jobs in worker threads, heard about on the GUI thread: a ``JobRunner`` owns their lifetimes.

A job is ``fn(job, *args, **kwargs)`` run on a QThread of its own. The function sees a ``Job`` with
``cancelled()`` (cooperative cancel) and ``progress(value)`` (plain data for the GUI, cheap at any rate).
Every exception is caught and reported as text; no widget is touched off the GUI thread.

The runner (one per panel, a child of it) keeps each job until its thread has ended and then frees the
thread, so finished jobs leave nothing behind. Jobs have a *kind*: starting a kind cancels the running job
of that kind and drops whatever it still reports (the newest request wins). Progress reaches
``on_progress(values)`` on the GUI thread as a list of everything posted since the last delivery, at most
every ``PROGRESS_MS`` and once more before ``on_done``/``on_failed``: a worker posting per batch costs
the GUI one call per tick, never one per batch.

A runner is a child of its panel (or of another QObject); one without a parent lives as long as its Python
reference, so keep it.

Garbage collection (the one policy, for the app and the tests): Python's cyclic collector runs in whichever
thread happens to allocate. If that is a worker (building a network, training) and the garbage holds Qt
objects, their destructors run on the worker and deadlock with the GUI thread (seen in py-spy: the worker's
collection in QObject::~QObject waits for the GIL, held by the GUI thread waiting for that object's mutex).
So automatic collection is off and collections run on the GUI thread only: in the app, pyqtgraph's
GarbageCollector on a timer (``app.main``); in the tests, after each test (``tests/conftest.py``). Nothing
else calls ``gc.collect``: a network built in a job is freed by reference counting when the last reference
to it goes (CUDA's cache is emptied where an out-of-memory error dropped one).
"""

from __future__ import annotations

import threading
import time
import traceback
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from shiboken6 import isValid

__all__ = ["Job", "JobRunner", "PROGRESS_MS", "failure_message", "details_tooltip"]

PROGRESS_MS = 100  # the shortest time between two progress deliveries of one runner


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
    """The end of a traceback (where the error is), for a message label's tooltip; a longer one keeps its first
    line ("Traceback (most recent call last):") above an ellipsis, so that it still reads as a traceback."""
    all_lines = details.strip().splitlines()
    if len(all_lines) <= lines:
        return "\n".join(all_lines)
    return "\n".join([all_lines[0], "…", *all_lines[-lines:]])


@dataclass
class _Callbacks:
    on_done: Callable[[Any], None] | None = None
    on_failed: Callable[[str, str], None] | None = None
    on_progress: Callable[[list[Any]], None] | None = None


class Job:
    """One run of a function. The worker thread calls ``cancelled()`` and ``progress()``; the GUI thread
    holds it to ``cancel()``, ask ``is_running()`` and ``wait()``."""

    def __init__(self, kind: Hashable, callbacks: _Callbacks) -> None:
        self.kind = kind
        self._callbacks = callbacks
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._pending: list[Any] = []
        self._posted = False  # a delivery is announced to the runner and not yet taken
        self.suppressed = False  # GUI thread only: its results are dropped (cancelled through the runner)
        self.thread: _JobThread | None = None

    # -- called from the worker thread ----------------------------------------------------------------
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, value: Any) -> None:
        """Post plain data for the GUI; only the first post since the last delivery emits a signal."""
        with self._lock:
            self._pending.append(value)
            if self._posted:
                return
            self._posted = True
        thread = self.thread
        if thread is not None:
            thread.sig_progress.emit(self)

    # -- called from the GUI thread -------------------------------------------------------------------
    def cancel(self) -> None:
        """Ask the function to stop (cooperative); what it returns is still delivered. ``JobRunner.cancel``
        also drops it."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self.thread is not None and isValid(self.thread) and self.thread.isRunning()

    def wait(self, ms: int = 2000) -> bool:
        """Join the thread (after cancel()); True if it ended within ``ms``."""
        return self.thread is None or not isValid(self.thread) or self.thread.wait(ms)

    def take_progress(self) -> list[Any]:
        with self._lock:
            values, self._pending, self._posted = self._pending, [], False
        return values


class _JobThread(QThread):
    """Runs the function in ``run()``; its signals are queued to the runner on the GUI thread."""

    sig_progress = Signal(object)  # the job: progress is waiting to be taken
    sig_done = Signal(object, object)  # (job, the function's return value)
    sig_failed = Signal(object, str, str)  # (job, one-line message, details with traceback)
    sig_ended = Signal(object)  # the job, always last: run() returns right after

    def __init__(self, job: Job, fn: Callable[..., Any], args: tuple, kwargs: dict, parent: QObject) -> None:
        super().__init__(parent)
        self._job, self._fn, self._args, self._kwargs = job, fn, args, kwargs

    def run(self) -> None:  # the worker thread
        job = self._job
        try:
            result = self._fn(job, *self._args, **self._kwargs)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported, none kills the app
            self.sig_failed.emit(job, failure_message(exc), traceback.format_exc())
        else:
            self.sig_done.emit(job, result)
        finally:
            self._fn = self._args = self._kwargs = None
            self.sig_ended.emit(job)


class JobRunner(QObject):
    """Owns a panel's jobs: starts them, lets the newest of a kind win, cancels, and joins them all on
    shutdown. Callbacks run on the runner's (GUI) thread; once the runner is deleted, nothing queued for it
    is delivered (a result that arrives after its panel is gone is dropped)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: list[Job] = []  # every job whose thread has not been reaped, cancelled ones included
        self._newest: dict[Hashable, Job] = {}
        self._waiting: list[Job] = []  # jobs with progress to deliver at the next tick
        self._last_delivery = 0.0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._deliver_progress)

    def start(self, kind: Hashable, fn: Callable[..., Any], *args: Any,
              on_done: Callable[[Any], None] | None = None,
              on_failed: Callable[[str, str], None] | None = None,
              on_progress: Callable[[list[Any]], None] | None = None, **kwargs: Any) -> Job:
        """Run ``fn(job, *args, **kwargs)`` on a new thread; a running job of the same kind is cancelled
        and its results are dropped. The callbacks are connected before the thread starts."""
        self.cancel(kind)
        job = Job(kind, _Callbacks(on_done, on_failed, on_progress))
        thread = _JobThread(job, fn, args, kwargs, self)
        job.thread = thread
        queued = Qt.ConnectionType.QueuedConnection
        thread.sig_progress.connect(self._progress_posted, queued)
        thread.sig_done.connect(self._done, queued)
        thread.sig_failed.connect(self._failed, queued)
        thread.sig_ended.connect(self._ended, queued)
        self._jobs.append(job)
        self._newest[kind] = job
        thread.start()
        return job

    def cancel(self, kind: Hashable | None = None) -> None:
        """Cancel the jobs of ``kind`` (all with None); nothing they report from now on is delivered."""
        for job in self._jobs:
            if kind is None or job.kind == kind:
                job.cancel()
                job.suppressed = True
        if kind is None:
            self._newest.clear()
        else:
            self._newest.pop(kind, None)

    def running(self, kind: Hashable | None = None) -> bool:
        """True while a job of ``kind`` (any with None) has not ended, cancelled ones included."""
        return any(kind is None or job.kind == kind for job in self._jobs)

    def shutdown(self, timeout_ms: int = 60000) -> bool:
        """Cancel every job and wait for their threads (``timeout_ms`` in all); True when all stopped."""
        self.cancel()
        self._timer.stop()
        deadline = time.monotonic() + timeout_ms / 1000
        stopped = True
        for job in list(self._jobs):
            left = max(0, int((deadline - time.monotonic()) * 1000))
            if job.wait(left):
                self._reap(job)
            else:
                stopped = False
        return stopped

    # -- the GUI thread hears from the workers --------------------------------------------------------
    @Slot(object)
    def _progress_posted(self, job: Job) -> None:
        if job.suppressed:
            job.take_progress()
            return
        if job not in self._waiting:
            self._waiting.append(job)
        if not self._timer.isActive():
            since_ms = (time.monotonic() - self._last_delivery) * 1000
            self._timer.start(max(0, int(PROGRESS_MS - since_ms)))

    @Slot()
    def _deliver_progress(self) -> None:
        self._last_delivery = time.monotonic()
        waiting, self._waiting = self._waiting, []
        for job in waiting:
            self._flush(job)

    def _flush(self, job: Job) -> None:
        values = job.take_progress()
        if job in self._waiting:
            self._waiting.remove(job)
        callback = job._callbacks.on_progress
        if values and callback is not None and not job.suppressed:
            callback(values)

    @Slot(object, object)
    def _done(self, job: Job, result: Any) -> None:
        self._flush(job)
        if not job.suppressed and job._callbacks.on_done is not None:
            job._callbacks.on_done(result)

    @Slot(object, str, str)
    def _failed(self, job: Job, message: str, details: str) -> None:
        self._flush(job)
        if not job.suppressed and job._callbacks.on_failed is not None:
            job._callbacks.on_failed(message, details)

    @Slot(object)
    def _ended(self, job: Job) -> None:
        if job.thread is not None and isValid(job.thread):
            job.thread.wait()  # run() has returned or is returning: this is immediate
        self._reap(job)

    def _reap(self, job: Job) -> None:
        """Forget a job whose thread has ended and free the thread."""
        if job in self._jobs:
            self._jobs.remove(job)
        if self._newest.get(job.kind) is job:
            del self._newest[job.kind]
        if job in self._waiting:
            self._waiting.remove(job)
        thread, job.thread = job.thread, None
        job._callbacks = _Callbacks()
        if thread is not None and isValid(thread):
            thread.deleteLater()
