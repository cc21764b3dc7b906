"""torch, loaded once in the background after the window is up (it takes seconds; the ledger needs none)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from .workers import Job, JobRunner

__all__ = ["TorchLoader", "torch_loader"]


def _load(job: Job) -> list[Any]:
    import torch  # noqa: F401  (the import is the work)

    from ..core.devices import list_devices

    return list_devices()


class TorchLoader(QObject):
    """Starts the import on request; ``sig_ready(devices)`` when done, ``sig_failed(message)`` otherwise."""

    sig_ready = Signal(object)  # list[DeviceInfo]
    sig_failed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.devices: list[Any] | None = None
        self.error: str | None = None
        self.job: Job | None = None
        self.jobs = JobRunner(self)

    @property
    def ready(self) -> bool:
        return self.devices is not None

    def start(self) -> None:
        if self.job is not None or self.ready:
            return
        self.job = self.jobs.start("torch", _load, on_done=self._done, on_failed=self._failed)

    def _done(self, devices: list[Any]) -> None:
        self.devices = devices
        self.sig_ready.emit(devices)

    def _failed(self, message: str, _details: str) -> None:
        self.error = message
        self.sig_failed.emit(message)


_LOADER: TorchLoader | None = None


def torch_loader() -> TorchLoader:
    global _LOADER
    if _LOADER is None:
        _LOADER = TorchLoader()
    return _LOADER
