"""The single builder: config -> nn.Module, on any device torch offers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from ..devices import resolve_device
from .densenet import DenseNet

__all__ = ["build_model", "register_builder", "MODEL_BUILDERS"]

MODEL_BUILDERS: dict[str, Callable[..., nn.Module]] = {
    "densenet": lambda config, memory_efficient=False: DenseNet(config, memory_efficient=memory_efficient),
}


def register_builder(family: str, builder: Callable[..., nn.Module]) -> None:
    MODEL_BUILDERS[family] = builder


def build_model(config: Any, device: str | torch.device = "cpu", memory_efficient: bool = False) -> nn.Module:
    """Build the network of ``config`` directly on ``device`` ("cpu", "cuda:1", "mps", "meta").

    On ``meta`` nothing is allocated: the module has the structure and shapes only.
    """
    dev = resolve_device(device)
    with dev:
        return MODEL_BUILDERS[config.family](config, memory_efficient=memory_efficient)
