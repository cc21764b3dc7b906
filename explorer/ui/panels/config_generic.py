"""The other families' form of the config panel, made from the config dataclass's fields: a check box for a bool,
a number field for an int or float, a list field for a tuple of ints, a combo box for the family's CHOICES;
labels and the family's FIELD_HELP tooltips in the window's language."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from ...core.families import FAMILIES, config_fields
from ..messages import tr_msg
from ..widgets import NumberDoubleSpinBox, NumberSpinBox, parse_int_list
from .config_fields import FieldRows

__all__ = ["GenericForm"]


class GenericForm(FieldRows):
    """The form of a family other than DenseNet (a part of ConfigPanel), rebuilt when the family changes."""

    def _show_generic(self, config: Any) -> None:
        cls = type(config)
        if self.generic_family != cls.family:
            self._build_generic(cls)
        self.stack.setCurrentWidget(self.generic_form)
        for name, _kind, _default in config_fields(cls.family):
            key = f"{cls.family}.{name}"
            if key not in self.fields:
                continue
            editor = self.fields[key].editor
            value = getattr(config, name)
            with QSignalBlocker(editor):
                if isinstance(editor, QCheckBox):
                    editor.setChecked(bool(value))
                elif isinstance(editor, QComboBox):
                    editor.setCurrentIndex(max(editor.findData(value), 0))
                elif isinstance(editor, QLineEdit):
                    text = "" if value is None else (", ".join(map(str, value)) if isinstance(value, tuple)
                                                     else str(value))
                    editor.setText(text)
                elif editor.value() != value:
                    editor.setValue(value)

    def _build_generic(self, cls: type) -> None:
        self._clear_highlight()  # its label may be one of the rows removed here
        for key in [k for k in self.fields if k.startswith(f"{self.generic_family}.")]:
            del self.fields[key]
        while self.generic_layout.rowCount():
            self.generic_layout.removeRow(0)
        self.generic_family = cls.family
        choices = getattr(cls, "CHOICES", {}) or {}
        for name, kind, _default in config_fields(cls.family):
            kind = kind if isinstance(kind, str) else (kind.__name__ if isinstance(kind, type)
                                                       else str(kind).replace("typing.", ""))
            editor = self._generic_editor(name, kind.replace(" ", ""), choices.get(name))
            if editor is None:
                continue
            self._row(self.generic_layout, f"{cls.family}.{name}", editor)
        self._label_generic_rows()

    def _generic_labels(self) -> dict[str, str]:
        """Labels of the comparison families' fields (a field of a family added later: its name, capitalised)."""
        return {"depth": self.tr("Depth L:"), "width": self.tr("Width:"), "shortcut": self.tr("Shortcut:"),
                "survival_last": self.tr("Survival p_L of the last unit:"),
                "widen_factor": self.tr("Widen factor k:"), "drop_rate": self.tr("Dropout:"),
                "columns": self.tr("Columns C:"), "channels": self.tr("Channels per block:"),
                "drop_path": self.tr("Local drop-path:"), "global_paths": self.tr("Global drop-path:"),
                "bottleneck": self.tr("Bottleneck (B):"), "num_classes": self.tr("Classes:"),
                "in_channels": self.tr("Input channels:"), "input_size": self.tr("Input size:")}

    def _label_generic_rows(self) -> None:
        family = self.generic_family
        cls = FAMILIES[family].config if family in FAMILIES else None
        if cls is None:
            return
        helps = getattr(cls, "FIELD_HELP", {}) or {}
        labels = self._generic_labels()
        for name, _kind, _default in config_fields(family):
            field = self.fields.get(f"{family}.{name}")
            if field is None:
                continue
            field.label.setText(labels.get(name) or name.replace("_", " ").capitalize() + ":")
            tip = tr_msg(helps.get(name, ""))
            field.label.setToolTip(tip)
            field.editor.setToolTip(tip)
            if field.editor.property("auto"):
                field.editor.setPlaceholderText(self.tr("auto"))

    def _generic_editor(self, name: str, kind: str, choices: tuple | None) -> QWidget | None:
        key = f"{self.generic_family}.{name}"
        apply = lambda value: self._try(key, lambda c: dataclasses.replace(c, **{name: value}))
        if choices:
            combo = QComboBox(self)
            for choice in choices:
                combo.addItem(str(choice), choice)
            combo.activated.connect(lambda _i: apply(combo.currentData()))
            return combo
        if kind == "bool":
            box = QCheckBox(self)
            box.toggled.connect(apply)
            return box
        if kind == "int":
            spin = NumberSpinBox(name, 0, 1_000_000, self)
            spin.valueChanged.connect(apply)
            spin.sig_invalid.connect(lambda text: self.show_error(key, text))
            return spin
        if kind == "float":
            spin = NumberDoubleSpinBox(name, 0.0, 1.0, 4, self)
            spin.setSingleStep(0.05)
            spin.valueChanged.connect(apply)
            spin.sig_invalid.connect(lambda text: self.show_error(key, text))
            return spin
        if kind.startswith("tuple[int") or kind in ("int|None", "Optional[int]", "None|int"):
            edit = QLineEdit(self)
            if kind.startswith("tuple"):
                edit.editingFinished.connect(lambda: self._try(key, lambda c: dataclasses.replace(
                    c, **{name: parse_int_list(edit.text(), name)})))
            else:
                edit.setProperty("auto", True)  # its placeholder: _label_generic_rows
                edit.editingFinished.connect(lambda: self._try(key, lambda c: dataclasses.replace(
                    c, **{name: int(edit.text()) if edit.text().strip() else None})))
            return edit
        if kind == "str":
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda: apply(edit.text()))
            return edit
        return None

