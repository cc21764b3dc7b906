"""Will the network fit? The one check made before any real module is allocated, and the one translation of
an out-of-memory failure into words.

A config is valid at any size (depth 10,000 or k = 10,000 have an instant ledger), but building it would
allocate terabytes. So every place that builds a real module (``build_model`` on a real device, the Trainer,
``instantiate``, export, predict) first compares the ledger's memory estimate with what the device has free
and refuses with the estimate and what to reduce. ``meta`` never refuses: nothing is allocated there.

No torch at import (the window shows the estimate before torch loads).
"""

from __future__ import annotations

from typing import Any

from .format import human_bytes
from .ledger import BYTES_PER_ELEM, Ledger, compute_ledger
from .validation import ConfigError

__all__ = ["MEMORY_MARGIN", "MemoryRefusal", "OutOfMemory", "inference_memory_estimate", "build_memory_estimate",
           "check_memory", "is_out_of_memory", "REDUCE_NETWORK", "saved_activation_bytes"]

MEMORY_MARGIN = 1.2  # allocator rounding, convolution workspaces, the framework's own buffers
REDUCE_NETWORK = "a smaller network: fewer layers (depth L), a smaller growth rate k or fewer classes"


class MemoryRefusal(ConfigError):
    """The network (at this batch size) needs more memory than the device has free; nothing was allocated."""

    def __init__(self, device: str, batch_size: int | None, estimate: int, free: int, max_batch: int,
                 purpose: str = "forward", title: str = "the network") -> None:
        self.device = device
        self.estimate = estimate
        self.free = free
        self.max_batch = max_batch
        self.purpose = purpose
        what = {"forward": "parameters plus one forward pass",
                "training": "parameters, gradients, momentum and the activations kept for the backward pass",
                "build": "its parameters and buffers"}[purpose]
        if batch_size is None:
            field, value = "network", title
            valid = REDUCE_NETWORK
        else:
            field, value = "batch_size", batch_size
            valid = f"at most {max_batch} images on {device}" if max_batch > 0 else REDUCE_NETWORK
            if purpose == "training":
                valid += ", memory-efficient mode" if max_batch > 0 else "; or memory-efficient mode"
        super().__init__(field, value, f"needs about {human_bytes(estimate)} on {device} ({what}, estimated "
                         f"from the ledger), but only {human_bytes(free)} is free", valid)


class OutOfMemory(ConfigError):
    """The device ran out of memory while building or running; what was allocated is released."""

    def __init__(self, device: str, stage: str, detail: str, batch_size: int | None = None) -> None:
        self.device = device
        self.stage = stage
        valid = ("a smaller batch size, memory-efficient mode, " if batch_size is not None else "") + REDUCE_NETWORK
        super().__init__("batch_size" if batch_size is not None else "network",
                         batch_size if batch_size is not None else device,
                         f"ran out of memory on {device} while {stage} ({detail[:160]})", valid)


def is_out_of_memory(exc: BaseException) -> bool:
    """MemoryError, torch.OutOfMemoryError (CUDA, MPS) or the RuntimeError allocators raise."""
    if isinstance(exc, MemoryError):
        return True
    if not isinstance(exc, RuntimeError):
        return False
    if type(exc).__name__ == "OutOfMemoryError":
        return True
    text = str(exc).lower()
    return "out of memory" in text or "can't allocate memory" in text or "not enough memory" in text


def inference_memory_estimate(ledger: Ledger, batch_size: int) -> int:
    """Bytes for the parameters and buffers plus the peak of one no-grad forward pass, from the ledger.

    In a dense block the forward pass keeps every earlier output (the list [x0, ..., x_{l-1}]) and, while
    layer l runs, the concatenation, its normalised copy, the bottleneck's maps and the new k maps.
    """
    cfg = ledger.config
    peak = cfg.in_channels * cfg.input_size * cfg.input_size
    for r in ledger.rows:
        hw = r.out_h * r.out_w
        if r.kind == "dense_layer":
            # the earlier maps, their concatenation, its normalised copy, the layer's inner maps, k new maps
            inner = max(r.params - 2 * r.in_channels, 0) // max(r.in_channels, 1)  # ~ 2 x bottleneck width
            live = 3 * r.in_channels * hw + min(inner, 2 * r.in_channels + 2 * r.out_channels) * hw
            live += r.out_channels * hw
        elif r.kind == "transition":
            live = 3 * r.in_channels * (4 * hw) + r.out_channels * (4 * hw + hw)
        else:
            # the input (up to 4x the output's area before a stride-2 layer) and two output-sized maps
            live = 4 * r.in_channels * hw + 2 * r.out_channels * hw
        peak = max(peak, live)
    # BatchNorm buffers (running mean, variance) are as many as its parameters: at most the parameters.
    return int(MEMORY_MARGIN * (2 * ledger.param_bytes + batch_size * peak * BYTES_PER_ELEM))


def build_memory_estimate(ledger: Ledger) -> int:
    """Bytes to build the module: parameters and buffers (BatchNorm's are at most as many as parameters)."""
    return int(MEMORY_MARGIN * 2 * ledger.param_bytes)


def saved_activation_bytes(model: Any, x: Any) -> int:
    """Bytes of the distinct storages autograd saves for backward in one forward pass of ``model`` on ``x``, the
    weights excluded: the measurement the ledger's training-memory estimate is checked against."""
    import torch

    storages: dict[int, int] = {}

    def pack(t: torch.Tensor) -> torch.Tensor:
        s = t.untyped_storage()
        storages[s.data_ptr()] = s.nbytes()
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):
        model(x)
    weights = {p.untyped_storage().data_ptr() for p in model.parameters()}
    return sum(n for ptr, n in storages.items() if ptr not in weights)


def _estimate(ledger: Ledger, purpose: str, batch_size: int, memory_efficient: bool) -> int:
    if purpose == "training":
        return int(MEMORY_MARGIN * ledger.train_step_bytes(batch_size, memory_efficient))
    if purpose == "forward":
        return inference_memory_estimate(ledger, batch_size)
    return build_memory_estimate(ledger)


def check_memory(config: Any, device: Any = "cpu", *, batch_size: int | None = None, training: bool = False,
                 memory_efficient: bool = False, free_bytes: int | None = None,
                 ledger: Ledger | None = None) -> int | None:
    """Refuse with MemoryRefusal, before anything is allocated, a network whose ledger estimate exceeds the
    device's free memory: to build it (no batch), to run a forward pass at ``batch_size``, or to train at
    ``batch_size``. Returns the estimate (None on ``meta`` or where the device cannot tell its free memory).
    ``free_bytes`` overrides what the device reports (tests)."""
    from . import devices  # the module, so that tests can patch device_free_bytes

    dev = devices.resolve_device(device)
    if dev.type == "meta":
        return None
    if ledger is None:
        ledger = compute_ledger(config)  # every family's spec has a ledger
    purpose = "training" if training else "forward" if batch_size is not None else "build"
    batch = batch_size or 1
    estimate = _estimate(ledger, purpose, batch, memory_efficient)
    free = free_bytes if free_bytes is not None else devices.device_free_bytes(dev)
    if free is None or estimate <= free:
        return estimate
    max_batch = 0
    if batch_size is not None:
        per_image = _estimate(ledger, purpose, 2, memory_efficient) - _estimate(ledger, purpose, 1, memory_efficient)
        fixed = estimate - batch * per_image
        max_batch = max(0, int((free - fixed) // per_image)) if per_image > 0 else 0
    raise MemoryRefusal(str(dev), batch_size, estimate, free, max_batch, purpose, getattr(config, "title", "network"))
