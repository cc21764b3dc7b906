"""The Compare view's "train these together" box: the run's settings, Train and Stop, one status line, and the
validation curves of every network overlaid (each curve made once, then ``setData``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...core.data import DATASETS as DATASET_SPECS
from .. import legend_place, plot_theme
from .compare_model import COLOURS, JointCurves, clock_text
from .compare_table import shown_name

__all__ = ["JointTrainingBox", "DATASETS"]

DATASETS = tuple(spec.name for spec in DATASET_SPECS.values() if spec.offline)  # shipped or generated: no download


class JointTrainingBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dataset_combo = QComboBox(self)
        for name in DATASETS:
            self.dataset_combo.addItem(name, name)
        self.epochs_spin = QSpinBox(self)
        self.epochs_spin.setRange(1, 1000)
        self.epochs_spin.setValue(3)
        self.batches_spin = QSpinBox(self)
        self.batches_spin.setRange(0, 100_000)
        self.batches_spin.setValue(0)
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2**31 - 1)
        self.train_button = QPushButton(self)
        self.stop_button = QPushButton(self)
        self.stop_button.setEnabled(False)
        self.train_status = QLabel(self)
        self.train_status.setWordWrap(True)  # six networks' accuracies: a long line must not widen the window
        self.curves = pg.PlotWidget(self)
        self.curves.addLegend()
        legend_place.follow(self.curves.getPlotItem())  # in the corner the curves leave free
        self.curves.setYRange(0, 1, padding=0.02)  # a fraction: 0..1 always (it read "(x0.001)", ticks 700-950)
        self.curves.enableAutoRange(y=False)
        plot_theme.install(self.curves)
        self.curve_items: list[pg.PlotDataItem] = []
        self.data = JointCurves()
        self.names: list[str] = []  # the networks of the run, as shown
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        for w in (self.dataset_combo, self.epochs_spin, self.batches_spin, self.seed_spin, self.train_button,
                  self.stop_button):
            row.addWidget(w)
        lay.addLayout(row)
        lay.addWidget(self.train_status)
        lay.addWidget(self.curves)

    def settings(self) -> Any:
        """The run's TrainSettings from the spins (torch-free)."""
        from ...core.training import TrainSettings

        kw: dict[str, Any] = dict(epochs=self.epochs_spin.value(), seed=self.seed_spin.value())
        if self.batches_spin.value() > 0:
            kw["max_batches"] = self.batches_spin.value()
        return TrainSettings(**kw)

    def start_curves(self, names: Sequence[str]) -> None:
        """One empty curve per network of a new run, in its colour, named in the legend."""
        self.curves.clear()
        self.names = [shown_name(n) for n in names]
        self.curve_items = [self.curves.plot([], [], pen=pg.mkPen(COLOURS[i % len(COLOURS)], width=2), symbol="o",
                                             symbolSize=5, name=label) for i, label in enumerate(self.names)]
        self.data.reset(len(self.names))

    def flush(self, force: bool = False) -> None:
        """Draw the points that arrived since the last call (all of them with ``force``)."""
        if not (self.data.dirty or force):
            return
        self.data.dirty = False
        for curve, xs, ys in zip(self.curve_items, self.data.xs, self.data.ys):
            curve.setData(list(xs), list(ys))

    def progress_text(self, b: Any, clock: Any) -> str:
        """One line for a batch report: the network, its epoch and batch, then the whole run's pace and ETA."""
        acc = self.data.last_acc.get(b.index)
        acc_text = "" if acc is None else self.tr(", validation accuracy {acc:.1%}").format(acc=acc)
        return self.tr("{name}: epoch {epoch}/{epochs}, batch {batch}/{batches}{acc} · run: batch {done}/{total}, "
                       "{spb:.2f} s per batch, ETA {eta}").format(
            name=self.names[b.index], epoch=b.epoch, epochs=b.epochs, batch=b.batch, batches=b.batches,
            acc=acc_text, done=clock.done, total=clock.total, spb=clock.seconds_per_batch, eta=clock_text(clock.eta()))

    def summary(self, r: Mapping[str, Any]) -> str:
        """What one network reached in a finished run."""
        name = shown_name(r["name"])
        if r["history"]:
            last = r["history"][-1]
            return self.tr("{name}: {acc:.1%} after epoch {epoch}").format(name=name, acc=last["val_acc"],
                                                                           epoch=int(last["epoch"]))
        if r["status"] == "not started":
            return self.tr("{name}: not started, no epoch").format(name=name)
        return self.tr("{name}: no epoch finished").format(name=name)

    def finished_text(self, how: str, results: Sequence[Mapping[str, Any]]) -> str:
        """The run's last line: how it ended (``compare_model.outcome``) and every network's accuracy."""
        summary = "; ".join(self.summary(r) for r in results)
        if how == "stopped":
            text = self.tr("Stopped. Last validation accuracy: {summary}")
        elif how == "diverged":
            text = self.tr("Done, some diverged. Final validation accuracy: {summary}")
        else:
            text = self.tr("Done. Final validation accuracy: {summary}")
        return text.format(summary=summary)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Train these together"))
        self.dataset_combo.setToolTip(self.tr("Offline data shipped with the app; each network is fitted to it "
                                              "(input channels, size, classes)"))
        self.epochs_spin.setPrefix(self.tr("epochs "))
        self.batches_spin.setSpecialValueText(self.tr("all batches"))
        self.batches_spin.setPrefix(self.tr("batches/epoch "))
        self.seed_spin.setPrefix(self.tr("seed "))
        self.train_button.setText(self.tr("Train these together on the same data"))
        self.train_button.setToolTip(self.tr("One after another, with the same data, seed, epochs and recipe"))
        self.stop_button.setText(self.tr("Stop"))
        self.curves.setLabel("bottom", self.tr("Epoch"))
        self.curves.setLabel("left", self.tr("Validation accuracy"))
