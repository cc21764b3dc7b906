"""The Compare view: two or three networks side by side (a table), the three connection patterns drawn for a
small block of the same depth, where each network sits on the paper's parameters-vs-error plot, and a
joint training run that overlays their curves.

Figures come from explorer.core.compare (ledger arithmetic, no torch); the joint run calls
core.compare.train_together in a worker thread (explorer.ui.workers) whose batches and epochs reach the
window through a queue drained at 10 Hz.
"""

from __future__ import annotations

import collections
import math
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsScene,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.compare import Entry, entry_for, pattern_edges
from ...core.config import PRESETS, ConfigError
from ...core.format import human, human_bytes
from ...core.reference import COLUMN_HELP, COLUMNS, rows_with
from .. import legend_place, plot_theme
from ..messages import error_text, tr_msg
from ..state import AppState
from ..workers import details_tooltip, start_job
from .deferred import DeferredUpdate

__all__ = ["CompareView", "CompareTableModel", "PatternView", "CURRENT"]

CURRENT = "current"
NONE = ""
COLOURS = ("#1f77b4", "#d62728", "#2ca02c")  # one per chosen network, in the table, plot and curves
DATASETS = ("digits", "shapes")


class CompareTableModel(QAbstractTableModel):
    """Rows are figures, columns the chosen networks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._batch = 64
        self._rows = self._row_specs()

    def _row_specs(self) -> list[tuple[str, str]]:
        return [
            ("network", self.tr("Network")), ("family", self.tr("Family")), ("depth", self.tr("Depth L")),
            ("params", self.tr("Parameters")), ("paper_params", self.tr("Parameters in the paper's table")),
            ("macs", self.tr("Multiply-adds per image")), ("param_bytes", self.tr("Parameter memory")),
            ("train_bytes", self.tr("Training activations (batch 64)")),
            ("connections", self.tr("Connections in blocks")), ("pattern", self.tr("Connection pattern")),
            ("C10+", self.tr("Paper's error C10+")), ("C100+", self.tr("Paper's error C100+")),
        ]

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._entries):
                name = self._entries[section].name
                return self.tr("Current network") if name == CURRENT else name
            return None
        if 0 <= section < len(self._rows):
            return self._rows[section][1]
        return None

    def _text(self, key: str, e: Entry) -> str:
        if key == "network":
            return tr_msg(e.title)
        if key == "family":
            return tr_msg(e.family_label)
        if key == "depth":
            return str(e.depth)
        if key == "params":
            return f"{e.params:,} ({e.params_rounded})"
        if key == "paper_params":
            if e.paper_params is None:
                return "—"
            return e.paper_params + (self.tr(" (differs)") if e.disagrees_with_table else "")
        if key == "macs":
            return human(e.macs)
        if key == "param_bytes":
            return human_bytes(e.param_bytes)
        if key == "train_bytes":
            return human_bytes(e.train_bytes(self._batch))
        if key == "connections":
            return f"{e.connections:,}"
        if key == "pattern":
            names = {"chain": self.tr("chain"), "residual": self.tr("residual sum"),
                     "dense": self.tr("dense concatenation"), "fractal": self.tr("fractal (mean joins)")}
            return ", ".join(names.get(p, p) for p in e.patterns)
        value = e.paper_errors.get(key)
        return "—" if value is None else f"{value:.2f}%"

    def _tooltip(self, key: str, e: Entry) -> str | None:
        if key == "paper_params" and e.note:
            return tr_msg(e.note)
        if key == "connections":
            return self.tr("Links that carry a feature map into a layer H_l or a join, inside the blocks: "
                           "L for a chain, 2L for residual units, L(L+1)/2 for a dense block.")
        if key == "train_bytes":
            return self.tr("What autograd keeps for the backward pass of one training step (float32).")
        if key in COLUMN_HELP:
            return tr_msg(COLUMN_HELP[key]) + (f" — {tr_msg(e.paper_label)}" if e.paper_label else "")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._entries)):
            return None
        key = self._rows[index.row()][0]
        e = self._entries[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, e)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, e)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "paper_params" and e.disagrees_with_table:
                return QBrush(QColor("#b35900"))
            if key == "network":
                return QBrush(QColor(COLOURS[index.column() % len(COLOURS)]))
        return None


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


class CompareView(QWidget):
    sig_networks_changed = Signal(list)  # the chosen entries' names
    sig_training_finished = Signal(list)  # the joint run's results (plain dicts)

    @classmethod
    def title(cls) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("CompareView", "Compare")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.job = None
        self.preflight = None
        self.queue: collections.deque = collections.deque()  # ("batch", JointBatch) / ("epoch", JointProgress)
        self.clock: Any = None
        self.estimate_s = 0.0
        self._pending: Any = None
        self._names: list[str] = []
        self._stopping = False
        self._last_acc: dict[int, float] = {}
        self.results: list[dict[str, Any]] = []
        self._curves: list[pg.PlotDataItem] = []
        self._curve_data: list[tuple[list[float], list[float]]] = []
        self._dirty = False

        # -- pickers
        self.pickers: list[QComboBox] = []
        pick_row = QHBoxLayout()
        for i, default in enumerate((CURRENT, "resnet-110", "plain-110")):
            combo = QComboBox(self)
            if i == 2:
                combo.addItem(self.tr("(none)"), NONE)
            combo.addItem(self.tr("Current network"), CURRENT)
            for name, preset in PRESETS.items():
                combo.addItem(f"{name} — {tr_msg(preset.label)}", name)
            combo.setCurrentIndex(combo.findData(default))
            combo.setToolTip(self.tr("A network to compare: a preset or the current network"))
            combo.currentIndexChanged.connect(self.refresh)
            pick_row.addWidget(combo)
            self.pickers.append(combo)
        self.message = QLabel(self)
        self.message.setWordWrap(True)

        # -- the table
        self.model = CompareTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        # -- the patterns
        self.patterns = PatternView(self)
        self.layers_spin = QSpinBox(self)
        self.layers_spin.setRange(1, 8)
        self.layers_spin.setValue(4)
        self.layers_spin.setPrefix(self.tr("layers L = "))
        self.layers_spin.setToolTip(self.tr("Depth of the small block drawn in each pattern"))
        self.layers_spin.valueChanged.connect(self._redraw_patterns)
        pattern_box = QGroupBox(self.tr("Connection patterns for a block of the same depth"), self)
        pl = QVBoxLayout(pattern_box)
        pl.addWidget(self.layers_spin)
        pl.addWidget(self.patterns)

        # -- the paper's plot
        self.column_combo = QComboBox(self)
        for col in COLUMNS:
            self.column_combo.addItem(col, col)
            self.column_combo.setItemData(self.column_combo.count() - 1, tr_msg(COLUMN_HELP[col]),
                                          Qt.ItemDataRole.ToolTipRole)
        self.column_combo.setCurrentIndex(COLUMNS.index("C10+"))
        self.column_combo.currentIndexChanged.connect(self._redraw_plot)
        self.plot = pg.PlotWidget(self)
        plot_theme.install(self.plot, lambda _theme: self._redraw_plot() if hasattr(self, "_labels") else None)
        self.plot.setLogMode(x=True, y=False)
        self.plot.setLabel("bottom", self.tr("Parameters (millions)"))
        self.plot.setLabel("left", self.tr("Test error (%)"))
        self.plot.showGrid(x=True, y=True, alpha=0.3)
        self.plot.getAxis("bottom").setTicks([  # the log axis's own ticks crowd at a dock's width: name the millions
            [(math.log10(v), f"{v:g}M") for v in (0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000)],
            [(math.log10(m * v), "") for v in (0.1, 1, 10, 100) for m in range(2, 10)]])
        # The table's rows: grey points that name their method on hover (labels for all of them would overlap
        # at a dock's size); x is log10 of the millions, as the log axis expects.
        self.reference_points = pg.ScatterPlotItem(size=8, symbol="o", brush=pg.mkBrush(150, 150, 150, 160),
                                                   pen=None, hoverable=True, hoverSize=11,
                                                   tip=lambda x, y, data: str(data))
        self.plot.addItem(self.reference_points)
        self._plot_items: list[Any] = []
        self._labels = []
        self.plot.getViewBox().sigResized.connect(self._anchor_labels)
        plot_box = QGroupBox(self.tr("Where each sits on the paper's parameters-vs-error plot"), self)
        ql = QVBoxLayout(plot_box)
        ql.addWidget(self.column_combo)
        ql.addWidget(self.plot)

        # -- training together
        self.dataset_combo = QComboBox(self)
        for name in DATASETS:
            self.dataset_combo.addItem(name, name)
        self.dataset_combo.setToolTip(self.tr("Offline data shipped with the app; each network is fitted to it "
                                              "(input channels, size, classes)"))
        self.epochs_spin = QSpinBox(self)
        self.epochs_spin.setRange(1, 1000)
        self.epochs_spin.setValue(3)
        self.epochs_spin.setPrefix(self.tr("epochs "))
        self.batches_spin = QSpinBox(self)
        self.batches_spin.setRange(0, 100_000)
        self.batches_spin.setValue(0)
        self.batches_spin.setSpecialValueText(self.tr("all batches"))
        self.batches_spin.setPrefix(self.tr("batches/epoch "))
        self.seed_spin = QSpinBox(self)
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setPrefix(self.tr("seed "))
        self.train_button = QPushButton(self.tr("Train these together on the same data"), self)
        self.train_button.setToolTip(self.tr("One after another, with the same data, seed, epochs and recipe"))
        self.train_button.clicked.connect(self.start_training)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setEnabled(False)
        self.stop_button.clicked.connect(self.stop_training)
        self.train_status = QLabel(self)
        self.curves = pg.PlotWidget(self)
        self.curves.setLabel("bottom", self.tr("Epoch"))
        self.curves.setLabel("left", self.tr("Validation accuracy"))
        self.curves.addLegend()
        legend_place.follow(self.curves.getPlotItem())  # in the corner the curves leave free
        self.curves.setYRange(0, 1, padding=0.02)  # a fraction: 0..1 always (it read "(x0.001)", ticks 700-950)
        self.curves.enableAutoRange(y=False)
        plot_theme.install(self.curves)
        train_box = QGroupBox(self.tr("Train these together"), self)
        tl = QVBoxLayout(train_box)
        row = QHBoxLayout()
        for w in (self.dataset_combo, self.epochs_spin, self.batches_spin, self.seed_spin, self.train_button,
                  self.stop_button):
            row.addWidget(w)
        tl.addLayout(row)
        tl.addWidget(self.train_status)
        tl.addWidget(self.curves)
        self._timer = QTimer(self)
        self._timer.setInterval(100)
        self._timer.timeout.connect(self._drain)

        # -- layout
        layout = QVBoxLayout(self)
        layout.addLayout(pick_row)
        layout.addWidget(self.message)
        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(self.table)
        top.addWidget(pattern_box)
        bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(plot_box)
        bottom.addWidget(train_box)
        bottom.setSizes([600, 400])
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(top)
        split.addWidget(bottom)
        layout.addWidget(split)

        # The current network's column follows the state: once per burst of changes, and only when seen.
        self.follow = DeferredUpdate(self, self._follow_current)
        state.sig_config_changed.connect(self._on_config_changed)
        self._boxes = (pattern_box, plot_box, train_box)
        self.refresh()

    # -- language --------------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text again in the window's language (the constructor's texts, the table, the drawings)."""
        for combo in self.pickers:
            for i in range(combo.count()):
                data = combo.itemData(i)
                if data == NONE:
                    combo.setItemText(i, self.tr("(none)"))
                elif data == CURRENT:
                    combo.setItemText(i, self.tr("Current network"))
                elif data in PRESETS:
                    combo.setItemText(i, f"{data} — {tr_msg(PRESETS[data].label)}")
            combo.setToolTip(self.tr("A network to compare: a preset or the current network"))
        self.layers_spin.setPrefix(self.tr("layers L = "))
        self.layers_spin.setToolTip(self.tr("Depth of the small block drawn in each pattern"))
        pattern_box, plot_box, train_box = self._boxes
        pattern_box.setTitle(self.tr("Connection patterns for a block of the same depth"))
        plot_box.setTitle(self.tr("Where each sits on the paper's parameters-vs-error plot"))
        train_box.setTitle(self.tr("Train these together"))
        for i in range(self.column_combo.count()):
            col = self.column_combo.itemData(i)
            if col in COLUMN_HELP:
                self.column_combo.setItemData(i, tr_msg(COLUMN_HELP[col]), Qt.ItemDataRole.ToolTipRole)
        self.plot.setLabel("bottom", self.tr("Parameters (millions)"))
        self.plot.setLabel("left", self.tr("Test error (%)"))
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
        self.model._rows = self.model._row_specs()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- choosing ------------------------------------------------------------------------------------

    def chosen(self) -> list[str]:
        return [c.currentData() for c in self.pickers if c.currentData() != NONE]

    def set_networks(self, names: list[str]) -> None:
        """Pick networks by preset name or CURRENT (two or three; the third may be left out)."""
        if not 2 <= len(names) <= 3:
            raise ConfigError("networks", names, "pick two or three networks", "2 or 3")
        for name in names:
            if name != CURRENT and name not in PRESETS:
                raise ConfigError("network", name, "is not a preset", "a name from `explorer presets` or current")
        for combo, name in zip(self.pickers, [*names, NONE][:3]):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(name))
            combo.blockSignals(False)
        self.refresh()

    def _entry(self, name: str) -> Entry:
        return entry_for(self.state.config, CURRENT) if name == CURRENT else entry_for(name)

    def refresh(self) -> None:
        self.follow.cancel()
        try:
            entries = [self._entry(n) for n in self.chosen()]
        except ConfigError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(" ".join(self.tr("{name}: {note}").format(name=e.name, note=tr_msg(e.note))
                                      for e in entries if e.disagrees_with_table))
        self.model.set_entries(entries)
        self._redraw_patterns()
        self._redraw_plot()
        self.sig_networks_changed.emit([e.name for e in entries])

    def _on_config_changed(self, config: Any, ledger: Any) -> None:
        if CURRENT in self.chosen():
            self.follow.request()

    def _follow_current(self) -> None:
        if CURRENT in self.chosen():
            self.refresh()

    def _redraw_patterns(self) -> None:
        used = {p for e in self.model.entries() for p in e.patterns}
        self.patterns.set_block(self.layers_spin.value(), used)

    # -- the paper's plot ------------------------------------------------------------------------------

    def _redraw_plot(self) -> None:
        column = self.column_combo.currentData()
        for item in self._plot_items:
            self.plot.removeItem(item)
        self._plot_items = []
        self._labels: list[pg.TextItem] = []
        rows = rows_with(column)
        self.reference_points.setData([math.log10(r.params_m) for r in rows], [r.errors[column] for r in rows],
                                      data=[self.tr("{method}: {params:g}M parameters, {error:.2f}% error").format(
                                          method=tr_msg(r.label), params=r.params_m, error=r.errors[column])
                                          for r in rows])
        xs = [math.log10(r.params_m) for r in rows]
        ys = [r.errors[column] for r in rows]
        self.placed: dict[str, tuple[float, float | None]] = {}
        theme = plot_theme.theme_for(self.plot)
        for i, e in enumerate(self.model.entries()):
            colour = COLOURS[i % len(COLOURS)]
            params_m = e.params / 1e6
            error = e.paper_errors.get(column)
            if error is not None:
                table_m = float(e.paper_params[:-1]) if e.paper_params else params_m
                point = pg.PlotDataItem([table_m], [error], pen=None, symbol="o", symbolSize=14,
                                        symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(theme.foreground))
                self._add(point)
                label = pg.TextItem(self._name(e.name), color=colour, anchor=(0, 1))
                label.setPos(math.log10(table_m), error)
                self._add(label)
                self._labels.append(label)
                if e.disagrees_with_table:  # the architecture's count beside the table's figure
                    arch = pg.PlotDataItem(x=[table_m, params_m], y=[error, error],
                                           pen=pg.mkPen(colour, style=Qt.PenStyle.DashLine),
                                           symbol="x", symbolBrush=colour, symbolPen=colour)
                    self._add(arch)
                self.placed[e.name] = (table_m, error)
            else:  # no published error: its parameter count only
                line = pg.InfiniteLine(pos=math.log10(params_m), angle=90,
                                       pen=pg.mkPen(colour, style=Qt.PenStyle.DotLine),
                                       label=self.tr("{name} (no error in the table)").format(name=self._name(e.name)),
                                       labelOpts={"color": colour, "position": 0.92 - 0.08 * i,
                                                  "fill": pg.mkBrush(theme.background)})
                self._add(line)
                self.placed[e.name] = (params_m, None)
            xs.append(math.log10(params_m))
        if xs and ys:  # the points with a little room, so that no marker sits on the frame
            self.plot.setXRange(min(xs) - 0.2, max(xs) + 0.2, padding=0)
            self.plot.setYRange(min(ys) - 0.5, max(ys) + 0.5, padding=0)
        self._anchor_labels()

    def _name(self, name: str) -> str:
        return self.tr("Current network") if name == CURRENT else name

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

    # -- training together ---------------------------------------------------------------------------
    #
    # Train: fit the networks to the data (ledger only), then a small worker job checks every network's memory
    # and measures this computer's speed once on a probe network (speed.probe_speed, cached); the whole run's
    # time is estimated from the ledger and a long run asks first. The run's worker only appends plain data
    # to a deque; a 10 Hz timer on the GUI thread drains it into curves made once (setData) and one status
    # line, so the GUI thread does the same small amount of work however fast batches come.

    def running(self) -> bool:
        return self.job is not None and self.job.is_running()

    def busy(self) -> bool:
        """A run or its preflight (memory check and speed probe) is going."""
        return self.running() or (self.preflight is not None and self.preflight.is_running())

    def _settings(self) -> Any:
        from ...core.training import TrainSettings  # torch-free

        kw: dict[str, Any] = dict(epochs=self.epochs_spin.value(), seed=self.seed_spin.value())
        if self.batches_spin.value() > 0:
            kw["max_batches"] = self.batches_spin.value()
        return TrainSettings(**kw)

    def start_training(self) -> None:
        if self.busy():
            return
        from ...core.compare import joint_networks

        dataset = self.dataset_combo.currentData()
        networks = [(n, self.state.config if n == CURRENT else PRESETS[n].config) for n in self.chosen()]
        try:
            settings = self._settings()
            fitted = joint_networks(networks, dataset)
        except ConfigError as exc:
            self.train_status.setText(self.tr("Not started: {message}").format(message=str(exc)))
            return
        self._pending = (fitted, dataset, settings)
        self.train_button.setEnabled(False)
        self.train_status.setToolTip("")
        self.train_status.setText(self.tr("Checking memory and this computer's speed…"))
        self.preflight = start_job(_preflight_job, fitted, settings, parent=self, on_done=self._on_preflight,
                                   on_failed=self._on_preflight_failed)

    def _on_preflight_failed(self, message: str, details: str) -> None:
        self.preflight = None
        self.train_button.setEnabled(True)
        self.train_status.setText(self.tr("Not started: {message}").format(message=message))
        self.train_status.setToolTip(details_tooltip(details))
        self.state.status(message)

    def _on_preflight(self, rate: float) -> None:
        from ...core.compare import joint_estimate_seconds
        from ...core.speed import LONG_RUN_SECONDS

        self.preflight = None
        fitted, dataset, settings = self._pending
        self.estimate_s = joint_estimate_seconds(fitted, dataset, settings, rate)
        if self.estimate_s > LONG_RUN_SECONDS and not self.ask_long_run(self.estimate_s):
            self.train_button.setEnabled(True)
            self.train_status.setText(self.tr("Not started: the run was estimated at about {m} minutes.").format(
                m=_minutes(self.estimate_s)))
            return
        self._launch(fitted, dataset, settings)

    def ask_long_run(self, seconds: float) -> bool:
        """Start a run estimated to take ``seconds``? (A seam: the crawler and tests may answer it.)"""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("A long run"), self.tr(
            "Training these networks together is estimated to take about {m} minutes on this computer (their "
            "multiply-adds from the ledger at a speed measured once on a small probe network). Start it?").format(
                m=_minutes(seconds)), parent=self)
        start = box.addButton(self.tr("Start"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is start

    def _launch(self, fitted: list[tuple[str, Any]], dataset: str, settings: Any) -> None:
        from ...core.compare import DATASET_IMAGES, JointClock
        from ...core.ledger import compute_ledger

        self.curves.clear()
        self._curves, self._curve_data = [], []
        self._names = []
        for i, (name, _) in enumerate(fitted):
            label = self._name(name)
            self._names.append(label)
            self._curves.append(self.curves.plot([], [], pen=pg.mkPen(COLOURS[i % len(COLOURS)], width=2),
                                                 symbol="o", symbolSize=5, name=label))
            self._curve_data.append(([], []))
        images = DATASET_IMAGES.get(dataset, 0)
        val = int(round(images * settings.val_fraction))
        self.clock = JointClock([compute_ledger(cfg).total_macs for _n, cfg in fitted], settings.epochs,
                                eval_batches=val / (3 * settings.batch_size))
        self.queue.clear()
        self.results = []
        self._stopping = False
        self._last_acc: dict[int, float] = {}
        self.stop_button.setEnabled(True)
        self.train_status.setText(self.tr("Training {n} networks one after another (about {t} estimated)…").format(
            n=len(fitted), t=_clock(self.estimate_s)))
        self.state.sig_training_active.emit(True)
        self._timer.start()
        self.job = start_job(_joint_job, fitted, dataset, settings, self.queue, parent=self,
                             on_done=self._on_done, on_failed=self._on_failed)

    def stop_training(self) -> None:
        """Stop now: the worker checks in every layer, so the run ends within a layer's time."""
        if not self.running() or self._stopping:
            return
        self._stopping = True
        self.job.cancel()
        self.stop_button.setEnabled(False)
        self.train_status.setText(self.tr("Stopping…"))

    def _drain(self) -> None:
        """The 10 Hz tick: everything the worker queued since the last one, then one redraw and one text."""
        batch = None
        while self.queue:
            kind, item = self.queue.popleft()
            if kind == "batch":
                self.clock.add(item)
                batch = item
            else:
                xs, ys = self._curve_data[item.index]
                xs.append(item.epoch)
                ys.append(item.row["val_acc"])
                self._last_acc[item.index] = item.row["val_acc"]
                self._dirty = True
        self._flush_curves()
        if batch is not None and not self._stopping:
            self.train_status.setText(self._progress_text(batch))

    def _progress_text(self, b: Any) -> str:
        clock = self.clock
        acc = self._last_acc.get(b.index)
        acc_text = "" if acc is None else self.tr(", validation accuracy {acc:.1%}").format(acc=acc)
        return self.tr("{name}: epoch {epoch}/{epochs}, batch {batch}/{batches}{acc} · run: batch {done}/{total}, "
                       "{spb:.2f} s per batch, ETA {eta}").format(
            name=self._names[b.index], epoch=b.epoch, epochs=b.epochs, batch=b.batch, batches=b.batches,
            acc=acc_text, done=clock.done, total=clock.total, spb=clock.seconds_per_batch, eta=_clock(clock.eta()))

    def _flush_curves(self) -> None:
        if not self._dirty:
            return
        self._dirty = False
        for curve, (xs, ys) in zip(self._curves, self._curve_data):
            curve.setData(list(xs), list(ys))

    def _finish(self) -> None:
        # The run has reported: it is over for the person, even while its thread is still winding down (a Train
        # click right after a failure was ignored as "busy"). The job is kept alive until its thread ends.
        if self.job is not None:
            self._retired = [j for j in getattr(self, "_retired", []) if j.is_running()] + [self.job]
            self.job = None
        self._timer.stop()
        self._drain()
        self._dirty = True
        self._flush_curves()
        self.train_button.setEnabled(True)
        self.stop_button.setEnabled(False)
        self._stopping = False
        self.state.sig_training_active.emit(False)

    def _summary(self, r: dict[str, Any]) -> str:
        name = self._name(r["name"])
        if r["history"]:
            last = r["history"][-1]
            return self.tr("{name}: {acc:.1%} after epoch {epoch}").format(name=name, acc=last["val_acc"],
                                                                           epoch=int(last["epoch"]))
        if r["status"] == "not started":
            return self.tr("{name}: not started, no epoch").format(name=name)
        return self.tr("{name}: no epoch finished").format(name=name)

    def _on_done(self, results: list[dict[str, Any]]) -> None:
        self.results = results
        self._finish()
        summary = "; ".join(self._summary(r) for r in results)
        if any(r["status"] in ("stopped", "not started") for r in results):
            text = self.tr("Stopped. Last validation accuracy: {summary}")
        elif any(r["status"] == "diverged" for r in results):
            text = self.tr("Done, some diverged. Final validation accuracy: {summary}")
        else:
            text = self.tr("Done. Final validation accuracy: {summary}")
        self.train_status.setText(text.format(summary=summary))
        self.sig_training_finished.emit(results)

    def _on_failed(self, message: str, details: str) -> None:
        self._finish()
        self.train_status.setText(self.tr("Training failed: {message}").format(message=message))
        self.train_status.setToolTip(details_tooltip(details))  # the crash's details, never a silent panel
        self.state.status(message)
        self.sig_training_finished.emit([])

    def shutdown(self) -> None:
        """Stop a joint run and wait for its thread (the view or the window is closing)."""
        for job in (self.preflight, self.job, *getattr(self, "_retired", [])):
            if job is not None and job.is_running():
                job.cancel()
                if job.thread is not None:
                    # Quit directly: the queued quit from the job's end cannot run while we wait here.
                    job.thread.quit()
                job.wait(10_000)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.shutdown()
        super().closeEvent(event)


def _minutes(seconds: float) -> str:
    return f"{seconds / 60:,.0f}" if seconds >= 600 else f"{seconds / 60:.1f}"


def _clock(seconds: float | None) -> str:
    if seconds is None or seconds != seconds or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _preflight_job(job, fitted, settings):
    """Runs in a worker: every network's memory check (nothing is built), then this device's speed, measured
    once per process on speed.PROBE_CONFIG (never on the chosen networks)."""
    from ...core.compare import check_joint_memory
    from ...core.speed import probe_speed

    check_joint_memory(fitted, settings)
    return probe_speed(settings.device, settings.memory_efficient)


def _joint_job(job, fitted, dataset, settings, queue):
    """Runs in the worker thread: train each network with the same settings. Batches and epochs go to
    ``queue`` (deque appends are thread-safe), not out as signals: the GUI drains them at 10 Hz."""
    from ...core.compare import train_together

    return train_together(fitted, dataset, settings, on_epoch=lambda p: queue.append(("epoch", p)),
                          on_batch=lambda b: queue.append(("batch", b)), should_stop=job.cancelled)
