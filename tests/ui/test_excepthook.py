"""The application-wide excepthook: an exception in a slot reaches the person (status bar, details dialog,
log file), driven by a real click."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

from explorer.ui.errors import ErrorHook, append_to_log, default_log_path, install_excepthook

# pytest-qt would catch the exception itself and fail the test; here the app's hook is what is tested.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def state_home(tmp_path, monkeypatch) -> Path:
    """platformdirs puts user_log_dir under $XDG_STATE_HOME on Linux (the suite's conftest does not
    isolate that one)."""
    home = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(home))
    return home


@pytest.fixture
def window_with_hook(qtbot, state_home):
    window = QMainWindow()
    button = QPushButton("Break", window)
    window.setCentralWidget(button)
    qtbot.addWidget(window)
    window.show()

    def broken_slot() -> None:
        raise TypeError("unsupported operand type(s) for +: 'int' and 'str'")

    button.clicked.connect(broken_slot)
    hook = install_excepthook(window)
    yield window, button, hook
    hook.uninstall()
    if hook.dialog is not None:
        hook.dialog.close()


def test_log_path_follows_xdg_state_home(state_home):
    if not sys.platform.startswith("linux"):
        pytest.skip("XDG is Linux's")
    assert default_log_path() == state_home / "DenseNetExplorer" / "log" / "errors.log"


def test_a_slot_that_raises_reaches_status_bar_dialog_and_log(qtbot, window_with_hook, state_home):
    window, button, hook = window_with_hook
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert [type(e) for e in hook.errors] == [TypeError]
    assert window.statusBar().currentMessage() == (
        "Unexpected error: TypeError: unsupported operand type(s) for +: 'int' and 'str'")
    dialog = hook.dialog
    assert not dialog.isModal()
    details = dialog.details.toPlainText()
    assert "Traceback (most recent call last)" in details
    assert "broken_slot" in details and "TypeError: unsupported operand" in details
    assert dialog.details.isReadOnly()
    assert str(hook.log_path) in dialog.log_label.text()

    log = default_log_path()
    assert hook.log_path == log and log.is_relative_to(state_home)
    text = log.read_text()
    assert text.startswith("===== ") and "broken_slot" in text and "TypeError: unsupported operand" in text

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "broken_slot" in QApplication.clipboard().text()


def test_further_errors_are_appended_to_the_one_dialog(qtbot, window_with_hook):
    window, button, hook = window_with_hook
    for _ in range(3):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.count == 3)
    dialogs = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    assert dialogs == [hook.dialog]
    assert hook.dialog.details.toPlainText().count("broken_slot") == 3
    assert "3" in hook.dialog.summary.text()
    assert len(hook.errors) == 3
    assert hook.log_path.read_text().count("===== ") == 3

    hook.dialog.close()  # closed: the next error starts the box afresh
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hook.dialog.isVisible())
    assert hook.dialog.count == 1 and hook.dialog.details.toPlainText().count("broken_slot") == 1


@pytest.mark.filterwarnings("ignore::pytest.PytestUnhandledThreadExceptionWarning")  # the chained hook's
def test_an_error_in_a_python_thread_is_shown_in_the_gui_thread(qtbot, window_with_hook):
    window, _button, hook = window_with_hook

    def worker() -> None:
        raise ValueError("bad value in a worker")

    thread = threading.Thread(target=worker, name="worker-1")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: hook.dialog is not None and hook.dialog.isVisible())
    assert hook.dialog.thread() is QApplication.instance().thread()  # widgets made in the GUI thread only
    assert window.statusBar().currentMessage() == "Unexpected error: ValueError: bad value in a worker"
    assert "[thread worker-1]" in hook.dialog.details.toPlainText()
    assert [type(e) for e in hook.errors] == [ValueError]


def test_original_hook_still_runs_and_uninstall_restores_it(qtbot, state_home):
    seen = []
    previous = sys.excepthook
    sys.excepthook = lambda *args: seen.append(args[0])
    try:
        hook = ErrorHook(None).install()
        try:
            raise KeyError("x")
        except KeyError:
            sys.excepthook(*sys.exc_info())
        assert seen == [KeyError] and len(hook.errors) == 1
        hook.uninstall()
        assert sys.excepthook is not hook.excepthook and threading.excepthook is not hook.threading_excepthook
    finally:
        sys.excepthook = previous


def test_a_log_that_cannot_be_written_does_not_raise(tmp_path, qtbot):
    blocker = tmp_path / "a_file"
    blocker.write_text("")
    assert append_to_log(blocker / "sub" / "errors.log", "text") is False  # its folder is a file
    hook = ErrorHook(None, log_path=blocker / "errors.log")
    hook.report(RuntimeError, RuntimeError("boom"), None)  # must not raise
    assert len(hook.errors) == 1


def test_the_log_is_rotated_below_its_cap(tmp_path):
    log = tmp_path / "errors.log"
    for i in range(40):
        assert append_to_log(log, f"entry {i}\n" + "x" * 1000, max_bytes=10_000)
    assert log.stat().st_size <= 10_000
    older = tmp_path / "errors.log.1"
    assert older.exists() and older.stat().st_size <= 10_000
    assert "entry 39" in log.read_text()
