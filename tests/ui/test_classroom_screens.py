"""A classroom's screens: a projector's 1280×720 and 1366×768, the back row, presenter mode.

First start is checked in a fresh process whose (offscreen) screen is the projector's: the window opens
inside the screen with the ledger's Copy/Export buttons, the bottom tabs and the status bar on it. The rest
drive the 1280×720 window of ``app_window`` as a person does (tab clicks, double-clicks on a title, keys, the
View and Run menus) and check what is then on screen.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QScrollArea,
    QTabBar,
    QWidget,
)

from explorer.core.config import preset_config
from explorer.ui import theme
from explorer.ui.app import Translations
from explorer.ui.main_window import PRESENTER_SCALES, MainWindow

from .drive import LEFT, click, raise_dock, trigger_menu, type_into

ROOT = Path(__file__).resolve().parents[2]
TRAINING = "extra_training_panel"


def in_window(widget: QWidget) -> QRect:
    """The widget's rectangle in its window's coordinates."""
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def wholly_visible(widget: QWidget) -> bool:
    """On screen, not clipped by a scroll area, a splitter or the window's edge."""
    if not widget.isVisible():
        return False
    if isinstance(widget, QAbstractScrollArea):  # (its viewport covers it: the viewport is what is seen)
        widget = widget.viewport()
    seen = widget.visibleRegion().boundingRect()
    return seen.size() == widget.size() and widget.window().rect().contains(in_window(widget))


# -- first start on a projector ------------------------------------------------------------------------------

FIRST_START = textwrap.dedent('''
    import json, sys, time
    from PySide6.QtCore import QPoint, QRect, QSettings
    from PySide6.QtWidgets import QPushButton, QTabBar
    from explorer.ui.app import create_app
    app = create_app()
    from explorer.ui.main_window import MainWindow

    def pump(seconds):
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    def report(w):
        pump(0.6)
        def rect(widget):
            return list(QRect(widget.mapTo(w, QPoint(0, 0)), widget.size()).getRect())
        def seen(widget):
            r = widget.visibleRegion().boundingRect()
            return widget.isVisible() and r.size() == widget.size()
        ledger = w.panels["ledger"]
        buttons = [b for b in ledger.findChildren(QPushButton) if b.text() in ("Copy", "Export CSV…")]
        title = w.docks["ledger"].windowTitle()
        bars = [b for b in w.findChildren(QTabBar) if b.isVisible() and not b.visibleRegion().isEmpty()
                and any(b.tabText(i) == title for i in range(b.count()))]
        bar = bars[0] if bars else w.findChildren(QTabBar)[0]
        a = w.screen().availableGeometry()
        return {"available": list(a.getRect()), "frame": list(w.frameGeometry().getRect()),
                "client": list(w.rect().getRect()),
                "buttons": [(b.text(), rect(b), seen(b)) for b in buttons],
                "tabs": (rect(bar), seen(bar)), "status": (rect(w.statusBar()), seen(w.statusBar())),
                "paper": (rect(w.panels["paper"]), seen(w.panels["paper"])),
                "diagram": rect(w.diagram.canvas), "config": rect(w.docks["config"]),
                "bars": [rect(b) for b in w.findChildren(QTabBar) if b.parentWidget() is w and b.isVisible()]}

    out = {}
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    w = MainWindow(settings=settings)
    w.show()
    out["first"] = report(w)
    # A window saved on a larger screen (1600x1000 at 200,150) opens fitted to this one.
    w.showNormal()
    w.resize(1600, 1000)
    w.move(200, 150)
    pump(0.3)
    w.save_settings()
    w.close()
    w2 = MainWindow(settings=QSettings(sys.argv[1], QSettings.Format.IniFormat))
    w2.show()
    out["saved"] = report(w2)
    w2.close()
    print("REPORT " + json.dumps(out))
''')


@pytest.mark.parametrize("width,height", [(1280, 720), (1366, 768)])
def test_first_start_fits_the_projector_screen(tmp_path, width, height):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"synchronousWindowSystem": True, "windowFrameMargins": False, "screens": [
        {"name": "projector", "x": 0, "y": 0, "width": width, "height": height, "logicalDpi": 96,
         "logicalBaseDpi": 96, "dpr": 1}]}))
    script = tmp_path / "first_start.py"
    script.write_text(FIRST_START)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(script), str(tmp_path / "settings.ini")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=240)
    line = next((s for s in done.stdout.splitlines() if s.startswith("REPORT ")), None)
    assert line is not None, done.stdout[-2000:] + done.stderr[-3000:]
    report = json.loads(line.removeprefix("REPORT "))
    for case in ("first", "saved"):
        r = report[case]
        available, frame, client = QRect(*r["available"]), QRect(*r["frame"]), QRect(*r["client"])
        assert available.size().width() == width and available.height() == height
        assert available.contains(frame), (case, frame, available)  # the whole window on the screen
        assert [t for t, _r, _s in r["buttons"]] == ["Copy", "Export CSV…"], r["buttons"]
        for text, rect, seen in r["buttons"] + [("tabs", *r["tabs"]), ("status bar", *r["status"]),
                                                ("paper plot", *r["paper"])]:
            assert seen and client.contains(QRect(*rect)), (case, text, rect, client)
        diagram = QRect(*r["diagram"])
        assert diagram.width() >= 400 and diagram.height() >= 200, (case, diagram)
        # One tab bar per tab group (bottom strip, right column), none left over on top of a panel (Qt's
        # restoreState left the old ones drawn over the Network panel on a second start).
        bars = [QRect(*b) for b in r["bars"]]
        assert len(bars) == 2, (case, bars)
        assert not any(b.intersects(QRect(*r["config"])) for b in bars), (case, bars, r["config"])


# -- the Training panel at 1280×720 --------------------------------------------------------------------------

def test_train_button_and_curves_are_on_screen_together(qtbot, app_window):
    window = app_window
    panel = window.panels[TRAINING]
    raise_dock(qtbot, window, window.docks[TRAINING])  # the tab at the bottom, clicked
    qtbot.waitUntil(lambda: window.docks[TRAINING].height() >= int(window.height() * 0.4), timeout=3000)
    qtbot.waitUntil(lambda: wholly_visible(panel.train_button) and wholly_visible(panel.plots), timeout=3000)
    for widget in (panel.train_button, panel.pause_button, panel.stop_button, panel.epochs_spin,
                   panel.dataset_combo, panel.plots, panel.progress):
        assert wholly_visible(widget), (widget, widget.visibleRegion().boundingRect(), widget.size())
    assert panel.plots.width() >= 500
    # The loss and accuracy curves readable in the strip (the rate and speed plots step aside below 460 px).
    viewport = panel.plots.viewport()
    for plot in (panel.loss_plot, panel.acc_plot, panel.eloss_plot):
        box = panel.plots.mapFromScene(plot.getViewBox().sceneBoundingRect()).boundingRect()
        assert viewport.rect().contains(box) and box.height() >= 120 and box.width() >= 150, box
        # The legend on its own line, off the curves.
        legend = panel.plots.mapFromScene(plot.legend.sceneBoundingRect()).boundingRect()
        assert plot.legend.isVisible() and viewport.rect().contains(legend) and not legend.intersects(box)
    # The rest of the recipe is one click away, in the same panel.
    assert not panel.seed_spin.isVisible()
    click(qtbot, panel.advanced_toggle)
    qtbot.waitUntil(panel.seed_spin.isVisible, timeout=2000)
    assert panel.advanced_form.labelForField(panel.seed_spin).text() == "Seed"


def test_paper_plot_keeps_its_points_in_view_when_the_inference_tab_takes_the_height(qtbot, app_window):
    """At 1280×720 raising Inference grows the bottom strip to most of the window; the Paper column above it
    then gives the plot its height (the caption and legend step aside) instead of squeezing it to its axis, and
    both come back once the Paper panel has the room (maximised by a double-click on its title)."""
    window = app_window
    paper, dock = window.paper, window.docks["extra_inference_panel"]
    raise_dock(qtbot, window, dock)  # the tab at the bottom, clicked
    qtbot.waitUntil(lambda: dock.height() >= int(window.height() * 0.4), timeout=3000)
    qtbot.waitUntil(lambda: not paper.legend.isVisible(), timeout=3000)
    assert not paper.caption.isVisible()
    view = paper.plot.getViewBox()
    box = paper.plot.mapFromScene(view.sceneBoundingRect()).boundingRect()
    assert box.height() >= 60, box  # (4 px before: the legend and caption took the dock's height)
    assert wholly_visible(paper.plot)
    paper_dock = window.docks["paper"]
    qtbot.mouseDClick(paper_dock, LEFT, pos=_title_point(paper_dock))
    qtbot.waitUntil(lambda: paper.legend.isVisible() and paper.caption.isVisible(), timeout=3000)
    assert "DenseNet-BC" in paper.legend.text()


# -- maximising a panel --------------------------------------------------------------------------------------

def _title_point(dock) -> QPoint:
    """A point on the dock's title bar (above the panel it holds), where a person double-clicks."""
    return QPoint(dock.width() // 3, max(2, dock.widget().geometry().top() // 2))


def _fills_window(window, widget: QWidget) -> bool:
    rect = in_window(widget)
    menu = window.menuBar().height()
    status = window.statusBar().height()
    return rect.width() >= window.width() - 12 and rect.height() >= window.height() - menu - status - 40


def test_double_click_a_title_maximises_the_panel_and_back(qtbot, app_window):
    window = app_window
    dock = window.docks[TRAINING]
    raise_dock(qtbot, window, dock)
    qtbot.mouseDClick(dock, LEFT, pos=_title_point(dock))
    qtbot.waitUntil(lambda: _fills_window(window, dock), timeout=3000)
    assert not dock.isFloating()  # maximised, not torn off as Qt's own double-click would
    assert not window.docks["config"].isVisible() and not window.diagram.isVisible()
    panel = window.panels[TRAINING]
    assert wholly_visible(panel.train_button) and wholly_visible(panel.plots)
    qtbot.waitUntil(lambda: panel.secondary_plots_shown, timeout=3000)  # the room brings all five plots
    assert panel.lr_plot.scene() is not None and panel.speed_plot.isVisible()
    assert window.actions_by_key["maximise"].isChecked()
    qtbot.mouseDClick(dock, LEFT, pos=_title_point(dock))
    qtbot.waitUntil(lambda: window.docks["config"].isVisible() and window.diagram.isVisible(), timeout=3000)
    assert not _fills_window(window, dock) and not window.actions_by_key["maximise"].isChecked()
    assert window.docks["cards"].isVisible() and window.docks["paper"].isVisible()


def test_shortcut_maximises_the_panel_with_the_focus(qtbot, app_window):
    window = app_window
    field = window.config_panel.fields["depth"].editor if hasattr(window.config_panel, "fields") else None
    assert field is not None
    qtbot.mouseClick(field, LEFT, pos=QPoint(field.width() // 3, field.height() // 2))
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    assert window.actions_by_key["maximise"].shortcut().toString() == "Ctrl+Shift+M"
    qtbot.keyClick(field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _fills_window(window, window.docks["config"]), timeout=3000)
    assert window.maximised == "config" and not window.docks["cards"].isVisible()
    qtbot.keyClick(field, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: window.docks["cards"].isVisible(), timeout=3000)
    assert window.maximised is None


def test_view_menu_maximises_any_panel(qtbot, app_window):
    window = app_window
    trigger_menu(qtbot, window, "View", "Maximise panel", "Diagram")
    qtbot.waitUntil(lambda: _fills_window(window, window.diagram), timeout=3000)
    assert all(not d.isVisible() for d in window.docks.values())
    trigger_menu(qtbot, window, "View", "Maximise panel", "Ledger")
    qtbot.waitUntil(lambda: _fills_window(window, window.docks["ledger"]), timeout=3000)
    assert not window.diagram.isVisible()
    trigger_menu(qtbot, window, "View", "Maximise the current panel")  # checked: back to the layout
    qtbot.waitUntil(lambda: window.diagram.isVisible() and window.docks["config"].isVisible(), timeout=3000)
    assert window.maximised is None
    # The two tab groups' bars back, and none left drawn over a panel.
    qtbot.waitUntil(lambda: len([b for b in window.findChildren(QTabBar)
                                 if b.parentWidget() is window and b.isVisible()]) == 2, timeout=3000)
    config = in_window(window.docks["config"])
    assert not any(b.geometry().intersects(config) for b in window.findChildren(QTabBar)
                   if b.parentWidget() is window and b.isVisible())


def test_a_maximised_panel_is_not_what_the_next_start_restores(qtbot, app_window, tmp_path):
    window = app_window
    trigger_menu(qtbot, window, "View", "Maximise panel", "Ledger")
    qtbot.waitUntil(lambda: not window.docks["config"].isVisible(), timeout=3000)
    window.save_settings()
    again = MainWindow(settings=window.settings)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    assert again.docks["config"].isVisible() and again.diagram.isVisible() and again.maximised is None
    again.panels[TRAINING].ask_close_during_run = lambda: "keep"
    again.close()


# -- presenter mode, the Run menu ----------------------------------------------------------------------------

def test_presenter_mode_scales_the_ui_and_the_scale_is_kept(qtbot, app_window):
    window = app_window
    app = QApplication.instance()
    base = app.font().pointSizeF()
    heading = window.config_panel.heading.font().pointSizeF()
    value = window.cards.cards["params"].value.font().pointSizeF()
    trigger_menu(qtbot, window, "View", "Presenter scale", "150 %")
    assert app.font().pointSizeF() == base  # chosen, not applied outside presenter mode
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen, timeout=3000)
    try:
        assert window.actions_by_key["presenter"].isChecked()
        assert app.font().pointSizeF() == pytest.approx(base * 1.5)
        assert window.config_panel.heading.font().pointSizeF() == pytest.approx(heading * 1.5)
        assert window.cards.cards["params"].value.font().pointSizeF() == pytest.approx(value * 1.5)
        label = window.panels[TRAINING].runs_label
        assert label.fontMetrics().height() > QFont(QApplication.font()).pointSizeF()  # metrics follow
        assert int(window.settings.value("presenter/scale")) == 150
    finally:
        qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not window.isFullScreen(), timeout=3000)
    assert app.font().pointSizeF() == pytest.approx(base)
    assert window.cards.cards["params"].value.font().pointSizeF() == pytest.approx(value)
    # The next start has the same scale chosen.
    again = MainWindow(settings=window.settings)
    qtbot.addWidget(again)
    assert again.ui_scale == 150 and again.actions_by_key["scale_150"].isChecked()
    assert [a.data() for a in again.scale_group.actions()] == list(PRESENTER_SCALES)
    again.panels[TRAINING].ask_close_during_run = lambda: "keep"
    again.close()


def test_run_menu_shows_the_keys_and_drives_the_training_buttons(qtbot, app_window):
    window = app_window
    panel = window.panels[TRAINING]
    keys = {key: window.actions_by_key[key].shortcut().toString() for key in ("train", "pause", "stop")}
    assert keys == {"train": "F5", "pause": "F6", "stop": "Shift+F5"}
    run_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Run")
    assert [a.text().replace("&", "") for a in run_menu.actions()] == ["Train", "Pause", "Stop"]
    assert not window.actions_by_key["pause"].isEnabled()  # nothing to pause yet, like the button
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: panel.running, timeout=10000)
    assert window.docks[TRAINING].isVisible()  # brought to the front to show the run
    qtbot.waitUntil(lambda: window.actions_by_key["pause"].isEnabled(), timeout=5000)
    assert not window.actions_by_key["train"].isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: panel.pause_button.text() == "Resume", timeout=10000)
    run_menu.aboutToShow.emit()
    assert window.actions_by_key["pause"].text().replace("&", "") == "Resume"
    qtbot.keyClick(window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: not panel.running, timeout=60000)
    assert panel.runs[-1].status == "stopped"
    qtbot.waitUntil(lambda: window.actions_by_key["train"].isEnabled(), timeout=5000)


# -- contrast: every label of every panel, light and dark ----------------------------------------------------

_CSS_COLOR = re.compile(r"(?<![-\w])color\s*:\s*(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|[a-zA-Z]+)")
_CSS_BACKGROUND = re.compile(r"background(?:-color)?\s*:\s*(#[0-9a-fA-F]{3,8}|rgba?\([^)]*\)|[a-zA-Z]+)")
_FONT_COLOR = re.compile(r"<font[^>]*color\s*=\s*['\"]?(#[0-9a-fA-F]{3,8}|[a-zA-Z]+)")


def _css_colour(text: str) -> QColor | None:
    text = text.strip()
    match = re.match(r"rgba?\(([^)]*)\)", text)
    if match:
        parts = [float(p) for p in match.group(1).split(",")[:3]]
        return QColor(int(parts[0]), int(parts[1]), int(parts[2]))
    colour = QColor(text)
    return colour if colour.isValid() else None


def _background(widget: QWidget) -> QColor:
    """What is painted behind the widget: the nearest widget that fills its background (palette role or style
    sheet), else the window's colour."""
    w: QWidget | None = widget
    while w is not None:
        sheet = _CSS_BACKGROUND.search(w.styleSheet() or "")
        if sheet and _css_colour(sheet.group(1)) is not None:
            return _css_colour(sheet.group(1))
        if w.autoFillBackground() or w.isWindow():
            return w.palette().color(w.backgroundRole())
        w = w.parentWidget()
    return QApplication.palette().color(QPalette.ColorRole.Window)


_SPAN = re.compile(r"<(?:span|font)\b([^>]*)>([^<]*)<", re.I)
NON_TEXT = 3.0  # WCAG 1.4.11: a mark that is not text (a legend's coloured ● ▲ ■) needs 3:1


def _foregrounds(widget: QWidget) -> list[tuple[str, QColor, float]]:
    """(where the colour comes from, the colour, the ratio it needs) for the widget's text."""
    group = QPalette.ColorGroup.Active if widget.isEnabled() else QPalette.ColorGroup.Disabled
    out = [("palette", widget.palette().color(group, widget.foregroundRole()), theme.AA)]
    sheet = _CSS_COLOR.search(widget.styleSheet() or "")
    if sheet and _css_colour(sheet.group(1)) is not None:
        out = [("style sheet", _css_colour(sheet.group(1)), theme.AA)]
    text = widget.text() if hasattr(widget, "text") else ""
    for attrs, inner in _SPAN.findall(text):
        match = _CSS_COLOR.search(attrs) or _FONT_COLOR.search(f"<font {attrs}>")
        colour = _css_colour(match.group(1)) if match else None
        if colour is None:
            continue
        words = re.sub(r"&[a-z]+;|&#\d+;", "", inner)
        mark_only = words.strip() != "" and not any(ch.isalnum() for ch in words)
        out.append(("rich-text mark" if mark_only else "rich text", colour, NON_TEXT if mark_only else theme.AA))
    return out


def _text_widgets(window) -> list[QWidget]:
    seen: list[QWidget] = []
    for panel in list(window.panels.values()) + [window.statusBar()]:
        for widget in [panel] + panel.findChildren(QWidget):
            if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
                seen.append(widget)
            elif isinstance(widget, QAbstractButton) and widget.text().strip() and widget.isEnabled():
                seen.append(widget)
    return seen


def _low_contrast(window) -> list[str]:
    bad = []
    for widget in _text_widgets(window):
        background = _background(widget)
        for source, colour, needed in _foregrounds(widget):
            ratio = theme.contrast(colour, background)
            if ratio < needed:
                bad.append(f"{type(widget).__name__} {widget.text()[:50]!r}: {colour.name()} on "
                           f"{background.name()} ({source}) = {ratio:.2f}")
    return bad


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_label_reads_at_4_5_to_1_in_light_and_dark_palettes(qtbot, app_window, language):
    window = app_window
    app = QApplication.instance()
    translations = Translations(app)
    original = QPalette(app.palette())
    try:
        translations.set_language(language)
        # Texts that appear only after input: an invalid depth's message, a dataset's note.
        depth = window.config_panel.fields["depth"].editor
        qtbot.mouseClick(depth, LEFT, pos=QPoint(depth.width() // 3, depth.height() // 2))
        depth.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.keyClick(depth, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(depth, "101")
        qtbot.keyClick(depth, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.config_panel.fields["depth"].error.isVisible(), timeout=3000)
        counts = {}
        for name, palette in (("light", theme.light_palette()), ("dark", theme.dark_palette())):
            app.setPalette(palette)
            QApplication.processEvents()
            checked = _text_widgets(window)
            counts[name] = len(checked)
            assert _low_contrast(window) == [], name
        assert min(counts.values()) >= 60, counts  # the walk found the panels' labels and buttons
        muted = window.cards.cards["params"].title
        assert theme.contrast(muted.palette().color(muted.foregroundRole()), _background(muted)) >= theme.AA
    finally:
        app.setPalette(original)
        translations.set_language("en")


def test_the_contrast_check_catches_the_old_grey(qtbot, app_window):
    """The check itself: a card title muted the old way (disabled, #BEBEBE on #EFEFEF) fails it."""
    window = app_window
    app = QApplication.instance()
    original = QPalette(app.palette())
    title = window.cards.cards["params"].title
    try:
        app.setPalette(theme.light_palette())
        theme.plain(title)
        title.setEnabled(False)
        bad = _low_contrast(window)
        assert any("Parameters" in b and "1.6" in b for b in bad), bad
    finally:
        title.setEnabled(True)
        theme.mute(title)
        app.setPalette(original)


# -- the diagram: box texts inside their boxes, a steady hint ------------------------------------------------

def _texts_outside_boxes(canvas) -> list[str]:
    out = []
    for box, items in canvas.box_texts:
        outer = box.sceneBoundingRect()
        for item in items:
            if not outer.contains(item.sceneBoundingRect()):
                out.append(f"{item.text()!r} {item.sceneBoundingRect()} not in {outer}")
    for lay in canvas.blocks.values():  # the layer numbers inside their layer boxes
        for node in lay.nodes.values():
            for item in node.childItems():
                if not node.sceneBoundingRect().contains(item.sceneBoundingRect()):
                    out.append(f"layer {item.text()!r} spills out of its box")
    return out


@pytest.mark.parametrize("language", ["en", "ko"])
def test_diagram_box_texts_stay_inside_their_boxes(qtbot, app_window, language):
    window = app_window
    translations = Translations(QApplication.instance())
    canvas = window.diagram.canvas
    try:
        translations.set_language(language)
        for size in ((1280, 720), (1366, 768), (1600, 1000)):
            window.resize(*size)
            for preset in ("densenet-bc-l100-k12", "densenet264", "densenet-l40-k12", "densenet161"):
                window.state.set_config(preset_config(preset))
                window.diagram.flush()
                canvas.fit()
                QApplication.processEvents()
                assert canvas.box_texts, preset
                assert _texts_outside_boxes(canvas) == [], (language, size, preset)
                if preset == "densenet264":  # "2304→1152 ch" was one that spilled
                    texts = {item.text() for _box, items in canvas.box_texts for item in items}
                    assert any("1152" in t for t in texts), texts
        qtbot.mouseClick(canvas.viewport(), LEFT, pos=QPoint(5, 5))
        canvas.setFocus(Qt.FocusReason.MouseFocusReason)
        qtbot.keyClick(canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: _fills_window(window, window.diagram), timeout=3000)
        canvas.fit()
        assert _texts_outside_boxes(canvas) == []
    finally:
        translations.set_language("en")


def test_layer_numbers_read_in_the_maximised_diagram_at_1280(qtbot, app_window):
    """At 1280×720 the diagram maximised (Ctrl+Shift+M in it) draws the layer numbers at 10 px or more."""
    window = app_window
    canvas = window.diagram.canvas
    qtbot.mouseClick(canvas.viewport(), LEFT, pos=QPoint(5, 5))
    canvas.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(canvas, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: _fills_window(window, window.diagram), timeout=3000)
    canvas.fit()
    QApplication.processEvents()
    scale = canvas.transform().m11()
    sizes = [canvas.em_px(t) * scale * t.scale() for lay in canvas.blocks.values() for node in lay.nodes.values()
             for t in node.childItems()]
    assert sizes and min(sizes) >= 10.0, min(sizes)
    assert _texts_outside_boxes(canvas) == []
    # A double-click on the drawing's background goes back (the diagram has no title bar to double-click).
    qtbot.mouseDClick(canvas.viewport(), LEFT, pos=QPoint(3, 3))
    qtbot.waitUntil(lambda: window.docks["config"].isVisible(), timeout=3000)
    assert window.maximised is None
    # (QTest's double-click leaves the button pressed for the next test's mouse moves unless released.)
    qtbot.mouseRelease(canvas.viewport(), LEFT, pos=QPoint(3, 3))


def test_hovering_layers_never_moves_the_drawing(qtbot, app_window):
    window = app_window
    canvas = window.diagram.canvas
    QApplication.processEvents()
    top = in_window(canvas)
    heights = set()
    for block, lay in list(canvas.blocks.items()):
        for layer, node in list(lay.nodes.items()):
            if layer == 0:
                continue
            point = canvas.mapFromScene(node.sceneBoundingRect().center())
            qtbot.mouseMove(canvas.viewport(), point)
            QApplication.processEvents()
            heights.add(window.diagram.info.height())
            assert in_window(canvas) == top, (block, layer)
    assert len(heights) == 1 and window.diagram.info.text()


def test_cards_are_not_clipped_at_1280(qtbot, app_window):
    window = app_window
    for key, card in window.cards.cards.items():
        assert wholly_visible(card), key
        for label in (card.title, card.value):
            assert wholly_visible(label), (key, label.text())
            needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
            assert label.height() >= needed, (key, label.text(), label.height(), needed)
    assert window.cards.columns == 6



@pytest.mark.parametrize("language", ["en", "ko"])
def test_network_panel_fits_its_side_column_at_1280(qtbot, app_window, language):
    """At a first start on 1280×720 the Network panel's fields fit its column: no sideways scroll bar, each
    slider whole (the number boxes were sized for the typing range, -2147483647, and pushed the sliders 26 px
    past the column's edge behind a scroll bar: seen under Xvfb). A long number typed stays typable."""
    window = app_window
    if language == "ko":
        translations = Translations(QApplication.instance())
        window.sig_language_requested.connect(
            lambda code: (translations.set_language(code), window.set_language_checked(code)))
        trigger_menu(qtbot, window, "Language", "한국어")
    panel = window.config_panel
    scroll = next(a for a in panel.findChildren(QScrollArea) if a.widget() is not None
                  and panel.depth_slider in a.widget().findChildren(QWidget))
    assert window.docks["config"].width() <= 340
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible())
    viewport = QRect(scroll.viewport().mapTo(window, QPoint(0, 0)), scroll.viewport().size())
    for widget in (panel.depth, panel.depth_slider, panel.growth_slider, panel.compression_slider,
                   panel.init_auto, panel.blocks):
        assert viewport.contains(in_window(widget)), (widget, in_window(widget), viewport)
    type_into(qtbot, panel.growth, "123456789")
    assert panel.growth.lineEdit().text() == "123456789"  # kept as typed, its error beside it
    qtbot.waitUntil(lambda: panel.fields["growth_rate"].error.isVisible())
    assert not scroll.horizontalScrollBar().isVisible()
    if language == "ko":
        translations.set_language("en")

def test_a_legend_goes_to_the_corner_its_curves_leave_free(qtbot):
    """The compare view's legend stays in its plot: placed where no curve passes (explorer.ui.legend_place)."""
    import pyqtgraph as pg

    from explorer.ui import legend_place

    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    widget.resize(500, 300)
    widget.show()
    qtbot.waitExposed(widget)
    plot = widget.getPlotItem()
    plot.addLegend()
    legend_place.follow(plot)
    plot.plot([1, 2, 3, 4, 5, 6], [0.2, 0.5, 0.7, 0.8, 0.85, 0.9], name="rising to the top right")
    plot.plot([1, 2, 3, 4, 5, 6], [0.1, 0.4, 0.6, 0.7, 0.8, 0.86], name="and another")
    plot.setYRange(0, 1, padding=0)
    QApplication.processEvents()
    assert legend_place.place_legend(plot) in ("bottom-right", "top-left")
    assert legend_place.covered_points(plot) == 0
    assert legend_place.covered_points(plot, "top-right") > 0  # where pyqtgraph would have put it


def test_settings_scale_out_of_range_falls_back(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("presenter/scale", "900")
    w = MainWindow(settings=settings)
    qtbot.addWidget(w)
    assert w.ui_scale == 100
    with pytest.raises(ValueError, match="presenter scale = 90"):
        w.set_ui_scale(90)
    w.panels[TRAINING].ask_close_during_run = lambda: "keep"
    w.close()
