"""Continuing a run from its checkpoint: the weights, the optimiser state, the history, the position inside
an epoch and the random-number state, each checked against this run before it is used."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from ..config import ConfigError, config_from_dict
from ..format import first_line
from ..io import FileFormatError
from ..messages import M, Message, join
from .reports import METRICS_COLUMNS
from .settings import TrainSettings

__all__ = ["Resumed", "saved_run", "restore_run"]


@dataclass
class Resumed:
    """Where a checkpoint left its run: the epochs done, their history rows, the position inside the next."""

    start_epoch: int = 0
    history: list[dict[str, float]] = field(default_factory=list)
    position: dict[str, Any] | None = None

    def nothing_to_do(self, epochs: int) -> Message:
        """The result's message when the checkpoint already holds ``epochs`` epochs or more."""
        return (M("train.done_all", "already trained {n} of {total} epochs; nothing to do")
                if self.start_epoch == epochs else
                M("train.done_more", "already trained {n} epochs, more than the {total} asked for; nothing "
                  "to do"))(n=self.start_epoch, total=epochs)


def saved_run(path: str | os.PathLike, dataset: Any, setting_changes: dict[str, Any]) -> tuple[Any, Any, TrainSettings]:
    """(config, dataset, settings) of the run saved in ``path``: its own unless given; ``setting_changes``
    applied to its settings."""
    from ..checkpoint import load_checkpoint

    ckpt = load_checkpoint(path)
    try:
        config = config_from_dict(ckpt["config"])
        settings = TrainSettings.from_dict(ckpt.get("settings") or {})
    except (ConfigError, TypeError) as exc:
        raise FileFormatError(M("train.bad_config", "{path}: checkpoint's config or settings are invalid "
                                "({error})")(path=str(path), error=str(exc))) from None
    if setting_changes:
        settings = settings.replace(**setting_changes)
    name = dataset if dataset is not None else ckpt.get("dataset")
    if name is None:
        raise ConfigError("dataset", None, M("train.no_dataset", "is not recorded in the checkpoint; give it"),
                          M("train.a_dataset", "a dataset name"))
    return config, name, settings


def restore_run(path: Path, model: nn.Module, optimizer: torch.optim.Optimizer, config: Any) -> Resumed:
    """Load the checkpoint at ``path`` into ``model`` and ``optimizer`` and restore torch's random-number
    state; FileFormatError naming the file when a part does not fit this run."""
    from ..checkpoint import load_checkpoint, restore_rng_state, state_dict_differences

    ckpt = load_checkpoint(path)
    diffs = state_dict_differences(model.state_dict(), ckpt["model"])
    if diffs:
        raise FileFormatError(M("checkpoint.no_fit", "{path}: weights do not fit {network}: {diffs}")(
            path=str(path), network=config.title, diffs=join(diffs, "; ")))
    model.load_state_dict(ckpt["model"])
    try:
        if ckpt.get("optimizer"):
            optimizer.load_state_dict(ckpt["optimizer"])
    except (ValueError, KeyError, TypeError, RuntimeError, IndexError) as exc:
        raise FileFormatError(M("train.bad_optimiser", "{path}: checkpoint's optimiser or schedule state does not "
                                "fit this network ({detail})")(path=str(path), detail=first_line(exc, 160))) from None
    history = _history(path, ckpt["history"])
    try:
        restore_rng_state(ckpt.get("rng"))
    except (RuntimeError, TypeError, ValueError, KeyError, AttributeError) as exc:
        raise FileFormatError(M("train.bad_rng", "{path}: checkpoint's random-number state is damaged "
                                "({detail})")(path=str(path), detail=first_line(exc, 160))) from None
    return Resumed(int(ckpt["epoch"]), history, ckpt.get("position"))


def _history(path: Path, rows: list[dict[str, float]]) -> list[dict[str, float]]:
    """The checkpoint's history rows; metrics.csv is rewritten from them at each epoch's end, so each must
    hold every column."""
    history = [dict(r) for r in rows]
    for i, row in enumerate(history):
        lacking = [c for c in METRICS_COLUMNS if c not in row]
        if lacking:
            raise FileFormatError(M("train.bad_history", "{path}: checkpoint's history row {row} lacks "
                                    "{columns}: it cannot be continued")(path=str(path), row=i + 1,
                                                                        columns=", ".join(lacking)))
    return history
