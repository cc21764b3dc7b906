"""Plots a student can read: one theme from the palette (light and dark), accuracy on a 0..1 axis with no SI
prefix, Grad-CAM beside the picture with a colour bar and the digit still visible, feature maps large enough
and enlarged on a click, reuse-heatmap ticks that fit, and the paper plot's ImageNet view, export and labels
clear of each other and of the points at projector sizes."""

from __future__ import annotations

import csv
import io

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from explorer.core.config import DenseNetConfig, config_to_dict
from explorer.core.imagenet_reference import IMAGENET_COLUMNS, imagenet_rows
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from explorer.paths import RESOURCES
from explorer.ui import plot_theme
from explorer.ui.panels.compare_view import CompareView
from explorer.ui.panels.inference_panel import InferencePanel
from explorer.ui.panels.training_panel import TrainingPanel
from explorer.ui.state import AppState

from .drive import LEFT, choose, click, keys, raise_dock

DIGITS = DenseNetConfig(growth_rate=12, block_layers=(4, 16), input_size=8, in_channels=1, num_classes=10,
                        init_features=24, bottleneck=True, compression=0.5)
WIDE = DenseNetConfig(growth_rate=12, block_layers=(2, 8), input_size=16, num_classes=3, init_features=24)


def _checkpoint(path, config, classes):
    torch.manual_seed(0)
    torch.save({"format": "densenet-explorer-checkpoint", "version": 1, "config": config_to_dict(config),
                "model": build_model(config).state_dict(), "classes": classes,
                "mean": [0.5] * config.in_channels, "std": [0.25] * config.in_channels, "epoch": 1, "history": []},
               path)
    return path


@pytest.fixture
def inference(qtbot, dialogs, tmp_path):
    """An inference panel on screen with a network loaded from a checkpoint the person picked, and an image."""
    def make(config, classes, image):
        panel = InferencePanel(AppState())
        qtbot.addWidget(panel)
        panel.resize(900, 640)
        panel.show()
        qtbot.waitExposed(panel)
        choose(qtbot, panel.source, data="checkpoint")
        dialogs.answers.append(str(_checkpoint(tmp_path / "net.pt", config, classes)))
        click(qtbot, panel.load_button)
        qtbot.waitUntil(lambda: panel.predictor is not None and not panel.busy, timeout=60000)
        dialogs.answers.append(str(image))
        click(qtbot, panel.open_button)
        qtbot.waitUntil(lambda: panel.image_path == image and not panel.busy and panel.cam is not None,
                        timeout=60000)
        made.append(panel)
        return panel

    made: list[InferencePanel] = []
    yield make
    for panel in made:
        panel.shutdown()


def _click_tab(qtbot, tabs, widget):
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tabs.indexOf(widget)).center())
    assert tabs.currentWidget() is widget


def _distinct_colours(widget) -> int:
    image = widget.grab().toImage()
    return len({image.pixel(x, y) for x in range(0, image.width(), max(1, image.width() // 40))
                for y in range(0, image.height(), max(1, image.height() // 40))})


# -- Grad-CAM ----------------------------------------------------------------------------------------------------


def test_gradcam_shows_the_picture_beside_the_overlay_with_a_scale_and_the_digit_shows_through(qtbot, inference):
    digit = RESOURCES / "samples" / "digits" / "digit-3.png"
    panel = inference(DIGITS, [str(i) for i in range(10)], digit)
    _click_tab(qtbot, panel.tabs, panel.cam_tab)
    # Two pictures side by side (the crop the network saw, then the overlay) and a colour bar beside them.
    for view in (panel.cam_original, panel.cam_view):
        assert view.isVisible() and view.image() is not None and view.image().size().toTuple() == (8, 8)
        assert _distinct_colours(view) >= 4
    left, right = panel.cam_original.geometry(), panel.cam_view.geometry()
    assert left.right() < right.left() and abs(left.top() - right.top()) <= 2
    bar = panel.cam_bar
    assert bar.isVisible() and bar.geometry().left() > right.right() and bar.title
    assert [v for v, _t in bar.ticks] == [0.0, 0.5, 1.0] and bar.cmap == "jet"
    assert bar.colour_at(0.0) != bar.colour_at(1.0)
    # The digit is visible through the overlay at every opacity, the highest included: strokes stay lighter than
    # the ground.
    crop = panel.cam.image[:, :, 0].astype(float)
    ink, ground = crop > 150, crop < 20
    assert ink.sum() >= 8 and ground.sum() >= 8
    keys(qtbot, panel.opacity, Qt.Key.Key_End)  # the highest opacity, 80 %
    assert panel.opacity.value() == 80
    for value in (80, 50):
        if value == 50:
            keys(qtbot, panel.opacity, Qt.Key.Key_PageDown, times=3)  # 10 a page
            assert panel.opacity.value() == 50
        shown = panel.cam_view.image()
        rgb = np.array([[QColor(shown.pixel(x, y)).getRgb()[:3] for x in range(8)] for y in range(8)], dtype=float)
        lum = rgb @ np.array([0.299, 0.587, 0.114])
        assert lum[ink].mean() - lum[ground].mean() > 40, value
        assert str(value) in panel.cam_text.text()
    # Upscaled nearest-neighbour: the centre of each enlarged pixel is exactly the composed pixel.
    pix = panel.cam_view.pixmap().toImage()
    scale = pix.width() / 8
    assert scale >= 8
    for y, x in ((1, 3), (4, 4), (7, 0)):
        assert pix.pixel(int((x + 0.5) * scale), int((y + 0.5) * scale)) == shown.pixel(x, y)


# -- feature maps ------------------------------------------------------------------------------------------------


def test_feature_maps_are_readable_and_a_click_enlarges_one(qtbot, inference):
    panel = inference(WIDE, ["cat", "cup", "rocket"], RESOURCES / "samples" / "chelsea.png")
    _click_tab(qtbot, panel.tabs, panel.maps_tab)
    name = "features.denseblock2.denselayer8"
    choose(qtbot, panel.layer, data=name)
    qtbot.waitUntil(lambda: not panel.busy and panel.features is not None and panel.features.name == name,
                    timeout=60000)
    channels = compute_ledger(WIDE).row(name).in_channels
    grid = panel.grid_view
    assert grid.count() == channels >= 96  # the input of layer 8: 96 maps
    assert grid.tile_rect(0).width() >= 64 and grid.tile_rect(channels - 1).width() >= 64  # not 16 px
    assert grid.height() > panel.grid_scroll.viewport().height()  # the rest by scrolling
    assert "Click a map" in panel.zoom_text.text()
    # Click a tile that is on screen, in the strip of layer 3 (framed in its colour).
    strip = next(s for s in panel.features.strips if s.label == "layer 3")
    index = strip.start + 1
    panel.grid_scroll.verticalScrollBar().setValue(0)
    row_top = grid.tile_rect(index).top()
    bar = panel.grid_scroll.verticalScrollBar()
    while grid.tile_rect(index).bottom() > bar.value() + panel.grid_scroll.viewport().height():
        qtbot.keyClick(bar, Qt.Key.Key_PageDown)  # the person scrolls down to it
    assert row_top >= 0
    qtbot.mouseClick(grid, LEFT, pos=grid.tile_rect(index).center())
    assert grid.selected == index
    text = panel.zoom_text.text()
    assert "denseblock2.denselayer8" in text and f"input channel {index + 1} of {channels}" in text
    assert "from layer 3" in text and f"its map 2 of {strip.width}" in text
    assert panel.zoom_view.image() is not None and panel.zoom_view.image().size().toTuple() == (8, 8)
    assert panel.zoom_view.width() >= 160 and _distinct_colours(panel.zoom_view) >= 3
    # Without the input split: the layer's own output, channel by channel.
    click(qtbot, panel.show_input)
    qtbot.mouseClick(grid, LEFT, pos=grid.tile_rect(2).center())
    assert "output channel 3 of 12" in panel.zoom_text.text()


# -- feature reuse -----------------------------------------------------------------------------------------------


def _tick_pixels(heat, axis_name):
    vb = heat.plot.getViewBox()
    out = []
    for pos, text in heat.shown_ticks(axis_name):
        p = vb.mapViewToScene(QPointF(pos, 0.5) if axis_name == "bottom" else QPointF(0.5, pos))
        out.append((p.x() if axis_name == "bottom" else p.y(), text))
    return sorted(out)


def test_reuse_heatmap_has_a_colour_bar_axis_titles_and_ticks_that_fit(qtbot, inference):
    panel = inference(DIGITS, [str(i) for i in range(10)], RESOURCES / "samples" / "digits" / "digit-3.png")
    _click_tab(qtbot, panel.tabs, panel.reuse_tab)
    heat = panel.heatmap
    assert heat.values.shape == (5, 5)  # block 1: 4 layers; its cells are large enough to carry their values
    texts = sorted(item.textItem.toPlainText() for item in heat.cell_texts if item.isVisible())
    assert texts == sorted(f"{v:.2f}" for v in heat.values.ravel() if not np.isnan(v)) and len(texts) == 15
    choose(qtbot, panel.block, text=panel.block.itemText(1))  # block 2: 16 layers, 17 sources
    assert heat.values.shape == (17, 17)
    assert heat.plot.getAxis("bottom").labelText == "Source layer (s)"
    assert heat.plot.getAxis("left").labelText == "Target layer (ℓ)"
    assert panel.reuse_bar.isVisible() and panel.reuse_bar.cmap == "viridis" and panel.reuse_bar.title
    assert panel.reuse_bar.geometry().left() >= heat.geometry().right()
    metrics = QFontMetrics(heat.plot.getAxis("bottom").style["tickFont"])
    for width in (900, 520):  # wide, then a narrow dock: fewer labels, still apart
        panel.resize(width, 640)
        qtbot.waitUntil(lambda w=width: panel.width() == w, timeout=2000)
        QApplication.processEvents()
        bottom = _tick_pixels(heat, "bottom")
        assert len(bottom) >= 3 and bottom[0][1] == "in"
        for (x1, t1), (x2, t2) in zip(bottom, bottom[1:]):
            gap = x2 - x1 - (metrics.horizontalAdvance(t1) + metrics.horizontalAdvance(t2)) / 2
            assert gap >= 4, (width, t1, t2, gap)  # "10111213141516" ran together
        left = _tick_pixels(heat, "left")
        assert left[-1][1] == "cls"  # the last row, the classifier, always named
        for (y1, _t1), (y2, _t2) in zip(left, left[1:]):
            assert y2 - y1 >= metrics.height()


# -- the theme ---------------------------------------------------------------------------------------------------


def _dark() -> QPalette:
    pal = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.AlternateBase, "#2a2a2a"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Button, "#353535"),
                         (QPalette.ColorRole.ButtonText, "#e8e8e8"), (QPalette.ColorRole.Highlight, "#3d8ee0"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff")):
        pal.setColor(role, QColor(colour))
    return pal


def _check_plots(views, dark: bool) -> None:
    for view in views:
        theme = plot_theme.theme_for(view)
        bg = view.backgroundBrush().color()
        assert bg == theme.background == view.palette().color(QPalette.ColorRole.Base), type(view.parent())
        assert (plot_theme.relative_luminance(bg) < 0.18) == dark
        for item in plot_theme._plot_items(view):
            for name in ("left", "bottom"):
                axis = item.getAxis(name)
                assert axis.textPen().color() == theme.foreground and not axis.autoSIPrefix
                assert plot_theme.contrast_ratio(theme.foreground, bg) >= 4.5
        assert all(plot_theme.contrast_ratio(c, bg) >= plot_theme.MIN_CONTRAST for c in theme.cycle)


def test_every_plot_follows_the_palette_light_and_dark(qtbot, app_window):
    window = app_window
    for key in ("extra_inference_panel", "extra_training_panel", "extra_compare_view"):
        if key in window.docks:
            raise_dock(qtbot, window, window.docks[key])
    views = window.findChildren(pg.GraphicsView)
    inference = window.panels["extra_inference_panel"]
    assert inference.chart in views and inference.heatmap in views and window.paper.plot in views
    training, compare = window.panels["extra_training_panel"], window.panels["extra_compare_view"]
    for view in (training.plots, compare.plot, compare.curves):  # and the training plots, compare's two
        assert view in views
    black = QColor("#000000")
    assert inference.chart.backgroundBrush().color() != black  # the probability chart was black
    app = QApplication.instance()
    light = app.palette()
    _check_plots(views, dark=False)
    try:
        app.setPalette(_dark())
        qtbot.waitUntil(lambda: plot_theme.relative_luminance(window.paper.plot.backgroundBrush().color()) < 0.18,
                        timeout=3000)
        _check_plots(window.findChildren(pg.GraphicsView), dark=True)
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: window.paper.plot.backgroundBrush().color() == light.color(QPalette.ColorRole.Base),
                    timeout=3000)
    _check_plots(window.findChildren(pg.GraphicsView), dark=False)


# -- accuracy axes -----------------------------------------------------------------------------------------------


def _accuracy_axis_reads_plainly(plot_item) -> None:
    (_x0, _x1), (y0, y1) = plot_item.getViewBox().viewRange()
    assert -0.05 <= y0 <= 0 and 1 <= y1 <= 1.05
    axis = plot_item.getAxis("left")
    assert not axis.autoSIPrefix and axis.autoSIPrefixScale == 1.0 and "x0.0" not in axis.labelString()
    values = [v for level in axis.tickValues(y0, y1, axis.height() or 200) for v in level[1]]
    strings = axis.tickStrings(values, 1.0, 0.1)
    assert values and all(0 <= float(s) <= 1 for s, v in zip(strings, values) if 0 <= v <= 1)


def test_accuracy_axes_are_zero_to_one_without_si_prefix(qtbot, monkeypatch):
    tiny = DenseNetConfig(growth_rate=4, block_layers=(1, 1, 1), input_size=8, in_channels=1, num_classes=10,
                          init_features=8)
    panel = TrainingPanel(AppState(config=tiny))
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    real = panel.settings
    monkeypatch.setattr(panel, "settings", lambda: real().replace(max_batches=3))
    keys(qtbot, panel.epochs_spin, Qt.Key.Key_Down, times=panel.epochs_spin.value() - 2)
    assert panel.epochs_spin.value() == 2
    with qtbot.waitSignal(panel.sig_run_finished, timeout=60000):
        click(qtbot, panel.train_button)
    assert len(panel.curve_val_acc.getData()[0]) == 2
    _accuracy_axis_reads_plainly(panel.acc_plot)
    # A late run's accuracies (0.7 to 0.95, where the axis read "(x0.001)" with ticks 700-950): still 0..1.
    panel.curve_val_acc.setData([1, 2, 3, 4], [0.70, 0.82, 0.90, 0.95])
    QApplication.processEvents()
    _accuracy_axis_reads_plainly(panel.acc_plot)
    assert panel.shutdown(20000)

    compare = CompareView(AppState())
    qtbot.addWidget(compare)
    compare.show()
    curve = compare.curves.plot([1, 2, 3], [0.71, 0.88, 0.93])
    QApplication.processEvents()
    _accuracy_axis_reads_plainly(compare.curves.getPlotItem())
    compare.curves.removeItem(curve)


# -- the paper plot ----------------------------------------------------------------------------------------------


def _labels_clear(paper) -> int:
    """No shown label overlaps another, the current network's label or any point; returns how many are shown."""
    view, boxes = paper.label_boxes_px()
    points = paper.point_boxes_px()
    marker = paper.marker_label.sceneBoundingRect()
    for i, box in enumerate(boxes):
        assert view.contains(box)
        assert not box.intersects(marker)
        for other in boxes[i + 1:]:
            assert not box.intersects(other)
        for p in points:
            assert not box.intersects(p), (paper.column.currentData(), box, p)
    return len(boxes)


def test_paper_plot_imagenet_view_labels_clear_and_export(qtbot, app_window, dialogs, tmp_path):
    window = app_window
    paper = window.paper
    raise_dock(qtbot, window, window.docks["paper"])
    qtbot.waitUntil(lambda: paper.plot.isVisible() and paper.plot.height() > 100, timeout=3000)
    choose(qtbot, paper.column, data="ImageNet top-1")
    rows = imagenet_rows()
    got = sorted((round(x, 9), round(y, 9)) for sc in paper.scatters.values()
                 for x, y in zip(sc.data["x"], sc.data["y"]))
    assert got == sorted((round(np.log10(r.params_m), 9), round(r.top1_error, 9)) for r in rows)
    tips = [d for sc in paper.scatters.values() for d in sc.data["data"]]
    assert any("DenseNet-264" in t and "22.15%" in t and "Table 3" in t for t in tips)
    assert any("ResNet-50" in t and "23.87%" in t and "torchvision" in t for t in tips)
    assert "Top-1 error" in paper.plot.getAxis("left").labelText and "Table 3" in paper.legend.text()
    # At 1280×720 and up, in both ImageNet columns and a CIFAR one: labels clear of each other and of the points.
    for size in ((1280, 720), (1366, 768), (1600, 1000)):
        window.resize(*size)
        qtbot.waitUntil(lambda s=size: window.size().toTuple() == s, timeout=3000)
        for column in IMAGENET_COLUMNS + ("C10+",):
            paper.column.setCurrentIndex(paper.column.findData(column))
            QApplication.processEvents()
            shown = _labels_clear(paper)
            # Nearly every label finds a free place (a hidden one still names its method on hover); the paper's
            # own DenseNets always do.
            assert shown >= 0.75 * len(paper.labels), (size, column, shown, paper.plot.size().toTuple())
            for point, item in zip(paper.label_points, paper.labels):
                if point.family in ("ImageNet DenseNet, paper", "DenseNet", "DenseNet-BC"):
                    assert item.isVisible(), (size, column, point.full, paper.plot.size().toTuple())
    window.resize(1280, 720)
    choose(qtbot, paper.column, data="ImageNet top-5")

    # Export: the button and its file dialog (SVG, CSV), then right-click (PNG).
    dialogs.answers.append(str(tmp_path / "paper.svg"))
    click(qtbot, paper.export_button)
    assert b"<svg" in (tmp_path / "paper.svg").read_bytes()[:2000]
    dialogs.answers.append(str(tmp_path / "paper.csv"))
    click(qtbot, paper.export_button)
    table = list(csv.reader(io.StringIO((tmp_path / "paper.csv").read_text())))
    assert table[0][:5] == ["method", "family", "source", "parameters_millions", "error_percent_ImageNet top-5"]
    assert len(table) == 1 + len(rows) and ["DenseNet-121", "ImageNet DenseNet, paper", "Huang et al. 2017, Table 3",
                                            "7.97886", "7.71", "1"] in table
    viewport = paper.plot.viewport()  # a right-click there: the event the platform sends for it
    centre = viewport.rect().center()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, centre,
                                                       viewport.mapToGlobal(centre)))
    menu = paper.findChild(QMenu)
    qtbot.waitUntil(menu.isVisible, timeout=2000)
    assert [a.text() for a in menu.actions()] == ["Export as PNG…", "Export as SVG…", "Export the points as CSV…"]
    action = menu.actions()[0]
    dialogs.answers.append(str(tmp_path / "paper"))  # no suffix: the PNG the menu entry asked for
    menu.hide()
    action.trigger()
    assert (tmp_path / "paper.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "paper.png" in window.statusBar().currentMessage()
    # A "folder" that is a file, and a suffix the plot cannot write: a message, nothing written, no crash.
    dialogs.answers.append(str(tmp_path / "paper.csv" / "paper.png"))
    click(qtbot, paper.export_button)
    assert "Not written" in paper.message and "paper.png" in paper.message
    dialogs.answers.append(str(tmp_path / "paper.txt"))
    click(qtbot, paper.export_button)
    assert ".png, .svg or .csv" in paper.message and not (tmp_path / "paper.txt").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("paper")) == [
        "paper.csv", "paper.png", "paper.svg"]  # no temporary files left beside them
