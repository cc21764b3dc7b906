"""Where every part of the block diagram goes, computed without Qt (no PySide6 import: tested without a window).

The drawing is a row (or rows) of pieces from left to right: the stem box, then per block an arrow, the block's
boxes (node 0 is the block input x₀, then its layers and FractalNet's joins), an arrow, and the transition box,
and at the end the classifier box. A block of more than ``collapse_at`` layers draws only its first HEAD and
last TAIL layers around an ellipsis, unless it is expanded. The links are the family's own
(explorer.core.connectivity): a chain link or the path through H_ℓ is a short straight arrow between
neighbouring boxes, any other link an arc that rises with its span. Units are scene units (pixels at zoom 1);
y = 0 is the middle of a row, boxes are centred on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ....core.connectivity import BlockGraph, Link
from ....core.ledger import Ledger

__all__ = ["COLLAPSE_AT", "HEAD", "TAIL", "NODE_W", "NODE_H", "STEP", "GAP", "BOX_W", "ROW_GAP", "Rect",
           "LinkPlan", "BlockPlan", "BoxPlan", "ArrowPlan", "RowPlan", "BlockShape", "Geometry", "block_shapes",
           "arc_height", "block_arc_height", "arc_curve", "arrow_lines"]

COLLAPSE_AT = 16  # blocks with more layers show only their first HEAD and last TAIL layers
HEAD, TAIL = 4, 3
NODE_W, NODE_H, STEP = 26.0, 44.0, 36.0  # a layer's box and the distance from one box to the next
GAP = 60.0  # between a block and a transition box (two arrows of GAP / 2)
BOX_W = 120.0  # the stem, transition and classifier boxes at least (their texts may widen them)
ROW_GAP = 36.0  # between rows of blocks
STRAIGHT = ("chain", "branch")  # link kinds drawn as a short arrow between neighbouring boxes


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def overlaps(self, other: Rect) -> bool:
        return (self.x < other.x + other.w and other.x < self.x + self.w
                and self.y < other.y + other.h and other.y < self.y + self.h)


def arc_height(x0: float, x1: float) -> float:
    """How high an arc from x0 to x1 rises: longer links rise higher, so that nested arcs stay apart."""
    return 10.0 + 0.3 * (x1 - x0) ** 0.92


def block_arc_height(pattern: str, x0: float, x1: float) -> float:
    """How high a block's links rise: a chain's are straight, a residual unit's shortcut spans one step."""
    if pattern == "chain":
        return 0.0
    if pattern == "residual":
        return arc_height(0.0, STEP)
    return arc_height(x0, x1)


def arc_curve(x0: float, x1: float) -> tuple[tuple[float, float], ...]:
    """A cubic arc over the boxes from centre x0 to centre x1: start, two control points, end."""
    y, h = -NODE_H / 2, arc_height(x0, x1)
    return (x0 + 3, y), (x0 + 3, y - h), (x1 - 3, y - h), (x1 - 3, y)


def arrow_lines(x0: float, x1: float, head: float) -> tuple[tuple[tuple[float, float], ...], ...]:
    """A horizontal arrow from x0 to x1 whose head is ``head`` wide: its shaft and its head as polylines."""
    return ((x0, 0.0), (x1, 0.0)), ((x1 - head * 1.5, -head), (x1, 0.0), (x1 - head * 1.5, head))


@dataclass(frozen=True)
class LinkPlan:
    link: Link
    x0: float  # the centre of the source box
    x1: float  # the centre of the target box

    @property
    def straight(self) -> bool:
        return self.link.kind in STRAIGHT

    @property
    def height(self) -> float:
        return 0.0 if self.straight else arc_height(self.x0, self.x1)


@dataclass
class BlockPlan:
    """A block's boxes and links: ``visible`` layer numbers (0 = the block input x₀), ``hidden`` behind the
    ellipsis, each visible box's centre, where the ellipsis stands."""

    index: int
    pattern: str
    size: int  # boxes after the input
    visible: list[int]
    hidden: int
    x: float  # left edge of the first box
    end: float  # right edge of the last box
    centres: dict[int, float] = field(default_factory=dict)
    toggle_x: float | None = None  # the ellipsis' centre, when collapsed
    links: list[LinkPlan] = field(default_factory=list)

    @property
    def centre(self) -> float:
        return (self.x + self.end) / 2

    @property
    def rise(self) -> float:
        """How high its links rise over the boxes (the block's title goes above them)."""
        return block_arc_height(self.pattern, self.centres[self.visible[0]], self.centres[self.visible[-1]])

    def node_rect(self, layer: int) -> Rect:
        return Rect(self.centres[layer] - NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)


@dataclass(frozen=True)
class BoxPlan:
    kind: str  # "stem", "transition", "pool" (FractalNet's max pool), "classifier"
    x: float
    w: float
    h: float
    block: int | None = None  # the block a transition follows

    @property
    def rect(self) -> Rect:
        return Rect(self.x, -self.h / 2, self.w, self.h)


@dataclass(frozen=True)
class ArrowPlan:
    x0: float
    x1: float


@dataclass
class RowPlan:
    """One row's pieces, left to right, in drawing order."""

    pieces: list[BoxPlan | BlockPlan | ArrowPlan] = field(default_factory=list)

    def rects(self) -> list[Rect]:
        """Every box of the row: the stem, transition and classifier boxes and each layer's box."""
        out = []
        for p in self.pieces:
            if isinstance(p, BoxPlan):
                out.append(p.rect)
            elif isinstance(p, BlockPlan):
                out += [p.node_rect(layer) for layer in p.visible]
        return out


@dataclass(frozen=True)
class BlockShape:
    index: int
    size: int  # boxes after the block input
    pattern: str


def block_shapes(ledger: Ledger, graphs: dict[int, BlockGraph]) -> list[BlockShape]:
    return [BlockShape(b.index, graphs[b.index].size if b.index in graphs else 0, b.pattern) for b in ledger.blocks]


@dataclass
class Geometry:
    """The layout's choices: which blocks are collapsed, how wide and tall the stem/transition/classifier boxes
    are (their texts decide, measured by the canvas)."""

    collapse_at: int = COLLAPSE_AT
    expanded: set[int] = field(default_factory=set)
    box_w: float = BOX_W
    box_h: float = NODE_H * 1.7

    def visible_layers(self, n: int, block: int) -> tuple[list[int], int]:
        """The layer numbers drawn (0 = the block input) and how many are hidden behind the ellipsis."""
        if n <= self.collapse_at or block in self.expanded:
            return list(range(n + 1)), 0
        shown = list(range(HEAD + 1)) + list(range(n - TAIL + 1, n + 1))
        return shown, n - HEAD - TAIL

    def block_width(self, n: int, block: int) -> float:
        visible, hidden = self.visible_layers(n, block)
        return len(visible) * STEP + (1.5 * STEP if hidden else 0.0) - (STEP - NODE_W)

    def plan_block(self, graph: BlockGraph, x: float) -> BlockPlan:
        n = graph.size
        visible, hidden = self.visible_layers(n, graph.block)
        plan = BlockPlan(graph.block, graph.pattern, n, visible, hidden, x, x)
        cx = x
        for layer in visible:
            if hidden and layer == n - TAIL + 1:
                plan.toggle_x = cx + STEP / 2
                cx += STEP * 1.5
            plan.centres[layer] = cx + NODE_W / 2
            cx += STEP
        plan.end = cx - (STEP - NODE_W)
        plan.links = [LinkPlan(link, plan.centres[link.source], plan.centres[link.target])
                      for link in graph.links(visible)]
        return plan

    def row_groups(self, shapes: Sequence[BlockShape], rows: int) -> list[list[int]]:
        """The blocks of each row: ``rows`` rows of about equal width."""
        rows = max(1, min(rows, len(shapes)))
        widths = [self.block_width(s.size, s.index) + GAP + self.box_w for s in shapes]
        target = sum(widths) / rows
        groups: list[list[int]] = [[]]
        acc = 0.0
        for s, w in zip(shapes, widths):
            if groups[-1] and acc + w / 2 > target * len(groups) and len(groups) < rows:
                groups.append([])
            groups[-1].append(s.index)
            acc += w
        return groups

    def layout_size(self, shapes: Sequence[BlockShape], rows: int) -> tuple[float, float]:
        """The drawing's width and height on ``rows`` rows, estimated from the block widths (no drawing)."""
        by_index = {s.index: s for s in shapes}
        width, height = 0.0, 0.0
        for i, group in enumerate(self.row_groups(shapes, rows)):
            ws = [self.block_width(by_index[b].size, b) for b in group]
            row_w = sum(ws) + len(group) * (GAP + self.box_w) + (self.box_w if i == 0 else 0.0) + GAP / 2
            width = max(width, row_w)
            height += max(block_arc_height(by_index[b].pattern, 0, w - NODE_W)
                          for b, w in zip(group, ws)) + NODE_H + 90 + ROW_GAP
        return width + 40, height + 40 - ROW_GAP

    def best_rows(self, shapes: Sequence[BlockShape], width: float, height: float) -> int:
        """The number of rows that draws the network largest in a view of this size."""
        best, best_scale = 1, 0.0
        for rows in range(1, len(shapes) + 1):
            w, h = self.layout_size(shapes, rows)
            scale = min(width / w, height / h)
            if scale > best_scale * 1.05:
                best, best_scale = rows, scale
        return best

    def plan(self, ledger: Ledger, graphs: dict[int, BlockGraph], rows: int) -> list[RowPlan]:
        """Every piece of the drawing on ``rows`` rows: boxes, blocks and the arrows between them."""
        shapes = block_shapes(ledger, graphs)
        first_of_row = {group[0] for group in self.row_groups(shapes, rows)[1:]}
        out = [RowPlan()]
        pieces = out[0].pieces
        w, h, half = self.box_w, self.box_h, GAP / 2
        pieces.append(BoxPlan("stem", 0.0, w, h))
        x = w
        for b in ledger.blocks:
            if b.index in first_of_row:  # the network goes on in the next row
                pieces.append(ArrowPlan(x, x + half))
                out.append(RowPlan())
                pieces, x = out[-1].pieces, 0.0
            pieces.append(ArrowPlan(x, x + half))
            block = self.plan_block(graphs[b.index], x + half)
            pieces.append(block)
            x = block.end
            pieces.append(ArrowPlan(x, x + half))
            x += half
            trans = next((r for r in ledger.rows if r.block == b.index and r.layer is None), None)
            if trans is not None:
                pieces.append(BoxPlan("pool" if trans.kind == "pool" else "transition", x, w, h, b.index))
                x += w
                if b is ledger.blocks[-1]:  # (FractalNet's last pool) then the classifier
                    pieces.append(ArrowPlan(x, x + half))
                    x += half
        pieces.append(BoxPlan("classifier", x, w, h))
        return out
