"""Summary cards: the network's totals, with the change from the previous setting.

The cards reflow: one row of six when each card's value fits on one line and its title on two, else two rows
of three (or three of two), so that no title is cut, at 1280×720 or in a narrow dock. Titles and the note use the
theme's muted colour (at least 4.5:1), not the disabled-text grey.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from ...core.format import human, human_bytes, signed_human
from ...core.ledger import Ledger
from ..messages import tr_msg
from ..state import AppState
from ..theme import mute
from .base import Panel
from .deferred import DeferredUpdate

__all__ = ["CardsView"]


def signed_bytes(n: int) -> str:
    if n == 0:
        return "±0"
    return ("+" if n > 0 else "−") + human_bytes(abs(n))


class Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(10, 6, 10, 6)
        lay.setSpacing(1)
        self.title = QLabel()
        self.value = QLabel()
        self.delta = QLabel()
        self._value_font()
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        mute(self.title)  # quieter than the value, still 4.5:1 in light and dark palettes
        self.title.setWordWrap(True)
        for w in (self.title, self.value, self.delta):
            lay.addWidget(w)

    def _value_font(self) -> None:
        """The value 1.6 times the card's font (again when the font changes: presenter mode scales it)."""
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)

    TITLE_LINES = 2  # a title may wrap onto two lines; the value and the change stay on one

    def needed_width(self) -> int:
        """The narrowest width that shows the title on at most two lines and the value and the change on one."""
        m = self.contentsMargins()
        lay = self.layout().contentsMargins()
        extra = m.left() + m.right() + lay.left() + lay.right() + 4
        one_line = max(w.fontMetrics().horizontalAdvance(w.text()) for w in (self.value, self.delta))
        fm = self.title.fontMetrics()
        text = self.title.text()
        lo, hi = max(1, max((fm.horizontalAdvance(word) for word in text.split()), default=1)), \
            max(1, fm.horizontalAdvance(text))
        while lo < hi:  # the narrowest wrap width that keeps the title within TITLE_LINES lines
            mid = (lo + hi) // 2
            rect = fm.boundingRect(QRect(0, 0, mid, 10_000), Qt.TextFlag.TextWordWrap, text)
            if rect.height() <= self.TITLE_LINES * fm.lineSpacing() and rect.width() <= mid:
                hi = mid
            else:
                lo = mid + 1
        return max(one_line, lo + 2) + extra

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._value_font()
        super().changeEvent(event)


class CardsView(Panel):
    """Totals from the ledger: parameters, multiply-adds, connections, memory; and what the last change did."""

    KEYS = ("params", "macs", "connections", "param_mem", "train_mem", "train_mem_eff")

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CardsView", "Summary")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self._previous: Ledger | None = None
        self._ledger: Ledger = state.ledger
        self.cards = {key: Card(self) for key in self.KEYS}
        grid = QGridLayout()
        grid.setSpacing(6)
        self.grid = grid
        self.columns = 0
        self._place_cards(len(self.KEYS))
        self.batch = QSpinBox()
        self.batch.setRange(1, 4096)
        self.batch.setValue(64)
        self.batch.setAccelerated(True)
        self.batch_label = QLabel()
        self.batch_label.setBuddy(self.batch)
        row = QHBoxLayout()
        row.addWidget(self.batch_label)
        row.addWidget(self.batch)
        self.note = QLabel()
        mute(self.note)
        self.note.setWordWrap(True)
        row.addWidget(self.note, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(grid)
        lay.addLayout(row)
        self.batch.valueChanged.connect(lambda _v: self._refresh())
        self.deferred = DeferredUpdate(self, self._refresh)
        state.sig_config_changed.connect(self._on_config)
        self.retranslate()

    def _place_cards(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for key in self.KEYS:
            self.grid.removeWidget(self.cards[key])
        for i, key in enumerate(self.KEYS):
            self.grid.addWidget(self.cards[key], i // columns, i % columns)
        for c in range(len(self.KEYS)):
            self.grid.setColumnStretch(c, 1 if c < columns else 0)

    def fit_columns(self, width: int | None = None) -> int:
        """Six cards a row where each fits its widest text on one line, else three (or two) a row."""
        if width is None and not self.isVisible():
            return self.columns  # not laid out yet (a placeholder's 100 px would give 2 columns, 3 rows tall)
        width = self.width() if width is None else width
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        inner = width - (margins.left() + margins.right() if margins is not None else 12)
        need = max(card.needed_width() for card in self.cards.values())
        spacing = self.grid.horizontalSpacing()
        for columns in (6, 3, 2):
            if columns * need + (columns - 1) * spacing <= inner:
                break
        self._place_cards(columns)
        # As tall as the rows need, no taller (the dock gives the rest to the diagram; it kept the height of two
        # rows once the cards went back to one) and no shorter (a raised bottom panel squeezed a wrapped title).
        lay = self.layout()
        if lay is not None and self.isVisible():  # (before it is shown its width is a placeholder's 100 px)
            card_w = max(1, (inner - (columns - 1) * spacing) // columns)
            rows = -(-len(self.KEYS) // columns)
            card_h = max(max(card.heightForWidth(card_w), card.minimumSizeHint().height())
                         for card in self.cards.values())
            m = lay.contentsMargins()
            row_h = max(self.batch.sizeHint().height(), self.note.heightForWidth(max(1, inner // 2)))
            height = m.top() + m.bottom() + rows * card_h + (rows - 1) * self.grid.verticalSpacing() \
                + lay.spacing() + row_h
            self.setFixedHeight(height)  # never squeezed either: a wrapped title would be cut
        return columns

    def refit(self) -> None:
        self.fit_columns()

    def _on_config(self, _config: Any, ledger: Ledger) -> None:
        # The change is counted from the previous setting even when the cards show it later (drawn once per
        # burst of changes, and only while the cards are on screen).
        self._previous, self._ledger = self._ledger, ledger
        self.deferred.request()

    def flush(self) -> None:
        self.deferred.flush()

    def values(self, ledger: Ledger) -> dict[str, int]:
        b = self.batch.value()
        return {"params": ledger.total_params, "macs": ledger.total_macs, "connections": ledger.connections,
                "param_mem": ledger.param_bytes, "train_mem": ledger.train_step_bytes(b),
                "train_mem_eff": ledger.train_step_bytes(b, memory_efficient=True)}

    def _refresh(self) -> None:
        if hasattr(self, "deferred"):
            self.deferred.cancel()
        now = self.values(self._ledger)
        before = self.values(self._previous) if self._previous is not None else None
        for key in self.KEYS:
            card = self.cards[key]
            value = now[key]
            is_bytes = key.endswith("mem") or key.endswith("eff")
            if is_bytes:
                card.value.setText(human_bytes(value))
            elif key == "params":
                card.value.setText(f"{value / 1e6:.2f}M" if value >= 10_000 else f"{value:,}")
            else:
                card.value.setText(f"{value:,}" if key == "connections" else human(value, 2))
            card.value.setToolTip(f"{value:,}" + (" B" if is_bytes else ""))
            if before is None or before[key] == value:
                card.delta.setText(self.tr("unchanged") if before is not None else " ")
            else:
                diff = value - before[key]
                text = signed_bytes(diff) if is_bytes else signed_human(diff)
                card.delta.setText(self._delta_text(key, text))
        ratio = now["train_mem_eff"] / now["train_mem"] if now["train_mem"] else 1.0
        self.note.setText(self.tr("{title}: memory-efficient mode keeps {pct:.0f}% of the plain training "
                                  "step's memory").format(title=tr_msg(self._ledger.config.title), pct=100 * ratio))
        if self.columns:
            self.fit_columns()

    def _delta_text(self, key: str, text: str) -> str:
        units = {"params": self.tr("{d} params"), "macs": self.tr("{d} multiply-adds"),
                 "connections": self.tr("{d} connections"), "param_mem": "{d}", "train_mem": "{d}",
                 "train_mem_eff": "{d}"}
        return units[key].format(d=text)

    def retranslate(self) -> None:
        titles = {
            "params": (self.tr("Parameters"), self.tr("Learnable weights; the paper's tables count these "
                                                      "(DenseNet-BC L=100, k=12: 0.8M)")),
            "macs": (self.tr("Multiply-adds"), self.tr("Multiply-adds of the convolutions and the classifier "
                                                       "for one image")),
            "connections": (self.tr("Connections"), self.tr("Direct connections: a dense block of L layers has "
                                                            "L(L+1)/2")),
            "param_mem": (self.tr("Parameter memory"), self.tr("The parameters as 32-bit floats")),
            "train_mem": (self.tr("Training step"), self.tr("One SGD step: parameters, gradients, momentum and "
                                                            "the activations kept for backward (a dense block "
                                                            "of 8 layers or more keeps its feature maps once, in "
                                                            "one shared buffer), at the batch size below")),
            "train_mem_eff": (self.tr("Training step, memory-efficient"),
                              self.tr("The same step in memory-efficient mode: each layer's "
                                      "BatchNorm-ReLUs are recomputed in the backward pass instead of kept")),
        }
        for key, (title, tip) in titles.items():
            self.cards[key].title.setText(title)
            self.cards[key].setToolTip(tip)
        self.batch_label.setText(self.tr("Batch size for the memory cards:"))
        self.batch.setToolTip(self.tr("Images per training step"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()
        super().changeEvent(event)

