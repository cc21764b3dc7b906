"""What the diagram does under the mouse and for a help text: hover and selection light a box's inputs, a
click announces the box's module, emphasize() points at a layer, a block's links or a transition."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPen

__all__ = ["Interacts"]


class Interacts:
    """The interactive part of DiagramCanvas (a QGraphicsView): the canvas keeps the items this lights."""

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

    def mouseDoubleClickEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        item = self.itemAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.LeftButton and not isinstance(item, self.node_types):
            self.sig_maximise_requested.emit()
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
