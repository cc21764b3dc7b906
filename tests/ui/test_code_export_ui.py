"""File → Export → Network as PyTorch code: the save dialog, the file the core writes, the status bar's word, in
English and in Korean, and a refused target named in the status bar with nothing written."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from explorer.core.code_export import python_source
from explorer.core.config import preset_config
from explorer.ui.app import Translations
from explorer.ui.main_window import MainWindow

from .drive import trigger_menu


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), restore=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_menu_writes_the_code_and_says_so(qtbot, window, dialogs, tmp_path):
    window.state.set_config(preset_config("resnet-20"))
    out = tmp_path / "resnet20.py"
    dialogs.answers.append(str(out))
    trigger_menu(qtbot, window, "File", "Export", "Network as PyTorch code…")
    qtbot.waitUntil(lambda: not window.jobs.running(), timeout=60000)  # written on the window's runner
    assert dialogs.asked == ["Export the network as PyTorch code"]
    assert out.read_text() == python_source(preset_config("resnet-20"))
    assert window.statusBar().currentMessage() == f"Saved {out} (PyTorch code; run it with python)"


def test_a_pipe_is_refused_in_the_status_bar(qtbot, window, dialogs, tmp_path):
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    dialogs.answers.append(str(fifo))
    trigger_menu(qtbot, window, "File", "Export", "Network as PyTorch code…")
    qtbot.waitUntil(lambda: not window.jobs.running(), timeout=60000)  # written on the window's runner
    message = window.statusBar().currentMessage()
    assert message.startswith(f"Could not write {fifo}: ") and "is a named pipe, not a file; nothing was written" in \
        message
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".py") == ["pipe.py"]


def test_in_korean(qtbot, window, dialogs, tmp_path):
    translations = Translations(QApplication.instance())
    try:
        translations.set_language("ko")
        QCoreApplication.processEvents()
        out = tmp_path / "net.py"
        dialogs.answers.append(str(out))
        trigger_menu(qtbot, window, "파일(F)", "내보내기(E)", "네트워크를 PyTorch 코드로(Y)…")
        qtbot.waitUntil(lambda: not window.jobs.running(), timeout=60000)
        assert dialogs.asked == ["네트워크를 PyTorch 코드로 내보내기"]
        assert out.is_file()
        assert window.statusBar().currentMessage() == f"{out}에 저장했습니다 (PyTorch 코드; python으로 실행하세요)"
    finally:
        translations.set_language("en")
        QCoreApplication.processEvents()
