"""The training panel's insight tabs, driven by clicks: Train a tiny DenseNet on digits for 2 short epochs, then
look at the gradient flow, the feature reuse over epochs (slider, Play, Space), the classes' confusion matrix and
the misclassified gallery with its Grad-CAM."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QListWidget, QStyle, QStyleOptionViewItem

from explorer.core.config import DenseNetConfig
from explorer.ui.panels.training_panel import TrainingPanel
from explorer.ui.state import AppState
from tests.ui.drive import click

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)


@pytest.fixture
def panel(qtbot, monkeypatch):
    state = AppState(config=TINY)
    p = TrainingPanel(state)
    qtbot.addWidget(p)
    p.resize(1280, 300)
    p.show()
    qtbot.waitExposed(p)
    real = p.settings
    monkeypatch.setattr(p, "settings", lambda: real().replace(max_batches=2))
    yield p
    assert p.shutdown(20000)


def _item_option(view: QListWidget, row: int) -> QStyleOptionViewItem:
    """The style option the list paints row ``row`` with: where its check box is drawn."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualItemRect(view.item(row))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


def _click_tab(qtbot, tabs, text: str) -> None:
    bar = tabs.tabBar()
    index = next(i for i in range(tabs.count()) if tabs.tabText(i) == text)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index


def test_train_then_each_insight_tab_shows_what_the_epochs_recorded(qtbot, panel):
    panel.dataset_combo.setCurrentIndex(panel.dataset_combo.findData("digits"))
    qtbot.waitUntil(lambda: panel.train_button.isEnabled() and panel.error_label.text() == "", timeout=5000)
    panel.epochs_spin.setValue(2)
    with qtbot.waitSignal(panel.sig_run_finished, timeout=60000) as blocker:
        click(qtbot, panel.train_button)
    run = blocker.args[0]
    assert run.status == "completed" and len(run.history) == 2
    tabs = panel.insights
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Curves", "Gradient flow", "Feature reuse", "Classes",
                                                             "Misclassified"]
    view = tabs.view_of(run)

    # Gradient flow: one heatmap, layers x epochs, every cell a positive norm; hover names the layer.
    _click_tab(qtbot, tabs, "Gradient flow")
    grad = tabs.grad_plot
    assert len(grad.images) == 1
    m = grad.matrices[0]
    assert m.shape == (len(view.layers), 2) and len(view.layers) >= 6
    assert np.all(np.isfinite(m)) and np.all(m > 0)
    assert grad.images[0].image.shape == (2, len(view.layers))  # x = epochs, y = layers
    assert grad.cell_text(0, 0, 1).startswith(view.layers[0])

    # Feature reuse: the slider walks the epochs; Play runs to the end and stops; Space starts it again.
    _click_tab(qtbot, tabs, "Feature reuse")
    assert tabs.reuse_map.isVisible() and tabs.reuse_slider.maximum() == 2 and tabs.reuse_epoch() == 2
    values_2 = tabs.reuse_map.values.copy()
    assert values_2.shape == (3, 3) and np.nanmax(values_2) == pytest.approx(1.0)
    tabs.reuse_slider.setFocus()
    qtbot.keyClick(tabs.reuse_slider, Qt.Key.Key_Left)
    assert tabs.reuse_epoch() == 1 and "epoch 1 of 2" in tabs.reuse_note.text()
    assert not np.array_equal(np.nan_to_num(tabs.reuse_map.values), np.nan_to_num(values_2))
    click(qtbot, tabs.play_button)
    assert tabs.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: not tabs.play_button.isChecked(), timeout=5000)
    assert tabs.reuse_epoch() == 2 and tabs.play_button.text() == "Play"
    tabs.setFocus()
    qtbot.keyClick(tabs, Qt.Key.Key_Space)
    assert tabs.play_button.isChecked() and tabs.reuse_epoch() == 1  # from the start again
    qtbot.waitUntil(lambda: not tabs.play_button.isChecked(), timeout=5000)

    # Classes: 10 digits, counts summing to the validation images, per-class accuracy beside, memory.
    _click_tab(qtbot, tabs, "Classes")
    table = tabs.confusion
    last = view.epochs[-1]
    assert table.rowCount() == 10 and table.columnCount() == 11
    cells = [[int(table.item(r, c).text()) for c in range(10)] for r in range(10)]
    assert cells == last.confusion and sum(map(sum, cells)) == last.val_count > 0
    assert table.item(0, 10).text().endswith("%") or table.item(0, 10).text() == "—"
    assert f"{last.val_count} validation images" in tabs.classes_summary.text()
    assert "top-5" in tabs.classes_summary.text()  # 10 classes > 5
    assert "Peak" in tabs.memory_label.text() and "ledger estimates" in tabs.memory_label.text()

    # Misclassified: a thumbnail per kept error; a click shows its Grad-CAM.
    _click_tab(qtbot, tabs, "Misclassified")
    gallery = tabs.gallery
    assert gallery.count() == len(last.misclassified) > 0
    assert "→" in gallery.item(0).text()
    assert f"{last.misclassified_total} of {last.val_count} validation images" in tabs.gallery_note.text()
    rect = gallery.visualItemRect(gallery.item(0))
    qtbot.mouseClick(gallery.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tabs.cam_result is not None, timeout=30000)
    assert tabs.cam_result.heat.shape == (8, 8) and not tabs.cam_view.pixmap().isNull()

    # The run's checkpoint loaded again: its insights.json fills the tabs of the loaded run.
    with qtbot.waitSignal(panel.state.sig_checkpoint_available, timeout=30000):
        panel.load_checkpoint_file(run.checkpoint)
    loaded = tabs.view_of(panel.runs[1])
    assert loaded is not None and loaded.layers == view.layers and len(loaded.epochs) == 2
    assert loaded.epochs[-1].confusion == last.confusion

    # The loaded run selected, the first overlaid: two gradient heatmaps side by side, one per run.
    runs = panel.runs_list
    loaded = runs.visualItemRect(runs.item(1))
    qtbot.mouseClick(runs.viewport(), Qt.MouseButton.LeftButton, pos=loaded.center())  # select the loaded run
    first = runs.visualItemRect(runs.item(0))
    box = runs.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, _item_option(runs, 0), runs)
    qtbot.mouseClick(runs.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.center() if box.isValid() else first.topLeft() + QPoint(10, first.height() // 2))
    assert runs.currentRow() == 1 and runs.item(0).checkState() == Qt.CheckState.Checked
    _click_tab(qtbot, tabs, "Gradient flow")
    assert len(grad.images) == 2  # each heatmap titled with its run's number and the network's name
    assert [p.titleLabel.text for p in grad.plots] == ["#2 DenseNet-BC (L=11, k=4)", "#1 DenseNet-BC (L=11, k=4)"]
    assert np.array_equal(grad.matrices[0], grad.matrices[1])  # the same run, read back from its insights.json


def test_the_korean_window_shows_the_tabs_translated(qtbot, panel):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[2] / "explorer" / "resources" / "i18n" / "training_ko.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        tabs = panel.insights
        qtbot.waitUntil(lambda: tabs.tabText(1) != "Gradient flow", timeout=5000)
        texts = [tabs.tabText(i) for i in range(tabs.count())]
        assert all(any("\uac00" <= ch <= "\ud7a3" for ch in t) for t in texts), texts
    finally:
        QCoreApplication.removeTranslator(translator)
