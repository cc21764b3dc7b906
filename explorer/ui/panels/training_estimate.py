"""How long a run should take, said before it starts: the ledger's multiply-adds per image × the training
images ÷ the device's training speed. The speed is measured once per device, in a worker, on a small probe
network (never on the network the person typed), so every later estimate is arithmetic."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer

from ...core.config import ConfigError
from ...core.data import DATASETS
from ...core.ledger import compute_ledger
from ...core.speed import cached_probe, cached_probe_speed, estimate_epoch_seconds
from ..workers import details_tooltip
from .deferred import on_screen
from .training_jobs import speed_job
from .training_runs import split_images

__all__ = ["SpeedEstimate"]


class SpeedEstimate(QObject):
    """The training panel's estimate line and the speed measurements behind it."""

    MEASURE_AFTER_MS = 700  # after the last change: a burst of changes measures once

    def __init__(self, panel: Any) -> None:
        super().__init__(panel)
        self.panel = panel
        self.speed: dict[str, float] = {}  # device -> training multiply-adds/s, measured on the probe network
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.MEASURE_AFTER_MS)
        self.timer.timeout.connect(self.measure)

    def device(self) -> str:
        return self.panel.device_combo.currentData()

    def rate(self) -> float | None:
        """The chosen device's training speed in the chosen precision, from its one probe per process (None:
        not yet measured)."""
        device = self.device()
        amp = self.panel.amp_check.isChecked()
        return cached_probe_speed(device, amp=amp) or self.speed.get(device)

    def _show_probe(self, device: str) -> None:
        """The probe's verdicts beside the form's checkboxes (the measured speed-ups, channels_last's default)."""
        self.panel.recipe.show_probe(cached_probe(device))

    def _epoch(self) -> tuple[int, int | None, float | None, float | None] | None:
        """(multiply-adds per image, training images, rate, seconds per epoch), None where not known (an image
        folder's size before it is read, a device not measured yet); None for a network the data refuses."""
        try:
            config = self.panel.training_config()
        except ConfigError:
            return None
        macs = compute_ledger(config).total_macs
        spec = DATASETS.get(self.panel.dataset_name())  # None for an image folder
        images, rate = (spec.train_count if spec is not None else None), self.rate()
        if images is None or rate is None:
            return macs, images, rate, None
        return macs, images, rate, estimate_epoch_seconds(macs, *split_images(images), rate)

    def refresh(self) -> None:
        epoch = self._epoch()
        if epoch is not None:
            self.panel.runs_column.show_estimate(*epoch, self.panel.epochs_spin.value(), self.device())

    def run_seconds(self) -> float | None:
        """The whole run's time (None before the device is measured, or for an image folder)."""
        epoch = self._epoch()
        if epoch is None or epoch[3] is None:
            return None
        return epoch[3] * self.panel.epochs_spin.value()

    def schedule(self) -> None:
        """Measure soon, unless a run is training or the panel is off screen (then: when it is shown again)."""
        if not self.panel.running and on_screen(self.panel):
            self.timer.start()

    def measure(self) -> None:
        from ..background import torch_loader

        if not torch_loader().ready:
            torch_loader().start()  # the panel measures when torch is in (its devices arrive)
            return
        jobs = self.panel.jobs
        if self.panel.running or jobs.running("speed"):
            return
        device = self.device()
        known = self.rate()
        if known is not None:
            self.speed[device] = known
            self._show_probe(device)
            self.refresh()
            return

        def done(rate: float) -> None:
            self.speed[device] = rate
            self._show_probe(device)
            self.refresh()

        def failed(message: str, details: str) -> None:
            self.panel.runs_column.show_speed_failed(message, details_tooltip(details))

        jobs.start("speed", speed_job, device, on_done=done, on_failed=failed)
