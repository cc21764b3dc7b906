"""Where this network sits: the paper's CIFAR/SVHN table (Table 2) or its ImageNet results (Table 3, with
torchvision's published weights and the ResNets the paper compares against) as parameters vs test error, this
network marked.

Readable at a dock's size: each method family has its own symbol (a legend names them), only the DenseNet rows
(and, on ImageNet, the ResNets) carry a label on the plot (the others tell theirs on hover), labels are placed
in pixels so that they stay inside the view and clear of each other and of the points (where the full label
finds no free place its short form is tried, and where that finds none the label is left off: hover the point),
and the current network's line and label stay in view whatever its size. Right-click or *Export…* writes the
plot as PNG or SVG, or its points as CSV, atomically.
"""

from __future__ import annotations

import html
import math
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QFont, QPalette, QResizeEvent
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QMenu, QPushButton, QVBoxLayout, QWidget

from ...core.format import millions
from ...core.imagenet_reference import IMAGENET_COLUMNS
from ...core.io import atomic_write_bytes, atomic_write_text, describe_os_error
from ...core.ledger import Ledger
from ...core.reference import COLUMNS
from .. import plot_theme
from ..drawing_files import png_bytes, svg_bytes
from ..messages import tr_msg
from ..state import AppState
from ..theme import mute, over
from ..widgets import ElidedLabel
from .base import Panel
from .deferred import DeferredUpdate
from .paper_layout import (
    FAMILIES,
    IMAGENET_FAMILIES,
    SYMBOL_CHARS,
    X_PAD,
    Y_PAD,
    Box,
    Point,
    label_spot,
    leader_end,
    marker_label_spot,
    points_csv,
)
from .paper_texts import PaperTexts

__all__ = ["PaperPlot"]


ALL_COLUMNS = COLUMNS + IMAGENET_COLUMNS
PLOT_MIN_HEIGHT = 150  # px the plot keeps before the caption, then the legend, step aside in a short dock
BC_COLOUR = QColor("#e8772e")  # DenseNet-BC beside the palette's highlight for DenseNet: both read in either theme


class PaperPlot(Panel):
    """The paper's results as parameters vs test error, this network marked."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("PaperPlot", "Paper")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.texts = PaperTexts(self)
        self.column = QComboBox(self)
        for col in ALL_COLUMNS:
            self.column.addItem(col, col)
        self.column.setCurrentIndex(ALL_COLUMNS.index("C10+"))
        self.column_label = QLabel(self)
        self.column_label.setBuddy(self.column)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(lambda: self.export())
        self.caption = ElidedLabel(self)  # one line, whole on hover: the plot keeps its height in a short dock
        mute(self.caption)
        self.message = ""  # what the last export said
        self._build_plot()
        # The legend sits under the plot, where it can never cover a point or a label.
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.labels: list[pg.TextItem] = []
        self.labelled: list[Any] = []  # the rows whose label is on the plot, in the order of ``labels``
        self.label_points: list[Point] = []
        self.leaders: list[pg.PlotCurveItem] = []
        self.points: list[Point] = []
        self._base_range: tuple[float, float, float, float] | None = None
        self._placing = False
        top = QHBoxLayout()
        top.addWidget(self.column_label)
        top.addWidget(self.column)
        top.addWidget(self.export_button)
        top.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.plot, 1)
        lay.addWidget(self.legend)
        lay.addWidget(self.caption)  # under the plot: the plot keeps its height in a short dock
        self.column.currentIndexChanged.connect(lambda _i: self.redraw())
        self.deferred = DeferredUpdate(self, lambda: self._mark(self.state.ledger))
        state.sig_config_changed.connect(self._on_config)
        plot_theme.install(self.plot)
        self.retranslate()

    def _build_plot(self) -> None:
        """The plot: a scatter per family (its symbol), the current network's line and its label."""
        self.plot = pg.PlotWidget(self)
        self.plot.setMenuEnabled(False)
        self.plot.showGrid(x=True, y=True, alpha=0.25)
        self.plot.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.plot.customContextMenuRequested.connect(self._context_menu)
        # x holds log10(millions of parameters); the ticks name the millions.
        self.plot.getAxis("bottom").setTicks([
            [(math.log10(v), f"{v:g}M") for v in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)],
            [(math.log10(m * v), "") for v in (0.1, 1, 10, 100) for m in range(2, 10)]])
        vb = self.plot.getViewBox()
        vb.sigResized.connect(self._place_labels)
        vb.sigRangeChanged.connect(self._place_labels)
        self.scatters: dict[str, pg.ScatterPlotItem] = {}
        for key, symbol, dense in FAMILIES + IMAGENET_FAMILIES:
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

    @staticmethod
    def _tip(x: float, y: float, data: Any) -> str:
        return str(data)

    def _colors(self) -> tuple[QColor, QColor, QColor]:
        pal = self.palette()
        return (pal.color(QPalette.ColorRole.Highlight), pal.color(QPalette.ColorRole.Text),
                pal.color(QPalette.ColorRole.Base))

    @property
    def imagenet(self) -> bool:
        return self.column.currentData() in IMAGENET_COLUMNS

    def redraw(self) -> None:
        """The reference points of the chosen column (changes only with the column, the language, the palette)."""
        col = self.column.currentData()
        hi, text, base = self._colors()
        theme = plot_theme.apply(self.plot)
        for item in self.labels + self.leaders:
            self.plot.removeItem(item)
        self.labels.clear()
        self.labelled.clear()
        self.label_points.clear()
        self.leaders.clear()
        legend: list[str] = []
        self.points = self.texts.points(col)
        grey = QColor(text)
        grey.setAlpha(120)
        leader = QColor(text)
        leader.setAlpha(90)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        families = IMAGENET_FAMILIES if self.imagenet else FAMILIES
        colours = {"DenseNet-BC": BC_COLOUR, "ImageNet DenseNet, torchvision": BC_COLOUR,
                   "ImageNet ResNet, torchvision": theme.muted(160)}
        for key, _symbol, dense in FAMILIES + IMAGENET_FAMILIES:
            rows = [p for p in self.points if p.family == key]
            colour = colours.get(key, hi if dense else grey)
            scatter = self.scatters[key]
            scatter.setData([p.x for p in rows], [p.y for p in rows], data=[p.tip for p in rows],
                            brush=pg.mkBrush(colour), pen=pg.mkPen(text, width=0.8))
            if rows and any(k == key for k, _s, _d in families):
                swatch = plot_theme.with_contrast(  # a legend mark: 3:1 on the window (WCAG non-text contrast)
                    over(colour, base), self.palette().color(QPalette.ColorRole.Window), 3.0).name()
                legend.append(f'<span style="color:{swatch}; font-size:large">{SYMBOL_CHARS[_symbol]}</span>'
                              f"&nbsp;{html.escape(self.texts.family_name(key))}")
            for p in rows:
                if not p.labelled:
                    continue
                self._add_label(p, font, text, leader)
        self.legend.setText(" &nbsp; ".join(legend))
        self._name_axes(col)
        self._fit_height()
        xs = [p.x for p in self.points]
        ys = [p.y for p in self.points]
        self._base_range = (min(xs), max(xs), min(ys), max(ys)) if xs else None
        self._mark(self.state.ledger)

    def _add_label(self, p: Point, font: QFont, text: QColor, leader: QColor) -> None:
        """A point's label on the plot, and the line that joins it to its point when it is moved off it."""
        item = pg.TextItem(p.full, color=text, anchor=(0, 0.5))
        item.setFont(font)
        item.setZValue(4)
        self.plot.addItem(item, ignoreBounds=True)
        self.labels.append(item)
        self.labelled.append(p.row)
        self.label_points.append(p)
        line = pg.PlotCurveItem(pen=pg.mkPen(leader, width=1))
        self.plot.addItem(line, ignoreBounds=True)
        self.leaders.append(line)

    def _name_axes(self, col: str) -> None:
        self.plot.setLabel("bottom", self.tr("Parameters (millions, log scale)"))
        if self.imagenet:
            which = self.tr("Top-1") if col == IMAGENET_COLUMNS[0] else self.tr("Top-5")
            self.plot.setLabel("left", self.tr("{which} error (%)").format(which=which))
            self.caption.setText(self.tr("ImageNet validation set, single 224×224 crop. The paper's DenseNets "
                                         "(Huang et al. 2017, Table 3) and torchvision's published weights "
                                         "(error = 100 − accuracy); hover a point for its numbers."))
        else:
            self.plot.setLabel("left", self.tr("Test error (%), {column}").format(column=col))
            self.caption.setText(self.tr("{help}. Huang et al. 2017, Table 2; hover a point for its method; * run "
                                         "by the DenseNet authors.").format(help=self.texts.column_help(col)))

    def _fit_range(self, marker_x: float) -> None:
        """The points with a little padding, widened to the current network's line when it lies outside."""
        if self._base_range is None:
            return
        x0, x1, y0, y1 = self._base_range
        x0, x1 = min(x0, marker_x), max(x1, marker_x)
        y_pad = Y_PAD if (y1 - y0) > 3 else max(0.15, (y1 - y0) * 0.12)  # ImageNet's top-5 spans 2 points
        want = (x0 - X_PAD, x1 + X_PAD, y0 - y_pad, y1 + y_pad)
        (cx0, cx1), (cy0, cy1) = self.plot.getViewBox().viewRange()
        if max(abs(a - b) for a, b in zip(want, (cx0, cx1, cy0, cy1))) > 1e-9:
            self._placing = True  # one placement after both ranges are set
            try:
                self.plot.setXRange(want[0], want[1], padding=0)
                self.plot.setYRange(want[2], want[3], padding=0)
            finally:
                self._placing = False

    def marker_boxes(self) -> list[tuple[float, float, float, float]]:
        """Each point's marker, in view coordinates (half a dense marker's size and a pixel around its centre)."""
        px, py = self.plot.getViewBox().viewPixelSize()
        return [(p.x - 6 * px, p.y - 6 * py, p.x + 6 * px, p.y + 6 * py) for p in self.points]

    def _place_labels(self, *_args: Any) -> None:
        """Each label beside its point (right, left, above or below, then farther up or down), at the first place,
        in pixels of the current view, that lies inside the view and clear of the other labels, every point and
        the current network's line and label; joined to its point by a thin line when moved off it. Where the
        full label finds no such place its short form is tried; where neither does, the label is hidden (the
        point still names its method on hover)."""
        if self._placing or not self.points:
            return
        vb = self.plot.getViewBox()
        px, py = vb.viewPixelSize()
        if px <= 0 or py <= 0:
            return
        view = vb.viewRange()
        obstacles = self.marker_boxes()
        placed = [self._place_marker_label(obstacles, px, py, view)]
        mx = self.marker.value()
        placed.append((mx - 3 * px, view[1][0], mx + 3 * px, view[1][1]))  # the current network's line
        for point, item, line in zip(self.label_points, self.labels, self.leaders):
            spot = None
            for text in (point.full, point.short):
                item.setText(text)
                rect = item.boundingRect()
                spot = label_spot(point.x, point.y, rect.width(), rect.height(), obstacles + placed, view, px, py)
                if spot:
                    break
            if spot is None:
                item.setText(point.full)
                item.setVisible(False)
                line.setData([], [])
                continue
            x, y, ax, ay, box = spot
            item.setVisible(True)
            placed.append(box)
            item.setAnchor((ax, ay))
            item.setPos(x, y)
            end = leader_end(point.x, point.y, box, px, py)
            line.setData(*(([point.x, end[0]], [point.y, end[1]]) if end else ([], [])))

    def _place_marker_label(self, obstacles: list[Box], px: float, py: float, view: Any) -> Box:
        """The current network's label near the top of its line, on a side where it fits, clear of the points."""
        x = self.marker.value()
        rect = self.marker_label.boundingRect()
        side, top, box = marker_label_spot(x, rect.width(), rect.height(), obstacles, view, px, py)
        self.marker_label.setAnchor((0, 0) if side > 0 else (1, 0))
        self.marker_label.setPos(x + side * 4 * px, top)
        return box

    def label_boxes_px(self) -> tuple[Any, list[Any]]:
        """The view's rectangle and each shown label's, in scene pixels (tests: inside the view, no overlaps)."""
        vb = self.plot.getViewBox()
        return vb.sceneBoundingRect(), [item.sceneBoundingRect() for item in self.labels if item.isVisible()]

    def point_boxes_px(self) -> list[Any]:
        """Each point's marker (its symbol's size) in scene pixels."""
        from PySide6.QtCore import QPointF, QRectF

        vb = self.plot.getViewBox()
        out = []
        for p in self.points:
            size = self.scatters[p.family].opts["size"]
            centre = vb.mapViewToScene(QPointF(p.x, p.y))
            out.append(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size))
        return out

    # -- export ----------------------------------------------------------------------------------------
    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for kind, text in (("png", self.tr("Export as PNG…")), ("svg", self.tr("Export as SVG…")),
                           ("csv", self.tr("Export the points as CSV…"))):
            menu.addAction(text, lambda k=kind: self.export(kind=k))
        menu.popup(self.plot.mapToGlobal(pos))
        self.context_menu = menu  # kept for tests and so that it is not collected while shown

    def export(self, path: str | None = None, kind: str | None = None) -> bool:
        """Write the plot as PNG or SVG, or its points as CSV (the file's suffix, or ``kind``, decides), through
        the atomic writer: an existing file is replaced whole or not at all."""
        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)"),
                   "csv": self.tr("CSV table (*.csv)")}
        if not path:
            col = self.column.currentData().replace(" ", "-").replace("+", "plus").lower()
            order = [kind] + [k for k in filters if k != kind] if kind else list(filters)
            path, chosen = QFileDialog.getSaveFileName(self, self.tr("Export the paper plot"),
                                                       f"paper-{col}.{order[0]}", ";;".join(filters[k] for k in order))
            if not path:
                return False
            if not Path(path).suffix:
                picked = next((k for k, f in filters.items() if f == chosen), order[0])
                path += "." + picked
        suffix = Path(path).suffix.lower().lstrip(".")
        kind = suffix if suffix in filters else kind
        if kind not in filters:
            self._say(self.tr("{path}: choose a .png, .svg or .csv file").format(path=path))
            return False
        try:
            if kind == "csv":
                atomic_write_text(path, self.points_csv())
            else:
                atomic_write_bytes(path, self._png_bytes() if kind == "png" else self._svg_bytes())
        except OSError as exc:
            self._say(self.tr("Not written: {reason}").format(reason=tr_msg(describe_os_error(exc))))
            return False
        self._say(self.tr("Plot written to {path}").format(path=path))
        return True

    def _say(self, text: str) -> None:
        self.message = text
        self.state.status(text, 8000)

    def points_csv(self) -> str:
        return points_csv(self.points, self.column.currentData())

    def _png_bytes(self) -> bytes:
        return png_bytes(self.plot.grab()) or b""

    def _svg_bytes(self) -> bytes:
        """The plot as vector SVG, drawn by Qt's SVG generator (pyqtgraph's SVG exporter fails on some of the
        items here: "not enough values to unpack" in correctCoordinates)."""
        return svg_bytes(self.plot.size(), self.plot.rect(), self.tr("DenseNet Explorer: the paper plot"),
                         self.plot.render)

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
        self.column.setToolTip(self.tr("Which column of the paper's tables to plot: CIFAR/SVHN (Table 2) or "
                                       "ImageNet (Table 3, with torchvision's weights)"))
        names = {IMAGENET_COLUMNS[0]: self.tr("ImageNet top-1"), IMAGENET_COLUMNS[1]: self.tr("ImageNet top-5")}
        for i in range(self.column.count()):
            self.column.setItemText(i, names.get(self.column.itemData(i), self.column.itemData(i)))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the plot as PNG or SVG, or its points as CSV (also on "
                                              "right-click)"))
        self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """In a short dock (1280×720 with the Training or Inference tab raised below) the plot keeps at least
        ``PLOT_MIN_HEIGHT`` px: first the one-line caption steps aside, then the legend (the points still name
        their method on hover); both come back when the dock is tall enough again."""
        lay = self.layout()
        if lay is None:
            return
        m, gap = lay.contentsMargins(), lay.spacing()
        width = max(1, self.width() - m.left() - m.right())
        room = self.height() - m.top() - m.bottom() - lay.itemAt(0).sizeHint().height() - gap
        legend = (self.legend.heightForWidth(width) if self.legend.text() else 0) + gap
        caption = self.caption.sizeHint().height() + gap
        show_legend = room - legend >= PLOT_MIN_HEIGHT
        show_caption = show_legend and room - legend - caption >= PLOT_MIN_HEIGHT
        if self.legend.isVisibleTo(self) != show_legend:
            self.legend.setVisible(show_legend)
        if self.caption.isVisibleTo(self) != show_caption:
            self.caption.setVisible(show_caption)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self.redraw()
        super().changeEvent(event)  # (the language: Panel)
