"""Instantiate: build the real network on a chosen device in a worker thread and measure it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.format import human_bytes
from ...core.instantiate import inference_memory_estimate, rate_number
from ...core.ledger import Ledger
from ..background import torch_loader
from ..messages import tr_msg
from ..state import AppState
from ..workers import Job, details_tooltip
from .base import Panel

__all__ = ["InstantiatePanel"]


def _run(job: Job, config: Any, device: str, batch_size: int) -> Any:
    from ...core.instantiate import InstantiateCancelled, instantiate

    try:
        return instantiate(config, device, batch_size, should_cancel=job.cancelled,
                           progress=lambda stage, fraction: job.progress((stage, fraction)))
    except InstantiateCancelled:
        return None


class InstantiatePanel(Panel):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("InstantiatePanel", "Instantiate")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.device = QComboBox(self)
        self.batch = QSpinBox(self)
        self.batch.setRange(1, 4096)
        self.batch.setValue(16)
        self.run_button = QPushButton(self)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.estimate = QLabel(self)
        self.estimate.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        self.device_label, self.batch_label = QLabel(self), QLabel(self)
        self.form.addRow(self.device_label, self.device)
        self.form.addRow(self.batch_label, self.batch)
        buttons = QHBoxLayout()
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, 1)
        results = QFormLayout()
        for key in ("device", "build", "params", "memory", "latency", "throughput"):
            label, value = QLabel(self), QLabel("—", self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form_labels[key], self.results[key] = label, value
            results.addRow(label, value)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(self.form)
        lay.addWidget(self.estimate)
        lay.addLayout(buttons)
        lay.addWidget(self.message)
        lay.addLayout(results)
        lay.addStretch(1)
        self.job: Job | None = None
        self.last_result: Any = None
        self._message_key: tuple[str, dict[str, Any]] = ("", {})
        self.run_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.batch.valueChanged.connect(lambda _v: self._show_estimate())
        state.sig_config_changed.connect(self._on_config)
        self.loader = torch_loader()
        self.loader.sig_ready.connect(self._devices_ready)
        self.loader.sig_failed.connect(self._torch_failed)
        self.retranslate()
        if self.loader.ready:
            self._devices_ready(self.loader.devices)

    # -- devices ---------------------------------------------------------------------------------------
    def _devices_ready(self, devices: list[Any]) -> None:
        self.device.clear()
        model = self.device.model()
        first = -1
        for d in devices:
            text = tr_msg(d.label) if d.available else f"{tr_msg(d.label)} — {tr_msg(d.reason)}"
            self.device.addItem(text, d.name)
            index = self.device.count() - 1
            item = model.item(index) if hasattr(model, "item") else None
            if item is not None and not d.available:
                item.setEnabled(False)
            self.device.setItemData(index, tr_msg(d.reason or d.label), Qt.ItemDataRole.ToolTipRole)
            if d.available and first < 0:
                first = index
        self.device.setCurrentIndex(max(first, 0))
        if self._message_key[0] == "waiting":
            self._set_message("ready")
        self._update_buttons()
        self._show_estimate()

    def _torch_failed(self, message: str) -> None:
        self._set_message("torch_failed", error=message)

    def available_devices(self) -> list[str]:
        model = self.device.model()
        return [self.device.itemData(i) for i in range(self.device.count())
                if model.flags(model.index(i, 0)) & Qt.ItemFlag.ItemIsEnabled]

    # -- running ---------------------------------------------------------------------------------------
    def start(self) -> None:
        if not self.loader.ready or (self.job is not None and self.job.is_running()):
            return
        device = self.device.currentData()
        self.progress.setValue(0)
        self._set_message("building", device=device)
        self.message.setToolTip("")
        self.job = self.jobs.start("build", _run, self.state.config, device, self.batch.value(),
                                   on_done=self._done, on_failed=self._failed, on_progress=self._progress)
        self._update_buttons()

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self._set_message("cancelling")

    def wait(self, ms: int = 60000) -> bool:
        return self.job is None or self.job.wait(ms)

    def _progress(self, values: list[tuple[str, float]]) -> None:
        stage, fraction = values[-1]  # the latest stage is the one to show
        self.progress.setValue(int(100 * fraction))
        self._set_message("stage", stage=self._stage_text(stage))

    def _done(self, result: Any) -> None:
        self._finish()
        if result is None:
            self._set_message("cancelled")
            self.progress.setValue(0)
            return
        self.last_result = result
        self.progress.setValue(100)
        self._set_message("done", device=result.device)
        self._show_result()

    def _failed(self, message: str, details: str) -> None:
        self._finish()
        self.progress.setValue(0)
        self._set_message("failed", error=message)
        self.message.setToolTip(details_tooltip(details))
        self.state.status(message, 10000)

    def _finish(self) -> None:
        self.job_running = False
        self.cancel_button.setEnabled(False)
        self.run_button.setEnabled(self.loader.ready)
        if self.job is not None:
            self.job.wait(5000)

    def _update_buttons(self) -> None:
        running = self.job is not None and self.job.is_running()
        self.run_button.setEnabled(self.loader.ready and not running and bool(self.available_devices()))
        self.cancel_button.setEnabled(running)

    def _show_result(self) -> None:
        r = self.last_result
        if r is None:
            return
        self.results["device"].setText(r.device)
        self.results["build"].setText(self.tr("{ms:.1f} ms").format(ms=r.build_s * 1e3))
        self.results["params"].setText(self.tr("{n} parameters").format(n=f"{r.param_count:,}"))
        mem = self.tr("{params} parameters + {buffers} buffers").format(
            params=human_bytes(r.param_bytes), buffers=human_bytes(r.buffer_bytes))
        if r.device_allocated_bytes is not None:
            mem += self.tr(" ({alloc} allocated on the device)").format(alloc=human_bytes(r.device_allocated_bytes))
        self.results["memory"].setText(mem)
        self.results["latency"].setText(self.latency_text(r.latency_ms, r.latency_min_ms, r.latency_max_ms, r.runs))
        self.results["throughput"].setText(self.throughput_text(r.throughput, r.batch_size))

    def latency_text(self, median_ms: float, min_ms: float, max_ms: float, runs: int) -> str:
        """ "12.3 ms median (11.9–13 ms, 9 runs)": the median of the timed passes and their spread."""
        text = self.tr("{median} ms median ({low}–{high} ms, 1 run)") if runs == 1 else \
            self.tr("{median} ms median ({low}–{high} ms, {runs} runs)")
        return text.format(median=rate_number(median_ms), low=rate_number(min_ms), high=rate_number(max_ms),
                           runs=f"{runs:,}")

    def throughput_text(self, images_per_s: float, batch_size: int) -> str:
        """ "1 image/s at batch 1", "12.5 images/s at batch 16", "12,345 images/s at batch 64"."""
        number = rate_number(images_per_s)
        text = self.tr("{n} image/s at batch {b}") if number == "1" else self.tr("{n} images/s at batch {b}")
        return text.format(n=number, b=batch_size)

    # -- estimate --------------------------------------------------------------------------------------
    def _on_config(self, _config: Any, _ledger: Ledger) -> None:
        self._show_estimate()

    def _show_estimate(self) -> None:
        ledger = self.state.ledger
        est = inference_memory_estimate(ledger, self.batch.value())
        self.estimate.setText(self.tr("Estimated memory for a forward pass at batch {b}: {mem} (from the ledger; "
                                      "checked against the device's free memory before building)").format(
            b=self.batch.value(), mem=human_bytes(est)))

    # -- language --------------------------------------------------------------------------------------
    def _stage_text(self, stage: str) -> str:
        return {"checking memory": self.tr("checking memory"), "building": self.tr("building"),
                "warming up": self.tr("warming up"), "timing": self.tr("timing")}.get(stage, stage)

    def _set_message(self, key: str, **kw: Any) -> None:
        self._message_key = (key, kw)
        texts = {"": "", "waiting": self.tr("Loading torch in the background…"),
                 "ready": self.tr("Pick a device and a batch size, then build."),
                 "building": self.tr("Building on {device}…"), "stage": self.tr("{stage}…"),
                 "cancelling": self.tr("Cancelling…"), "cancelled": self.tr("Cancelled."),
                 "done": self.tr("Built and measured on {device}."), "failed": self.tr("Refused or failed: {error}"),
                 "torch_failed": self.tr("torch could not be loaded: {error}")}
        self.message.setText(texts[key].format(**kw))

    def retranslate(self) -> None:
        self.device_label.setText(self.tr("Device:"))
        self.device.setToolTip(self.tr("Where to build the network; unavailable devices say why"))
        self.batch_label.setText(self.tr("Batch size:"))
        self.batch.setToolTip(self.tr("Images per forward pass for the latency and throughput"))
        self.run_button.setText(self.tr("Build and measure"))
        self.run_button.setToolTip(self.tr("Build the real network on the device, then time its forward pass"))
        self.cancel_button.setText(self.tr("Cancel"))
        names = {"device": self.tr("Device"), "build": self.tr("Build time"), "params": self.tr("Parameters"),
                 "memory": self.tr("Memory on the device"), "latency": self.tr("Forward latency"),
                 "throughput": self.tr("Throughput")}
        for key, text in names.items():
            self.form_labels[key].setText(text + ":")
        if not self._message_key[0]:
            self._message_key = ("ready" if self.loader.ready else "waiting", {})
        self._set_message(*self._message_key[:1], **self._message_key[1])
        self._show_estimate()
        self._show_result()
        if not self.loader.ready:
            self.run_button.setEnabled(False)
        elif self.loader.devices and self.device.count():
            chosen = self.device.currentData()  # the devices' names and reasons in the new language, same choice
            self._devices_ready(self.loader.devices)
            if self.device.findData(chosen) >= 0:
                self.device.setCurrentIndex(self.device.findData(chosen))
