"""What a lesson's run step does: train and compare a few small networks on a shipped set, train one and
read its feature-reuse heatmap (the paper's Figure 5), or measure the memory a training step keeps.

Each returns plain data (the window's thread never receives a module). Runs are tiny by the schema's bounds
(at most 3 epochs of at most 200 batches, offline sets only). torch is imported when a run starts.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..ledger import BYTES_PER_ELEM, compute_ledger
from ..memory import saved_activation_bytes
from .schema import RunSpec

__all__ = ["RunRow", "MemoryRow", "RunOutcome", "run_step", "run_settings"]


@dataclass(frozen=True)
class RunRow:
    title: str  # the network as the paper names it, fitted to the dataset (a Message for some families)
    params: int  # of the network as trained (fitted to the dataset's images and classes)
    accuracy: float  # validation accuracy after the last epoch (0..1; NaN when stopped before one)
    status: str  # "completed", "stopped", "diverged", "not started"


@dataclass(frozen=True)
class MemoryRow:
    memory_efficient: bool
    estimate: int  # bytes autograd keeps for one image's backward pass, from the ledger
    measured: int  # the same, counted on the tensors autograd really saved (one forward pass)


@dataclass(frozen=True)
class RunOutcome:
    kind: str
    rows: tuple[RunRow, ...] = ()
    memory: tuple[MemoryRow, ...] = ()
    heatmap: tuple[tuple[float, ...], ...] = ()  # block 1's Figure 5: rows = targets, columns = sources; NaN: none
    seconds: float = 0.0


def run_settings(spec: RunSpec) -> Any:
    from ..training import TrainSettings

    return TrainSettings(epochs=spec.epochs, batch_size=spec.batch_size, max_batches=spec.max_batches,
                         lr=0.1, schedule="constant", val_fraction=0.2, seed=0)


def _networks(spec: RunSpec, config: Any) -> list[tuple[str, Any]]:
    configs = [n.config(config) for n in spec.networks] or [config]
    return [(cfg.title, cfg) for cfg in configs]


def _train(spec: RunSpec, config: Any, should_stop: Callable[[], bool], on_epoch: Any) -> RunOutcome:
    from ..compare import joint_networks, train_together

    networks = _networks(spec, config)
    fitted = joint_networks(networks, spec.dataset)
    results = train_together(networks, spec.dataset, run_settings(spec), on_epoch=on_epoch, should_stop=should_stop)
    rows = tuple(RunRow(cfg.title, compute_ledger(cfg).total_params,
                        r["history"][-1]["val_acc"] if r["history"] else math.nan, r["status"])
                 for (_, cfg), r in zip(fitted, results))
    return RunOutcome("train", rows)


def _reuse(spec: RunSpec, config: Any, should_stop: Callable[[], bool], on_epoch: Any) -> RunOutcome:
    from ..compare import joint_networks
    from ..data import load_dataset
    from ..inference.reuse import reuse_heatmaps
    from ..training import Trainer

    (_, fitted), = joint_networks(_networks(spec, config)[:1], spec.dataset)
    settings = run_settings(spec)
    trainer = Trainer(fitted, load_dataset(spec.dataset, seed=settings.seed), settings, should_stop=should_stop)
    result = trainer.run()
    row = RunRow(fitted.title, compute_ledger(fitted).total_params, result.val_acc, result.status)
    if trainer.model is None or result.status != "completed":
        return RunOutcome("reuse", (row,))
    first = reuse_heatmaps(trainer.model, fitted)[0]
    heatmap = tuple(tuple(float(v) for v in line) for line in first.values)
    return RunOutcome("reuse", (row,), heatmap=heatmap)


def _memory(spec: RunSpec, config: Any, should_stop: Callable[[], bool], on_epoch: Any) -> RunOutcome:
    """Count the bytes of every tensor autograd saves in one training-mode forward pass (weights excluded),
    plain and memory-efficient, against the ledger's estimate for the same batch."""
    import torch

    from ..models import build_model

    _, cfg = _networks(spec, config)[0]
    ledger = compute_ledger(cfg)
    batch, rows = 2, []
    for efficient in (False, True):
        torch.manual_seed(0)
        model = build_model(cfg, memory_efficient=efficient).train()
        x = torch.randn(batch, cfg.in_channels, cfg.input_size, cfg.input_size)
        measured = saved_activation_bytes(model, x) // batch
        estimate = BYTES_PER_ELEM * sum(r.saved_efficient if efficient else r.saved for r in ledger.rows)
        rows.append(MemoryRow(efficient, estimate, measured))
    return RunOutcome("memory", memory=tuple(rows))


_RUNS = {"train": _train, "reuse": _reuse, "memory": _memory}


def run_step(spec: RunSpec, config: Any, should_stop: Callable[[], bool] | None = None,
             on_epoch: Any = None) -> RunOutcome:
    """Do what ``spec`` says with the step's networks (or ``config``, the lesson's network at this step)."""
    start = time.perf_counter()
    outcome = _RUNS[spec.kind](spec, config, should_stop or (lambda: False), on_epoch)
    return RunOutcome(outcome.kind, outcome.rows, outcome.memory, outcome.heatmap, time.perf_counter() - start)
