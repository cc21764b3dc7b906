"""The Compare view's "Compare at the same budget" control: a toggle and the budget it matches (parameters or
multiply-adds). The sizing itself is core.budget (ledger arithmetic, a few tens of milliseconds for all five
families), run by the view on the GUI thread."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QRadioButton, QWidget

from ..messages import tr_msg
from .compare_table import shown_name

__all__ = ["BudgetBar"]


class BudgetBar(QWidget):
    """``sig_changed(by)``: "params" or "macs" while the toggle is on, None when it is turned off."""

    sig_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.button = QPushButton(self)
        self.button.setCheckable(True)
        self.by_params = QRadioButton(self)
        self.by_macs = QRadioButton(self)
        self.by_params.setChecked(True)
        self.group = QButtonGroup(self)
        for radio in (self.by_params, self.by_macs):
            self.group.addButton(radio)
        self.button.toggled.connect(self._emit)
        self.group.buttonToggled.connect(lambda _button, on: on and self.button.isChecked() and self._emit())
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.button)
        lay.addWidget(self.by_params)
        lay.addWidget(self.by_macs)
        lay.addStretch(1)

    @property
    def by(self) -> str | None:
        """What is matched now, or None while the toggle is off."""
        if not self.button.isChecked():
            return None
        return "params" if self.by_params.isChecked() else "macs"

    def _emit(self, *_args: object) -> None:
        self.sig_changed.emit(self.by)

    def _what(self, by: str) -> str:
        return self.tr("parameters") if by == "params" else self.tr("multiply-adds")

    def summary(self, matches: Mapping[str, Any], by: str) -> str:
        """What the columns are sized to, and each family that stays beyond 10% with the reason."""
        from ...core.budget import TOLERANCE_PCT

        target = next(iter(matches.values())).target if matches else 0
        text = self.tr("Each family sized to the current network's {target} {what}; the table gives the chosen size "
                       "and the mismatch (its tooltip says how the size was chosen).").format(
            target=f"{target:,}", what=self._what(by))
        far = [self.tr("{name}: {note}").format(name=shown_name(name), note=tr_msg(m.note))
               for name, m in matches.items() if abs(m.mismatch_pct) > TOLERANCE_PCT]
        return " ".join([text, *far])

    def refit_text(self, dataset: str, target: Any, matches: Mapping[str, Any]) -> str:
        """What a joint run at the same budget trains: every family sized again for the dataset's images."""
        by = next(iter(matches.values())).by if matches else "params"
        return self.tr("Trained on {dataset}: each family sized again to the current network fitted to its images "
                       "({size}x{size}, {channels} channels, {classes} classes), at {target} {what}.").format(
            dataset=dataset, size=target.input_size, channels=target.in_channels, classes=target.num_classes,
            target=f"{next(iter(matches.values())).target:,}" if matches else "?", what=self._what(by))

    def retranslate(self) -> None:
        self.button.setText(self.tr("Compare at the same budget"))
        self.button.setToolTip(self.tr(
            "Size a plain network, a ResNet, a pre-activation ResNet, a Wide ResNet and a FractalNet to the current "
            "network's parameters or multiply-adds (their depth and width searched over valid networks, from the "
            "ledger alone), and compare them with it. Off: the networks picked above."))
        self.by_params.setText(self.tr("by parameters"))
        self.by_macs.setText(self.tr("by multiply-adds"))
        tip = self.tr("What the budget counts: the networks' parameters, or their multiply-adds for one image")
        self.by_params.setToolTip(tip)
        self.by_macs.setToolTip(tip)
