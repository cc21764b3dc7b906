"""The config panel: preset and family pickers and every field of the network, each with a teaching tooltip.

A change builds a new (validated) config and hands it to AppState; an invalid value is shown in words beside
its field and the window keeps the last valid network. Widgets are updated from the state with their signals
blocked, so updates flow one way at a time.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.config import CONFIG_TYPES, PRESETS, ConfigError, DenseNetConfig
from ..messages import error_text, tr_msg
from ..state import AppState
from ..theme import mark_error, mute
from ..widgets import NumberDoubleSpinBox, NumberSpinBox, parse_int_list

__all__ = ["ConfigPanel"]

_FAMILY_LABELS = {"densenet": "DenseNet"}


class _Field:
    """One row of a form: its widgets, the label, and the error line under it."""

    def __init__(self, key: str, label: QLabel, editor: QWidget, error: QLabel) -> None:
        self.key, self.label, self.editor, self.error = key, label, editor, error


class ConfigPanel(QWidget):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ConfigPanel", "Network")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.fields: dict[str, _Field] = {}
        self.preset = QComboBox(self)
        self.preset.setMaxVisibleItems(20)
        for combo in (self.preset,):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.family = QComboBox(self)
        self.preset_label, self.family_label = QLabel(self), QLabel(self)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        mute(self.note)  # quieter than the fields, 4.5:1 or more (the disabled grey was 1.6:1)
        top = QFormLayout()
        top.addRow(self.preset_label, self.preset)
        top.addRow(self.family_label, self.family)
        self.stack = QStackedWidget(self)
        self.dense_form = QWidget(self)
        self.generic_form = QWidget(self)
        self.generic_layout = QFormLayout(self.generic_form)
        self.generic_family: str | None = None
        self.stack.addWidget(self.dense_form)
        self.stack.addWidget(self.generic_form)
        self._build_dense_form()
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        self._scroll = scroll
        self.highlighted: str | None = None  # the field a help text pointed at (focus_field), while it glows
        self._glow = QTimer(self)
        self._glow.setSingleShot(True)
        self._glow.setInterval(self.HIGHLIGHT_MS)
        self._glow.timeout.connect(self._clear_highlight)
        self._glow_label: QLabel | None = None
        self._glow_palette: QPalette | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(top)
        lay.addWidget(self.heading)
        lay.addWidget(self.note)
        lay.addWidget(scroll, 1)
        self._fill_presets()
        self._fill_families()
        self.preset.activated.connect(self._preset_chosen)
        self.family.activated.connect(self._family_chosen)
        state.sig_config_changed.connect(self._on_config)
        self.retranslate()
        self.show_config(state.config)

    # -- building the forms ----------------------------------------------------------------------------
    def _row(self, form: QFormLayout, key: str, editor: QWidget, extra: QWidget | None = None) -> _Field:
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
        f = _Field(key, label, editor, error)
        self.fields[key] = f
        return f

    def _spin(self, lo: int, hi: int, apply: Callable[[DenseNetConfig, int], DenseNetConfig], key: str) -> QSpinBox:
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

    def _build_dense_form(self) -> None:
        form = QFormLayout(self.dense_form)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Depth L: the spin box takes any number (an invalid one is explained); the slider only valid depths.
        self.depth = self._spin(1, 200_000, lambda c, v: c.with_depth(v), "depth")
        self.depth_slider = self._slider(1, 100, self._depth_slider_moved)
        self._row(form, "depth", self.depth, self.depth_slider)
        self.growth = self._spin(1, 10_000, lambda c, v: c.replace(growth_rate=v), "growth_rate")
        self.growth_slider = self._slider(1, 64, self.growth.setValue)
        self._row(form, "growth_rate", self.growth, self.growth_slider)
        self.compression = self._decimal("compression", 0.01, 1.0, 0.05, "compression")
        self.compression_slider = self._slider(1, 100, lambda v: self.compression.setValue(v / 100))
        self._row(form, "compression", self.compression, self.compression_slider)
        self.bottleneck = QCheckBox(self)
        self.bottleneck.toggled.connect(lambda on: self._try("bottleneck", lambda c: c.replace(bottleneck=on)))
        self._row(form, "bottleneck", self.bottleneck)
        self.bn_size = self._spin(1, 16, lambda c, v: c.replace(bn_size=v), "bn_size")
        self._row(form, "bn_size", self.bn_size)
        self.blocks = QLineEdit(self)
        # Applied on Enter or leaving the field, not per keystroke: "16, x, 16" on its way to "16, 32, 16" must
        # not build a one-block network, nor move the change indicators.
        self.blocks.editingFinished.connect(self._blocks_edited)
        self._row(form, "block_layers", self.blocks)
        self.init_auto = QCheckBox(self)
        self.init_features = self._spin(1, 100_000, lambda c, v: c.replace(init_features=v), "init_features")
        self.init_auto.toggled.connect(self._init_auto_toggled)
        self._row(form, "init_features", self.init_features, self.init_auto)
        self.stem = QComboBox(self)
        self.stem.addItem("", "cifar")
        self.stem.addItem("", "imagenet")
        self.stem.activated.connect(lambda _i: self._try("stem", lambda c: c.replace(stem=self.stem.currentData())))
        self._row(form, "stem", self.stem)
        self.input_size = self._spin(1, 4096, lambda c, v: c.replace(input_size=v), "input_size")
        self._row(form, "input_size", self.input_size)
        self.num_classes = self._spin(1, 100_000, lambda c, v: c.replace(num_classes=v), "num_classes")
        self._row(form, "num_classes", self.num_classes)
        self.dropout = self._decimal("drop_rate", 0.0, 0.95, 0.05, "drop_rate")
        self._row(form, "drop_rate", self.dropout)
        self.in_channels = self._spin(1, 64, lambda c, v: c.replace(in_channels=v), "in_channels")
        self._row(form, "in_channels", self.in_channels)

    def _blocks_edited(self) -> None:
        text = self.blocks.text()
        self._try("block_layers", lambda c: c.replace(block_layers=parse_int_list(text)))

    def _depth_slider_moved(self, per_block: int) -> None:
        c = self.state.config
        if not isinstance(c, DenseNetConfig):
            return
        depth = c.convs_per_layer * per_block * c.num_blocks + c.num_blocks + 1
        self.depth.setValue(depth)

    def _init_auto_toggled(self, auto: bool) -> None:
        self.init_features.setEnabled(not auto)
        value = None if auto else self.init_features.value()
        self._try("init_features", lambda c: c.replace(init_features=value))

    # -- presets and families --------------------------------------------------------------------------
    def _fill_presets(self) -> None:
        groups: dict[str, list[str]] = {}
        for name, p in PRESETS.items():
            groups.setdefault(p.group, []).append(name)
        order = ["CIFAR", "ImageNet"] + sorted(g for g in groups if g not in ("CIFAR", "ImageNet"))
        self._preset_headers: dict[int, str] = {}
        with QSignalBlocker(self.preset):
            self.preset.clear()
            self.preset.addItem("", None)  # "custom": the current network matches no preset
            model = self.preset.model()
            for group in order:
                if group not in groups:
                    continue
                self.preset.addItem(f"— {tr_msg(group)} —", None)
                self._preset_headers[self.preset.count() - 1] = group
                header = model.item(self.preset.count() - 1) if hasattr(model, "item") else None
                if header is not None:
                    header.setEnabled(False)
                for name in groups[group]:
                    p = PRESETS[name]
                    self.preset.addItem(self._preset_text(p), name)
                    self.preset.setItemData(self.preset.count() - 1, tr_msg(p.note) or name,
                                            Qt.ItemDataRole.ToolTipRole)

    @staticmethod
    def _preset_text(p: Any) -> str:
        return tr_msg(p.label) + (f"  ({p.paper_params})" if p.paper_params else "")

    def _retranslate_presets(self) -> None:
        for i in range(self.preset.count()):
            name = self.preset.itemData(i)
            if name in PRESETS:
                self.preset.setItemText(i, self._preset_text(PRESETS[name]))
                self.preset.setItemData(i, tr_msg(PRESETS[name].note) or name, Qt.ItemDataRole.ToolTipRole)
            elif i in self._preset_headers:
                self.preset.setItemText(i, f"— {tr_msg(self._preset_headers[i])} —")

    def _fill_families(self) -> None:
        with QSignalBlocker(self.family):
            self.family.clear()
            self.family.addItem("DenseNet", ("densenet", False))
            self.family.addItem("DenseNet-BC", ("densenet", True))
            for family, cls in CONFIG_TYPES.items():
                if family == "densenet":
                    continue
                self.family.addItem(self._family_label(family, cls), (family, None))

    def _family_label(self, family: str, cls: type) -> str:
        names = {"plain": self.tr("Plain network"), "resnet": "ResNet",
                 "preact_resnet": self.tr("Pre-activation ResNet"), "wide_resnet": self.tr("Wide ResNet"),
                 "fractalnet": "FractalNet"}
        return (names.get(family) or getattr(cls, "LABEL", None) or _FAMILY_LABELS.get(family)
                or family.replace("_", " ").title())

    def _retranslate_families(self) -> None:
        for i in range(self.family.count()):
            family, bc = self.family.itemData(i)
            if family != "densenet" and family in CONFIG_TYPES:
                self.family.setItemText(i, self._family_label(family, CONFIG_TYPES[family]))

    def _preset_chosen(self, index: int) -> None:
        name = self.preset.itemData(index)
        if name:
            self._clear_errors()
            self.state.set_config(PRESETS[name].config)

    def _family_chosen(self, index: int) -> None:
        family, bc = self.family.itemData(index)
        current = self.state.config
        if family == "densenet":
            base = current if isinstance(current, DenseNetConfig) else PRESETS["densenet-bc-l100-k12"].config
            self._try("family", lambda c: base.replace(bottleneck=bc, compression=0.5 if bc else 1.0))
        elif current.family != family:
            preset = next((p.config for p in PRESETS.values() if p.config.family == family), None)
            self._try("family", lambda c: preset if preset is not None else CONFIG_TYPES[family]())

    # -- applying ----------------------------------------------------------------------------------------
    def _try(self, key: str, make: Callable[[Any], Any]) -> bool:
        """Build the new config; on ConfigError show it beside ``key`` and keep the last valid network."""
        if self._syncing:
            return False
        try:
            config = make(self.state.config)
        except ConfigError as exc:
            self.show_error(key, error_text(exc))
            return False
        except (TypeError, ValueError) as exc:
            self.show_error(key, f"{key}: {exc}")
            return False
        self._clear_errors()
        self.state.set_config(config, origin=key)
        return True

    _syncing = False

    # -- pointed at from a help text -----------------------------------------------------------------------
    HIGHLIGHT_MS = 3000

    def focus_field(self, key: str) -> bool:
        """Show the field ``key`` (a key of ``fields``, or "preset", "family") as the help page explains it:
        scrolled into view, focused with its text selected, its label highlighted for HIGHLIGHT_MS. False when
        the field is not on screen (another family's form is shown)."""
        others = {"preset": (self.preset_label, self.preset), "family": (self.family_label, self.family)}
        if key in self.fields:
            label, editor = self.fields[key].label, self.fields[key].editor
        elif key in others:
            label, editor = others[key]
        else:
            return False
        if not editor.isVisibleTo(self):
            return False
        self._clear_highlight()
        self._scroll.ensureWidgetVisible(editor, 20, 40)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(editor, (QAbstractSpinBox, QLineEdit)):
            editor.selectAll()
        self._glow_label, self._glow_palette = label, QPalette(label.palette())
        pal = label.palette()
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Highlight))
        pal.setColor(QPalette.ColorRole.WindowText, pal.color(QPalette.ColorRole.HighlightedText))
        label.setPalette(pal)
        label.setAutoFillBackground(True)
        self.highlighted = key
        self._glow.start()
        return True

    def _clear_highlight(self) -> None:
        self._glow.stop()
        if self._glow_label is not None:
            self._glow_label.setAutoFillBackground(False)
            self._glow_label.setPalette(self._glow_palette)
        self._glow_label = self._glow_palette = None
        self.highlighted = None

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

    # -- showing the state -------------------------------------------------------------------------------
    def _on_config(self, config: Any, _ledger: Any) -> None:
        # A network accepted from elsewhere (undo, redo, a preset, a file) replaces what was typed: the errors
        # about the old text go with it.
        self._clear_errors()
        self.show_config(config)

    def show_config(self, config: Any) -> None:
        """Every widget to the values of ``config``, with signals blocked (one-way update)."""
        self._syncing = True
        try:
            self._show_config(config)
        finally:
            self._syncing = False

    def _show_config(self, config: Any) -> None:
        preset = next((name for name, p in PRESETS.items() if p.config == config), None)
        with QSignalBlocker(self.preset):
            self.preset.setCurrentIndex(self.preset.findData(preset) if preset else 0)
        family = config.family
        with QSignalBlocker(self.family):
            if family == "densenet":
                bc = config.bottleneck and config.compression < 1
                self.family.setCurrentIndex(1 if bc else 0)
            else:
                for i in range(self.family.count()):
                    if self.family.itemData(i)[0] == family:
                        self.family.setCurrentIndex(i)
        self.heading.setText(tr_msg(config.title) if hasattr(config, "title") else family)
        note = tr_msg(PRESETS[preset].note) if preset else ""
        self.note.setText(note)
        self.note.setVisible(bool(note))
        if isinstance(config, DenseNetConfig):
            self.stack.setCurrentWidget(self.dense_form)
            self._show_dense(config)
        else:
            self._show_generic(config)

    def _show_dense(self, c: DenseNetConfig) -> None:
        def put(widget, value) -> None:
            if widget.value() != value:
                with QSignalBlocker(widget):
                    widget.setValue(value)

        put(self.depth, c.depth)
        per_block = c.block_layers[0] if len(set(c.block_layers)) == 1 else round(sum(c.block_layers) / c.num_blocks)
        put(self.depth_slider, max(1, min(per_block, self.depth_slider.maximum())))
        put(self.growth, c.growth_rate)
        put(self.growth_slider, min(c.growth_rate, self.growth_slider.maximum()))
        put(self.compression, c.compression)
        put(self.compression_slider, round(c.compression * 100))
        with QSignalBlocker(self.bottleneck):
            self.bottleneck.setChecked(c.bottleneck)
        put(self.bn_size, c.bn_size)
        self.bn_size.setEnabled(c.bottleneck)
        text = ", ".join(map(str, c.block_layers))
        try:
            shown = parse_int_list(self.blocks.text())
        except ConfigError:
            shown = None
        if shown != c.block_layers:
            with QSignalBlocker(self.blocks):
                self.blocks.setText(text)
        with QSignalBlocker(self.init_auto):
            self.init_auto.setChecked(c.init_features is None)
        put(self.init_features, c.num_init_features)
        self.init_features.setEnabled(c.init_features is not None)
        with QSignalBlocker(self.stem):
            self.stem.setCurrentIndex(self.stem.findData(c.stem))
        put(self.input_size, c.input_size)
        put(self.num_classes, c.num_classes)
        put(self.dropout, c.drop_rate)
        put(self.in_channels, c.in_channels)

    # -- other families: a form from the dataclass's fields ------------------------------------------------
    def _show_generic(self, config: Any) -> None:
        cls = type(config)
        if self.generic_family != cls.family:
            self._build_generic(cls)
        self.stack.setCurrentWidget(self.generic_form)
        for f in dataclasses.fields(cls):
            key = f"{cls.family}.{f.name}"
            if key not in self.fields:
                continue
            editor = self.fields[key].editor
            value = getattr(config, f.name)
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
        for f in dataclasses.fields(cls):
            kind = f.type if isinstance(f.type, str) else (f.type.__name__ if isinstance(f.type, type)
                                                             else str(f.type).replace("typing.", ""))
            key = f"{cls.family}.{f.name}"
            editor = self._generic_editor(f.name, kind.replace(" ", ""), choices.get(f.name))
            if editor is None:
                continue
            self._row(self.generic_layout, key, editor)
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
        cls = CONFIG_TYPES.get(family) if family else None
        if cls is None:
            return
        helps = getattr(cls, "FIELD_HELP", {}) or {}
        labels = self._generic_labels()
        for f in dataclasses.fields(cls):
            field = self.fields.get(f"{family}.{f.name}")
            if field is None:
                continue
            field.label.setText(labels.get(f.name) or f.name.replace("_", " ").capitalize() + ":")
            tip = tr_msg(helps.get(f.name, ""))
            field.label.setToolTip(tip)
            field.editor.setToolTip(tip)

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
                edit.setPlaceholderText(self.tr("auto"))
                edit.editingFinished.connect(lambda: self._try(key, lambda c: dataclasses.replace(
                    c, **{name: int(edit.text()) if edit.text().strip() else None})))
            return edit
        if kind == "str":
            edit = QLineEdit(self)
            edit.editingFinished.connect(lambda: apply(edit.text()))
            return edit
        return None

    # -- language ----------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset:"))
        self.preset.setItemText(0, self.tr("Custom network"))
        self._retranslate_presets()
        self._retranslate_families()
        self._label_generic_rows()
        if hasattr(self.state, "config") and self.preset.count():
            self.heading.setText(tr_msg(self.state.config.title) if hasattr(self.state.config, "title") else "")
            name = self.preset.itemData(self.preset.currentIndex())
            self.note.setText(tr_msg(PRESETS[name].note) if name in PRESETS else "")
        self.preset.setToolTip(self.tr("The networks of the paper: CIFAR (Table 2) and ImageNet (Table 1)"))
        self.family_label.setText(self.tr("Family:"))
        self.family.setToolTip(self.tr("DenseNet: 3×3 convs only; DenseNet-BC: bottleneck (B) and compression (C, "
                                  "θ = 0.5); other families are the paper's baselines"))
        self.stem.setItemText(0, self.tr("CIFAR: 3×3 conv"))
        self.stem.setItemText(1, self.tr("ImageNet: 7×7/2 conv, 3×3/2 max pool"))
        self.init_auto.setText(self.tr("auto"))
        self.init_auto.setToolTip(self.tr("The paper's choice: 2k for DenseNet-BC, 16 otherwise"))
        rows = {
            "depth": (self.tr("Depth L:"), self.tr(
                "<b>Depth L</b>: the number of layers with weights: the convs of the dense layers and transitions, "
                "the first conv and the classifier.<br>With three equal blocks each has (L−4)/3 layers, or "
                "(L−4)/6 with bottleneck.<br>Paper: L = 40, 100 (DenseNet); 100, 250, 190 (DenseNet-BC). "
                "The slider moves through valid depths only.")),
            "growth_rate": (self.tr("Growth rate k:"), self.tr(
                "<b>Growth rate k</b>: feature maps each dense layer adds. Layer ℓ of a block receives "
                "k₀ + k·(ℓ−1) maps.<br>Paper: k = 12, 24, 40; ImageNet k = 32 (48 for DenseNet-161).")),
            "compression": (self.tr("Compression θ:"), self.tr(
                "<b>Compression θ</b>: a transition keeps ⌊θ·m⌋ of the m maps it receives.<br>θ = 1: no "
                "compression (DenseNet); θ &lt; 1: DenseNet-C; the paper uses θ = 0.5.")),
            "bottleneck": (self.tr("Bottleneck (B):"), self.tr(
                "<b>Bottleneck</b>: a 1×1 conv to 4k maps before each 3×3 conv (BN-ReLU-Conv(1×1)-BN-ReLU-"
                "Conv(3×3)), cutting the cost of the growing input. DenseNet-B.")),
            "bn_size": (self.tr("Bottleneck width:"), self.tr(
                "Maps of the 1×1 bottleneck conv, in multiples of k (the paper: 4, so 4k maps).")),
            "block_layers": (self.tr("Layers per block:"), self.tr(
                "Dense layers in each block, separated by commas (1 to 8 blocks).<br>Paper: 16, 16, 16 for "
                "DenseNet-BC L=100; 6, 12, 24, 16 for DenseNet-121.")),
            "init_features": (self.tr("Initial features k₀:"), self.tr(
                "<b>k₀</b> of the first block: maps the first convolution produces.<br>The paper: 2k for "
                "DenseNet-BC, 16 for DenseNet; 64 for DenseNet-121.")),
            "stem": (self.tr("Stem:"), self.tr(
                "How the image enters: CIFAR nets start with one 3×3 conv; ImageNet nets with a 7×7 conv of "
                "stride 2 and a 3×3 max pool of stride 2.")),
            "input_size": (self.tr("Input size:"), self.tr("Height = width of the input image in pixels (CIFAR 32, "
                                                 "ImageNet 224). Each transition halves it.")),
            "num_classes": (self.tr("Classes:"), self.tr("Outputs of the classifier (CIFAR-10: 10, CIFAR-100: 100, "
                                               "ImageNet: 1000).")),
            "drop_rate": (self.tr("Dropout:"), self.tr("Dropout rate after each conv but the first; the paper uses 0.2 "
                                             "on C10, C100 and SVHN without data augmentation.")),
            "in_channels": (self.tr("Input channels:"), self.tr("3 for colour images, 1 for grey.")),
        }
        for key, (label, tip) in rows.items():
            f = self.fields[key]
            f.label.setText(label)
            f.label.setToolTip(tip)
            f.editor.setToolTip(tip)
        self.depth_slider.setToolTip(rows["depth"][1])
        self.growth_slider.setToolTip(rows["growth_rate"][1])
        self.compression_slider.setToolTip(rows["compression"][1])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
