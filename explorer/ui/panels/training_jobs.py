"""What the training panel runs off the GUI thread (through its JobRunner): a training run, the device's speed
probe, reading a checkpoint. Each returns or posts plain data only; torch is imported by the core functions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ..workers import Job

__all__ = ["ProgressBridge", "train_job", "speed_job", "load_job"]


class ProgressBridge:
    """Trainer callbacks -> the job's one progress channel, as ``(kind, payload)`` pairs of plain data.
    Posting is cheap at any rate: the runner hands the GUI thread everything posted since its last tick."""

    def __init__(self, job: Job) -> None:
        self.job = job

    def on_batch_end(self, report: Any) -> None:
        self.job.progress(("batch", report))

    def on_epoch_end(self, report: Any) -> None:
        self.job.progress(("epoch", report))

    def on_checkpoint(self, path: str) -> None:
        self.job.progress(("checkpoint", path))


def train_job(job: Job, trainer: Any, dataset: str, data_dir: str | None, download: bool, seed: int,
              image_size: int) -> Any:
    """Load the data if the trainer has none yet (a download reports its bytes), then run the trainer."""
    from ...core.data import DownloadCancelled, load_dataset
    from ...core.training import TrainResult

    trainer.callbacks = ProgressBridge(job)
    if trainer.data is None:
        job.progress(("status", "loading"))
        try:
            trainer.data = load_dataset(dataset, data_dir or None, download,
                                        lambda done, total: job.progress(("download", (done, total))),
                                        image_size=image_size, seed=seed, should_cancel=job.cancelled)
        except DownloadCancelled:  # stopped (or the window closed) mid-download: nothing half-written is kept
            message = QCoreApplication.translate("TrainingPanel", "stopped while downloading the dataset")
            return TrainResult(status="stopped", message=message, history=[], epochs_completed=0,
                               config=trainer.config, settings=trainer.settings)
    if job.cancelled():
        trainer.request_stop()
    return trainer.run()


def speed_job(job: Job, device: str) -> float:
    """Training multiply-adds per second on ``device``, measured on the small probe network."""
    from ...core.speed import probe_speed

    return probe_speed(device)


def load_job(job: Job, path: str) -> dict[str, Any]:
    """A checkpoint's config, history, dataset and settings as plain data (its tensors stay in the worker), and
    the run's insights.json beside it (None where there is none; a broken one is returned as its error)."""
    from ...core.checkpoint import load_checkpoint
    from ...core.config import ConfigError
    from ...core.training.insights import load_insights

    data = load_checkpoint(path)
    try:
        insights, insights_error = load_insights(Path(path).parent), None
    except (ConfigError, OSError, ValueError) as exc:
        insights, insights_error = None, exc
    return {"path": path, "config": data["config"], "history": [dict(r) for r in data["history"]],
            "dataset": data.get("dataset") or "?", "settings": dict(data.get("settings") or {}),
            "epoch": data["epoch"], "insights": insights, "insights_error": insights_error}
