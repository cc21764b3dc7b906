"""The main window: title, docks (with other engineers' panels), undo/redo, settings round-trip, translations,
opening without torch, files."""

import json
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from explorer.core.config import DEFAULT_PRESET, PRESETS, config_to_json, preset_config
from explorer.ui import panels
from explorer.ui.app import Translations, initial_language
from explorer.ui.main_window import MainWindow
from explorer.ui.panels.base import Panel


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    return w


def test_import_does_not_load_torch():
    code = ("import sys; import explorer.ui.main_window, explorer.ui.app, explorer.cli; "
            "explorer.cli.build_parser(); print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "False"


def test_title_docks_and_default_network(window):
    # The title ends with the app's name once: Qt's title bars append the display name unless it is there.
    assert window.windowTitle() == "DenseNet-BC (L=100, k=12) — DenseNet Explorer"
    assert window.windowTitle().count("DenseNet Explorer") == 1
    assert window.state.config == preset_config(DEFAULT_PRESET)
    assert set(window.docks) >= {"config", "cards", "ledger", "torchinfo", "paper", "instantiate"}
    assert window.docks["ledger"].windowTitle() == "Ledger"
    assert not window.windowIcon().isNull()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Run", "&Language", "&Help"]


class _ExtraPanel(Panel):
    @classmethod
    def title(cls):
        return "Extra"


class _BrokenPanel(QWidget):
    def __init__(self, state, parent=None):
        raise RuntimeError("boom")


def test_extra_panels_get_docks_and_broken_ones_are_reported(qtbot, settings, monkeypatch):
    import explorer.ui.panels.cards_view as module

    monkeypatch.setattr(module, "_ExtraPanel", _ExtraPanel, raising=False)
    monkeypatch.setattr(module, "_BrokenPanel", _BrokenPanel, raising=False)
    monkeypatch.setattr(panels, "EXTRA_PANELS", [("cards_view", "_ExtraPanel"), ("cards_view", "_BrokenPanel")])
    import explorer.ui.window_docks as docks

    monkeypatch.setattr(docks, "EXTRA_PANELS", panels.EXTRA_PANELS)
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    assert w.docks["extra_cards_view"].windowTitle() == "Extra"
    assert w.panels["extra_cards_view"].state is w.state
    assert len(w.extra_errors) == 1 and "boom" in w.extra_errors[0]


class _PlainWidget(QWidget):
    def __init__(self, state, parent=None):
        super().__init__(parent)


def test_an_extra_panel_that_is_not_a_panel_is_reported_not_docked(qtbot, settings, monkeypatch):
    """The window talks to its panels through the Panel interface only: a plain widget is refused."""
    import explorer.ui.panels.cards_view as module
    import explorer.ui.window_docks as docks

    monkeypatch.setattr(module, "_PlainWidget", _PlainWidget, raising=False)
    monkeypatch.setattr(docks, "EXTRA_PANELS", [("cards_view", "_PlainWidget")])
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    assert "extra_cards_view" not in w.docks
    assert len(w.extra_errors) == 1 and "not a Panel" in w.extra_errors[0]


def test_undo_redo_config_changes(window):
    state = window.state
    first = state.config
    state.set_config(first.replace(growth_rate=24))
    window.undo_stack.command(window.undo_stack.count() - 1).stamp -= 10  # a separate step, not a drag
    state.set_config(state.config.replace(compression=1.0))
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert state.config == first.replace(growth_rate=24)
    window.undo_stack.undo()
    assert state.config == first
    assert window.config_panel.growth.value() == 12
    window.undo_stack.redo()
    assert state.config.growth_rate == 24 and window.config_panel.growth.value() == 24
    assert window.undo_stack.count() == 2


def test_slider_drag_is_one_undo_step(window):
    panel = window.config_panel
    for v in range(13, 30):
        panel.growth_slider.setValue(v)
    assert window.state.config.growth_rate == 29
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.state.config.growth_rate == 12


def test_settings_round_trip(qtbot, settings):
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    w.show()
    w.state.set_config(PRESETS["densenet169"].config.replace(growth_rate=16))
    w.docks["paper"].hide()
    w.set_language_checked("ko")
    w.save_settings()
    w2 = MainWindow(settings=QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(w2)
    w2.show()
    assert w2.state.config == PRESETS["densenet169"].config.replace(growth_rate=16)
    # The offscreen screen is smaller than the window, so Qt clamps the restored size: check what is stored.
    assert settings.value("window/geometry") == w.saveGeometry()
    assert w2.restoreGeometry(settings.value("window/geometry"))
    assert w2.docks["paper"].isHidden()
    assert initial_language(None, w2.settings) == "ko"
    assert initial_language("en", w2.settings) == "en"


def test_broken_saved_config_falls_back_to_default(qtbot, settings):
    settings.setValue("config/last", '{"family": "densenet", "growth_rate": -3}')
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    assert w.state.config == preset_config(DEFAULT_PRESET)


def test_open_and_save_config(window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "net.json"
    window.state.set_config(preset_config("densenet-l40-k12"))
    assert window.save_config(str(path))
    assert json.loads(path.read_text())["growth_rate"] == 12
    window.state.set_config(preset_config(DEFAULT_PRESET))
    assert window.open_config(str(path))
    assert window.state.config == preset_config("densenet-l40-k12")
    bad = tmp_path / "bad.json"
    bad.write_text('{"family": "densenet", "growth_rate": 0}')
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert not window.open_config(str(bad))
    assert "growth_rate = 0" in warnings[0]
    assert window.state.config == preset_config("densenet-l40-k12")


def test_onnx_export_without_the_extra_says_how(window, tmp_path, monkeypatch):
    import explorer.core.onnx_export as onnx_export

    monkeypatch.setattr(onnx_export, "onnx_missing", lambda: ["onnx", "onnxscript"])
    with pytest.raises(RuntimeError, match=r"pip install 'densenet-explorer\[onnx\]'"):
        window.export_onnx(str(tmp_path / "m.onnx"))
    assert not (tmp_path / "m.onnx").exists()


def test_korean_translation_switches_live(window):
    app = QApplication.instance()
    translations = Translations(app)
    try:
        loaded = translations.set_language("ko")
        assert "explorer_ko.qm" in loaded
        QCoreApplication.processEvents()
        assert window.menu_file.title() == "파일(&F)"
        assert window.docks["ledger"].windowTitle() == "층별 채널 표"  # explorer/resources/i18n/GLOSSARY.md
        assert window.config_panel.fields["growth_rate"].label.text() == "성장률 k:"
        assert window.ledger_view.model.headerData(6, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) \
            == "파라미터"
        assert window.cards.cards["params"].title.text() == "파라미터"
    finally:
        translations.set_language("en")
        QCoreApplication.processEvents()
    assert window.menu_file.title() == "&File"
    assert window.config_panel.fields["growth_rate"].label.text() == "Growth rate k:"


def test_saved_config_json_is_the_state(window, settings):
    window.state.set_config(preset_config("densenet121"))
    window.save_settings()
    assert settings.value("config/last") == config_to_json(preset_config("densenet121"))


def test_panels_behind_a_tab_wait_until_raised(window, qtbot):
    """A config change redraws what is on screen, once per burst; a panel behind another dock tab does nothing
    until its tab is raised, then catches up (issue 3's update time: only seen panels cost anything)."""
    window.resize(1600, 1000)
    window.show()
    qtbot.waitExposed(window)
    paper, ledger = window.paper, window.ledger_view
    window.docks["instantiate"].raise_()  # the paper plot goes behind the instantiate tab
    qtbot.waitUntil(lambda: paper.visibleRegion().isEmpty(), timeout=2000)
    compare = window.panels.get("extra_compare_view")  # behind the ledger tab by default
    runs = (paper.deferred.runs, ledger.deferred.runs, compare.follow.runs if compare else 0)
    for k in (16, 20, 24):
        window.state.set_config(window.state.config.replace(growth_rate=k))
    qtbot.waitUntil(lambda: not ledger.deferred.pending, timeout=2000)
    assert ledger.deferred.runs == runs[1] + 1  # three changes, drawn once
    assert ledger.shown_ledger.total_params == window.state.ledger.total_params
    assert paper.deferred.runs == runs[0] and paper.deferred.pending and not paper.deferred.scheduled()
    assert paper.marked_params_m != pytest.approx(window.state.ledger.total_params / 1e6)
    if compare is not None:
        assert compare.follow.runs == runs[2] and compare.follow.pending and not compare.follow.scheduled()
    window.docks["paper"].raise_()
    qtbot.waitUntil(lambda: not paper.deferred.pending, timeout=2000)
    assert paper.deferred.runs == runs[0] + 1
    assert paper.marked_params_m == pytest.approx(window.state.ledger.total_params / 1e6)
    if compare is not None:
        window.docks["extra_compare_view"].raise_()
        qtbot.waitUntil(lambda: not compare.follow.pending, timeout=2000)
        assert compare.follow.runs == runs[2] + 1
        assert compare.model.entries()[0].params == window.state.ledger.total_params


def test_raising_an_extra_panel_tab_gives_it_room(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from explorer.ui.main_window import MainWindow

    window = MainWindow(settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), restore=False)
    qtbot.addWidget(window)
    window.resize(1400, 1000)
    window.show()
    qtbot.waitExposed(window)
    key = next(k for k in window.docks if k.startswith("extra_"))
    dock = window.docks[key]
    before = dock.height()
    assert before < window.height() * 0.3  # tabbed with the ledger's strip
    dock.raise_()  # grows as far as the other docks' minimum sizes allow
    qtbot.waitUntil(lambda: dock.height() > 2.5 * before, timeout=3000)
    window.close()
