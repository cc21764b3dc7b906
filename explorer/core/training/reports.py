"""What a training run tells its callbacks and returns: plain data only (numbers, strings, settings, the
config), never a tensor, a network or a dataset, so a report may cross to the GUI thread or another process.

Torch-free at import.
"""

from __future__ import annotations

import csv
import io
import os
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .settings import TrainSettings

if TYPE_CHECKING:
    import torch

    from .insights import EpochInsights

__all__ = ["BatchReport", "EpochReport", "EvalReport", "TrainResult", "METRICS_COLUMNS", "metrics_csv",
           "process_memory_bytes"]

METRICS_COLUMNS = ("epoch", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "images_per_s")


@dataclass
class BatchReport:
    epoch: int  # 1-based
    epochs: int
    batch: int  # 1-based within the epoch
    batches: int
    step: int  # optimiser steps so far in the run
    loss: float
    accuracy: float
    lr: float
    images_per_s: float  # over this epoch so far
    elapsed: float  # seconds of training in this run, pauses excluded
    eta: float  # seconds left, from the speed so far
    memory_bytes: int | None  # peak CUDA memory or the process's resident memory


@dataclass
class EpochReport:
    epoch: int
    epochs: int
    train_loss: float
    train_acc: float
    val_loss: float
    val_acc: float
    lr: float
    images_per_s: float
    elapsed: float
    eta: float
    memory_bytes: int | None
    insights: EpochInsights | None = None  # gradient norms, confusion, top-5, reuse, peak memory (insights.py)

    def row(self) -> dict[str, float]:
        return {"epoch": self.epoch, "train_loss": self.train_loss, "train_acc": self.train_acc,
                "val_loss": self.val_loss, "val_acc": self.val_acc, "lr": self.lr,
                "images_per_s": self.images_per_s, "elapsed": self.elapsed}


@dataclass
class EvalReport:
    epoch: int
    loss: float
    accuracy: float
    count: int
    seconds: float


@dataclass
class TrainResult:
    """How a run ended. The trained network stays with the Trainer (``Trainer.model``, on the worker's side);
    what the window needs of it afterwards is the checkpoint file."""

    status: str  # "completed", "stopped" or "diverged"
    message: str
    history: list[dict[str, float]]
    epochs_completed: int
    config: Any
    settings: TrainSettings
    checkpoint: str | None = None
    elapsed: float = 0.0

    @property
    def val_acc(self) -> float:
        return self.history[-1]["val_acc"] if self.history else float("nan")

    @property
    def val_loss(self) -> float:
        return self.history[-1]["val_loss"] if self.history else float("nan")


def metrics_csv(history: list[dict[str, float]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(METRICS_COLUMNS)
    for row in history:
        writer.writerow([row["epoch"]] + [f"{row[c]:.6g}" for c in METRICS_COLUMNS[1:]])
    return buf.getvalue()


def process_memory_bytes(device: torch.device | None = None) -> int | None:
    """Peak CUDA memory on a CUDA device, else the process's resident memory (None where unknown)."""
    if device is not None and device.type == "cuda":
        import torch

        return int(torch.cuda.max_memory_allocated(device))
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None
