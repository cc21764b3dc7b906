"""The config panel: preset and family pickers and every field of the network, each with a teaching tooltip.

A change builds a new (validated) config and hands it to AppState; an invalid value is shown in words beside
its field and the window keeps the last valid network. Widgets are updated from the state with their signals
blocked, so updates flow one way at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.config import PRESETS, ConfigError, DenseNetConfig
from ...core.families import FAMILIES
from ..messages import error_text, tr_msg
from ..state import AppState
from ..theme import mute
from .base import Panel
from .config_dense import DenseForm
from .config_fields import Field
from .config_generic import GenericForm

__all__ = ["ConfigPanel"]


class ConfigPanel(DenseForm, GenericForm, Panel):
    """The network's settings: a preset, a family, and the family's form (DenseNet's own, or one made from
    the family's config fields)."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ConfigPanel", "Network")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.fields: dict[str, Field] = {}
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
                self.preset.addItem("", None)  # texts: _retranslate_presets
                self._preset_headers[self.preset.count() - 1] = group
                header = model.item(self.preset.count() - 1) if hasattr(model, "item") else None
                if header is not None:
                    header.setEnabled(False)
                for name in groups[group]:
                    self.preset.addItem("", name)

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
        """DenseNet twice (plain and BC, the paper's two), then every other family of the registry."""
        with QSignalBlocker(self.family):
            self.family.clear()
            self.family.addItem("DenseNet", ("densenet", False))
            self.family.addItem("DenseNet-BC", ("densenet", True))
            for family in FAMILIES:
                if family != "densenet":
                    self.family.addItem("", (family, None))  # its name: _retranslate_families

    def _retranslate_families(self) -> None:
        for i in range(self.family.count()):
            family, _bc = self.family.itemData(i)
            if family != "densenet" and family in FAMILIES:
                self.family.setItemText(i, tr_msg(FAMILIES[family].label))

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
            spec = FAMILIES[family]  # its first preset, or its defaults where it has none
            self._try("family", lambda c: spec.presets[0].config if spec.presets else spec.config())

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

    def retranslate(self) -> None:
        self.preset_label.setText(self.tr("Preset:"))
        self.preset.setItemText(0, self.tr("Custom network"))
        self._retranslate_presets()
        self._retranslate_families()
        self._label_generic_rows()
        self._retranslate_dense()
        if hasattr(self.state, "config") and self.preset.count():
            self.heading.setText(tr_msg(self.state.config.title) if hasattr(self.state.config, "title") else "")
            name = self.preset.itemData(self.preset.currentIndex())
            self.note.setText(tr_msg(PRESETS[name].note) if name in PRESETS else "")
        self.preset.setToolTip(self.tr("The networks of the paper: CIFAR (Table 2) and ImageNet (Table 1)"))
        self.family_label.setText(self.tr("Family:"))
        self.family.setToolTip(self.tr("DenseNet: 3×3 convs only; DenseNet-BC: bottleneck (B) and compression (C, "
                                  "θ = 0.5); other families are the paper's baselines"))
