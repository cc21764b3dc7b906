"""The training panel's live plots: every curve is created once and fed with ``setData`` from the panel's
timer, never per batch, so drawing never slows training. The per-batch curves (and an overlaid run's) draw
through ``PeakCurve``: the visible part of the run's Series reduced to each pixel column's max and min, so a tick
costs the same at a million batches as at a hundred and no peak is lost."""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import QWidget

from .. import plot_theme
from ..plot_buffer import PeakCurve
from .training_runs import OverlaySeries, RunRecord

__all__ = ["TrainingPlots", "COLOURS"]

COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf"]


class TrainingPlots(pg.GraphicsLayoutWidget):
    """Loss per batch, accuracy and loss per epoch, learning rate and speed, with dashed overlays of other runs."""

    # The plots and curves the panel shows under its own names (tests and benchmarks reach them there).
    PUBLIC = ("loss_plot", "acc_plot", "eloss_plot", "lr_plot", "speed_plot", "curve_batch_raw", "curve_batch_smooth",
              "curve_train_acc", "curve_val_acc", "curve_train_loss", "curve_val_loss", "curve_lr", "curve_speed")
    SECONDARY_PLOTS_FROM = 460  # px of plot area; below it the loss and accuracy curves get all of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._epochs_drawn: tuple[int, int] | None = None  # (run, epochs) the per-epoch curves show
        self._overlay_items: dict[int, list[tuple[pg.PlotItem, Any]]] = {}
        self._overlay_peaks: dict[int, list[PeakCurve]] = {}  # an overlaid run's per-batch curve
        self._build_plots()
        self._build_curves()
        plot_theme.install(self, self._theme_curves)  # the palette's colours, light or dark; no SI prefix

    def _build_plots(self) -> None:
        # Two rows (the loss and accuracy curves first): each plot keeps a readable height in the ~300 px a
        # 1280×720 window gives the raised panel.
        self.loss_plot = self.addPlot(0, 0)
        self.acc_plot = self.addPlot(0, 1)
        self.eloss_plot = self.addPlot(0, 2)
        self.lr_plot = self.addPlot(2, 0)
        self.speed_plot = self.addPlot(2, 1)
        for p in self.all_plots():
            p.showGrid(x=True, y=True, alpha=0.3)
        # Each legend on its own line under its plot (row 1), never on the curves: in the ~210 px a plot gets at
        # 1280×720 a legend inside the view covered a curve in whichever corner it went.
        # The accuracy and loss-per-epoch plots draw train and validation in the same two colours: one legend
        # spans both (three legends side by side made the row wider than the ~630 px the curves get at 1280×720,
        # and the third plot was cut off at its right).
        self.loss_plot.legend = pg.LegendItem(colCount=2)
        self.addItem(self.loss_plot.legend, row=1, col=0)
        epoch_legend = pg.LegendItem(colCount=2)
        self.addItem(epoch_legend, row=1, col=1, colspan=2)
        self.acc_plot.legend = epoch_legend
        self.eloss_plot.legend = epoch_legend  # shared: the theme colours it, the tests find it
        grid = self.ci.layout
        for row, stretch in ((0, 3), (1, 0), (2, 2)):
            grid.setRowStretchFactor(row, stretch)
        self.secondary_plots_shown = True  # the rate and speed plots: only where the panel has room for them
        self.acc_plot.setYRange(0, 1, padding=0.02)  # accuracy is a fraction: always 0..1, not zoomed to 0.7-0.95
        self.acc_plot.enableAutoRange(y=False)

    def _build_curves(self) -> None:
        """The curves, unnamed: retranslate names them and lists them in the legends."""
        self.curve_batch_raw = self.loss_plot.plot([], [], pen=pg.mkPen((31, 119, 180, 90), width=1))
        self.curve_batch_smooth = self.loss_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2))
        # A tick costs the same at any run length: the visible range, two points (max, min) per pixel column.
        self.peak_raw, self.peak_smooth = PeakCurve(self.curve_batch_raw), PeakCurve(self.curve_batch_smooth)
        sym = {"symbol": "o", "symbolSize": 6}
        self.curve_train_acc = self.acc_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2), symbolBrush="#1f77b4",
                                                  **sym)
        self.curve_val_acc = self.acc_plot.plot([], [], pen=pg.mkPen("#d62728", width=2), symbolBrush="#d62728",
                                                **sym)
        self.curve_train_loss = self.eloss_plot.plot([], [], pen=pg.mkPen("#1f77b4", width=2),
                                                     symbolBrush="#1f77b4", **sym)
        self.curve_val_loss = self.eloss_plot.plot([], [], pen=pg.mkPen("#d62728", width=2), symbolBrush="#d62728",
                                                   **sym)
        self.curve_lr = self.lr_plot.plot([], [], pen=pg.mkPen("#2ca02c", width=2), stepMode=None, **sym)
        self.curve_speed = self.speed_plot.plot([], [], pen=pg.mkPen("#ff7f0e", width=2), **sym)

    def all_plots(self) -> tuple[pg.PlotItem, ...]:
        return self.loss_plot, self.acc_plot, self.eloss_plot, self.lr_plot, self.speed_plot

    def retranslate(self) -> None:
        """Titles, axis labels, curve names and the legends, in the language now installed."""
        for plot, title in ((self.loss_plot, self.tr("Training loss per batch")),
                            (self.acc_plot, self.tr("Accuracy per epoch")),
                            (self.eloss_plot, self.tr("Loss per epoch")), (self.lr_plot, self.tr("Learning rate")),
                            (self.speed_plot, self.tr("Images per second"))):
            self._set_title(plot, title)
            plot.setLabel("bottom", self.tr("epoch"))
        train, val = self.tr("train"), self.tr("validation")
        named = ((self.curve_batch_raw, self.tr("per batch")), (self.curve_batch_smooth, self.tr("smoothed")),
                 (self.curve_train_acc, train), (self.curve_val_acc, val),
                 (self.curve_train_loss, train), (self.curve_val_loss, val))  # loss per epoch: named for the hover
        for curve, name in named:
            curve.opts["name"] = name  # what PlotDataItem.name() returns
        for legend, listed in ((self.loss_plot.legend, named[:2]), (self.acc_plot.legend, named[2:4])):
            legend.clear()  # the shared epoch legend lists train and validation once
            for curve, name in listed:
                legend.addItem(curve, name)
        for plot, item in (pair for items in self._overlay_items.values() for pair in items):
            if item.name() and plot is not self.eloss_plot:
                plot.legend.addItem(item, item.name())
        plot_theme.apply(self)  # the new titles and legend labels in the theme's colours

    def _set_title(self, plot: pg.PlotItem, title: str) -> None:
        """A plot's title in the panel's own font size (pyqtgraph's larger default made the three plots' titles
        wider than the ~630 px the curves get at 1280×720: the third plot was cut off at its right). Presenter
        mode scales the panel's font, so the titles follow it."""
        plot.setTitle(title, size=f"{max(self.font().pointSizeF(), 7.0):.1f}pt")

    def _theme_curves(self, theme: plot_theme.PlotTheme) -> None:
        """The live curves in the theme's colours (train, validation, rate, speed), readable on its background."""
        train, val, lr, speed = theme.colour(0), theme.colour(1), theme.colour(2), theme.colour(4)
        raw = QColor(train)
        raw.setAlpha(90)
        self.curve_batch_raw.setPen(pg.mkPen(raw, width=1))
        self.curve_batch_smooth.setPen(pg.mkPen(train, width=2))
        for curve, colour in ((self.curve_train_acc, train), (self.curve_val_acc, val),
                              (self.curve_train_loss, train), (self.curve_val_loss, val),
                              (self.curve_lr, lr), (self.curve_speed, speed)):
            curve.setPen(pg.mkPen(colour, width=2))
            curve.setSymbolBrush(colour)

    def resizeEvent(self, event: QResizeEvent | None) -> None:  # noqa: N802 - Qt's name
        if event is not None and hasattr(self, "speed_plot"):  # pyqtgraph calls it with None while it builds
            self._fit_plots(event.size().height())
        super().resizeEvent(event)

    def _fit_plots(self, height: int) -> None:
        """In the strip a 1280×720 window gives the raised panel (about 300 px) the learning-rate and speed plots
        step aside so that the loss and accuracy curves stay readable; they come back with the room (maximised,
        a taller dock). Their curves are kept and updated either way."""
        shown = height >= self.SECONDARY_PLOTS_FROM
        if shown == self.secondary_plots_shown:
            return
        self.secondary_plots_shown = shown
        if shown:
            self.addItem(self.lr_plot, row=2, col=0)
            self.addItem(self.speed_plot, row=2, col=1)
            plot_theme.apply(self)
        else:
            self.removeItem(self.lr_plot)
            self.removeItem(self.speed_plot)

    def show_run(self, run: RunRecord | None, force: bool = False) -> None:
        """The per-batch curves at every tick; the six per-epoch curves only when an epoch was added (setData
        re-ranges and repaints a plot: doing it for all five plots at 10 Hz took the GUI thread's frame p95 to
        58-69 ms during training, benchmarks/bench_ui.py)."""
        if run is None:
            return
        self.peak_raw.set_series(run.batch_x, run.batch_loss)  # nothing drawn when no batch arrived
        self.peak_smooth.set_series(run.batch_x, run.batch_smooth)
        for peak in (p for peaks in self._overlay_peaks.values() for p in peaks):
            peak.refresh()  # an overlaid run that is training grows too
        if force:  # framed now, not at the next paint: the curves clip to the view (a run's last batches and
            self.loss_plot.getViewBox().updateAutoRange()  # its end can arrive in one tick)
        drawn = (id(run), len(run.history))
        if not force and drawn == self._epochs_drawn:
            return
        self._epochs_drawn = drawn
        for curve, key in ((self.curve_train_acc, "train_acc"), (self.curve_val_acc, "val_acc"),
                           (self.curve_train_loss, "train_loss"), (self.curve_val_loss, "val_loss"),
                           (self.curve_lr, "lr"), (self.curve_speed, "images_per_s")):
            curve.setData(*(s.view() for s in run.epoch_series(key)))

    def set_overlay(self, run: RunRecord, series: list[OverlaySeries]) -> None:
        """Dashed curves of another run (none: its overlay removed)."""
        for peak in self._overlay_peaks.pop(run.index, []):
            peak.detach()
        for plot, item in self._overlay_items.pop(run.index, []):
            plot.removeItem(item)
        if not series:
            return
        plots = {"acc": self.acc_plot, "eloss": self.eloss_plot, "lr": self.lr_plot, "speed": self.speed_plot,
                 "loss": self.loss_plot}
        pen = pg.mkPen(COLOURS[run.index % len(COLOURS)], width=2, style=Qt.PenStyle.DashLine)
        name = f"{run.index}. {run.config.title}"
        items, peaks = [], []
        for s in series:
            plot = plots[s.plot]
            if s.plot == "loss":  # per batch: as long as the run, drawn as its envelope
                item = plot.plot([], [], pen=pen, name=name if s.named else None)
                peak = PeakCurve(item)
                peak.set_series(s.x, s.y)
                peaks.append(peak)
            else:
                item = plot.plot(s.x.view(), s.y.view(), pen=pen, name=name if s.named else None)
            items.append((plot, item))
        for plot, item in items:
            if plot is self.eloss_plot and item.name():
                plot.legend.removeItem(item)  # named for the hover; the shared legend lists the run once
        self._overlay_items[run.index] = items
        self._overlay_peaks[run.index] = peaks
