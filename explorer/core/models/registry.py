"""The single builder: config -> nn.Module, on any device torch offers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import nn

from ..config import ConfigError
from ..devices import resolve_device
from ..format import first_line
from ..memory import OutOfMemory, check_memory, is_out_of_memory
from .densenet import DenseNet
from .fractalnet import FractalNet
from .resnet import CifarResNet, PreActResNet, WideResNet

__all__ = ["build_model", "register_builder", "MODEL_BUILDERS"]


def _no_memory_efficient(cls: type) -> Callable[..., nn.Module]:
    """A builder for a family without a memory-efficient mode (checkpointed concatenations are DenseNet's)."""

    def build(config: Any, memory_efficient: bool = False) -> nn.Module:
        if memory_efficient:
            raise ConfigError("memory_efficient", True, f"applies to DenseNet only, not to {config.title}",
                              "false for this network")
        return cls(config)

    return build


MODEL_BUILDERS: dict[str, Callable[..., nn.Module]] = {
    "densenet": lambda config, memory_efficient=False: DenseNet(config, memory_efficient=memory_efficient),
    "plain": _no_memory_efficient(CifarResNet),
    "resnet": _no_memory_efficient(CifarResNet),
    "preact_resnet": _no_memory_efficient(PreActResNet),
    "wide_resnet": _no_memory_efficient(WideResNet),
    "fractalnet": _no_memory_efficient(FractalNet),
}


def register_builder(family: str, builder: Callable[..., nn.Module]) -> None:
    MODEL_BUILDERS[family] = builder


def build_model(config: Any, device: str | torch.device = "cpu", memory_efficient: bool = False) -> nn.Module:
    """Build the network of ``config`` directly on ``device`` ("cpu", "cuda:1", "mps", "meta").

    On ``meta`` nothing is allocated: the module has the structure and shapes only. On a real device the
    ledger's estimate of the parameters' memory is checked first (``check_memory``): a network that cannot
    fit is refused with a MemoryRefusal before anything is allocated, and running out of memory anyway
    becomes an OutOfMemory that says what to reduce.
    """
    dev = resolve_device(device)
    check_memory(config, dev)
    try:
        with dev:
            return MODEL_BUILDERS[config.family](config, memory_efficient=memory_efficient)
    except (MemoryError, RuntimeError) as exc:
        if not is_out_of_memory(exc):
            raise
        detail = first_line(exc)
    raise OutOfMemory(str(dev), f"building {getattr(config, 'title', 'the network')}", detail)
