"""The Sweep panel's plots: validation accuracy against parameters and against multiply-adds (log x axes, as
the paper's Figures 3 and 4), one series per combination of the non-size axes: its mean over seeds as a line,
a ± std band, and a dot per finished trial whose hover says the trial's config, seed and accuracy.

Redrawn when trials finish (a few per second at most: the runner delivers at most every 100 ms). The x data
are log10 of the figure and the axes label them as powers of ten (pyqtgraph's axis log mode), so the dots'
view positions are plain numbers that the hover lookup compares in pixels.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QHBoxLayout, QToolTip, QWidget

from ...core.format import human
from .. import legend_place, plot_theme
from ..drawing_files import png_bytes, svg_bytes
from .sweep_model import Series, trial_tip

__all__ = ["SweepPlots", "Dot", "HOVER_PX", "LogAxis"]

HOVER_PX = 8.0  # a dot answers the mouse within this many pixels


@dataclass
class Dot:
    plot: str  # "params" or "macs"
    x: float  # log10 of the figure
    y: float  # accuracy 0..1
    tip: str


class LogAxis(pg.AxisItem):
    """A log10 axis labelled in plain figures (20K, 1.5M): decades, with 2 and 5 between them where the axis
    spans few decades, and 1..9 within a decade, as far as labels about 50 px wide fit."""

    MULTIPLES = ((), (2, 5), (2, 3, 4, 5, 6, 7, 8, 9))

    def logTickValues(self, minVal, maxVal, size, stdTicks):  # noqa: N802, N803 - pyqtgraph's names
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        lo, hi = math.floor(minVal), math.ceil(maxVal)
        majors = [float(v) for v in range(lo, hi + 1) if minVal <= v <= maxVal]
        minors: list[float] = []
        for multiples in self.MULTIPLES[1:]:
            more = [math.log10(m) + d for d in range(lo, hi + 1) for m in multiples
                    if minVal <= math.log10(m) + d <= maxVal]
            if (len(majors) + len(more)) * 50 > size:
                break
            minors = more
        if len(majors) > 1 and 50 * (maxVal - minVal) / max(size, 1.0) > 1:  # narrow, many decades: every n-th
            majors = majors[::math.ceil(50 * (maxVal - minVal) / max(size, 1.0))]
        # log spacing crowds 9 and 10 (90K, 100K): a multiple closer than a label's width to a kept tick goes
        gap = 50.0 * (maxVal - minVal) / max(size, 1.0)
        kept: list[float] = []
        for v in minors:
            if all(abs(v - t) >= gap for t in (*majors, *kept)):
                kept.append(v)
        return [(None, majors), (None, kept)]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 - pyqtgraph's name
        return [re.sub(r"\.0(?!\d)", "", human(10 ** float(v))) for v in values]


def _log_x(row: Any, key: str) -> float:
    return math.log10(max(1, row.params if key == "params" else row.macs))


class SweepPlots(QWidget):
    KEYS = ("params", "macs")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plots: dict[str, pg.PlotWidget] = {}
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        for key in self.KEYS:
            plot = pg.PlotWidget(self, axisItems={"bottom": LogAxis("bottom")})
            plot.addLegend()
            item = plot.getPlotItem()
            item.getAxis("bottom").setLogMode(True)  # x is log10(figure): ticks read 10^k
            item.showGrid(x=True, y=True, alpha=0.25)
            plot.setYRange(0, 1, padding=0.02)
            plot.enableAutoRange(y=False)
            plot.setXRange(4, 6, padding=0)  # 10K..1M until there are points
            legend_place.follow(item)
            plot_theme.install(plot, on_change=lambda _t: self.redraw())
            plot.scene().sigMouseMoved.connect(lambda pos, k=key: self._hover(k, pos))
            self.plots[key] = plot
            lay.addWidget(plot)
        self.series: list[Series] = []
        self.dots: list[Dot] = []
        self.means: dict[str, list[pg.PlotDataItem]] = {k: [] for k in self.KEYS}
        self.bands: dict[str, list[pg.FillBetweenItem]] = {k: [] for k in self.KEYS}
        self.hover_text = ""
        self.one_series_name = "mean ± std"
        self._labels: list[str] | None = None
        self.scatters = {k: [] for k in self.KEYS}
        self._bounds = {k: [] for k in self.KEYS}

    def set_series(self, series: list[Series]) -> None:
        """Show these series: their items are made once per set of series (a new sweep, the language, the
        palette) and given new data as trials finish."""
        self.series = list(series)
        labels = [s.label for s in self.series]
        if labels != self._labels:
            self._build_items()
        self._update_items()

    def redraw(self) -> None:
        """Make the items again (the palette or the language changed) and show the current data."""
        if not hasattr(self, "series"):
            return  # the theme is applied once while the plots are built
        self._build_items()
        self._update_items()

    def _build_items(self) -> None:
        theme = plot_theme.theme_for(self)
        self._labels = [s.label for s in self.series]
        self.scatters: dict[str, list[pg.ScatterPlotItem]] = {}
        self._bounds: dict[str, list[tuple[pg.PlotDataItem, pg.PlotDataItem]]] = {}
        for key, plot in self.plots.items():
            plot.clear()
            self.means[key], self.bands[key], self.scatters[key], self._bounds[key] = [], [], [], []
            for i, s in enumerate(self.series):
                colour = theme.colour(i)
                fill = QColor(colour)
                fill.setAlpha(60)
                upper, lower = pg.PlotDataItem([], [], pen=pg.mkPen(None)), pg.PlotDataItem([], [], pen=pg.mkPen(None))
                band = pg.FillBetweenItem(upper, lower, brush=pg.mkBrush(fill))
                plot.addItem(band)
                mean = plot.plot([], [], pen=pg.mkPen(colour, width=2), name=s.label or self.one_series_name)
                scatter = pg.ScatterPlotItem([], [], size=7, pen=pg.mkPen(theme.background), brush=pg.mkBrush(colour))
                plot.addItem(scatter)
                self.bands[key].append(band)
                self.means[key].append(mean)
                self.scatters[key].append(scatter)
                self._bounds[key].append((upper, lower))
            legend = plot.getPlotItem().legend
            if legend is not None:
                legend.setVisible(bool(self.series))

    def _update_items(self) -> None:
        self.dots = []
        for key, plot in self.plots.items():
            xs_all: list[float] = []
            for i, s in enumerate(self.series):
                done = [r for r in s.rows if r.n > 0]
                xs = [_log_x(r, key) for r in done]
                means = [r.acc_mean for r in done]
                stds = [0.0 if math.isnan(r.acc_std) else r.acc_std for r in done]
                upper, lower = self._bounds[key][i]
                upper.setData(xs, [m + d for m, d in zip(means, stds)])
                lower.setData(xs, [m - d for m, d in zip(means, stds)])
                self.means[key][i].setData(xs, means)
                dots = [Dot(key, _log_x(r, key), t.accuracy, trial_tip(t, r.params, r.macs))
                        for r in s.rows for t in r.trials if t.state == "complete" and t.accuracy is not None]
                self.scatters[key][i].setData([d.x for d in dots], [d.y for d in dots])
                self.dots.extend(dots)
                xs_all.extend(_log_x(r, key) for r in s.rows)
            if xs_all:
                lo, hi = min(xs_all), max(xs_all)
                pad = max(0.05, (hi - lo) * 0.08)
                plot.setXRange(lo - pad, hi + pad, padding=0)
            plot.setYRange(0, 1, padding=0.02)

    def points_shown(self, key: str) -> int:
        """How many trial dots the plot draws."""
        return sum(1 for d in self.dots if d.plot == key)

    def dot_position(self, dot: Dot) -> QPointF:
        """Where a dot is drawn, in its plot widget's coordinates (a test moves the mouse there)."""
        plot = self.plots[dot.plot]
        scene = plot.getPlotItem().getViewBox().mapViewToScene(QPointF(dot.x, dot.y))
        return QPointF(plot.mapFromScene(scene))

    def _hover(self, key: str, scene_pos: QPointF) -> None:
        plot = self.plots[key]
        vb = plot.getPlotItem().getViewBox()
        best, best_d = None, HOVER_PX
        for dot in self.dots:
            if dot.plot != key:
                continue
            p = vb.mapViewToScene(QPointF(dot.x, dot.y))
            d = math.hypot(p.x() - scene_pos.x(), p.y() - scene_pos.y())
            if d <= best_d:
                best, best_d = dot, d
        if best is None:
            if self.hover_text:
                QToolTip.hideText()
            self.hover_text = ""
            return
        self.hover_text = best.tip
        QToolTip.showText(plot.mapToGlobal(plot.mapFromScene(scene_pos)), best.tip, plot)

    def set_labels(self, params: str, macs: str, accuracy: str, one_series: str) -> None:
        self.one_series_name = one_series
        for key, text in (("params", params), ("macs", macs)):
            item = self.plots[key].getPlotItem()
            item.setLabel("bottom", text)
            item.setLabel("left", accuracy)
        self.redraw()

    def png(self) -> bytes:
        return png_bytes(self.grab()) or b""

    def svg(self, title: str) -> bytes:
        def paint(painter: QPainter) -> None:  # each plot's scene as vectors, where the plot sits in the panel
            for plot in self.plots.values():
                painter.save()
                painter.translate(plot.geometry().topLeft())
                plot.render(painter, QRectF(0, 0, plot.width(), plot.height()))
                painter.restore()

        return svg_bytes(self.size(), QRectF(self.rect()), title, paint)
