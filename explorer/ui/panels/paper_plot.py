"""Where this network sits: the paper's CIFAR/SVHN table as parameters vs test error, this network marked."""

from __future__ import annotations

import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.format import millions
from ...core.ledger import Ledger
from ...core.reference import COLUMN_HELP, COLUMNS, ReferenceRow, rows_with
from ..state import AppState
from .deferred import DeferredUpdate

__all__ = ["PaperPlot"]


class PaperPlot(QWidget):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PaperPlot", "Paper")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.column = QComboBox(self)
        for col in COLUMNS:
            self.column.addItem(col, col)
        self.column.setCurrentIndex(COLUMNS.index("C10+"))
        self.column_label = QLabel(self)
        self.column_label.setBuddy(self.column)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setEnabled(False)
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        # x holds log10(millions of parameters); the ticks name the millions.
        self.plot.getAxis("bottom").setTicks([
            [(math.log10(v), f"{v:g}M") for v in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)],
            [(math.log10(m * v), "") for v in (0.1, 1, 10, 100) for m in range(2, 10)]])
        self.plot.getViewBox().sigResized.connect(self._place_labels)
        self.scatter_dense = pg.ScatterPlotItem(size=11, symbol="o")
        self.scatter_other = pg.ScatterPlotItem(size=10, symbol="s")
        self.plot.addItem(self.scatter_other)
        self.plot.addItem(self.scatter_dense)
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.marker_label = pg.TextItem(anchor=(0, 1))
        self.plot.addItem(self.marker_label, ignoreBounds=True)
        self.labels: list[pg.TextItem] = []
        self.leaders: list[pg.PlotCurveItem] = []
        self.points: list[ReferenceRow] = []
        top = QHBoxLayout()
        top.addWidget(self.column_label)
        top.addWidget(self.column)
        top.addWidget(self.caption, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.plot, 1)
        self.column.currentIndexChanged.connect(lambda _i: self.redraw())
        self.deferred = DeferredUpdate(self, lambda: self._mark(self.state.ledger))
        state.sig_config_changed.connect(self._on_config)
        self.retranslate()

    def _colors(self) -> tuple[QColor, QColor, QColor]:
        pal = self.palette()
        return (pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Text),
                pal.color(QPalette.ColorRole.Base))

    def redraw(self) -> None:
        """The reference points of the chosen column (changes only with the column or the language)."""
        col = self.column.currentData()
        hi, text, base = self._colors()
        self.plot.setBackground(base)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(text)
            self.plot.getAxis(axis).setPen(text)
        for item in self.labels + self.leaders:
            self.plot.removeItem(item)
        self.labels.clear()
        self.leaders.clear()
        self.points = sorted(rows_with(col), key=lambda r: (r.errors[col], r.params_m))
        dense = [r for r in self.points if r.method.startswith("DenseNet")]
        other = [r for r in self.points if not r.method.startswith("DenseNet")]
        grey = QColor(text)
        grey.setAlpha(150)
        self.scatter_dense.setData([math.log10(r.params_m) for r in dense], [r.errors[col] for r in dense],
                                   brush=pg.mkBrush(hi), pen=pg.mkPen(text))
        self.scatter_other.setData([math.log10(r.params_m) for r in other], [r.errors[col] for r in other],
                                   brush=pg.mkBrush(grey), pen=pg.mkPen(text))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        leader = QColor(text)
        leader.setAlpha(90)
        for r in self.points:
            star = "*" if col in r.starred else ""
            item = pg.TextItem(f"{r.label} {r.params_m:g}M{star}", color=text, anchor=(0, 0.5))
            item.setFont(font)
            self.plot.addItem(item)
            self.labels.append(item)
            line = pg.PlotCurveItem(pen=pg.mkPen(leader, width=1))
            self.plot.addItem(line)
            self.leaders.append(line)
        self.plot.setLabel("bottom", self.tr("Parameters (millions, log scale)"))
        self.plot.setLabel("left", self.tr("Test error (%), {column}").format(column=col))
        self.caption.setText(self.tr("{help}. Huang et al. 2017, Table 2; * run by the DenseNet authors.").format(
            help=self._column_help(col)))
        self._mark(self.state.ledger)
        xs = [math.log10(r.params_m) for r in self.points]
        ys = [r.errors[col] for r in self.points]
        if xs:
            self.plot.setXRange(min(xs) - 0.3, max(xs) + 1.1, padding=0)
            self.plot.setYRange(min(ys) - 0.6, max(ys) + 0.6, padding=0)
        self._place_labels()

    def _place_labels(self, *_args: Any) -> None:
        """Every method labelled without overlaps: greedily, each label at its point or the nearest free
        line above or below it (in pixels of the current view), joined to its point by a thin line."""
        if not self.labels:
            return
        col = self.column.currentData()
        vb = self.plot.getViewBox()
        px, py = vb.viewPixelSize()
        if px <= 0 or py <= 0:
            return
        placed: list[tuple[float, float, float, float]] = []
        for r, item, line in zip(self.points, self.labels, self.leaders):
            x0, y0 = math.log10(r.params_m), r.errors[col]
            rect = item.boundingRect()
            w, h = (rect.width() + 6) * px, (rect.height() - 2) * py
            x = x0 + 8 * px
            for step in (0, 1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8):
                y = y0 + step * h
                box = (x, y - h / 2, x + w, y + h / 2)
                if not any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
                    break
            placed.append(box)
            item.setPos(x, y)
            if y != y0:
                line.setData([x0, x], [y0, y])
            else:
                line.setData([], [])

    def _column_help(self, col: str) -> str:
        texts = {"C10": self.tr("CIFAR-10, no augmentation"),
                 "C10+": self.tr("CIFAR-10 with standard augmentation (translation, mirroring)"),
                 "C100": self.tr("CIFAR-100, no augmentation"),
                 "C100+": self.tr("CIFAR-100 with standard augmentation"),
                 "SVHN": self.tr("Street View House Numbers")}
        return texts.get(col, COLUMN_HELP.get(col, col))

    def _on_config(self, _config: Any, _ledger: Ledger) -> None:
        self.deferred.request()  # the marker moves once per burst of changes, and only while the plot is seen

    def flush(self) -> None:
        self.deferred.flush()

    def _mark(self, ledger: Ledger) -> None:
        hi, _text, _base = self._colors()
        x = math.log10(max(ledger.total_params, 1) / 1e6)
        self.marker.setPen(pg.mkPen(hi, width=2, style=Qt.PenStyle.DashLine))
        self.marker.setValue(x)
        self.marker_label.setColor(hi)
        self.marker_label.setText(self.tr("this network: {params}").format(params=millions(ledger.total_params)))
        errors = [r.errors[self.column.currentData()] for r in self.points] or [0.0]
        self.marker_label.setPos(x, max(errors))

    @property
    def marked_params_m(self) -> float:
        return 10 ** self.marker.value()

    def retranslate(self) -> None:
        self.column_label.setText(self.tr("Column:"))
        self.column.setToolTip(self.tr("Which column of the paper's table to plot"))
        self.redraw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self.redraw()
        super().changeEvent(event)
