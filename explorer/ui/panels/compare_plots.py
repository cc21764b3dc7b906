"""The Compare view's two drawings: the three connection patterns for a small block of the same depth, and
where each chosen network sits on the paper's parameters-vs-error plot (with the table's rows in grey)."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QComboBox, QGraphicsScene, QGraphicsView, QGroupBox, QSpinBox, QVBoxLayout, QWidget

from ...core.compare import Entry, pattern_edges
from ...core.reference import COLUMN_HELP, COLUMNS, rows_with
from .. import plot_theme
from ..messages import tr_msg
from .compare_model import COLOURS, placement
from .compare_table import shown_name

__all__ = ["PatternView", "PatternBox", "PaperPlacement"]


class PatternView(QGraphicsView):
    """The chain, the residual sums and the dense concatenations of a block of L layers, one row each."""

    PATTERNS = ("chain", "residual", "dense")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.layers = 4
        self.highlighted: set[str] = set()
        self.edge_counts: dict[str, int] = {}

    def set_block(self, layers: int, highlighted: set[str]) -> None:
        self.layers = layers
        self.highlighted = set(highlighted)
        self.redraw()

    def _labels(self) -> dict[str, str]:
        return {"chain": self.tr("Plain chain: x_l = H_l(x_l−1)"),
                "residual": self.tr("ResNet: x_l = H_l(x_l−1) + x_l−1"),
                "dense": self.tr("DenseNet: x_l = H_l([x_0, …, x_l−1])")}

    def redraw(self) -> None:
        scene = self.scene()
        scene.clear()
        self.edge_counts = {}
        step, radius, row_h = 70.0, 13.0, 150.0
        font = QFont()
        font.setPointSize(9)
        for r, pattern in enumerate(self.PATTERNS):
            y = r * row_h + 80.0
            edges = pattern_edges(pattern, self.layers)
            self.edge_counts[pattern] = len(edges)
            on = pattern in self.highlighted
            colour = QColor("#c0392b") if on else QColor("#555555")
            title = scene.addText(self.tr("{label} — {n} connections").format(label=self._labels()[pattern],
                                                                                  n=len(edges)), font)
            title.setDefaultTextColor(colour)
            if on:
                bold = QFont(font)
                bold.setBold(True)
                title.setFont(bold)
            title.setPos(0, y - 75)
            pen = QPen(colour, 2 if on else 1.2)
            for s, t, kind in edges:
                x1, x2 = s * step + radius, t * step + radius
                if kind == "through":
                    scene.addLine(x1 + radius, y, x2 - radius, y, pen)
                    continue
                path = QPainterPath(QPointF(x1, y - radius if kind == "sum" else y + radius))
                lift = (-1 if kind == "sum" else 1) * (18 + 9 * (t - s))
                end = QPointF(x2, y - radius if kind == "sum" else y + radius)
                path.cubicTo(QPointF(x1, y + lift), QPointF(x2, y + lift), end)
                dashed = QPen(pen)
                if kind == "sum":
                    dashed.setStyle(Qt.PenStyle.DashLine)
                scene.addPath(path, dashed)
            for i in range(self.layers + 1):
                x = i * step
                scene.addEllipse(QRectF(x, y - radius, 2 * radius, 2 * radius), QPen(colour),
                                 QBrush(QColor("#fdebd0") if on else QColor("#eeeeee")))
                label = scene.addText(f"x{i}", font)
                label.setPos(x + 2, y - 10)
        self.setSceneRect(scene.itemsBoundingRect().adjusted(-10, -10, 10, 10))
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class PatternBox(QGroupBox):
    """The patterns with the depth of the block they are drawn for; the patterns the chosen networks use stand out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patterns = PatternView(self)
        self.layers_spin = QSpinBox(self)
        self.layers_spin.setRange(1, 8)
        self.layers_spin.setValue(4)
        self.used: set[str] = set()
        lay = QVBoxLayout(self)
        lay.addWidget(self.layers_spin)
        lay.addWidget(self.patterns)
        self.layers_spin.valueChanged.connect(lambda _v: self.redraw())

    def set_used(self, used: set[str]) -> None:
        self.used = set(used)
        self.redraw()

    def redraw(self) -> None:
        self.patterns.set_block(self.layers_spin.value(), self.used)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Connection patterns for a block of the same depth"))
        self.layers_spin.setPrefix(self.tr("layers L = "))
        self.layers_spin.setToolTip(self.tr("Depth of the small block drawn in each pattern"))


class PaperPlacement(QGroupBox):
    """The paper's parameters-vs-error plot for one error column: the table's rows as grey points that name
    their method on hover (labels for all of them would overlap at a dock's size), each chosen network in its
    colour, named beside its point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.placed: dict[str, tuple[float, float | None]] = {}  # name -> (millions, error or None), as drawn
        self.column_combo = QComboBox(self)
        for col in COLUMNS:
            self.column_combo.addItem(col, col)
        self.column_combo.setCurrentIndex(COLUMNS.index("C10+"))
        self.plot = pg.PlotWidget(self)
        self._plot_items: list[Any] = []
        self._labels: list[pg.TextItem] = []
        self.plot.setLogMode(x=True, y=False)
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.getAxis("bottom").setTicks([  # the log axis's own ticks crowd at a dock's width: name the millions
            [(math.log10(v), f"{v:g}M") for v in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)],
            [(math.log10(m * v), "") for v in (0.1, 1, 10, 100) for m in range(2, 10)]])
        # x is log10 of the millions, as the log axis expects.
        self.reference_points = pg.ScatterPlotItem(size=8, symbol="o", brush=pg.mkBrush(150, 150, 150, 160),
                                                   pen=None, hoverable=True, hoverSize=11,
                                                   tip=lambda x, y, data: str(data))
        self.plot.addItem(self.reference_points)
        plot_theme.install(self.plot, lambda _theme: self.redraw())
        self.plot.getViewBox().sigResized.connect(self._anchor_labels)
        lay = QVBoxLayout(self)
        lay.addWidget(self.column_combo)
        lay.addWidget(self.plot)
        self.column_combo.currentIndexChanged.connect(lambda _i: self.redraw())

    def set_entries(self, entries: Sequence[Entry]) -> None:
        self.entries = list(entries)
        self.redraw()

    def redraw(self) -> None:
        column = self.column_combo.currentData()
        for item in self._plot_items:
            self.plot.removeItem(item)
        self._plot_items = []
        self._labels = []
        rows = rows_with(column)
        self.reference_points.setData([math.log10(r.params_m) for r in rows], [r.errors[column] for r in rows],
                                      data=[self.tr("{method}: {params:g}M parameters, {error:.2f}% error").format(
                                          method=tr_msg(r.label), params=r.params_m, error=r.errors[column])
                                          for r in rows])
        xs = [math.log10(r.params_m) for r in rows]
        ys = [r.errors[column] for r in rows]
        self.placed = {}
        for i, e in enumerate(self.entries):
            self._place(i, e, column)
            xs.append(math.log10(e.params / 1e6))
        if xs and ys:  # the points with a little room, so that no marker sits on the frame
            self.plot.setXRange(min(xs) - 0.2, max(xs) + 0.2, padding=0)
            self.plot.setYRange(min(ys) - 0.5, max(ys) + 0.5, padding=0)
        self._anchor_labels()

    def _place(self, i: int, e: Entry, column: str) -> None:
        """One chosen network: its point and name, or a line at its parameter count if the table has no error."""
        colour = COLOURS[i % len(COLOURS)]
        theme = plot_theme.theme_for(self.plot)
        x_m, error = placement(e, column)
        self.placed[e.name] = (x_m, error)
        if error is None:
            self._add(pg.InfiniteLine(pos=math.log10(x_m), angle=90, pen=pg.mkPen(colour, style=Qt.PenStyle.DotLine),
                                      label=self.tr("{name} (no error in the table)").format(name=shown_name(e.name)),
                                      labelOpts={"color": colour, "position": 0.92 - 0.08 * i,
                                                 "fill": pg.mkBrush(theme.background)}))
            return
        self._add(pg.PlotDataItem([x_m], [error], pen=None, symbol="o", symbolSize=14, symbolBrush=pg.mkBrush(colour),
                                  symbolPen=pg.mkPen(theme.foreground)))
        label = pg.TextItem(shown_name(e.name), color=colour, anchor=(0, 1))
        label.setPos(math.log10(x_m), error)
        self._add(label)
        self._labels.append(label)
        if e.disagrees_with_table:  # the architecture's count beside the table's figure
            self._add(pg.PlotDataItem(x=[x_m, e.params / 1e6], y=[error, error],
                                      pen=pg.mkPen(colour, style=Qt.PenStyle.DashLine),
                                      symbol="x", symbolBrush=colour, symbolPen=colour))

    def _anchor_labels(self, *_args: Any) -> None:
        """Each chosen network's name beside its point, on the side where it stays inside the view."""
        vb = self.plot.getViewBox()
        px, _py = vb.viewPixelSize()
        (x0, x1), _ = vb.viewRange()
        for label in self._labels:
            width = label.boundingRect().width() * px
            right = label.pos().x() + 6 * px + width <= x1 - 2 * px
            label.setAnchor((-0.05, 1) if right else (1.05, 1))

    def _add(self, item: Any) -> None:
        self.plot.addItem(item)
        self._plot_items.append(item)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where each sits on the paper's parameters-vs-error plot"))
        for i in range(self.column_combo.count()):
            col = self.column_combo.itemData(i)
            if col in COLUMN_HELP:
                self.column_combo.setItemData(i, tr_msg(COLUMN_HELP[col]), Qt.ItemDataRole.ToolTipRole)
        self.plot.setLabel("bottom", self.tr("Parameters (millions)"))
        self.plot.setLabel("left", self.tr("Test error (%)"))
        self.redraw()
