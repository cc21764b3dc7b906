"""Build the real network on a device and measure it: build time, parameter memory on the device, forward
latency and throughput at a batch size. Before anything is allocated, the ledger's memory estimate is checked
against what the device has free, and a network that would not fit is refused with the estimate and why.

No Qt here: the window calls ``instantiate`` from a worker thread, with ``should_cancel`` and ``progress``
callbacks (cancel is cooperative: checked between the steps and between timed forward passes).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .config import ConfigError
from .format import human_bytes
from .ledger import BYTES_PER_ELEM, Ledger, compute_ledger

__all__ = ["InstantiateResult", "MemoryRefusal", "InstantiateCancelled", "inference_memory_estimate",
           "instantiate", "MEMORY_MARGIN"]

MEMORY_MARGIN = 1.2  # allocator rounding, convolution workspaces, the framework's own buffers


class MemoryRefusal(ConfigError):
    """The network at this batch size needs more memory than the device has free."""

    def __init__(self, device: str, batch_size: int, estimate: int, free: int, max_batch: int) -> None:
        self.device = device
        self.estimate = estimate
        self.free = free
        self.max_batch = max_batch
        valid = f"at most {max_batch} images on {device}" if max_batch > 0 else "a smaller network"
        super().__init__("batch_size", batch_size,
                         f"needs about {human_bytes(estimate)} on {device} (parameters plus one forward "
                         f"pass, estimated from the ledger), but only {human_bytes(free)} is free", valid)


class InstantiateCancelled(Exception):
    """The user cancelled; nothing is kept."""


@dataclass(frozen=True)
class InstantiateResult:
    device: str
    batch_size: int
    build_s: float  # constructing the module on the device (weights initialised there)
    param_count: int
    param_bytes: int  # bytes of parameters as allocated (numel x element size)
    buffer_bytes: int  # BatchNorm running statistics and counters
    device_allocated_bytes: int | None  # CUDA: what the caching allocator reports for the module
    latency_ms: float  # median forward time of one batch (eval mode, no grad)
    latency_min_ms: float
    runs: int  # timed forward passes
    throughput: float  # images per second at the median latency
    estimate_bytes: int  # the ledger's estimate that was checked against free memory
    free_bytes: int | None  # free memory before building, where the device tells it


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


def instantiate(config: Any, device: str = "cpu", batch_size: int = 1, *, max_runs: int = 10,
                time_budget_s: float = 3.0, should_cancel: Callable[[], bool] | None = None,
                progress: Callable[[str, float], None] | None = None,
                free_bytes: int | None = None) -> InstantiateResult:
    """Build ``config`` on ``device`` and time its forward pass at ``batch_size``.

    ``free_bytes`` overrides what the device reports (tests). Raises MemoryRefusal before allocating when
    the estimate exceeds the free memory, InstantiateCancelled when ``should_cancel()`` turns true.
    """
    if isinstance(batch_size, bool) or not isinstance(batch_size, int) or not 1 <= batch_size <= 65536:
        raise ConfigError("batch_size", batch_size, "is out of range", "1 to 65536")
    cancel = should_cancel or (lambda: False)
    report = progress or (lambda stage, fraction: None)

    def check() -> None:
        if cancel():
            raise InstantiateCancelled("cancelled")

    report("checking memory", 0.0)
    ledger = compute_ledger(config)
    estimate = inference_memory_estimate(ledger, batch_size)

    import torch

    from .devices import device_free_bytes, resolve_device
    from .models import build_model

    dev = resolve_device(device)
    free = free_bytes if free_bytes is not None else device_free_bytes(dev)
    if free is not None and estimate > free:
        per_image = inference_memory_estimate(ledger, 2) - inference_memory_estimate(ledger, 1)
        fixed = estimate - batch_size * per_image
        max_batch = max(0, int((free - fixed) // per_image)) if per_image > 0 else 0
        raise MemoryRefusal(str(dev), batch_size, estimate, free, max_batch)
    check()

    def sync() -> None:
        if dev.type == "cuda":
            torch.cuda.synchronize(dev)
        elif dev.type == "mps":
            torch.mps.synchronize()

    report("building", 0.1)
    allocated_before = torch.cuda.memory_allocated(dev) if dev.type == "cuda" else None
    sync()
    t0 = time.perf_counter()
    model = build_model(config, dev)
    sync()
    build_s = time.perf_counter() - t0
    allocated = (torch.cuda.memory_allocated(dev) - allocated_before) if allocated_before is not None else None
    params = list(model.parameters())
    param_count = sum(p.numel() for p in params)
    param_bytes = sum(p.numel() * p.element_size() for p in params)
    buffer_bytes = sum(b.numel() * b.element_size() for b in model.buffers())
    check()

    model.eval()
    size = config.input_size
    times: list[float] = []
    try:
        with torch.inference_mode():
            x = torch.randn(batch_size, config.in_channels, size, size, device=dev)
            report("warming up", 0.3)
            model(x)  # first pass: kernels chosen, caches filled; not timed
            sync()
            started = time.perf_counter()
            while len(times) < max_runs:
                check()
                t = time.perf_counter()
                model(x)
                sync()
                times.append(time.perf_counter() - t)
                report("timing", 0.3 + 0.7 * len(times) / max_runs)
                if time.perf_counter() - started > time_budget_s:
                    break
    finally:
        del model
        if dev.type == "cuda":
            torch.cuda.empty_cache()
    median = statistics.median(times)
    return InstantiateResult(str(dev), batch_size, build_s, param_count, param_bytes, buffer_bytes, allocated,
                             median * 1e3, min(times) * 1e3, len(times), batch_size / median, estimate, free)
