"""Which network the training panel's Train trains: the small demo until the student changes the window's
network, then the window's own. A change of the window's network while a run trains it asks first: stop the
run (its checkpoint is kept), keep training the copy the run started with, or undo the change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from ...core.config import DEFAULT_PRESET, DenseNetConfig, preset_config

__all__ = ["NetworkChoice", "DEMO_CONFIG"]

# The demo: DenseNet-BC with 4-4-4 layers and k=12 on the shipped 8x8 digits learns to >90% validation
# accuracy in its first 2-3 epochs (about 1-2 s each on a 2-core laptop CPU).
DEMO_CONFIG = DenseNetConfig(growth_rate=12, block_layers=(4, 4, 4), bottleneck=True, compression=0.5)


class NetworkChoice(QObject):
    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        state = panel.state
        self.user_changed = state.config != preset_config(DEFAULT_PRESET)
        self._reverting = False
        self._previous = state.config
        state.sig_config_changed.connect(self._on_config_changed)  # a bound slot: gone with the panel

    def start(self) -> None:
        """The window opened on the student's own network: train that."""
        if self.user_changed:
            self.panel.recipe.choose_network("window")

    def base_config(self) -> Any:
        return DEMO_CONFIG if self.panel.recipe.network_choice() == "demo" else self.panel.state.config

    def _on_config_changed(self, config: Any, _ledger: Any) -> None:
        panel = self.panel
        if self._reverting:
            return
        if config != preset_config(DEFAULT_PRESET) and not self.user_changed:
            self.user_changed = True
            if not panel.running:  # from now on the student's own network is what Train trains
                panel.recipe.choose_network("window")
        if panel.running and panel.recipe.network_choice() == "window":
            answer = panel.ask_network_change()
            if answer == "stop":
                panel.stop_training()
            elif answer == "undo":
                self._reverting = True
                try:
                    panel.state.set_config(self._previous)
                finally:
                    self._reverting = False
                return
        self._previous = panel.state.config
        if not panel.running:
            panel.refresh_later()  # once per burst of changes, and only while on screen
