"""A network ready to predict: the model in eval mode with its class names and the preprocessing it was
trained with, from a checkpoint, torchvision's ImageNet weights or a config (untrained)."""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from ..config import ConfigError
from ..messages import M

__all__ = ["Predictor", "predictor_from_model", "predictor_from_checkpoint", "predictor_from_pretrained"]


@dataclass
class Predictor:
    """A network ready to predict: eval mode, its class names and the preprocessing it was trained with."""

    model: nn.Module
    config: Any
    classes: list[str]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    resize_size: int  # shorter side after resizing
    crop_size: int  # the centre crop fed to the network (= the config's input size)
    source: str  # what it is, for a status line: "checkpoint.pt (epoch 3)", "densenet121 (ImageNet)"
    kind: str = "checkpoint"  # "checkpoint", "pretrained", "untrained"
    path: str | None = None
    # The layout of the network's weights and of every input preprocess() makes (formats.choose_memory_format
    # sets both, with the measured reason in format_choice); contiguous until chosen.
    memory_format: torch.memory_format = torch.contiguous_format
    format_choice: Any = None

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @property
    def in_channels(self) -> int:
        return int(self.config.in_channels)


def _stats(values: Sequence[float], channels: int, what: str) -> tuple[float, ...]:
    vals = tuple(float(v) for v in values)
    if len(vals) == 1 and channels > 1:
        vals = vals * channels
    if len(vals) != channels:
        raise ConfigError(what, list(vals), M("inference.stats_count", "has {n} values for a {channels}-channel "
                                              "network")(n=len(vals), channels=channels),
                          M("range.values", "{n} values")(n=channels))
    if what == "std" and any(v <= 0 or not math.isfinite(v) for v in vals):
        raise ConfigError(what, list(vals), M("config.not_positive", "must be positive"), "> 0")
    return vals


def predictor_from_model(model: nn.Module, config: Any, classes: Sequence[str] | None = None,
                         mean: Sequence[float] = (0.5,), std: Sequence[float] = (0.25,),
                         resize_size: int | None = None, source: str = "network",
                         kind: str = "untrained") -> Predictor:
    c = int(config.in_channels)
    classes = list(classes) if classes else [M("inference.class", "class {i}")(i=i) for i in range(config.num_classes)]
    if len(classes) != config.num_classes:
        raise ConfigError("classes", len(classes), M("inference.classes_mismatch", "does not match the network's "
                                                     "{n} outputs")(n=config.num_classes))
    model.eval()
    return Predictor(model, config, classes, _stats(mean, c, "mean"), _stats(std, c, "std"),
                     resize_size or int(config.input_size), int(config.input_size), source, kind)


def predictor_from_checkpoint(path: str | os.PathLike, device: str = "cpu") -> Predictor:
    """A checkpoint written by the app or ``explorer train``: it carries config, weights, classes, mean, std."""
    from ..checkpoint import model_from_checkpoint  # the one safe reader (weights_only=True)

    model, ckpt = model_from_checkpoint(path, device=device)
    config = model.config if hasattr(model, "config") else None
    if config is None:
        from ..config import config_from_dict

        config = config_from_dict(ckpt["config"])
    epoch = ckpt.get("epoch")
    source = f"{Path(path).name}" + (f" (epoch {epoch})" if isinstance(epoch, int) else "")
    pred = predictor_from_model(model, config, ckpt.get("classes") or None, ckpt["mean"], ckpt["std"],
                                source=source, kind="checkpoint")
    pred.path = str(path)
    return pred


def predictor_from_pretrained(name: str, weights: str | os.PathLike | None = None, download: bool = False,
                              device: str = "cpu") -> Predictor:
    """torchvision's ImageNet weights in our own densenet121/169/201/161, with torchvision's preprocessing."""
    from ..pretrained import load_pretrained_model

    model, config, info, path = load_pretrained_model(name, weights, download, device)
    pred = predictor_from_model(model, config, info.categories, info.mean, info.std, info.resize_size,
                                source=f"{name} (ImageNet, {path.name})", kind="pretrained")
    pred.crop_size = info.crop_size
    pred.path = str(path)
    return pred
