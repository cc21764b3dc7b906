"""The drawing: QGraphicsView items placed where explorer.ui.panels.diagram.geometry says.

Each layer of a block is a box, named by the module it is in the built network; the links are the family's own.
Hover a layer to see what it receives; click to select it. Blocks with many layers are collapsed to their first
and last layers around an ellipsis that expands on click. The scene is rebuilt only when the structure changes
(layers per block, what is expanded, the rows); otherwise only the labels change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QWidget,
)

from ....core.connectivity import BlockGraph, block_graphs, find_node
from ....core.ledger import Ledger
from ...messages import tr_msg
from . import export
from .fitting import GROW_FROM, FitsView, grow_origin
from .geometry import BOX_W, NODE_H, NODE_W, TAIL, ArrowPlan, BlockPlan, BoxPlan, Geometry, LinkPlan, arrow_lines
from .interaction import Interacts
from .items import BlockLayout, Node, Toggle, link_path, place, polyline_path
from .texts import DiagramTexts

__all__ = ["DiagramCanvas"]


class DiagramCanvas(Interacts, FitsView, QGraphicsView):
    """The drawing; wheel zooms (about the cursor), drag pans."""

    sig_hover_text = Signal(str)
    sig_layer_clicked = Signal(str)
    sig_maximise_requested = Signal()  # a double-click on the drawing's background (the diagram has no title bar)
    node_types = (Node, Toggle)  # what a double-click acts on itself (not a request to maximise)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.texts = DiagramTexts(self)
        self.geo = Geometry()  # which blocks are expanded, the boxes' sizes: the layout's choices
        self.ledger: Ledger | None = None
        self.graphs: dict[int, BlockGraph] = {}  # each block's nodes and links, the family's own
        self.blocks: dict[int, BlockLayout] = {}
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
        self._box_dy = 13.0
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
        return (ledger.config.family, blocks, frozenset(self.geo.expanded), self.geo.collapse_at, self.rows,
                self.box_growth, tuple(r.kind for r in ledger.rows if r.block is None))

    def visible_layers(self, n: int, block: int) -> tuple[list[int], int]:
        return self.geo.visible_layers(n, block)

    def toggle_block(self, block: int) -> None:
        self.geo.expanded ^= {block}
        if self.ledger is not None:
            self.set_ledger(self.ledger)

    def set_all_expanded(self, expanded: bool) -> None:
        self.geo.expanded = {b.index for b in self.ledger.blocks} if (expanded and self.ledger) else set()
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

    _place = staticmethod(place)

    def _rebuild(self, ledger: Ledger) -> None:
        self.rebuilds += 1
        self.scene().clear()
        self.blocks.clear()
        self._labels, self._min_text, self.box_texts, self._box_of = [], [], [], {}
        self._toggles, self._rows, self.transition_boxes = [], [], {}
        self._hovered = self.emphasized = None
        self._size_boxes()
        for row in self.geo.plan(ledger, self.graphs, self.rows):
            self._new_row()
            for piece in row.pieces:
                if isinstance(piece, ArrowPlan):
                    item = QGraphicsPathItem(polyline_path(*arrow_lines(piece.x0, piece.x1, 4)))
                    item.setPen(QPen(self.c_text, 1.2))
                    self._add(item)
                elif isinstance(piece, BlockPlan):
                    self._draw_block(piece)
                else:
                    self._draw_box(ledger, piece)
        self._row = None
        self.scale_text()
        if self.selected is not None:
            self._highlight(*self.selected, True)

    def _draw_box(self, ledger: Ledger, plan: BoxPlan) -> None:
        """The stem, a transition (or FractalNet's max pool) or the classifier: a title, a label, a tooltip."""
        first_block_row = next((i for i, r in enumerate(ledger.rows) if r.block is not None), len(ledger.rows))
        outside = [r for r in ledger.rows if r.block is None]
        stem = [r for r in outside if ledger.rows.index(r) < first_block_row]
        if plan.kind == "stem":
            rows, title = stem, self.tr("Stem")
            label = lambda lg: self.tr("{n} ch").format(n=self._stem_out(lg))  # noqa: E731
        elif plan.kind == "classifier":
            rows, title = outside[len(stem):], self.tr("Classifier")
            label = lambda lg: self.tr("{n} classes").format(n=lg.config.num_classes)  # noqa: E731
        else:
            rows = [next(r for r in ledger.rows if r.block == plan.block and r.layer is None)]
            title = self.tr("Max pool") if plan.kind == "pool" else self.tr("Transition")
            label = lambda lg, i=plan.block: self._transition_text(lg, i)  # noqa: E731
        box = QGraphicsRectItem(QRectF(plan.x, -plan.h / 2, plan.w, plan.h))
        box.setBrush(QBrush(self.c_box))
        box.setPen(QPen(self.c_text, 1))
        self._add(box)
        box.setToolTip("<br>".join(f"{r.name}: {tr_msg(r.detail)}" for r in rows))
        if plan.kind in ("transition", "pool"):
            self.transition_boxes[plan.block] = box
        centre = plan.x + plan.w / 2
        self._boxed(box, self._text(title, centre, -self._box_dy, bold=True, size=1.2))
        self._label(centre, self._box_dy, label, box=True)
        self._boxed(box, self._labels[-1][0])

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
        self.geo.box_w = max(BOX_W, widest + 16)
        self.geo.box_h = max(NODE_H * 1.7, 2 * line + 12)
        self._box_dy = self.geo.box_h / 4

    def _new_row(self) -> None:
        row = QGraphicsRectItem()
        row.setPen(QPen(Qt.PenStyle.NoPen))
        self.scene().addItem(row)
        self._rows.append(row)
        self._row = row

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
                grow_origin(item)
        if boxed_changed:
            self.scale_text()  # a longer number may need the text smaller to stay in its box
        if self._hovered is not None:
            self.sig_hover_text.emit(self.describe(*self._hovered))

    def _draw_block(self, plan: BlockPlan) -> None:
        index, n = plan.index, plan.size
        graph = self.graphs[index]
        layout = BlockLayout(index, n, plan.visible, plan.hidden)
        self.blocks[index] = layout
        for layer in plan.visible:
            if plan.toggle_x is not None and layer == n - TAIL + 1:
                self._ellipsis(index, plan.hidden, plan.toggle_x)
            layout.nodes[layer] = self._node(graph, index, layer, plan.centres[layer])
        # The family's own links between the nodes shown (a collapsed block draws those between its visible ones).
        for j in plan.visible[1:]:
            layout.arcs_into.setdefault(j, [])
        for link in plan.links:
            layout.arcs_into[link.link.target].append((link.link.source, self._link(link)))
        title = self.texts.block_title(plan.pattern, index)
        self._text(title, plan.centre, -NODE_H / 2 - plan.rise - 18, bold=True).setData(GROW_FROM, "bottom")
        self._label(plan.centre, NODE_H / 2 + 30, lambda lg, i=index: self.texts.block_text(lg, self.graphs.get(i), i),
                    small=True)
        info = self._labels[-1][0]
        info.setData(GROW_FROM, "top")
        if plan.hidden or index in self.geo.expanded and n > self.geo.collapse_at:
            text = self.tr("collapse") if not plan.hidden else self.tr("show all {n}").format(n=n)
            toggle = Toggle(self, index, f"[{text}]")
            toggle.setBrush(self.c_hi)
            self._add(toggle)
            self._place(toggle, plan.centre, NODE_H / 2 + 66, True)
            toggle.setData(GROW_FROM, "top")
            self._min_text.append(toggle)
            self._toggles.append((toggle, info))

    def _ellipsis(self, block: int, hidden: int, x: float) -> None:
        toggle = Toggle(self, block, "…")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        toggle.setFont(font)
        toggle.setBrush(self.c_hi)
        toggle.setToolTip(self.tr("{n} more layers: click to show them").format(n=hidden))
        self._add(toggle)
        self._place(toggle, x, 0, True)

    def _node(self, graph: BlockGraph, block: int, layer: int, centre: float) -> Node:
        gnode = graph.nodes[layer]
        node = Node(self, block, layer, QRectF(centre - NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H))
        node.setBrush(QBrush(self._fill(block, layer)))
        node.setPen(QPen(self.c_text, 1))
        self._add(node)
        t = QGraphicsSimpleTextItem(gnode.label, node)
        font = QFont(self.font())
        # The layer number as large as its box holds: readable from the back row when the diagram is maximised.
        font.setPointSizeF(max(font.pointSizeF() * (1.35 if len(gnode.label) <= 2 else 0.9), 6.0))
        t.setFont(font)
        t.setBrush(self.c_text)
        self._place(t, centre, 0, True)
        if gnode.name:
            node.setToolTip(gnode.name)
        elif gnode.kind == "join":
            node.setToolTip(self.tr("Join: the elementwise mean of columns {cols}").format(
                cols=", ".join(map(str, gnode.joined))))
        return node

    def _fill(self, block: int, layer: int) -> QColor:
        if layer == 0:
            return self.c_input
        graph = self.graphs.get(block)
        join = graph is not None and layer < len(graph.nodes) and graph.nodes[layer].kind == "join"
        return self.c_box if join else self.c_node

    def _link(self, plan: LinkPlan) -> QGraphicsPathItem:
        item = QGraphicsPathItem(link_path(plan))
        item.setPen(QPen(self.c_arc, 1))
        item.setZValue(-1)
        self._add(item)
        return item

    # -- what a box is ---------------------------------------------------------------------------------
    def module_name(self, block: int, layer: int) -> str:
        """The module the box stands for in the built network ("" for the block input and FractalNet's joins)."""
        graph = self.graphs.get(block)
        return graph.nodes[layer].name if graph is not None and 0 <= layer < len(graph.nodes) else ""

    def find(self, name: str) -> tuple[int, int] | None:
        """(block, box) of a module name."""
        return find_node(self.graphs, name)

    def hint(self) -> str:
        """What the drawing shows, for the family drawn."""
        return self.texts.hint(self.ledger)

    def describe(self, block: int, layer: int) -> str:
        return self.texts.describe(self.ledger, self.graphs.get(block), layer)

    # -- export ----------------------------------------------------------------------------------------
    def render_image(self, scale: float = 2.0):
        return export.render_image(self, scale)

    def export_png(self, path: str) -> bool:
        return export.export_png(self, path)

    def export_svg(self, path: str) -> None:
        export.export_svg(self, path)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self._colors()
            if self.ledger is not None:
                self._rebuild(self.ledger)
        super().changeEvent(event)
