"""Live plots flat in run length (issue 14): the per-batch curves draw at most two points per pixel column of
their view however long the run grows (a million batches), without losing a peak, zoomed in or not, for the
current run and an overlaid one; the run itself and what Export CSV writes keep every value."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QListWidget, QStyle, QStyleOptionViewItem

from explorer.core.config import DenseNetConfig
from explorer.core.training import TrainSettings
from explorer.ui.panels.training_panel import TrainingPanel
from explorer.ui.panels.training_plots import TrainingPlots
from explorer.ui.panels.training_runs import RunRecord
from explorer.ui.state import AppState

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
PER_EPOCH = 782  # CIFAR-10 batches per epoch at batch 64


def _batches(n: int, seed: int, spike_at: int, dip_at: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    x = np.arange(n) / PER_EPOCH
    loss = 2.0 * np.exp(-x / 100) + 0.2 * rng.random(n)
    loss[spike_at], loss[dip_at] = 9.0, -1.0  # a diverging batch and a strange one: both must stay visible
    smooth = np.convolve(loss, np.full(16, 1 / 16), mode="same")
    return x, loss, smooth


def _grow(run: RunRecord, x, loss, smooth, upto: int) -> None:
    start = len(run.batch_x)
    run.batch_x.extend(x[start:upto])
    run.batch_loss.extend(loss[start:upto])
    run.batch_smooth.extend(smooth[start:upto])


def _bound(curve) -> int:
    """Two points (max, min) per pixel column of the curve's view, and the last value."""
    return 2 * max(int(curve.getViewBox().width()), 1) + 3


def _wheel(qtbot, plots: TrainingPlots, steps: int) -> None:
    """Turn the mouse wheel over the middle of the loss plot, as a person zooms in."""
    view = plots.loss_plot.vb
    centre = plots.mapFromScene(view.mapToScene(view.boundingRect().center()))
    for _ in range(steps):
        event = QWheelEvent(QPointF(centre), QPointF(plots.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, 120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(plots.viewport(), event)
    qtbot.wait(20)


@pytest.fixture
def plots(qtbot):
    p = TrainingPlots()
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def test_the_batch_curves_stay_bounded_and_keep_their_peaks_up_to_a_million_batches(qtbot, plots):
    n = 1_000_000
    x, loss, smooth = _batches(n, seed=3, spike_at=654_321, dip_at=12_345)
    run = RunRecord(1, TINY, "cifar10", TrainSettings())
    for upto in (100, 5_000, 50_000, 234_600, 600_000, n):  # ticks of a run that goes on
        _grow(run, x, loss, smooth, upto)
        plots.show_run(run)
        raw_x, raw_y = plots.curve_batch_raw.getData()
        assert len(raw_x) <= _bound(plots.curve_batch_raw), upto
        assert raw_y.max() == loss[:upto].max() and raw_y.min() == loss[:upto].min()  # no peak lost
        assert raw_x[-1] == x[upto - 1]  # the curve ends at the last batch
        sm_x, sm_y = plots.curve_batch_smooth.getData()
        assert len(sm_x) <= _bound(plots.curve_batch_smooth)
        assert sm_y.max() == pytest.approx(smooth[:upto].max()) and sm_y.min() == pytest.approx(smooth[:upto].min())
    assert len(raw_x) < 2_000 and len(run.batch_loss) == n and np.array_equal(run.batch_loss.view(), loss)
    # A tick with nothing new draws nothing; one with new batches draws once per curve.
    draws = plots.peak_raw.draws, plots.peak_smooth.draws
    plots.show_run(run)
    assert (plots.peak_raw.draws, plots.peak_smooth.draws) == draws
    run.add_batch(x[-1] + 1 / PER_EPOCH, 0.5)
    plots.show_run(run)
    assert (plots.peak_raw.draws, plots.peak_smooth.draws) == (draws[0] + 1, draws[1] + 1)


def test_zooming_in_draws_the_visible_batches_and_their_peaks(qtbot, plots):
    n = 300_000
    x, loss, smooth = _batches(n, seed=5, spike_at=150_007, dip_at=10)
    run = RunRecord(1, TINY, "cifar10", TrainSettings())
    _grow(run, x, loss, smooth, n)
    plots.show_run(run, force=True)
    qtbot.wait(20)
    _wheel(qtbot, plots, 6)  # zoomed in around the middle of the run, where the spike is
    view = plots.loss_plot.vb
    assert not view.autoRangeEnabled()[0]
    left, right = view.viewRange()[0]
    assert 0 < left < x[150_007] < right < x[-1]
    shown_x, shown_y = plots.curve_batch_raw.getData()
    inside = (x >= left) & (x <= right)
    assert len(shown_x) <= _bound(plots.curve_batch_raw)
    assert shown_x.min() <= left and shown_x.max() >= right  # the curve runs to the view's edges
    assert shown_y.max() == 9.0 and shown_y.min() <= loss[inside].min()  # the spike, at this zoom too
    assert shown_y.min() > -1.0  # the dip at batch 10 is outside the view and not drawn in it
    # More batches arrive while zoomed in on the middle: nothing visible changed, nothing is drawn again.
    draws = plots.peak_raw.draws
    _grow(run, *_batches(n + 1_000, seed=5, spike_at=150_007, dip_at=10), n + 1_000)
    plots.show_run(run)
    assert plots.peak_raw.draws == draws
    _wheel(qtbot, plots, -12)  # back out: more of the run, still two points per column
    assert len(plots.curve_batch_raw.getData()[0]) <= _bound(plots.curve_batch_raw)


def _item_option(view: QListWidget, row: int) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualItemRect(view.item(row))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


@pytest.fixture
def panel(qtbot):
    p = TrainingPanel(AppState(config=TINY))
    qtbot.addWidget(p)
    p.resize(1400, 700)
    p.show()
    qtbot.waitExposed(p)
    yield p
    assert p.shutdown(20000)


def test_an_overlaid_long_run_is_drawn_bounded_and_its_csv_has_every_epoch(qtbot, panel, dialogs, tmp_path):
    epochs = 300
    history = [{"epoch": e, "train_loss": 2.0 / e, "train_acc": 0.5 + e / 1000, "val_loss": 2.2 / e,
                "val_acc": 0.4 + e / 1000, "lr": 0.1 if e < 150 else 0.01, "images_per_s": 900.0 + e}
               for e in range(1, epochs + 1)]
    run = panel.model.add_loaded(TINY, "cifar10", TrainSettings(epochs=epochs), str(tmp_path / "long" / "run.pt"),
                                 history)
    panel.runs_column.add_run(run)
    n = epochs * PER_EPOCH  # 234,600 batches: one 300-epoch CIFAR run
    x, loss, smooth = _batches(n, seed=7, spike_at=200_000, dip_at=3)
    _grow(run, x, loss, smooth, n)
    runs = panel.runs_list
    rect = runs.visualItemRect(runs.item(0))
    box = runs.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, _item_option(runs, 0), runs)
    qtbot.mouseClick(runs.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.center() if box.isValid() else rect.topLeft() + QPoint(10, rect.height() // 2))
    assert panel.overlaid_runs() == [1]
    (peak,) = panel.plots._overlay_peaks[1]
    ox, oy = peak.item.getData()
    assert peak.item in panel.loss_plot.listDataItems()
    assert len(ox) <= _bound(peak.item) and oy.max() == pytest.approx(smooth.max()) and ox[-1] == x[-1]
    assert oy.min() == pytest.approx(smooth.min())
    acc_items = [i for i in panel.acc_plot.listDataItems() if i.opts["pen"].style() == Qt.PenStyle.DashLine]
    assert len(acc_items[0].getData()[0]) == epochs  # per-epoch curves are short: drawn as they are
    # Export CSV clicked, the path typed into the dialog: every epoch, every column, as recorded.
    dialogs.answers.append(str(tmp_path / "long.csv"))
    qtbot.mouseClick(panel.export_csv_button, Qt.MouseButton.LeftButton)
    with open(tmp_path / "long.csv", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == epochs and [int(r["epoch"]) for r in rows] == list(range(1, epochs + 1))
    assert [float(r["val_acc"]) for r in rows] == pytest.approx([h["val_acc"] for h in history], rel=1e-6)
    assert len(run.batch_loss) == n and np.array_equal(run.batch_smooth.view(), smooth)  # the run keeps it all
    # The tick box cleared: the overlay's curve is gone and no longer follows the view.
    qtbot.mouseClick(runs.viewport(), Qt.MouseButton.LeftButton,
                     pos=box.center() if box.isValid() else rect.topLeft() + QPoint(10, rect.height() // 2))
    assert panel.overlaid_runs() == [] and peak.item not in panel.loss_plot.listDataItems() and peak.x is None
