"""A form's rows for the config panel: the label, the editor (with an optional slider beside it) and the error
line under it, and the number fields whose typed values apply on Enter or leaving the box."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QSlider, QSpinBox, QVBoxLayout, QWidget

from ..theme import mark_error
from ..widgets import NumberDoubleSpinBox, NumberSpinBox

__all__ = ["Field", "FieldRows"]


@dataclass
class Field:
    """One row of a form: its widgets, the label, and the error line under it."""

    key: str
    label: QLabel
    editor: QWidget
    error: QLabel


class FieldRows:
    """The config panel's rows (a part of ConfigPanel): ``fields`` by key, each error shown beside its field."""

    fields: dict[str, Field]

    def _row(self, form: QFormLayout, key: str, editor: QWidget, extra: QWidget | None = None) -> Field:
        label = QLabel(self)
        error = QLabel(self)
        error.setWordWrap(True)
        error.setVisible(False)
        mark_error(error)  # red at 4.5:1 or more, picked again if the palette changes
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        if extra is not None:
            h = QHBoxLayout()
            h.setContentsMargins(0, 0, 0, 0)
            h.addWidget(editor)
            h.addWidget(extra, 1)
            v.addLayout(h)
        else:
            v.addWidget(editor)
        v.addWidget(error)
        form.addRow(label, box)
        label.setBuddy(editor)
        f = Field(key, label, editor, error)
        self.fields[key] = f
        return f

    def _spin(self, lo: int, hi: int, apply: Callable[[object, int], object], key: str) -> QSpinBox:
        """A whole-number field: typed values apply on Enter or leaving the box; one outside [lo, hi] or with
        letters in it is explained beside the field (the arrows stay inside the range)."""
        spin = NumberSpinBox(key, lo, hi, self)
        spin.setAccelerated(True)
        spin.valueChanged.connect(lambda v: self._try(key, lambda c: apply(c, v)))
        spin.sig_invalid.connect(lambda text: self.show_error(key, text))
        return spin

    def _decimal(self, key: str, lo: float, hi: float, step: float, attr: str) -> QDoubleSpinBox:
        box = NumberDoubleSpinBox(key, lo, hi, 2, self)
        box.setSingleStep(step)
        box.valueChanged.connect(lambda v: self._try(key, lambda c: c.replace(**{attr: round(v, 4)})))
        box.sig_invalid.connect(lambda text: self.show_error(key, text))
        return box

    def _slider(self, lo: int, hi: int, on_move: Callable[[int], None]) -> QSlider:
        slider = QSlider(Qt.Orientation.Horizontal, self)
        slider.setRange(lo, hi)
        slider.setMinimumWidth(60)
        slider.valueChanged.connect(on_move)
        return slider

    def show_error(self, key: str, text: str) -> None:
        f = self.fields.get(key)
        if f is None:
            self.state.status(text, 8000)
            return
        f.error.setText(text)
        f.error.setVisible(True)
        self.state.status(text, 8000)

    def error_text(self, key: str) -> str:
        f = self.fields.get(key)
        return f.error.text() if f is not None and f.error.isVisibleTo(self) else ""

    def _clear_errors(self) -> None:
        for f in self.fields.values():
            if f.error.text():
                f.error.clear()
                f.error.setVisible(False)

