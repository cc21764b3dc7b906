"""The diagram panel: the block diagram of the network (blocks, transitions and every connection of the family)
with its tools (zoom, fit, expand/collapse, export) and, under it, a line that says what the hovered or selected
box receives. The drawing is explorer.ui.panels.diagram (geometry without Qt, a canvas that draws it). The hint
under the drawing is as tall as its longest text, so hovering never moves the drawing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ...core.ledger import Ledger
from ..messages import error_text
from ..state import AppState
from .base import Panel
from .deferred import DeferredUpdate
from .diagram.canvas import DiagramCanvas
from .diagram.fitting import MIN_TEXT_PX
from .diagram.geometry import COLLAPSE_AT, HEAD, TAIL

__all__ = ["DiagramView", "DiagramCanvas", "COLLAPSE_AT", "HEAD", "TAIL", "MIN_TEXT_PX"]


class DiagramView(Panel):
    """The canvas with its tools: zoom, fit, expand/collapse, export."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("DiagramView", "Diagram")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
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
        self.refit()

    def refit(self) -> None:
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
