"""Training: settings and schedule, the Trainer, one train_step, plain-data reports, DDP.

``from explorer.core.training import X`` works for every public name. The settings, the schedule, the
reports and the insights' report types import no torch, so the window reads them before torch has loaded; the
names that need torch (the Trainer, the step, the speed measurement, the in-batch stop) are imported on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

from ..speed import estimate_epoch_seconds
from .insights import EpochInsights, Misclassified, RunInsights, load_insights
from .reports import (
    METRICS_COLUMNS,
    BatchReport,
    EpochReport,
    EvalReport,
    TrainResult,
    metrics_csv,
    process_memory_bytes,
)
from .settings import SCHEDULES, TrainSettings, effective_config, lr_factor

# name -> the submodule that holds it; each is imported (with torch) when the name is first read
_LAZY = {
    "Trainer": "trainer",
    "check_dataset_fits": "setup",
    "train_step": "step",
    "evaluate": "step",
    "measure_training_speed": "step",
    "Distributed": "ddp",
    "StopRequested": "stopping",
    "cancel_points": "stopping",
}

__all__ = ["TrainSettings", "Trainer", "TrainResult", "BatchReport", "EpochReport", "EvalReport",
           "SCHEDULES", "lr_factor", "effective_config", "check_dataset_fits", "measure_training_speed",
           "estimate_epoch_seconds", "METRICS_COLUMNS", "metrics_csv", "process_memory_bytes", "train_step",
           "evaluate", "Distributed", "StopRequested", "cancel_points", "EpochInsights", "RunInsights",
           "Misclassified", "load_insights"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value  # read once: later reads (and monkeypatching) see a plain attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
