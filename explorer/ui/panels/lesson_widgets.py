"""What the lesson panel shows besides its text: the frame that marks the control a step points at, how a
step's target name becomes a widget of the window, and the tables of a run's result and of the summary."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QFrame,
    QHeaderView,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ...core.format import human_bytes
from ...core.lessons.player import SummaryRow
from ...core.lessons.runs import RunOutcome
from ..messages import tr_msg

__all__ = ["HighlightFrame", "find_target", "layer_of_target", "LessonTable", "number_text"]

_PANELS = {"training": "extra_training_panel", "compare": "extra_compare_view", "inference": "extra_inference_panel"}
_LAYER = re.compile(r"diagram\.block(\d+)(?:\.layer(\d+))?")


def find_target(window: QWidget, target: str) -> QWidget | None:
    """The widget a step's ``highlight`` names, in ``window`` (its ``panels`` by key), or None."""
    panels = getattr(window, "panels", {})
    head, _, rest = target.partition(".")
    if head == "config" and rest:
        config = panels.get("config")
        field = getattr(config, "fields", {}).get(rest) if config is not None else None
        return getattr(field, "editor", None) or config
    if head == "cards" and rest:
        cards = panels.get("cards")
        return getattr(cards, "cards", {}).get(rest) or cards
    return panels.get(_PANELS.get(head, head))


def layer_of_target(target: str) -> str | None:
    """The module name a diagram target selects ("diagram.block1.layer3" -> "features.denseblock1.denselayer3")."""
    match = _LAYER.fullmatch(target)
    if match is None:
        return None
    block, layer = match.groups()
    return f"features.denseblock{block}" + (f".denselayer{layer}" if layer else "")


class HighlightFrame(QFrame):
    """A coloured frame drawn over the target widget (mouse clicks pass through), following its size; the
    target is scrolled into view and its dock raised."""

    def __init__(self) -> None:
        super().__init__(None)
        self.setObjectName("lessonHighlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("#lessonHighlight { border: 3px solid #e8590c; border-radius: 4px; "
                           "background: transparent; }")
        self.target: QWidget | None = None
        self.hide()

    def mark(self, target: QWidget | None) -> None:
        if self.target is not None:
            self.target.removeEventFilter(self)
        self.target = target
        if target is None:
            self.setParent(None)
            self.hide()
            return
        self.setParent(target)
        target.installEventFilter(self)
        self._fit()
        self.show()
        self.raise_()
        _bring_into_view(target)

    def _fit(self) -> None:
        if self.target is not None:
            self.setGeometry(self.target.rect())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.target and event.type() == QEvent.Type.Resize:
            self._fit()
        elif watched is self.target and event.type() == QEvent.Type.Destroy:
            self.target = None
        return False


def _bring_into_view(widget: QWidget) -> None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QDockWidget):
            parent.show()
            parent.raise_()
        elif isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(widget)
        parent = parent.parentWidget()


def number_text(value: float) -> str:
    return f"{value:,.1f}" if value != int(value) else f"{int(value):,}"


class LessonTable(QTableWidget):
    """A read-only table of numbers: a run's result or the summary of predictions."""

    def _fill(self, headers: list[str], rows: list[list[str]]) -> None:
        self.clear()
        self.setColumnCount(len(headers))
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c > 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(r, c, item)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setVisible(bool(rows))

    def show_outcome(self, outcome: RunOutcome) -> None:
        """Networks with parameters and accuracy, memory estimated against measured, or block 1's
        feature-reuse heatmap (rows: the layers and the transition, columns: their sources)."""
        if outcome.kind == "memory":
            rows = [[self.tr("memory-efficient") if m.memory_efficient else self.tr("plain"),
                     human_bytes(m.estimate), human_bytes(m.measured)] for m in outcome.memory]
            self._fill([self.tr("Mode"), self.tr("Ledger estimate (1 image)"), self.tr("Measured (1 image)")], rows)
            return
        if outcome.kind == "reuse" and outcome.heatmap:
            n = len(outcome.heatmap) - 1
            targets = [self.tr("layer {n}").format(n=i) for i in range(1, n + 1)] + [self.tr("transition")]
            rows = [[targets[i]] + ["" if math.isnan(v) else f"{v:.2f}" for v in line]
                    for i, line in enumerate(outcome.heatmap)]
            self._fill([self.tr("Layer / source"), self.tr("input")] + [str(i) for i in range(1, n + 1)], rows)
            self._shade()
            return
        rows = [[tr_msg(r.title), f"{r.params:,}", "—" if math.isnan(r.accuracy) else f"{100 * r.accuracy:.1f}%"]
                for r in outcome.rows]
        self._fill([self.tr("Network"), self.tr("Parameters"), self.tr("Validation accuracy")], rows)

    def _shade(self) -> None:
        """Each heatmap cell tinted by its value (darker: more weight), as in the paper's Figure 5."""
        for r in range(self.rowCount()):
            for c in range(1, self.columnCount()):
                item = self.item(r, c)
                if item is not None and item.text():
                    v = float(item.text())
                    item.setBackground(QColor.fromHsvF(0.6, 0.15 + 0.75 * v, 1.0 - 0.45 * v))
                    item.setForeground(QColor("white" if v > 0.6 else "black"))

    def show_summary(self, rows: list[SummaryRow]) -> None:
        lines = [[str(r.step), tr_msg(r.label), tr_msg(r.network), "—" if r.guess is None else number_text(r.guess),
                  r.answer.shown, "✓" if r.close else "✗"] for r in rows]
        self._fill([self.tr("Step"), self.tr("Asked"), self.tr("Network"), self.tr("Your prediction"),
                    self.tr("True value"), ""], lines)
