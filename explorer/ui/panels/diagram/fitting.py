"""How the diagram fits its view: the number of rows that draws it largest, zoom, and text that stays readable
(at least MIN_TEXT_PX on screen, however far the view is zoomed out, as far as its box holds it)."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGraphicsSimpleTextItem

from ....core.ledger import Ledger
from .geometry import ROW_GAP, block_shapes

__all__ = ["FitsView", "MIN_TEXT_PX", "MAX_TEXT_GROWTH", "GROW_FROM"]

MIN_TEXT_PX = 11.0  # titles and labels (their em) never smaller than this on screen, however far one zooms out
MAX_TEXT_GROWTH = 4.0
GROW_FROM = 0  # QGraphicsItem data key: where a growing text is pinned ("top", "bottom"; the centre otherwise)


def grow_origin(item: QGraphicsSimpleTextItem) -> None:
    """The point a text grows about: its centre, or the middle of its top or bottom edge where it is pinned."""
    rect = item.boundingRect()
    pin = item.data(GROW_FROM)
    y = rect.top() if pin == "top" else rect.bottom() if pin == "bottom" else rect.center().y()
    item.setTransformOriginPoint(rect.center().x(), y)


class FitsView:
    """The fitting part of DiagramCanvas (a QGraphicsView): the canvas keeps the items this works on."""

    ledger: Ledger | None
    _min_text: list[QGraphicsSimpleTextItem]

    def em_px(self, item: QGraphicsSimpleTextItem) -> float:
        """The text's size (its em) in scene units: fonts differ in line spacing, not in this."""
        font = item.font()
        return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * self.logicalDpiY() / 72

    def scale_text(self, view_scale: float | None = None) -> None:
        """Titles and labels grow (about their centres) so that they stay MIN_TEXT_PX tall on screen."""
        s = self.transform().m11() if view_scale is None else view_scale
        for item in self._min_text:
            grow = min(max(1.0, MIN_TEXT_PX / max(self.em_px(item) * s, 1e-6)), MAX_TEXT_GROWTH)
            grow_origin(item)
            item.setScale(self._fit_in_box(item, grow))
        for toggle, label in self._toggles:  # below the block's label, however tall it has grown
            below = label.mapRectToParent(label.boundingRect()).bottom() + 4
            toggle.setPos(toggle.pos().x(), below)
        self._stack_rows()
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-20, -20, 20, 20))

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

    def _stack_rows(self) -> None:
        """Rows one under another, centred on the widest (again whenever the text grows or shrinks)."""
        rects = [row.childrenBoundingRect() for row in self._rows]
        widest = max((r.width() for r in rects), default=0.0)
        y = 0.0
        for row, rect in zip(self._rows, rects):
            row.setPos((widest - rect.width()) / 2 - rect.left(), y - rect.top())
            y += rect.height() + ROW_GAP

    def _layout_size(self, ledger: Ledger, rows: int) -> tuple[float, float]:
        """The drawing's width and height on ``rows`` rows, estimated from the block widths (no drawing)."""
        return self.geo.layout_size(block_shapes(ledger, self.graphs), rows)

    def best_rows(self, ledger: Ledger, width: float, height: float) -> int:
        """The number of rows that draws the network largest in a view of this size."""
        return self.geo.best_rows(block_shapes(ledger, self.graphs), width, height)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.zoom(1.0015 ** event.angleDelta().y())

    def zoom(self, factor: float) -> None:
        scale = self.transform().m11() * factor
        if 0.05 <= scale <= 8:
            self.scale(factor, factor)
            self._fitted = False
            self.scale_text()

    def fit(self) -> None:
        """The whole network in view, as large as it goes: the blocks wrap onto as many rows as draw it largest
        in the view's shape; the view then follows its size until the user zooms."""
        if self.ledger is not None:
            size = self.viewport().size()
            vw, vh = max(size.width(), 1), max(size.height(), 1)
            rows = self.best_rows(self.ledger, vw, vh)
            w, h = self._layout_size(self.ledger, rows)
            growth = self._box_growth_at(min(vw / w, vh / h))
            if rows != self.rows or growth != self.box_growth:
                self.rows, self.box_growth = rows, growth
                self.set_ledger(self.ledger)
        for _attempt in range(3):
            for _ in range(4):  # grown text changes the drawing's size, which changes the fit: settle
                self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
                before = self.scene().sceneRect()
                self.scale_text()
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

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._fitted:
            self._refit.start()
