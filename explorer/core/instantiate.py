"""Build the real network on a device and measure it: build time, parameter memory on the device, forward
latency and throughput at a batch size. Before anything is allocated, the ledger's memory estimate is checked
against what the device has free, and a network that would not fit is refused with the estimate and why.

Latency is the median of several timed forward passes after an untimed warm-up: at least ``min_runs``,
and more until about ``target_s`` of timing is reached (a tiny network gets many, up to ``max_runs``); a huge
one stops before the timing would pass ``time_limit_s``, and says how many runs it got.

No Qt here: the window calls ``instantiate`` from a worker thread, with ``should_cancel`` and ``progress``
callbacks (cancel is cooperative: checked between the steps and between timed forward passes).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .format import first_line
from .ledger import compute_ledger
from .memory import MEMORY_MARGIN, MemoryRefusal, OutOfMemory, check_memory, inference_memory_estimate, is_out_of_memory
from .validation import ConfigError

__all__ = ["InstantiateResult", "MemoryRefusal", "InstantiateCancelled", "inference_memory_estimate",
           "instantiate", "MEMORY_MARGIN", "keep_timing", "rate_number", "throughput_text"]


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
    latency_min_ms: float  # the spread of the timed runs: fastest ...
    latency_max_ms: float  # ... and slowest
    runs: int  # timed forward passes (after one untimed warm-up)
    times_ms: tuple[float, ...]  # each timed pass, in order
    throughput: float  # images per second at the median latency
    estimate_bytes: int  # the ledger's estimate that was checked against free memory
    free_bytes: int | None  # free memory before building, where the device tells it


def rate_number(value: float) -> str:
    """A measured figure, as many digits as it deserves: "12,345", "81.2", "12.5", "1", "0.5", "0.333"."""
    if value >= 99.95:
        return f"{value:,.0f}"
    return f"{value:.3g}"


def throughput_text(images_per_s: float) -> str:
    """ "1 image/s", "2 images/s", "0.5 images/s", "12,345 images/s" (the window words it through tr())."""
    number = rate_number(images_per_s)
    return f"{number} image/s" if number == "1" else f"{number} images/s"


def keep_timing(times: list[float], *, min_runs: int = 5, max_runs: int = 100, target_s: float = 1.0,
                time_limit_s: float = 10.0) -> bool:
    """Whether to time another forward pass, given the seconds of those timed so far: on until both
    ``min_runs`` passes and ``target_s`` seconds; never past ``max_runs``, nor (a huge network) when one more
    pass of the median length would take the timing past ``time_limit_s``."""
    if len(times) >= max_runs:
        return False
    if not times:
        return True
    spent = sum(times)
    if spent + statistics.median(times) > time_limit_s:
        return False
    return len(times) < min_runs or spent < target_s


def instantiate(config: Any, device: str = "cpu", batch_size: int = 1, *, min_runs: int = 5,
                max_runs: int = 100, target_s: float = 1.0, time_limit_s: float = 10.0,
                should_cancel: Callable[[], bool] | None = None,
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

    from . import devices

    dev = devices.resolve_device(device)
    free = free_bytes if free_bytes is not None else devices.device_free_bytes(dev)
    check_memory(config, dev, batch_size=batch_size, free_bytes=free, ledger=ledger)  # the shared refusal
    check()

    sync = _synchronizer(dev)
    report("building", 0.1)
    model, build_s, allocated = _build_timed(config, dev, sync)
    params = list(model.parameters())
    param_count = sum(p.numel() for p in params)
    param_bytes = sum(p.numel() * p.element_size() for p in params)
    buffer_bytes = sum(b.numel() * b.element_size() for b in model.buffers())
    check()

    model.eval()
    max_runs = max(max_runs, 1)
    plan = {"min_runs": min(min_runs, max_runs), "max_runs": max_runs, "target_s": target_s,
            "time_limit_s": time_limit_s}
    oom = ""
    try:
        times = _time_forward(model, config, dev, batch_size, plan, check, report, sync)
    except (MemoryError, RuntimeError) as exc:
        if not is_out_of_memory(exc):
            raise
        oom = first_line(exc)
    finally:
        del model
        if dev.type == "cuda":
            torch.cuda.empty_cache()
    if oom:  # raised here, outside the handler, so that nothing keeps the batch's tensors alive
        raise OutOfMemory(str(dev), f"running a forward pass at batch {batch_size}", oom, batch_size)
    median = statistics.median(times)
    return InstantiateResult(str(dev), batch_size, build_s, param_count, param_bytes, buffer_bytes, allocated,
                             median * 1e3, min(times) * 1e3, max(times) * 1e3, len(times),
                             tuple(s * 1e3 for s in times), batch_size / median, estimate, free)


def _synchronizer(dev: Any) -> Callable[[], None]:
    """Wait for the device's queued work (timings of asynchronous devices end when the work does)."""
    import torch

    def sync() -> None:
        if dev.type == "cuda":
            torch.cuda.synchronize(dev)
        elif dev.type == "mps":
            torch.mps.synchronize()

    return sync


def _build_timed(config: Any, dev: Any, sync: Callable[[], None]) -> tuple[Any, float, int | None]:
    """(the model, seconds to build it, CUDA bytes it took or None elsewhere)."""
    import torch

    from .models import build_model

    allocated_before = torch.cuda.memory_allocated(dev) if dev.type == "cuda" else None
    sync()
    t0 = time.perf_counter()
    model = build_model(config, dev)
    sync()
    build_s = time.perf_counter() - t0
    allocated = (torch.cuda.memory_allocated(dev) - allocated_before) if allocated_before is not None else None
    return model, build_s, allocated


def _time_forward(model: Any, config: Any, dev: Any, batch_size: int, plan: dict[str, Any],
                  check: Callable[[], None], report: Callable[[str, float], None],
                  sync: Callable[[], None]) -> list[float]:
    """Seconds of each timed forward pass, after one untimed warm-up (``keep_timing`` decides how many)."""
    import torch

    size = config.input_size
    times: list[float] = []
    with torch.inference_mode():
        x = torch.randn(batch_size, config.in_channels, size, size, device=dev)
        report("warming up", 0.3)
        model(x)  # first pass: kernels chosen, caches filled; not timed
        sync()
        while keep_timing(times, **plan):
            check()
            t = time.perf_counter()
            model(x)
            sync()
            times.append(time.perf_counter() - t)
            done = max(len(times) / plan["max_runs"], min(len(times) / max(plan["min_runs"], 1),
                                                          sum(times) / max(plan["target_s"], 1e-9)))
            report("timing", 0.3 + 0.7 * min(done, 1.0))
        report("timing", 1.0)
    return times
