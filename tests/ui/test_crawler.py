"""The crawler: in English and in Korean, click every enabled button of every panel and trigger every menu
entry (Quit aside), with file dialogs and message boxes answered automatically, waiting for each job a click
starts to end, or stopping it. It passes when no exception reached ``sys.excepthook`` (pytest-qt fails the test
on any exception raised in a slot or a Qt virtual) and the window still responds. New buttons and menu
entries are covered without anyone remembering to add them.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request

import pytest
import torch.hub
from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QCheckBox, QDialog, QMessageBox, QWidget

from explorer.paths import RESOURCES
from explorer.ui.app import Translations

from .drive import click, raise_dock, type_into

SAMPLE = RESOURCES / "samples" / "chelsea.png"
SAMPLE_BYTES = SAMPLE.read_bytes()
STOP_WORDS = ("Stop", "Cancel", "중지", "정지", "취소", "멈춤")
RUN_STOP_WORDS = ("Stop", "중지", "정지")  # what a run's Stop button says (a job's Cancel is waited for)
# Both crawls click every button on the network the window opens with (DenseNet-BC, L=100, k=12), then trigger
# every menu entry on a small network typed into the form first, so that the exports the menus start end at once
# (an ONNX export alone takes 15 s on the default network, a minute on a loaded machine; the journeys and
# tests/cli/test_export.py export real networks and check the files).
SMALL_NETWORK_LANGUAGES = ("en", "ko")


def _offline(*_args, **_kwargs):
    raise urllib.error.URLError("no network (the crawler runs offline)")


@pytest.fixture
def answered(monkeypatch, dialogs, tmp_path):
    """Message boxes answer with their default (Cancel where there is one), file dialogs with a path in the
    test's folder (save) or a sample image / nothing (open); the network is unreachable, as here."""
    out = tmp_path / "crawl"
    out.mkdir()
    counter = iter(range(10_000))

    def answer(kind, caption, args, kwargs):
        filters = " ".join(str(a) for a in args) + " " + " ".join(str(v) for v in kwargs.values())
        low = (caption + filters).lower()
        if kind != "save":  # open an image if one is asked for (never a save target: that is a shipped file)
            return str(RESOURCES / "samples" / "chelsea.png") if ("image" in low or "이미지" in low) else None
        for ext in ("csv", "png", "svg", "json", "onnx", "pt"):
            if f"*.{ext}" in low:
                return str(out / f"file{next(counter)}.{ext}")
        return None

    dialogs.default = answer
    asked: list[str] = []

    def box_exec(self):
        asked.append(self.text())
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    for name in ("warning", "information", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(
            lambda *a, **k: asked.append(str(a[2] if len(a) > 2 else "")) or QMessageBox.StandardButton.Cancel))
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda *a, **k: asked.append("about")))
    monkeypatch.setattr(QMessageBox, "aboutQt", staticmethod(lambda *a, **k: asked.append("aboutQt")))
    monkeypatch.setattr(QApplication, "aboutQt", staticmethod(lambda *a, **k: asked.append("aboutQt")))
    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
    monkeypatch.setattr(urllib.request, "urlopen", _offline)
    monkeypatch.setattr(torch.hub, "urlopen", _offline, raising=False)
    return asked


def _busy(window) -> bool:
    return any(t.isRunning() for t in window.findChildren(QThread))


def _stop_buttons(panel: QWidget | None, words: tuple[str, ...] = STOP_WORDS) -> list[QAbstractButton]:
    if panel is None:
        return []
    return [b for b in panel.findChildren(QAbstractButton)
            if b.isVisible() and b.isEnabled() and b.text().replace("&", "") in words]


def _settle(qtbot, window, panel: QWidget | None) -> None:
    """Let what the click started finish; a long job is stopped with the panel's own Stop. A run (its panel shows
    an enabled Stop: training, a joint run, a sweep) is stopped once it has had half a second to start, as it
    never ends on its own within the crawl; other jobs (a measurement, a build: their button says Cancel) get
    3 s to finish, so that their result slots run too."""
    start = time.monotonic()
    deadline = start + 3
    while _busy(window) and time.monotonic() < deadline:
        if time.monotonic() - start > 0.5 and _stop_buttons(panel, RUN_STOP_WORDS):
            break
        qtbot.wait(50)
    if _busy(window):
        for button in _stop_buttons(panel):
            click(qtbot, button)
    qtbot.waitUntil(lambda: not _busy(window), timeout=60000)
    for top in QApplication.topLevelWidgets():  # non-modal boxes (the citation, an error's details)
        if top is not window and top.isVisible() and isinstance(top, QDialog):
            top.close()
    QCoreApplication.processEvents()


def _crawl_buttons(qtbot, window) -> list[str]:
    clicked = []
    places = [("diagram", None)] + list(window.docks.items())  # the diagram is the central widget
    for key, dock in places:
        if dock is not None:
            raise_dock(qtbot, window, dock)
        panel = window.panels[key]
        buttons = [b for b in panel.findChildren(QAbstractButton) if b.text()]
        # Options first (they change what the actions then do), then the actions.
        buttons.sort(key=lambda b: not isinstance(b, QCheckBox))
        for button in buttons:
            if not (button.isVisible() and button.isEnabled()):
                continue
            # A tabbed panel may have been pushed behind by a click (a panel raising another): bring it back.
            if dock is not None:
                raise_dock(qtbot, window, dock)
            if not (button.isVisible() and button.isEnabled()):
                continue
            click(qtbot, button)
            clicked.append(f"{key}: {button.text()}")
            _settle(qtbot, window, panel)
    return clicked


def _menu_actions(window):
    def walk(actions):
        for action in actions:
            if action.menu() is not None:
                yield from walk(action.menu().actions())
            elif not action.isSeparator():
                yield action

    return list(walk(window.menuBar().actions()))


@pytest.mark.parametrize("language", ["en", "ko"])
def test_click_everything(qtbot, app_window, answered, language):
    window = app_window
    translations = Translations(QApplication.instance())
    window.sig_language_requested.connect(lambda code: (translations.set_language(code),
                                                        window.set_language_checked(code)))
    try:
        translations.set_language(language)
        window.set_language_checked(language)
        QCoreApplication.processEvents()
        clicked = _crawl_buttons(qtbot, window)
        print("\nCLICKED", len(clicked), clicked)
        assert len(clicked) >= 20, clicked
        if language in SMALL_NETWORK_LANGUAGES:  # typed as a person does: the exports it starts are quick
            raise_dock(qtbot, window, window.docks["config"])
            type_into(qtbot, window.config_panel.blocks, "2, 2, 2")
            type_into(qtbot, window.config_panel.growth, "4")
            assert window.state.config.block_layers == (2, 2, 2) and window.state.config.growth_rate == 4
        quit_action = window.actions_by_key["quit"]
        triggered = []
        for action in _menu_actions(window):
            if action is quit_action or not action.isEnabled():
                continue
            action.trigger()
            triggered.append(action.text())
            if action.isCheckable() and action in window.dock_actions.values():
                action.trigger()  # a dock hidden from the View menu comes back the same way
            stop = window.actions_by_key.get("stop")
            if stop is not None and action is not stop and stop.isEnabled():
                stop.trigger()  # a run started from the Run menu (Train) is stopped from it too
                triggered.append(stop.text())
            _settle(qtbot, window, None)
        assert len(triggered) >= 20, triggered
        window.actions_by_key["lang_" + language].trigger()
        QCoreApplication.processEvents()
    finally:
        translations.set_language("en")
    assert SAMPLE.read_bytes() == SAMPLE_BYTES  # nothing the crawler wrote went over a shipped file
    # The window still responds: a timer fires, the network can still be changed, and it repaints.
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True], timeout=2000)
    assert window.isVisible() and not window.grab().isNull()
