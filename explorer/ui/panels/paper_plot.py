"""Where this network sits: the paper's CIFAR/SVHN table as parameters vs test error, this network marked.

Readable at a dock's size: each method family has its own symbol (a legend names them), only the DenseNet rows
carry a label on the plot (the others tell theirs on hover), labels are placed in pixels so that they stay
inside the view and clear of each other and of the points, and the current network's line and label
stay in view whatever its size.
"""

from __future__ import annotations

import html
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


# (family key, symbol, dense): the first family whose name starts a method's name is its family.
FAMILIES: tuple[tuple[str, str, bool], ...] = (
    ("DenseNet-BC", "o", True), ("DenseNet", "o", True), ("Wide ResNet", "h", False),
    ("ResNet (pre-activation)", "t", False), ("ResNet with Stochastic Depth", "d", False), ("ResNet", "s", False),
    ("FractalNet", "p", False),
)
SYMBOL_CHARS = {"o": "●", "h": "⬢", "t": "▼", "d": "◆", "s": "■", "p": "⬟"}  # the legend's drawing of each symbol
BC_COLOUR = QColor("#e8772e")  # DenseNet-BC beside the palette's highlight for DenseNet: both read in either theme
X_PAD, Y_PAD = 0.28, 0.45  # around the points: log10 units of parameters, percentage points of error


def family_of(row: ReferenceRow) -> str:
    return next((key for key, _s, _d in FAMILIES if row.method.startswith(key)), "ResNet")


def short_label(row: ReferenceRow) -> str:
    """A DenseNet row on the plot: its depth, growth rate and size (the family is in the colour and legend)."""
    k = row.method.split("k = ")[-1].rstrip(")") if "k = " in row.method else "?"
    return f"L={row.depth}, k={k} · {row.params_m:g}M"


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
        vb = self.plot.getViewBox()
        vb.sigResized.connect(self._place_labels)
        vb.sigRangeChanged.connect(self._place_labels)
        # The legend sits under the plot, where it can never cover a point or a label.
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.scatters: dict[str, pg.ScatterPlotItem] = {}
        for key, symbol, dense in FAMILIES:
            item = pg.ScatterPlotItem(size=11 if dense else 9, symbol=symbol, hoverable=True,
                                      tip=self._tip, hoverSize=14 if dense else 12)
            item.setZValue(2 if dense else 1)
            self.plot.addItem(item)
            self.scatters[key] = item
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.marker.setZValue(5)
        self.plot.addItem(self.marker, ignoreBounds=True)
        self.marker_label = pg.TextItem(anchor=(0, 0))
        self.marker_label.setZValue(6)
        self.plot.addItem(self.marker_label, ignoreBounds=True)
        self.labels: list[pg.TextItem] = []
        self.labelled: list[ReferenceRow] = []
        self.leaders: list[pg.PlotCurveItem] = []
        self.points: list[ReferenceRow] = []
        self._base_range: tuple[float, float, float, float] | None = None
        self._placing = False
        top = QHBoxLayout()
        top.addWidget(self.column_label)
        top.addWidget(self.column)
        top.addWidget(self.caption, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.legend)
        self.column.currentIndexChanged.connect(lambda _i: self.redraw())
        self.deferred = DeferredUpdate(self, lambda: self._mark(self.state.ledger))
        state.sig_config_changed.connect(self._on_config)
        self.retranslate()

    @staticmethod
    def _tip(x: float, y: float, data: Any) -> str:
        return str(data)

    def _colors(self) -> tuple[QColor, QColor, QColor]:
        pal = self.palette()
        return (pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Text),
                pal.color(QPalette.ColorRole.Base))

    def _family_name(self, key: str) -> str:
        names = {"DenseNet-BC": self.tr("DenseNet-BC"), "DenseNet": self.tr("DenseNet"),
                 "Wide ResNet": self.tr("Wide ResNet"), "ResNet (pre-activation)": self.tr("Pre-activation ResNet"),
                 "ResNet with Stochastic Depth": self.tr("ResNet, stochastic depth"), "ResNet": self.tr("ResNet"),
                 "FractalNet": self.tr("FractalNet")}
        return names.get(key, key)

    def redraw(self) -> None:
        """The reference points of the chosen column (changes only with the column, the language, the palette)."""
        col = self.column.currentData()
        hi, text, base = self._colors()
        self.plot.setBackground(base)
        for axis in ("left", "bottom"):
            self.plot.getAxis(axis).setTextPen(text)
            self.plot.getAxis(axis).setPen(text)
        for item in self.labels + self.leaders:
            self.plot.removeItem(item)
        self.labels.clear()
        self.labelled.clear()
        self.leaders.clear()
        legend: list[str] = []
        self.points = sorted(rows_with(col), key=lambda r: (r.errors[col], r.params_m))
        grey = QColor(text)
        grey.setAlpha(120)
        leader = QColor(text)
        leader.setAlpha(90)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        for key, _symbol, dense in FAMILIES:
            rows = [r for r in self.points if family_of(r) == key]
            colour = BC_COLOUR if key == "DenseNet-BC" else hi if dense else grey
            scatter = self.scatters[key]
            tips = []
            for r in rows:
                star = self.tr(" (* run by the DenseNet authors)") if col in r.starred else ""
                tips.append(self.tr("{method}\n{params:g}M parameters, {error:.2f}% error on {column}{star}").format(
                    method=r.label, params=r.params_m, error=r.errors[col], column=col, star=star))
            scatter.setData([math.log10(r.params_m) for r in rows], [r.errors[col] for r in rows], data=tips,
                            brush=pg.mkBrush(colour), pen=pg.mkPen(text, width=0.8))
            if rows:
                swatch = _opaque(colour, base).name()
                legend.append(f'<span style="color:{swatch}; font-size:large">{SYMBOL_CHARS[_symbol]}</span>'
                              f"&nbsp;{html.escape(self._family_name(key))}")
            if not dense:
                continue
            for r in rows:
                item = pg.TextItem(short_label(r) + ("*" if col in r.starred else ""), color=text, anchor=(0, 0.5))
                item.setFont(font)
                item.setZValue(4)
                self.plot.addItem(item, ignoreBounds=True)
                self.labels.append(item)
                self.labelled.append(r)
                line = pg.PlotCurveItem(pen=pg.mkPen(leader, width=1))
                self.plot.addItem(line, ignoreBounds=True)
                self.leaders.append(line)
        self.legend.setText(" &nbsp; ".join(legend))
        self.plot.setLabel("bottom", self.tr("Parameters (millions, log scale)"))
        self.plot.setLabel("left", self.tr("Test error (%), {column}").format(column=col))
        self.caption.setText(self.tr("{help}. Huang et al. 2017, Table 2; hover a point for its method; * run by "
                                     "the DenseNet authors.").format(help=self._column_help(col)))
        xs = [math.log10(r.params_m) for r in self.points]
        ys = [r.errors[col] for r in self.points]
        self._base_range = (min(xs), max(xs), min(ys), max(ys)) if xs else None
        self._mark(self.state.ledger)

    def _fit_range(self, marker_x: float) -> None:
        """The points with a little padding, widened to the current network's line when it lies outside."""
        if self._base_range is None:
            return
        x0, x1, y0, y1 = self._base_range
        x0, x1 = min(x0, marker_x), max(x1, marker_x)
        want = (x0 - X_PAD, x1 + X_PAD, y0 - Y_PAD, y1 + Y_PAD)
        (cx0, cx1), (cy0, cy1) = self.plot.getViewBox().viewRange()
        if max(abs(a - b) for a, b in zip(want, (cx0, cx1, cy0, cy1))) > 1e-9:
            self._placing = True  # one placement after both ranges are set
            try:
                self.plot.setXRange(want[0], want[1], padding=0)
                self.plot.setYRange(want[2], want[3], padding=0)
            finally:
                self._placing = False

    def _place_labels(self, *_args: Any) -> None:
        """Each DenseNet label beside its point (right, left, above or below, then farther up or down), at the
        first place, in pixels of the current view, that lies inside the view and clear of the other labels, the
        points and the current network's label; joined to its point by a thin line when moved off it."""
        if self._placing or not self.points:
            return
        col = self.column.currentData()
        vb = self.plot.getViewBox()
        px, py = vb.viewPixelSize()
        if px <= 0 or py <= 0:
            return
        view = vb.viewRange()
        points = [(math.log10(r.params_m), r.errors[col]) for r in self.points]
        obstacles = [(x - 6 * px, y - 6 * py, x + 6 * px, y + 6 * py) for x, y in points]
        placed = [self._place_marker_label(obstacles, px, py, view)]
        mx = self.marker.value()
        placed.append((mx - 3 * px, view[1][0], mx + 3 * px, view[1][1]))  # the current network's line
        for r, item, line in zip(self.labelled, self.labels, self.leaders):
            x0, y0 = math.log10(r.params_m), r.errors[col]
            rect = item.boundingRect()
            w, h = rect.width() * px, rect.height() * py
            own = (x0 - 6 * px, y0 - 6 * py, x0 + 6 * px, y0 + 6 * py)
            others = [b for b in obstacles if b != own] + placed
            fallback = None
            for dx, dy, ax, ay in _CANDIDATES:
                x, y = x0 + dx * px, y0 + dy * rect.height() * py
                box = (x - ax * w, y - (1 - ay) * h, x + (1 - ax) * w, y + ay * h)
                if not _inside(box, view, px, py):
                    continue
                fallback = fallback or (x, y, ax, ay, box)
                if not any(_overlap(box, o) for o in others):
                    break
            else:  # crowded: the first place inside the view, or beside the point
                x, y, ax, ay, box = fallback or (x0 + 9 * px, y0, 0, 0.5, (x0, y0, x0, y0))
            placed.append(box)
            item.setAnchor((ax, ay))
            item.setPos(x, y)
            near = (min(max(x0, box[0]), box[2]), min(max(y0, box[1]), box[3]))
            if abs(near[0] - x0) > 12 * px or abs(near[1] - y0) > 12 * py:
                line.setData([x0, near[0]], [y0, near[1]])
            else:
                line.setData([], [])

    def _place_marker_label(self, obstacles: list[tuple[float, float, float, float]], px: float, py: float,
                            view: Any) -> tuple[float, float, float, float]:
        """The current network's label near the top of its line, on a side where it fits, clear of the points."""
        (vx0, vx1), (_vy0, vy1) = view
        x = self.marker.value()
        rect = self.marker_label.boundingRect()
        w, h = rect.width() * px, rect.height() * py
        sides = (1, -1) if x + 4 * px + w <= vx1 - 2 * px or x - 4 * px - w < vx0 else (-1, 1)
        first = None
        for step in range(0, 12):
            top = vy1 - 2 * py - step * h / 2
            for side in sides:
                box = (x + 4 * px, top - h, x + 4 * px + w, top) if side > 0 else (x - 4 * px - w, top - h,
                                                                                   x - 4 * px, top)
                first = first or (side, top, box)
                if _inside(box, view, px, py) and not any(_overlap(box, o) for o in obstacles):
                    break
            else:
                continue
            break
        else:
            side, top, box = first
        self.marker_label.setAnchor((0, 0) if side > 0 else (1, 0))
        self.marker_label.setPos(x + side * 4 * px, top)
        return box

    def label_boxes_px(self) -> tuple[Any, list[Any]]:
        """The view's rectangle and each label's, in scene pixels (tests: inside the view, no overlaps)."""
        vb = self.plot.getViewBox()
        return vb.sceneBoundingRect(), [item.sceneBoundingRect() for item in self.labels]

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
        hi, _text, base = self._colors()
        x = math.log10(max(ledger.total_params, 1) / 1e6)
        self.marker.setPen(pg.mkPen(hi, width=2.5, style=Qt.PenStyle.DashLine))
        self.marker.setValue(x)
        fill = QColor(base)
        fill.setAlpha(225)
        self.marker_label.fill = pg.mkBrush(fill)
        self.marker_label.border = pg.mkPen(hi)
        self.marker_label.setColor(hi)
        self.marker_label.update()
        self.marker_label.setText(self.tr("this network: {params}").format(params=millions(ledger.total_params)))
        self._fit_range(x)
        self._place_labels()

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


# Where a label may go, in order: (dx in pixels, dy in label heights, anchor x, anchor y).
_CANDIDATES: tuple[tuple[float, float, float, float], ...] = (
    (9, 0, 0, 0.5), (-9, 0, 1, 0.5), (0, 0.45, 0.5, 1), (0, -0.45, 0.5, 0),
    *((dx, sign * step * 0.55, ax, 0.5) for step in range(1, 9) for sign in (1, -1)
      for dx, ax in ((9, 0), (-9, 1))),
)


def _inside(box: tuple[float, float, float, float], view: Any, px: float, py: float) -> bool:
    (vx0, vx1), (vy0, vy1) = view
    return box[0] >= vx0 + 2 * px and box[2] <= vx1 - 2 * px and box[1] >= vy0 + py and box[3] <= vy1 - py


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _opaque(colour: QColor, base: QColor) -> QColor:
    """A translucent colour as it looks over ``base`` (rich text draws colours without alpha)."""
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in zip(colour.getRgbF()[:3], base.getRgbF()[:3])))
