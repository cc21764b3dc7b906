"""The diagram's own scene items: a layer's box (hover and click report to the canvas), the ellipsis of a
collapsed block, a block's items as drawn, and the paths of links and arrows from the geometry's points."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsRectItem, QGraphicsSimpleTextItem

from .geometry import NODE_W, LinkPlan, arc_curve, arrow_lines

if TYPE_CHECKING:
    from .canvas import DiagramCanvas

__all__ = ["BlockLayout", "Node", "Toggle", "polyline_path", "link_path", "place"]


@dataclass
class BlockLayout:
    index: int
    layers: int
    visible: list[int]  # layer numbers shown (0 = the block input x0)
    hidden: int = 0  # layers behind the ellipsis
    nodes: dict[int, Node] = field(default_factory=dict)
    arcs_into: dict[int, list[tuple[int, QGraphicsPathItem]]] = field(default_factory=dict)
    label: QGraphicsSimpleTextItem | None = None


class Node(QGraphicsRectItem):
    """A layer (or the block input x0): hover and click report to the canvas."""

    def __init__(self, canvas: DiagramCanvas, block: int, layer: int, rect: QRectF) -> None:
        super().__init__(rect)
        self.canvas, self.block, self.layer = canvas, block, layer
        self.setAcceptHoverEvents(layer > 0)
        self.setCursor(Qt.CursorShape.PointingHandCursor if layer > 0 else Qt.CursorShape.ArrowCursor)

    def hoverEnterEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.canvas.hover(self.block, self.layer)

    def hoverLeaveEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.canvas.hover(None, None)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.layer > 0 and event.button() == Qt.MouseButton.LeftButton:
            self.canvas.click(self.block, self.layer)
        event.accept()


class Toggle(QGraphicsSimpleTextItem):
    """The ellipsis of a collapsed block, or the "collapse" handle of an expanded one."""

    def __init__(self, canvas: DiagramCanvas, block: int, text: str) -> None:
        super().__init__(text)
        self.canvas, self.block = canvas, block
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.canvas.toggle_block(self.block)
        event.accept()


def polyline_path(*polylines: tuple[tuple[float, float], ...]) -> QPainterPath:
    path = QPainterPath()
    for line in polylines:
        path.moveTo(QPointF(*line[0]))
        for point in line[1:]:
            path.lineTo(QPointF(*point))
    return path




def link_path(plan: LinkPlan) -> QPainterPath:
    """A chain link or the path through H_ℓ: a short arrow between neighbouring boxes; any other: an arc."""
    if plan.straight:
        return polyline_path(*arrow_lines(plan.x0 + NODE_W / 2, plan.x1 - NODE_W / 2, 2))
    start, c1, c2, end = arc_curve(plan.x0, plan.x1)
    path = QPainterPath(QPointF(*start))
    path.cubicTo(QPointF(*c1), QPointF(*c2), QPointF(*end))
    return path


def place(item: QGraphicsSimpleTextItem, x: float, y: float, center: bool = True) -> None:
    """A text centred on (x, y), or starting at x."""
    r = item.boundingRect()
    item.setPos(x - r.width() / 2 if center else x, y - r.height() / 2)
