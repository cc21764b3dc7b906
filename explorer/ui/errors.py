"""The application-wide excepthook: an exception that escapes a Qt slot (or a Python thread) reaches the
person, not only stderr.

For each one: a line in the window's status bar, a non-modal details dialog (one at a time; later errors
are appended to it and counted), and the traceback appended with a timestamp to ``errors.log`` in the
platform's log folder. The original hooks still run, so stderr keeps the traceback too. Errors from other
threads are carried to the GUI thread by a queued signal; widgets are only touched there.
"""

from __future__ import annotations

import datetime as _dt
import os
import stat
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

__all__ = ["ErrorHook", "ErrorDialog", "install_excepthook", "default_log_path", "append_to_log",
           "LOG_MAX_BYTES"]

APP_NAME = "DenseNetExplorer"  # the same names as explorer.ui.app (not imported: app imports this module)
LOG_MAX_BYTES = 1_000_000  # errors.log is kept under this; the older part moves to errors.log.1
_ENTRY_MAX_CHARS = 100_000  # one traceback is cut to this, so a single entry cannot exceed the cap
_STATUS_MAX_CHARS = 160
_STATUS_MS = 15_000
_ERRORS_KEPT = 100


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHook", text)


def default_log_path() -> Path:
    """``<user_log_dir>/errors.log``; on Linux ``$XDG_STATE_HOME/DenseNetExplorer/log/errors.log``."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_NAME)) / "errors.log"


def append_to_log(path: Path, text: str, max_bytes: int = LOG_MAX_BYTES) -> bool:
    """Append one timestamped entry; rotate to ``<name>.1`` first if the file would pass ``max_bytes``.
    Returns False instead of raising when the folder or file cannot be written (the error is still shown)."""
    stamp = _dt.datetime.now().astimezone().isoformat(timespec="seconds")
    if len(text) > _ENTRY_MAX_CHARS:
        text = text[:_ENTRY_MAX_CHARS] + "\n[... cut]\n"
    entry = f"===== {stamp}\n{text.rstrip()}\n\n".encode("utf-8", "backslashreplace")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            size = path.stat().st_size
        except FileNotFoundError:
            size = 0
        if size and size + len(entry) > max_bytes:
            path.replace(path.with_name(path.name + ".1"))
        # Opened without blocking and checked: a pipe, device or socket in the log's place is left alone.
        fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_NONBLOCK | os.O_CLOEXEC, 0o666)
        with open(fd, "ab") as f:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                return False
            f.write(entry[:max_bytes])
        return True
    except Exception:  # noqa: BLE001 - a log that cannot be written must not raise inside the hook
        return False


def _one_line(exc_type: type[BaseException], exc: BaseException | None) -> str:
    message = " ".join(str(exc).split()) if exc is not None else ""
    text = f"{exc_type.__name__}: {message}" if message else exc_type.__name__
    return text if len(text) <= _STATUS_MAX_CHARS else text[: _STATUS_MAX_CHARS - 1] + "…"


class ErrorDialog(QDialog):
    """Non-modal: the traceback(s) in a read-only text box, the log file's path, Copy and Close."""

    def __init__(self, parent: QWidget | None, log_path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("errorDialog")
        self.setModal(False)
        self.count = 0
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("errorDetails")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.log_label = QLabel()
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log_label.setWordWrap(True)
        self.log_path = log_path
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton()
        self.copy_button.setObjectName("copyError")
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        for w in (self.summary, self.details, self.log_label, buttons):
            layout.addWidget(w)
        self.resize(720, 420)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(_tr("Unexpected error"))
        self.copy_button.setText(_tr("Copy"))
        if self.count <= 1:
            self.summary.setText(_tr("Something went wrong inside the explorer. The window keeps working; "
                                     "the details below help to report it."))
        else:
            self.summary.setText(_tr("{0} unexpected errors since this box opened; the details of each "
                                     "are below.").format(self.count))
        self.log_label.setText(_tr("Also written to: {0}").format(self.log_path))

    def add(self, text: str) -> None:
        """A new error: start afresh if the box was closed, otherwise append below the earlier ones."""
        if not self.isVisible():
            self.count = 0
            self.details.clear()
        self.count += 1
        if self.count > 1:
            self.details.appendPlainText(f"\n----- {self.count}")
        self.details.appendPlainText(text.rstrip())
        self.retranslate()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if event.type() == event.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ErrorHook(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook``; chains to the hooks it replaced.

    ``errors`` collects every exception that reached it (tests and the crawler read it)."""

    sig_error = Signal(str, str)  # one line for the status bar, the full traceback

    def __init__(self, window: QMainWindow | None, log_path: Path | None = None) -> None:
        super().__init__()
        self.window = window
        self.log_path = log_path if log_path is not None else default_log_path()
        self.errors: list[BaseException] = []
        self.dialog: ErrorDialog | None = None
        self._lock = threading.Lock()
        self._previous_sys = None
        self._previous_threading = None
        # Queued even within the GUI thread: the dialog opens from the event loop, not from inside the
        # slot (or paint event) that raised.
        self.sig_error.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- installing ---------------------------------------------------------------------------------------
    def install(self) -> ErrorHook:
        if self._previous_sys is None:
            self._previous_sys, sys.excepthook = sys.excepthook, self.excepthook
            self._previous_threading, threading.excepthook = threading.excepthook, self.threading_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous_sys is not None:
            if sys.excepthook == self.excepthook:
                sys.excepthook = self._previous_sys
            if threading.excepthook == self.threading_excepthook:
                threading.excepthook = self._previous_threading
            self._previous_sys = self._previous_threading = None

    # -- the hooks (any thread) ---------------------------------------------------------------------------
    def excepthook(self, exc_type: type[BaseException], exc: BaseException | None,
                   tb: TracebackType | None) -> None:
        previous = self._previous_sys or sys.__excepthook__
        try:
            previous(exc_type, exc, tb)
        except Exception:  # noqa: BLE001, S110 - stderr gone; the person still sees the error below
            pass
        self.report(exc_type, exc, tb)

    def threading_excepthook(self, args: threading.ExceptHookArgs) -> None:
        previous = self._previous_threading or threading.__excepthook__
        try:
            previous(args)
        except Exception:  # noqa: BLE001, S110
            pass
        if args.exc_type is SystemExit:  # a thread that ends with sys.exit() is not an error
            return
        name = args.thread.name if args.thread is not None else "?"
        self.report(args.exc_type, args.exc_value, args.exc_traceback, where=f"thread {name}")

    def report(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None,
               where: str = "") -> None:
        """Record, log (in the calling thread: the log is written even if the GUI is stuck) and hand the
        showing to the GUI thread. Never raises."""
        try:
            if issubclass(exc_type, KeyboardInterrupt):
                return
            text = "".join(traceback.format_exception(exc_type, exc, tb))
            if where:
                text = f"[{where}]\n{text}"
            with self._lock:
                if exc is not None:
                    self.errors.append(exc)
                    del self.errors[:-_ERRORS_KEPT]  # each holds its traceback's frames: keep the last few
                append_to_log(self.log_path, text)
            self.sig_error.emit(_one_line(exc_type, exc), text)
        except Exception:  # noqa: BLE001, S110 - the hook itself must never raise
            pass

    # -- the GUI thread -----------------------------------------------------------------------------------
    @Slot(str, str)
    def _show(self, line: str, text: str) -> None:
        window = self.window
        if window is None:
            return
        try:
            window.statusBar().showMessage(_tr("Unexpected error: {0}").format(line), _STATUS_MS)
            if self.dialog is None:
                self.dialog = ErrorDialog(window, self.log_path)
            self.dialog.add(text)
            if not self.dialog.isVisible():
                self.dialog.show()
        except RuntimeError:  # the window is already deleted (an error while shutting down)
            self.window = None


def install_excepthook(window: QMainWindow | None, log_path: Path | None = None) -> ErrorHook:
    """Create the hook for ``window`` and install it; keep the returned object alive (``window`` does not
    own it) and call ``uninstall()`` to restore the previous hooks."""
    return ErrorHook(window, log_path).install()
