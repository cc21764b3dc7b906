"""The window's shared state: the current network (config and ledger), its undo history, and what the
panels tell each other. Panels read from it and subscribe to its signals; none talks to another directly.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from ..core.config import DEFAULT_PRESET, preset_config
from ..core.ledger import Ledger, compute_ledger

__all__ = ["AppState"]


class AppState(QObject):
    # The config (a frozen dataclass) and its ledger, after every accepted change.
    sig_config_changed = Signal(object, object)  # (config, ledger)
    # A message for the status bar: (text, timeout ms).
    sig_status = Signal(str, int)
    # A checkpoint file that now holds a trained network (training panel -> inference panel, ...).
    sig_checkpoint_available = Signal(str)
    # A ledger row the user picked (by module name, e.g. "features.denseblock1.denselayer3").
    sig_layer_selected = Signal(str)
    # True while a training run is going (other panels may ask before changing the network).
    sig_training_active = Signal(bool)

    def __init__(self, config: Any | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._config = config if config is not None else preset_config(DEFAULT_PRESET)
        self._ledger = compute_ledger(self._config)
        self.latest_checkpoint: str | None = None
        self.last_origin: str | None = None  # the control the last change came from (see set_config)
        self.training_active = False
        self.sig_checkpoint_available.connect(self._remember_checkpoint)
        self.sig_training_active.connect(self._remember_training)

    @property
    def config(self) -> Any:
        return self._config

    @property
    def ledger(self) -> Ledger:
        return self._ledger

    def set_config(self, config: Any, origin: str | None = None) -> None:
        """Accept a (validated) config: recompute the ledger and tell every panel. ``origin`` names the control
        it came from (a field's key): quick changes from one control (a slider drag) are one undo step."""
        if config == self._config:
            return
        self._ledger = compute_ledger(config)
        self._config = config
        self.last_origin = origin
        self.sig_config_changed.emit(config, self._ledger)

    def status(self, text: str, timeout_ms: int = 5000) -> None:
        self.sig_status.emit(text, timeout_ms)

    def _remember_checkpoint(self, path: str) -> None:
        self.latest_checkpoint = path

    def _remember_training(self, active: bool) -> None:
        self.training_active = active
