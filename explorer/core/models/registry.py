"""The single builder: config -> nn.Module, on any device torch offers, through the family's spec."""

from __future__ import annotations

from typing import Any

import torch
from torch import nn

from ..devices import resolve_device
from ..families import FamilySpec, spec_of
from ..format import first_line
from ..memory import OutOfMemory, check_memory, is_out_of_memory
from ..validation import ConfigError

__all__ = ["build_model", "construct"]


def construct(spec: FamilySpec, config: Any, memory_efficient: bool = False) -> nn.Module:
    """The family's nn.Module for ``config``; memory-efficient mode only where the spec says it has one
    (DenseNet's: fused blocks that recompute their BN-ReLUs)."""
    if not spec.memory_efficient:
        if memory_efficient:
            raise ConfigError("memory_efficient", True, f"applies to DenseNet only, not to {config.title}",
                              "false for this network")
        return spec.model_class()(config)
    return spec.model_class()(config, memory_efficient=memory_efficient)


def build_model(config: Any, device: str | torch.device = "cpu", memory_efficient: bool = False) -> nn.Module:
    """Build the network of ``config`` directly on ``device`` ("cpu", "cuda:1", "mps", "meta").

    On ``meta`` nothing is allocated: the module has the structure and shapes only. On a real device the
    ledger's estimate of the parameters' memory is checked first (``check_memory``): a network that cannot
    fit is refused with a MemoryRefusal before anything is allocated, and running out of memory anyway
    becomes an OutOfMemory that says what to reduce.
    """
    dev = resolve_device(device)
    check_memory(config, dev)
    spec = spec_of(config)
    try:
        with dev:
            return construct(spec, config, memory_efficient=memory_efficient)
    except (MemoryError, RuntimeError) as exc:
        if not is_out_of_memory(exc):
            raise
        detail = first_line(exc)
    raise OutOfMemory(str(dev), f"building {getattr(config, 'title', 'the network')}", detail)
