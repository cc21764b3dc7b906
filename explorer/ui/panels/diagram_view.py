"""The block diagram: blocks, transitions and every connection of the family, drawn with QGraphicsView.

Each layer of a block is a box, named by the module it is in the built network; the links are the family's
own (explorer.core.connectivity): DenseNet joins each earlier output (the block input x₀ and every earlier
layer) to each later layer, n(n+1)/2 arcs a block; a plain net is a chain, one link a layer; a ResNet unit has
the link through H_ℓ and its shortcut round it; FractalNet's columns meet in joins. Hover a layer to see what
it receives; click to select it (AppState.sig_layer_selected). Blocks with many layers are collapsed to their
first and last layers around an ellipsis that expands on click. The scene is rebuilt only when the structure
changes (layers per block, what is expanded); otherwise only the labels change. The hint under the drawing is
as tall as its longest text, so hovering never moves the drawing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QImage, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QFileDialog,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...core.connectivity import BlockGraph, NodeFacts, block_graphs, find_node, subscript
from ...core.connectivity import describe as node_facts
from ...core.ledger import Ledger
from ..messages import error_text, tr_msg
from ..state import AppState
from .deferred import DeferredUpdate

__all__ = ["DiagramView", "DiagramCanvas", "COLLAPSE_AT"]

COLLAPSE_AT = 16  # blocks with more layers show only their first HEAD and last TAIL layers
HEAD, TAIL = 4, 3
NODE_W, NODE_H, STEP = 26.0, 44.0, 36.0
GAP = 60.0  # between a block and a transition box
BOX_W = 120.0
ROW_GAP = 36.0  # between rows of blocks
MIN_TEXT_PX = 11.0  # titles and labels (their em) never smaller than this on screen, however far one zooms out
MAX_TEXT_GROWTH = 4.0
GROW_FROM = 0  # QGraphicsItem data key: where a growing text is pinned ("top", "bottom"; the centre otherwise)


@dataclass
class _BlockLayout:
    index: int
    layers: int
    visible: list[int]  # layer numbers shown (0 = the block input x0)
    hidden: int = 0  # layers behind the ellipsis
    nodes: dict[int, _Node] = field(default_factory=dict)
    arcs_into: dict[int, list[tuple[int, QGraphicsPathItem]]] = field(default_factory=dict)
    label: QGraphicsSimpleTextItem | None = None


class _Node(QGraphicsRectItem):
    """A layer (or the block input x0): hover and click report to the canvas."""

    def __init__(self, canvas: DiagramCanvas, block: int, layer: int, rect: QRectF) -> None:
        super().__init__(rect)
        self.canvas, self.block, self.layer = canvas, block, layer
        self.setAcceptHoverEvents(layer > 0)
        self.setCursor(Qt.CursorShape.PointingHandCursor if layer > 0 else Qt.CursorShape.ArrowCursor)

    def hoverEnterEvent(self, event) -> None:
        self.canvas.hover(self.block, self.layer)

    def hoverLeaveEvent(self, event) -> None:
        self.canvas.hover(None, None)

    def mousePressEvent(self, event) -> None:
        if self.layer > 0 and event.button() == Qt.MouseButton.LeftButton:
            self.canvas.click(self.block, self.layer)
        event.accept()


class _Toggle(QGraphicsSimpleTextItem):
    """The ellipsis of a collapsed block, or the "collapse" handle of an expanded one."""

    def __init__(self, canvas: DiagramCanvas, block: int, text: str) -> None:
        super().__init__(text)
        self.canvas, self.block = canvas, block
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)

    def mousePressEvent(self, event) -> None:
        self.canvas.toggle_block(self.block)
        event.accept()


class DiagramCanvas(QGraphicsView):
    """The drawing; wheel zooms (about the cursor), drag pans."""

    sig_hover_text = Signal(str)
    sig_layer_clicked = Signal(str)
    sig_maximise_requested = Signal()  # a double-click on the drawing's background (the diagram has no title bar)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.ledger: Ledger | None = None
        self.graphs: dict[int, BlockGraph] = {}  # each block's nodes and links, the family's own
        self.expanded: set[int] = set()
        self.collapse_at = COLLAPSE_AT
        self.blocks: dict[int, _BlockLayout] = {}
        self.selected: tuple[int, int] | None = None
        self._hovered: tuple[int, int] | None = None
        self._structure: Any = None
        self._labels: list[tuple[QGraphicsSimpleTextItem, Any]] = []
        self._min_text: list[QGraphicsSimpleTextItem] = []  # kept readable at any zoom (MIN_TEXT_PX)
        # The stem, transition and classifier boxes with their two texts (title, label): a text grows to stay
        # readable only as far as its box holds it, in any language (Korean "1320→660채널" spilled out).
        self.box_texts: list[tuple[QGraphicsRectItem, list[QGraphicsSimpleTextItem]]] = []
        self._box_of: dict[int, QGraphicsRectItem] = {}  # id(text item) -> its box
        self._toggles: list[tuple[QGraphicsSimpleTextItem, QGraphicsSimpleTextItem]] = []
        self._row: QGraphicsRectItem | None = None  # the row being drawn: blocks wrap onto rows to fit the view
        self._rows: list[QGraphicsRectItem] = []
        self.rows = 1  # how many rows the blocks are drawn on (fit() chooses it for the view's shape)
        self.box_growth = 1.0  # how much the boxes' text will grow at the fitted zoom: the boxes are made to hold it
        self._box_w, self._box_h, self._box_dy = BOX_W, NODE_H * 1.7, 13.0
        self._fitted = True  # the view follows its size with fit() until the user zooms
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        self._colors()
        self.rebuilds = 0  # how many times the scene was rebuilt (tests, benchmark)
        self.transition_boxes: dict[int, QGraphicsRectItem] = {}  # block index -> the transition box after it
        self.emphasized: tuple[str, int, int] | None = None  # what emphasize() points at

    # -- colours from the palette (light and dark themes) -------------------------------------------------
    def _colors(self) -> None:
        pal = self.palette()
        self.c_text = pal.color(QPalette.ColorRole.Text)
        self.c_base = pal.color(QPalette.ColorRole.Base)
        self.c_hi = pal.color(QPalette.ColorRole.Highlight)
        self.c_node = pal.color(QPalette.ColorRole.Button)
        self.c_input = QColor(self.c_hi)
        self.c_input.setAlpha(70)
        self.c_box = pal.color(QPalette.ColorRole.AlternateBase)
        self.c_arc = QColor(self.c_text)
        self.c_arc.setAlpha(55)
        self.c_src = QColor(self.c_hi)
        self.c_src.setAlpha(110)
        self.setBackgroundBrush(self.c_base)

    # -- feeding ---------------------------------------------------------------------------------------
    def set_ledger(self, ledger: Ledger) -> None:
        if self.ledger is not None and ledger.config.family != self.ledger.config.family:
            self.selected = None  # that box belongs to another network
        self.ledger = ledger
        self.graphs = block_graphs(ledger)
        structure = self._structure_key(ledger)
        if structure != self._structure:
            self._rebuild(ledger)
            self._structure = structure
        else:
            self._relabel(ledger)

    def _structure_key(self, ledger: Ledger) -> Any:
        blocks = tuple((b.index, b.num_layers, b.pattern) for b in ledger.blocks)
        return (ledger.config.family, blocks, frozenset(self.expanded), self.collapse_at, self.rows, self.box_growth,
                tuple(r.kind for r in ledger.rows if r.block is None))

    def visible_layers(self, n: int, block: int) -> tuple[list[int], int]:
        if n <= self.collapse_at or block in self.expanded:
            return list(range(n + 1)), 0
        shown = list(range(HEAD + 1)) + list(range(n - TAIL + 1, n + 1))
        return shown, n - HEAD - TAIL

    def toggle_block(self, block: int) -> None:
        self.expanded ^= {block}
        if self.ledger is not None:
            self.set_ledger(self.ledger)

    def set_all_expanded(self, expanded: bool) -> None:
        self.expanded = {b.index for b in self.ledger.blocks} if (expanded and self.ledger) else set()
        if self.ledger is not None:
            self.set_ledger(self.ledger)

    # -- drawing ---------------------------------------------------------------------------------------
    def _text(self, text: str, x: float, y: float, *, center: bool = True, small: bool = False,
              bold: bool = False, grow: bool = True, size: float = 1.0) -> QGraphicsSimpleTextItem:
        """A text item; ``grow``: kept at least MIN_TEXT_PX on screen (not for text that must fit in a box)."""
        item = QGraphicsSimpleTextItem(text)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * size)
        if small:
            font.setPointSizeF(max(font.pointSizeF() * 0.8, 6.0))
        font.setBold(bold)
        item.setFont(font)
        item.setBrush(self.c_text)
        self._add(item)
        self._place(item, x, y, center)
        if grow:
            self._min_text.append(item)
        return item

    def _add(self, item: Any) -> None:
        """Into the row being drawn (rows are stacked once drawn), or the scene."""
        if self._row is not None:
            item.setParentItem(self._row)
        else:
            self.scene().addItem(item)

    @staticmethod
    def _place(item: QGraphicsSimpleTextItem, x: float, y: float, center: bool) -> None:
        r = item.boundingRect()
        item.setPos(x - r.width() / 2 if center else x, y - r.height() / 2)

    def _box(self, x: float, w: float, h: float, fill: QColor) -> QGraphicsRectItem:
        item = QGraphicsRectItem(QRectF(x, -h / 2, w, h))
        item.setBrush(QBrush(fill))
        item.setPen(QPen(self.c_text, 1))
        self._add(item)
        return item

    @staticmethod
    def _arrow_path(x0: float, x1: float, head: float) -> QPainterPath:
        """A horizontal arrow from x0 to x1 whose head is ``head`` wide."""
        path = QPainterPath(QPointF(x0, 0))
        path.lineTo(x1, 0)
        path.moveTo(x1 - head * 1.5, -head)
        path.lineTo(x1, 0)
        path.lineTo(x1 - head * 1.5, head)
        return path

    def _arrow(self, x0: float, x1: float) -> None:
        item = QGraphicsPathItem(self._arrow_path(x0, x1, 4))
        item.setPen(QPen(self.c_text, 1.2))
        self._add(item)

    def _rebuild(self, ledger: Ledger) -> None:
        self.rebuilds += 1
        scene = self.scene()
        scene.clear()
        self.blocks.clear()
        self._labels = []
        self._min_text = []
        self.box_texts = []
        self._box_of = {}
        self._toggles: list[tuple[QGraphicsSimpleTextItem, QGraphicsSimpleTextItem]] = []
        self._rows = []
        self._hovered = None
        self.transition_boxes = {}
        self.emphasized = None
        self._size_boxes()
        first_of_row = {group[0] for group in self._row_groups(ledger)[1:]}
        self._new_row()
        x = 0.0
        stem = [r for r in ledger.rows if r.block is None and ledger.rows.index(r) < self._first_block_row(ledger)]
        stem_label = self.tr("Stem")
        box = self._box(x, self._box_w, self._box_h, self.c_box)
        box.setToolTip("<br>".join(f"{r.name}: {tr_msg(r.detail)}" for r in stem))
        self._boxed(box, self._text(stem_label, x + self._box_w / 2, -self._box_dy, bold=True, size=1.2))
        self._label(x + self._box_w / 2, self._box_dy, lambda lg: self.tr("{n} ch").format(n=self._stem_out(lg)),
                    box=True)
        self._boxed(box, self._labels[-1][0])
        x += self._box_w
        for b in ledger.blocks:
            if b.index in first_of_row:  # the network goes on in the next row
                self._arrow(x, x + GAP / 2)
                self._new_row()
                x = 0.0
            self._arrow(x, x + GAP / 2)
            x += GAP / 2
            x = self._draw_block(ledger, b.index, self._size(b.index), b.pattern, x)
            trans = [r for r in ledger.rows if r.block == b.index and r.layer is None]
            self._arrow(x, x + GAP / 2)
            x += GAP / 2
            if trans:
                t = trans[0]
                box = self._box(x, self._box_w, self._box_h, self.c_box)
                box.setToolTip(f"{t.name}: {tr_msg(t.detail)}")
                self.transition_boxes[b.index] = box
                title = self.tr("Max pool") if t.kind == "pool" else self.tr("Transition")
                self._boxed(box, self._text(title, x + self._box_w / 2, -self._box_dy, bold=True, size=1.2))
                self._label(x + self._box_w / 2, self._box_dy, lambda lg, i=b.index: self._transition_text(lg, i),
                            box=True)
                self._boxed(box, self._labels[-1][0])
                x += self._box_w
                if b is ledger.blocks[-1]:  # (FractalNet's last pool) then the classifier
                    self._arrow(x, x + GAP / 2)
                    x += GAP / 2
        head = [r for r in ledger.rows if r.block is None][len(stem):]
        box = self._box(x, self._box_w, self._box_h, self.c_box)
        box.setToolTip("<br>".join(f"{r.name}: {tr_msg(r.detail)}" for r in head))
        self._boxed(box, self._text(self.tr("Classifier"), x + self._box_w / 2, -self._box_dy, bold=True, size=1.2))
        self._label(x + self._box_w / 2, self._box_dy,
                    lambda lg: self.tr("{n} classes").format(n=lg.config.num_classes), box=True)
        self._boxed(box, self._labels[-1][0])
        self._row = None
        self._scale_text()
        if self.selected is not None:
            self._highlight(*self.selected, True)

    def _box_font(self, scale: float = 1.2) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(True)
        return font

    def _boxed(self, box: QGraphicsRectItem, item: QGraphicsSimpleTextItem) -> None:
        if not self.box_texts or self.box_texts[-1][0] is not box:
            self.box_texts.append((box, []))
        self.box_texts[-1][1].append(item)
        self._box_of[id(item)] = box

    def _box_label_texts(self) -> list[str]:
        """Every text a box's second line can show for this network, and as many digits again in the widest
        template (a change of k relabels without redrawing: the box must already hold the new numbers)."""
        lg = self.ledger
        texts = []
        if lg is not None:
            texts.append(self.tr("{n} ch").format(n=self._stem_out(lg)))
            texts += [self._transition_text(lg, b.index) for b in lg.blocks]
            texts.append(self.tr("{n} classes").format(n=lg.config.num_classes))
            digits = max((len(str(r.in_channels)) for r in lg.rows), default=4)
        else:
            digits = 4
        nines = "8" * max(digits, 4)
        texts.append(self.tr("{a}→{b} ch").format(a=nines, b=nines))
        texts.append(self.tr("{n} classes").format(n=nines))
        return texts

    def _size_boxes(self) -> None:
        """The stem, transition and classifier boxes hold their two lines at the growth the fit will give,
        measured on the texts themselves (translated) in the fonts they are drawn in."""
        g = self.box_growth
        metrics = QFontMetricsF(self._box_font())
        label_font = QFont(self.font())
        label_font.setPointSizeF(label_font.pointSizeF() * 1.05)
        label_metrics = QFontMetricsF(label_font)
        # Each text grows by MIN_TEXT_PX over its own em: the label (1.05) grows more than the title (1.2).
        g_label = g * self._box_font().pointSizeF() / label_font.pointSizeF() if g > 1 else 1.0
        widest = max(g * max(metrics.horizontalAdvance(t) for t in (self.tr("Stem"), self.tr("Transition"),
                                                                     self.tr("Max pool"), self.tr("Classifier"))),
                     g_label * max(label_metrics.horizontalAdvance(t) for t in self._box_label_texts()))
        line = max(metrics.height() * g, label_metrics.height() * g_label)
        self._box_w = max(BOX_W, widest + 16)
        self._box_h = max(NODE_H * 1.7, 2 * line + 12)
        self._box_dy = self._box_h / 4

    def _fit_in_box(self, item: QGraphicsSimpleTextItem, grow: float) -> float:
        """``grow`` lowered until the text, grown about its centre, lies inside its half of its box."""
        box = self._box_of.get(id(item))
        if box is None:
            return grow
        b, own = box.rect(), item.boundingRect()
        cx, cy = item.pos().x() + own.center().x(), item.pos().y() + own.center().y()
        top_half = cy < b.center().y()
        half_top, half_bottom = (b.top() + 2, b.center().y() - 1) if top_half else (b.center().y() + 1, b.bottom() - 2)
        room_w = 2 * min(cx - b.left() - 4, b.right() - 4 - cx)
        room_h = 2 * min(cy - half_top, half_bottom - cy)
        if own.width() <= 0 or own.height() <= 0:
            return grow
        return max(0.05, min(grow, room_w / own.width(), room_h / own.height()))

    def _new_row(self) -> None:
        row = QGraphicsRectItem()
        row.setPen(QPen(Qt.PenStyle.NoPen))
        self.scene().addItem(row)
        self._rows.append(row)
        self._row = row

    def _stack_rows(self) -> None:
        """Rows one under another, centred on the widest (again whenever the text grows or shrinks)."""
        rects = [row.childrenBoundingRect() for row in self._rows]
        widest = max((r.width() for r in rects), default=0.0)
        y = 0.0
        for row, rect in zip(self._rows, rects):
            row.setPos((widest - rect.width()) / 2 - rect.left(), y - rect.top())
            y += rect.height() + ROW_GAP

    def _size(self, block: int) -> int:
        """Boxes a block draws after its input: its layers (and FractalNet's joins)."""
        graph = self.graphs.get(block)
        return graph.size if graph is not None else 0

    def _block_width(self, n: int, index: int) -> float:
        visible, hidden = self.visible_layers(n, index)
        return len(visible) * STEP + (1.5 * STEP if hidden else 0.0) - (STEP - NODE_W)

    def _row_groups(self, ledger: Ledger, rows: int | None = None) -> list[list[int]]:
        """The blocks of each row: ``rows`` rows (self.rows by default) of about equal width."""
        rows = max(1, min(rows or self.rows, len(ledger.blocks)))
        widths = [self._block_width(self._size(b.index), b.index) + GAP + self._box_w for b in ledger.blocks]
        target = sum(widths) / rows
        groups: list[list[int]] = [[]]
        acc = 0.0
        for b, w in zip(ledger.blocks, widths):
            if groups[-1] and acc + w / 2 > target * len(groups) and len(groups) < rows:
                groups.append([])
            groups[-1].append(b.index)
            acc += w
        return groups

    def _layout_size(self, ledger: Ledger, rows: int) -> tuple[float, float]:
        """The drawing's width and height on ``rows`` rows, estimated from the block widths (no drawing)."""
        by_index = {b.index: b for b in ledger.blocks}
        width, height = 0.0, 0.0
        for i, group in enumerate(self._row_groups(ledger, rows)):
            ws = [self._block_width(self._size(b), b) for b in group]
            row_w = sum(ws) + len(group) * (GAP + self._box_w) + (self._box_w if i == 0 else 0.0) + GAP / 2
            width = max(width, row_w)
            height += max(self._block_arc_height(by_index[b].pattern, 0, w - NODE_W)
                          for b, w in zip(group, ws)) + NODE_H + 90 + ROW_GAP
        return width + 40, height + 40 - ROW_GAP

    def best_rows(self, ledger: Ledger, width: float, height: float) -> int:
        """The number of rows that draws the network largest in a view of this size."""
        best, best_scale = 1, 0.0
        for rows in range(1, len(ledger.blocks) + 1):
            w, h = self._layout_size(ledger, rows)
            scale = min(width / w, height / h)
            if scale > best_scale * 1.05:
                best, best_scale = rows, scale
        return best

    def em_px(self, item: QGraphicsSimpleTextItem) -> float:
        """The text's size (its em) in scene units: fonts differ in line spacing, not in this."""
        font = item.font()
        return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * self.logicalDpiY() / 72

    def _scale_text(self, view_scale: float | None = None) -> None:
        """Titles and labels grow (about their centres) so that they stay MIN_TEXT_PX tall on screen."""
        s = self.transform().m11() if view_scale is None else view_scale
        for item in self._min_text:
            rect = item.boundingRect()
            grow = min(max(1.0, MIN_TEXT_PX / max(self.em_px(item) * s, 1e-6)), MAX_TEXT_GROWTH)
            pin = item.data(GROW_FROM)
            y = rect.top() if pin == "top" else rect.bottom() if pin == "bottom" else rect.center().y()
            item.setTransformOriginPoint(rect.center().x(), y)
            item.setScale(self._fit_in_box(item, grow))
        for toggle, label in self._toggles:  # below the block's label, however tall it has grown
            below = label.mapRectToParent(label.boundingRect()).bottom() + 4
            toggle.setPos(toggle.pos().x(), below)
        self._stack_rows()
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20))

    @staticmethod
    def _first_block_row(ledger: Ledger) -> int:
        return next((i for i, r in enumerate(ledger.rows) if r.block is not None), len(ledger.rows))

    @staticmethod
    def _stem_out(ledger: Ledger) -> int:
        first = next((r for r in ledger.rows if r.block is not None), None)
        return first.in_channels if first is not None and first.layer == 1 else ledger.rows[0].out_channels

    def _transition_text(self, ledger: Ledger, block: int) -> str:
        t = next((r for r in ledger.rows if r.block == block and r.layer is None), None)
        if t is None:
            return ""
        return self.tr("{a}→{b} ch").format(a=t.in_channels, b=t.out_channels)

    def _label(self, x: float, y: float, fn, small: bool = False, box: bool = False) -> None:
        item = self._text(fn(self.ledger), x, y, small=small, size=1.05 if box else 1.0)
        self._labels.append((item, (x, y, fn)))

    def _relabel(self, ledger: Ledger) -> None:
        boxed_changed = False
        for item, (x, y, fn) in self._labels:
            text = fn(ledger)
            if item.text() != text:
                boxed_changed = boxed_changed or id(item) in self._box_of
                item.setText(text)
                self._place(item, x, y, True)
                rect = item.boundingRect()
                pin = item.data(GROW_FROM)
                y = rect.top() if pin == "top" else rect.bottom() if pin == "bottom" else rect.center().y()
                item.setTransformOriginPoint(rect.center().x(), y)
        if boxed_changed:
            self._scale_text()  # a longer number may need the text smaller to stay in its box
        if self._hovered is not None:
            self.sig_hover_text.emit(self.describe(*self._hovered))

    def _draw_block(self, ledger: Ledger, index: int, n: int, pattern: str, x: float) -> float:
        graph = self.graphs[index]
        visible, hidden = self.visible_layers(n, index)
        layout = _BlockLayout(index, n, visible, hidden)
        self.blocks[index] = layout
        positions: dict[int, float] = {}
        cx = x
        for layer in visible:
            if hidden and layer == n - TAIL + 1:
                toggle = _Toggle(self, index, "…")
                font = QFont(self.font())
                font.setPointSizeF(font.pointSizeF() * 2)
                font.setBold(True)
                toggle.setFont(font)
                toggle.setBrush(self.c_hi)
                toggle.setToolTip(self.tr("{n} more layers: click to show them").format(n=hidden))
                self._add(toggle)
                self._place(toggle, cx + STEP / 2, 0, True)
                cx += STEP * 1.5
            gnode = graph.nodes[layer]
            node = _Node(self, index, layer, QRectF(cx, -NODE_H / 2, NODE_W, NODE_H))
            node.setBrush(QBrush(self._fill(index, layer)))
            node.setPen(QPen(self.c_text, 1))
            self._add(node)
            layout.nodes[layer] = node
            positions[layer] = cx + NODE_W / 2
            t = QGraphicsSimpleTextItem(gnode.label, node)
            font = QFont(self.font())
            # The layer number as large as its box holds: readable from the back row when the diagram is maximised.
            font.setPointSizeF(max(font.pointSizeF() * (1.35 if len(gnode.label) <= 2 else 0.9), 6.0))
            t.setFont(font)
            t.setBrush(self.c_text)
            self._place(t, cx + NODE_W / 2, 0, True)
            if gnode.name:
                node.setToolTip(gnode.name)
            elif gnode.kind == "join":
                node.setToolTip(self.tr("Join: the elementwise mean of columns {cols}").format(
                    cols=", ".join(map(str, gnode.joined))))
            cx += STEP
        end = cx - (STEP - NODE_W)
        # The family's own links between the nodes shown (a collapsed block draws those between its visible ones).
        for j in visible[1:]:
            layout.arcs_into.setdefault(j, [])
        for link in graph.links(visible):
            item = self._link(link.kind, positions[link.source], positions[link.target])
            layout.arcs_into[link.target].append((link.source, item))
        titles = {"dense": self.tr("Dense block {b}"), "chain": self.tr("Stage {b}"),
                  "residual": self.tr("Stage {b}"), "fractal": self.tr("Fractal block {b}")}
        title = titles.get(pattern, self.tr("Block {b}")).format(b=index)
        top = -NODE_H / 2 - self._block_arc_height(pattern, positions[visible[0]], positions[visible[-1]]) - 18
        self._text(title, (x + end) / 2, top, bold=True).setData(GROW_FROM, "bottom")
        self._label((x + end) / 2, NODE_H / 2 + 30, lambda lg, i=index: self._block_text(lg, i), small=True)
        info = self._labels[-1][0]
        info.setData(GROW_FROM, "top")
        if hidden or index in self.expanded and n > self.collapse_at:
            text = self.tr("collapse") if not hidden else \
                self.tr("show all {n}").format(n=n)
            toggle = _Toggle(self, index, f"[{text}]")
            toggle.setBrush(self.c_hi)
            self._add(toggle)
            self._place(toggle, (x + end) / 2, NODE_H / 2 + 66, True)
            toggle.setData(GROW_FROM, "top")
            self._min_text.append(toggle)
            self._toggles.append((toggle, info))
        return end

    def _fill(self, block: int, layer: int) -> QColor:
        if layer == 0:
            return self.c_input
        graph = self.graphs.get(block)
        join = graph is not None and layer < len(graph.nodes) and graph.nodes[layer].kind == "join"
        return self.c_box if join else self.c_node

    def _block_text(self, ledger: Ledger, index: int) -> str:
        b = next((b for b in ledger.blocks if b.index == index), None)
        if b is None:
            return ""
        parts = dict(n=b.num_layers, k0=b.in_channels, m=b.out_channels, h=b.out_h, w=b.out_w, c=f"{b.connections:,}")
        if b.pattern == "chain":
            return self.tr("{n} units, a chain · {k0} → {m} channels\n{h}×{w} · {c} connections").format(**parts)
        if b.pattern == "residual":
            return self.tr("{n} residual units · {k0} → {m} channels\n{h}×{w} · {c} connections").format(**parts)
        if b.pattern == "fractal":
            graph = self.graphs.get(index)
            joins = sum(1 for node in graph.nodes if node.kind == "join") if graph is not None else 0
            return self.tr("{n} conv units, {j} joins · {k0} → {m} channels\n{h}×{w} · {c} connections").format(
                j=joins, **parts)
        return self.tr("{n} layers · {k0} → {m} channels\n{h}×{w} · {c} connections").format(**parts)

    @staticmethod
    def _arc_height(x0: float, x1: float) -> float:
        return 10.0 + 0.3 * (x1 - x0) ** 0.92

    def _block_arc_height(self, pattern: str, x0: float, x1: float) -> float:
        """How high a block's links rise: a chain's are straight, a residual unit's shortcut spans one step."""
        if pattern == "chain":
            return 0.0
        if pattern == "residual":
            return self._arc_height(0.0, STEP)
        return self._arc_height(x0, x1)

    def _link(self, kind: str, x0: float, x1: float) -> QGraphicsPathItem:
        """A chain link or the path through H_ℓ: a short arrow between neighbouring boxes; any other: an arc."""
        if kind not in ("chain", "branch"):
            return self._arc(x0, x1)
        item = QGraphicsPathItem(self._arrow_path(x0 + NODE_W / 2, x1 - NODE_W / 2, 2))
        item.setPen(QPen(self.c_arc, 1))
        item.setZValue(-1)
        self._add(item)
        return item

    def _arc(self, x0: float, x1: float) -> QGraphicsPathItem:
        y = -NODE_H / 2
        h = self._arc_height(x0, x1)
        path = QPainterPath(QPointF(x0 + 3, y))
        path.cubicTo(QPointF(x0 + 3, y - h), QPointF(x1 - 3, y - h), QPointF(x1 - 3, y))
        item = QGraphicsPathItem(path)
        item.setPen(QPen(self.c_arc, 1))
        item.setZValue(-1)
        self._add(item)
        return item

    # -- interaction -----------------------------------------------------------------------------------
    def module_name(self, block: int, layer: int) -> str:
        """The module the box stands for in the built network ("" for the block input and FractalNet's joins)."""
        graph = self.graphs.get(block)
        return graph.nodes[layer].name if graph is not None and 0 <= layer < len(graph.nodes) else ""

    def find(self, name: str) -> tuple[int, int] | None:
        """(block, box) of a module name."""
        return find_node(self.graphs, name)

    def hint(self) -> str:
        """What the drawing shows, for the family drawn."""
        ledger = self.ledger
        pattern = ledger.blocks[0].pattern if ledger is not None and ledger.blocks else "dense"
        tools = self.tr("drag to pan, wheel to zoom; click … to expand a block.")
        if pattern == "chain":
            text = self.tr("Plain network, a chain: each layer has one input, the previous layer's output, "
                           "x_ℓ = H_ℓ(x_{ℓ−1}). Hover or click a layer to see it;")
        elif pattern == "residual":
            formula = "x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})" if ledger.config.family == "resnet" else \
                "x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}"
            text = self.tr("Residual network: each unit adds its input back through a shortcut (the arc over it), "
                           "{formula}. Hover or click a unit to see it;").format(formula=formula)
        elif pattern == "fractal":
            text = self.tr("FractalNet: each block has C columns of conv units, f_{C+1}(z) = join(f_C(f_C(z)), "
                           "conv(z)); J joins (averages) the columns that end together. Hover or click a unit "
                           "or a join to see it;")
        else:
            text = self.tr("DenseNet: each layer receives the feature maps of all earlier layers of its block, "
                           "concatenated. Hover or click a layer to see them;")
        return f"{text} {tools}"

    def describe(self, block: int, layer: int) -> str:
        graph = self.graphs.get(block)
        facts = node_facts(self.ledger, graph, layer) if self.ledger is not None and graph is not None else None
        if facts is None:
            return ""
        if facts.pattern == "chain":
            return self._describe_chain(facts)
        if facts.pattern == "residual":
            return self._describe_residual(facts)
        if facts.pattern == "fractal":
            return self._describe_join(facts, graph) if facts.kind == "join" else self._describe_fractal(facts)
        return self._describe_dense(facts)

    def _describe_dense(self, f: NodeFacts) -> str:
        n = f.index
        sources = "x₀" if n == 1 else ("x₀, x₁" if n == 2 else f"x₀ … x{subscript(n - 1)}")
        return self.tr("{name}: block {b}, layer ℓ={l} receives [{src}], the maps of all earlier layers, "
                       "concatenated: k₀ + k·(ℓ−1) = {formula} channels; it adds k = {k}.").format(
            name=f.name, b=f.block, l=n, src=sources, formula=f.formula, k=f.growth)

    def _stride(self, f: NodeFacts) -> str:
        return self.tr(", stride 2") if f.stride == 2 else ""

    def _describe_chain(self, f: NodeFacts) -> str:
        return self.tr("{name}: stage {b}, layer ℓ={l} has one input, the previous layer's output x_{{ℓ−1}} = "
                       "{src} ({cin} channels): x_ℓ = H_ℓ(x_{{ℓ−1}}), no shortcut; {cout} channels out, "
                       "{h}×{w}{stride}.").format(
            name=f.name, b=f.block, l=f.index, src=f.sources[0], cin=f.in_channels, cout=f.out_channels,
            h=f.out_h, w=f.out_w, stride=self._stride(f))

    def _describe_residual(self, f: NodeFacts) -> str:
        formula = "x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})" if f.post_activation else "x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}"
        if f.shortcut == "zero_pad":
            shortcut = self.tr("the identity, subsampled and zero-padded, {a} → {b} channels (option A, no "
                               "weights)").format(a=f.in_channels, b=f.out_channels)
        elif f.shortcut == "projection":
            shortcut = self.tr("a 1×1 projection, {a} → {b} channels").format(a=f.in_channels, b=f.out_channels)
        else:
            shortcut = self.tr("the identity, {c} channels").format(c=f.in_channels)
        return self.tr("{name}: stage {b}, unit ℓ={l} receives x_{{ℓ−1}} = {src} ({cin} channels): {formula}; "
                       "H_ℓ maps {cin} → {cout} channels, {h}×{w}{stride}; shortcut: {shortcut}.").format(
            name=f.name, b=f.block, l=f.index, src=f.sources[0], cin=f.in_channels, cout=f.out_channels,
            h=f.out_h, w=f.out_w, stride=self._stride(f), formula=formula, shortcut=shortcut)

    def _describe_fractal(self, f: NodeFacts) -> str:
        if f.source == "input":
            source = self.tr("the block input x₀")
        elif f.source == "join":
            source = self.tr("the join of columns {cols}").format(cols=", ".join(map(str, f.source_columns)))
        else:
            source = self.tr("unit {u} of its column").format(u=f.unit - 1)
        return self.tr("{name}: block {b}, column {c} of {C}, unit {u} of {n}: conv3×3-BN-ReLU, {cin} → {cout} "
                       "channels, reads {source}. f_1(z) = conv(z), f_{{C+1}}(z) = join(f_C(f_C(z)), conv(z)).").format(
            name=f.name, b=f.block, c=f.column, C=f.columns, u=f.unit, n=f.units, cin=f.in_channels,
            cout=f.out_channels, source=source)

    def _describe_join(self, f: NodeFacts, graph: BlockGraph) -> str:
        by_name = {node.name: node for node in graph.nodes if node.name}
        fed = sorted(by_name[name].column for name in f.feeds if name in by_name)
        feeds = self.tr("the next unit of columns {cols}").format(cols=", ".join(map(str, fed))) if fed else \
            self.tr("the block's output (then the max pool)")
        return self.tr("Block {b}, join at depth {d} of {D}: the elementwise mean of columns {cols} ({c} "
                       "channels, {h}×{w}); it feeds {feeds}. f_{{C+1}}(z) = join(f_C(f_C(z)), conv(z)).").format(
            b=f.block, d=f.position, D=f.positions, cols=", ".join(map(str, f.joined)), c=f.out_channels,
            h=f.out_h, w=f.out_w, feeds=feeds)

    def hover(self, block: int | None, layer: int | None) -> None:
        if self._hovered is not None and self._hovered != self.selected:
            self._highlight(*self._hovered, False)
        self._hovered = (block, layer) if block is not None else None
        if self._hovered is not None:
            self._highlight(block, layer, True)
            self.sig_hover_text.emit(self.describe(block, layer))
        elif self.selected is not None:
            self._highlight(*self.selected, True)
            self.sig_hover_text.emit(self.describe(*self.selected))
        else:
            self.sig_hover_text.emit("")

    def click(self, block: int, layer: int) -> None:
        self.select(block, layer)
        name = self.module_name(block, layer)
        if name:
            self.sig_layer_clicked.emit(name)

    def select(self, block: int, layer: int) -> None:
        if self.selected is not None:
            self._highlight(*self.selected, False)
        self.selected = (block, layer)
        lay = self.blocks.get(block)
        if lay is not None and layer not in lay.nodes and lay.hidden:
            self.toggle_block(block)  # the layer is behind the ellipsis: show the block in full
        self._highlight(block, layer, True)
        self.sig_hover_text.emit(self.describe(block, layer))

    def _highlight(self, block: int, layer: int, on: bool) -> None:
        lay = self.blocks.get(block)
        if lay is None or layer not in lay.nodes:
            return
        hi_pen = QPen(self.c_hi, 2.2)
        for source, arc in lay.arcs_into.get(layer, []):
            arc.setPen(hi_pen if on else QPen(self.c_arc, 1))
            arc.setZValue(1 if on else -1)
            src = lay.nodes.get(source)
            if src is not None:
                src.setBrush(QBrush(self.c_src if on else self._fill(block, source)))
        node = lay.nodes[layer]
        node.setPen(QPen(self.c_hi, 3) if on else QPen(self.c_text, 1))

    def emphasize(self, kind: str, block: int, layer: int = 0) -> bool:
        """Point at a part of the drawing from a help text: "layer" selects that layer (its inputs lit), "block"
        lights every connection drawn in the block, "transition" outlines the transition after the block."""
        self._unemphasize()
        lay = self.blocks.get(block)
        if kind == "layer" and lay is not None and 0 < layer <= lay.layers:
            self.select(block, layer)
            target = self.blocks[block].nodes.get(layer)
        elif kind == "block" and lay is not None:
            for arcs in lay.arcs_into.values():
                for _source, arc in arcs:
                    arc.setPen(QPen(self.c_hi, 1.6))
                    arc.setZValue(1)
            target = lay.nodes.get(0)
        elif kind == "transition" and block in self.transition_boxes:
            target = self.transition_boxes[block]
            target.setPen(QPen(self.c_hi, 3))
        else:
            return False
        self.emphasized = (kind, block, layer)
        if target is not None:
            self.ensureVisible(target)
        return True

    def _unemphasize(self) -> None:
        kind, block, _layer = self.emphasized or ("", 0, 0)
        self.emphasized = None
        if kind == "block" and block in self.blocks:
            for arcs in self.blocks[block].arcs_into.values():
                for _source, arc in arcs:
                    arc.setPen(QPen(self.c_arc, 1))
                    arc.setZValue(-1)
            if self.selected is not None:
                self._highlight(*self.selected, True)
        elif kind == "transition" and block in self.transition_boxes:
            self.transition_boxes[block].setPen(QPen(self.c_text, 1))

    def highlighted_arcs(self, block: int, layer: int) -> int:
        lay = self.blocks.get(block)
        return sum(1 for _s, arc in lay.arcs_into.get(layer, []) if arc.pen().color() == self.c_hi) if lay else 0

    def arc_count(self) -> int:
        return sum(len(a) for lay in self.blocks.values() for a in lay.arcs_into.values())

    # -- zoom, export ----------------------------------------------------------------------------------
    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt's name
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and not isinstance(item, (_Node, _Toggle)):
            self.sig_maximise_requested.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def wheelEvent(self, event) -> None:
        factor = 1.0015 ** event.angleDelta().y()
        self.zoom(factor)

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 8:
            self.scale(factor, factor)
            self._fitted = False
            self._scale_text()

    def fit(self) -> None:
        """The whole network in view, as large as it goes: the blocks wrap onto as many rows as draw it largest
        in the view's shape; the view then follows its size until the user zooms."""
        if self.ledger is not None:
            size = self.viewport().size()
            vw, vh = max(size.width(), 1), max(size.height(), 1)
            rows = self.best_rows(self.ledger, vw, vh)
            w, h = self._layout_size(self.ledger, rows)
            scale = min(vw / w, vh / h)
            growth = self._box_growth_at(scale)
            if rows != self.rows or growth != self.box_growth:
                self.rows, self.box_growth = rows, growth
                self.set_ledger(self.ledger)
        for _attempt in range(3):
            for _ in range(4):  # grown text changes the drawing's size, which changes the fit: settle
                self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
                before = self.scene().sceneRect()
                self._scale_text()
                if self.scene().sceneRect() == before:
                    break
            # The estimate was short (the drawing came out smaller): boxes made for the growth the text needs.
            needed = self._box_growth_at(self.transform().m11())
            if self.ledger is None or needed <= self.box_growth:
                break
            self.box_growth = needed
            self.set_ledger(self.ledger)
        self._fitted = True

    def _box_growth_at(self, scale: float) -> float:
        """How much the boxes' titles grow at ``scale`` to stay MIN_TEXT_PX, rounded up to a tenth."""
        em = self._box_font().pointSizeF() * self.logicalDpiY() / 72
        growth = min(max(1.0, MIN_TEXT_PX / max(em * scale, 1e-6)), MAX_TEXT_GROWTH)
        return min(math.ceil(growth * 10 - 1e-6) / 10, MAX_TEXT_GROWTH)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fitted:
            self._refit.start()

    def render_image(self, scale: float = 2.0) -> QImage:
        self._scale_text(1.0)  # the file at the drawing's own sizes, not the view's zoom
        rect = self.scene().sceneRect()
        image = QImage(QSize(int(rect.width() * scale), int(rect.height() * scale)), QImage.Format.Format_ARGB32)
        image.fill(self.c_base)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        try:
            self.scene().render(painter, QRectF(image.rect()), rect)
        finally:
            self._scale_text()
        painter.end()
        return image

    def export_png(self, path: str) -> bool:
        """The drawing as PNG through the app's one writer (atomic; a link is written through; a pipe, a
        device, an input image or the program's own files refused with an OSError that says so)."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from ...core.io import atomic_write_bytes

        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        ok = self.render_image().save(buf, "PNG")
        buf.close()
        if not ok:
            return False
        atomic_write_bytes(path, bytes(data.data()))
        return True

    def export_svg(self, path: str) -> None:
        """SVG through QtSvg's QSvgGenerator (PySide6-Essentials ships QtSvg), drawn into memory and written
        through the app's one writer (atomic, like every file the app writes)."""
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice

        from ...core.io import atomic_write_bytes, output_target

        output_target(path)  # refused before drawing: a pipe, a device, an input, the program's own files
        self._scale_text(1.0)
        rect = self.scene().sceneRect()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        try:
            gen = QSvgGenerator()
            gen.setOutputDevice(buf)
            gen.setSize(QSize(int(rect.width()), int(rect.height())))
            gen.setViewBox(QRectF(0, 0, rect.width(), rect.height()))
            gen.setTitle(self.tr("DenseNet Explorer diagram"))
            painter = QPainter(gen)
            painter.fillRect(QRectF(0, 0, rect.width(), rect.height()), self.c_base)
            try:
                self.scene().render(painter, QRectF(0, 0, rect.width(), rect.height()), rect)
            finally:
                self._scale_text()
            painter.end()
        finally:
            buf.close()
        atomic_write_bytes(path, bytes(data.data()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colors()
            if self.ledger is not None:
                self._rebuild(self.ledger)
        super().changeEvent(event)


class DiagramView(QWidget):
    """The canvas with its tools: zoom, fit, expand/collapse, export."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DiagramView", "Diagram")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.canvas = DiagramCanvas(self)
        self.info = QLabel(self)
        # Measures the hint's texts as the hint would lay them out (never shown): the hint keeps the height
        # of the tallest, so hovering from layer to layer never moves the drawing above it.
        self._measure = QLabel(self)
        self._measure.hide()
        for label in (self.info, self._measure):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._hint_texts: list[str] = []
        self._hint_width = -1
        self.buttons: dict[str, QToolButton] = {}
        bar = QHBoxLayout()
        for key, slot in (("in", lambda: self.canvas.zoom(1.25)), ("out", lambda: self.canvas.zoom(0.8)),
                          ("fit", self.canvas.fit), ("expand", lambda: self.canvas.set_all_expanded(True)),
                          ("collapse", lambda: self.canvas.set_all_expanded(False)),
                          ("png", self.export_png_dialog), ("svg", self.export_svg_dialog)):
            button = QToolButton(self)
            button.clicked.connect(slot)
            button.setAutoRaise(True)
            self.buttons[key] = button
            bar.addWidget(button)
            if key in ("fit", "collapse"):
                bar.addSpacing(8)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(bar)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.info)
        # A burst of slider ticks is one redraw, at the next turn of the event loop, and none while unseen.
        self.deferred = DeferredUpdate(self, self._update_ledger)
        self.canvas.sig_hover_text.connect(self._show_info)
        self.canvas.sig_layer_clicked.connect(self._clicked)
        self._announcing = False
        state.sig_config_changed.connect(self._on_config)
        state.sig_layer_selected.connect(self._on_selected)
        self.canvas.set_ledger(state.ledger)
        self._hint = ""
        self.retranslate()
        QTimer.singleShot(0, self.canvas.fit)

    def _update_ledger(self) -> None:
        self.canvas.set_ledger(self.state.ledger)
        self._hint = self.canvas.hint()  # the family may have changed
        if self.canvas._hovered is None:  # (a hovered box has told its new text already)
            selected = self.canvas.selected
            self._show_info(self.canvas.describe(*selected) if selected is not None else "")
        self._reserve_hint()

    def _reserve_hint(self) -> None:
        """The texts the hint can show now: the hint and the boxes' descriptions, the longest few measured. Within
        a block of one pattern they differ in their numbers only: its first two and last two boxes have the
        longest (a stride and a shortcut's widths; the most digits); a fractal block's are each described."""
        texts = []
        for b, g in self.canvas.graphs.items():
            boxes = range(1, g.size + 1) if g.pattern == "fractal" else sorted({1, 2, g.size - 1, g.size} - {0})
            texts += [self.canvas.describe(b, i) for i in boxes if 0 < i <= g.size]
        candidates = sorted(set(texts), key=len, reverse=True)[:8] + [self._hint]
        if candidates != self._hint_texts:
            self._hint_texts = candidates
            self._hint_width = -1
        self._fit_hint()

    def _fit_hint(self) -> None:
        """The hint's height: its tallest text at the width the layout gives it (the panel's, less margins)."""
        margins = self.layout().contentsMargins()
        width = max(self.width() - margins.left() - margins.right(), 40)
        if width == self._hint_width or not self._hint_texts or not self.isVisible():
            return  # (before it is shown, a placeholder's width would make the hint many lines tall)
        self._hint_width = width
        tallest = 0
        for text in self._hint_texts:
            self._measure.setText(text)
            tallest = max(tallest, self._measure.heightForWidth(width))
        height = max(tallest, self.info.fontMetrics().lineSpacing())
        if height != self.info.height() or self.info.minimumHeight() != height:
            self.info.setFixedHeight(height)
            self.layout().activate()  # the drawing takes the rest now, not at a later turn of the event loop

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_hint()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._fit_hint()  # (the resize that comes with show() arrives before the view counts as visible)

    def _on_config(self, _config: Any, _ledger: Ledger) -> None:
        self.deferred.request()

    def flush(self) -> None:
        self.deferred.flush()

    def _clicked(self, name: str) -> None:
        self._announcing = True
        try:
            self.state.sig_layer_selected.emit(name)
        finally:
            self._announcing = False

    def point_at(self, kind: str, block: int, layer: int = 0) -> bool:
        """The help page's link to a layer, a block's connections or a transition (DiagramCanvas.emphasize)."""
        self.flush()
        return self.canvas.emphasize(kind, block, layer)

    def _on_selected(self, name: str) -> None:
        if self._announcing:
            return
        self.flush()
        found = self.canvas.find(name)
        if found is not None:
            self.canvas.select(*found)

    def _show_info(self, text: str) -> None:
        self.info.setText(text or self._hint)

    def export_png_dialog(self) -> None:
        self.flush()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the diagram as PNG"), "densenet.png",
                                              self.tr("PNG images (*.png)"))
        if path:
            try:
                ok = self.canvas.export_png(path)
            except OSError as exc:
                self.state.status(self.tr("Could not write {path}").format(path=path) + f" ({error_text(exc)})", 8000)
                return
            self.state.status(self.tr("Saved {path}").format(path=path) if ok else
                              self.tr("Could not write {path}").format(path=path), 5000)

    def export_svg_dialog(self) -> None:
        self.flush()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the diagram as SVG"), "densenet.svg",
                                              self.tr("SVG drawings (*.svg)"))
        if path:
            try:
                self.canvas.export_svg(path)
                self.state.status(self.tr("Saved {path}").format(path=path), 5000)
            except OSError as exc:
                self.state.status(self.tr("Could not write {path}").format(path=path) + f" ({error_text(exc)})", 8000)

    def retranslate(self) -> None:
        texts = {"in": ("+", self.tr("Zoom in (wheel up, Ctrl++)")),
                 "out": ("−", self.tr("Zoom out (wheel down, Ctrl+−)")),
                 "fit": (self.tr("Fit"), self.tr("Fit the whole network in view")),
                 "expand": (self.tr("Expand"), self.tr("Draw every layer of every block")),
                 "collapse": (self.tr("Collapse"), self.tr("Show only the first and last layers of large blocks")),
                 "png": ("PNG…", self.tr("Export the diagram as a PNG image")),
                 "svg": ("SVG…", self.tr("Export the diagram as an SVG drawing"))}
        for key, (text, tip) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setToolTip(tip)
        self._hint = self.canvas.hint()
        # Texts drawn in the scene are translated too: draw it again.
        if self.canvas.ledger is not None:
            self.canvas._rebuild(self.canvas.ledger)
        selected = self.canvas.selected
        self._show_info(self.canvas.describe(*selected) if selected is not None else "")
        self._reserve_hint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

