"""The whole window as a person first sees it (1280×720, torch loaded), and file dialogs answered with paths."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from explorer.ui.app import Translations
from explorer.ui.background import torch_loader
from explorer.ui.main_window import MainWindow

from .drive import trigger_menu


class Dialogs:
    """File dialogs answered with the next path given, as a person would type it; ``default`` answers the rest
    (a function of the caption, or None for Cancel). What was asked is kept."""

    def __init__(self, monkeypatch) -> None:
        self.answers: list[str] = []
        self.asked: list[str] = []
        self.default = None
        for name, kind in (("getOpenFileName", "open"), ("getSaveFileName", "save")):
            monkeypatch.setattr(QFileDialog, name, staticmethod(
                lambda *a, _kind=kind, **k: self._answer(_kind, *a, **k)))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(
            lambda *a, **k: self._answer("folder", *a, **k)[0]))

    def _answer(self, kind, parent=None, caption="", *args, **kwargs):
        """``default(kind, caption, args, kwargs)``: kind is "open", "save" or "folder"."""
        self.asked.append(caption)
        if self.answers:
            return self.answers.pop(0), ""
        if self.default is not None:
            return self.default(kind, caption, args, kwargs) or "", ""
        return "", ""


@pytest.fixture
def dialogs(monkeypatch):
    return Dialogs(monkeypatch)


@pytest.fixture
def app_window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(settings=settings, restore=False)
    w.resize(1280, 720)
    w._layout_pending = True  # as a first start does (restore_layout with no saved state): docks sized once shown
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: not w._layout_pending)
    w.activateWindow()
    w.start_background()
    qtbot.waitUntil(lambda: torch_loader().ready, timeout=120000)
    yield w
    # A failed test may leave a run going: stop it (keeping its checkpoint) without a question, then close.
    w.panels["extra_training_panel"].ask_close_during_run = lambda: "keep"
    w.close()
    w.deleteLater()
    QCoreApplication.processEvents()


@pytest.fixture
def korean(qtbot, app_window):
    """The window switched to 한국어 through its Language menu (the translators installed as the app does)."""
    window = app_window
    translations = Translations(QApplication.instance())
    window.sig_language_requested.connect(
        lambda code: (translations.set_language(code), window.set_language_checked(code)))
    trigger_menu(qtbot, window, "Language", "한국어")
    QCoreApplication.processEvents()
    qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "&File", timeout=3000)
    try:
        yield window
    finally:
        translations.set_language("en")
