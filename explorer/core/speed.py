"""How fast this computer trains, measured once per (device, mode) on a small probe network, and how long a
run will take from the ledger alone.

One probe per device and mode, shared by every caller (the training estimate, the Compare view, the Training
panel's checkboxes, ``explorer train``'s defaults): it times training steps of PROBE_CONFIG in three
variants, interleaved round by round (contiguous float32, channels_last float32, and channels_last under
mixed precision where the device has fast low-precision arithmetic), so that a busy neighbour slows them
alike. From it come the estimate's speed, whether channels_last is faster here, and mixed precision's
measured speed-up.

Never the network the person typed: building it just to time it would allocate whatever was typed (1111
layers per block grew the process by 130 MB/s). Importing this module does not import torch.
"""

from __future__ import annotations

import statistics
import threading
import time
from dataclasses import dataclass
from typing import Any

from .config import DenseNetConfig
from .ledger import compute_ledger

__all__ = ["PROBE_CONFIG", "Probe", "Spread", "paired_speedup", "channels_last_faster", "probe", "cached_probe",
           "probe_speed", "cached_probe_speed", "probe_count", "estimate_epoch_seconds", "estimate_run_seconds",
           "LONG_RUN_SECONDS"]

# A DenseNet-BC small enough to time in well under a second on a laptop CPU, shaped like the CIFAR networks
# (3×32×32 inputs), so its multiply-adds per second stand for the family's.
PROBE_CONFIG = DenseNetConfig(growth_rate=12, block_layers=(4, 4, 4), bottleneck=True, compression=0.5,
                              input_size=32, num_classes=10)
PROBE_BATCH = 16
PROBE_ROUNDS = 3  # interleaved rounds: each times every variant for PROBE_STEPS steps
PROBE_STEPS = 2
PROBE_WARMUP = 2  # untimed steps of each variant before the rounds
LONG_RUN_SECONDS = 600.0  # a run the estimate puts over this asks before it starts

VARIANTS = ("contiguous", "channels_last", "amp")  # "amp": channels_last under autocast


@dataclass(frozen=True)
class Spread:
    """A ratio measured several times: its median and its range. ``level`` when the range holds 1.0 (no
    difference that the noise does not explain)."""

    median: float
    lo: float
    hi: float
    n: int

    @property
    def level(self) -> bool:
        return self.lo <= 1.0 <= self.hi

    def __str__(self) -> str:
        verdict = "level" if self.level else ("faster" if self.lo > 1.0 else "slower")
        return f"{self.median:.2f}x ({self.lo:.2f}-{self.hi:.2f}, {self.n} pairs, {verdict})"


def paired_speedup(base_s: list[float] | tuple[float, ...], other_s: list[float] | tuple[float, ...]) -> Spread:
    """How many times faster ``other`` is than ``base``, from interleaved timings: round i of one against
    round i of the other (the same moment of the machine), median and range over the rounds."""
    ratios = [a / b for a, b in zip(base_s, other_s) if a > 0 and b > 0]
    if not ratios:
        raise ValueError("no paired timings")
    return Spread(statistics.median(ratios), min(ratios), max(ratios), len(ratios))


def channels_last_faster(contiguous_s: list[float] | tuple[float, ...],
                         channels_last_s: list[float] | tuple[float, ...]) -> bool:
    """The default format: channels_last where the median of the paired rounds says it is faster. A tie (or
    a slower channels_last) keeps the contiguous format, the plain one."""
    return paired_speedup(contiguous_s, channels_last_s).median > 1.0


@dataclass(frozen=True)
class Probe:
    """One device's measured training speed on PROBE_CONFIG at PROBE_BATCH: seconds per step of each
    variant, one entry per interleaved round (``amp`` empty where the device has no fast low-precision
    arithmetic: then it is not measured, and mixed precision would be slower)."""

    device: str
    memory_efficient: bool
    macs_per_step: int  # 3 × the forward multiply-adds × the batch
    seconds: dict[str, tuple[float, ...]]
    fast_amp: str | None  # why mixed precision is fast here ("avx512_bf16", "cuda bf16", ...), or None

    @property
    def channels_last(self) -> bool:
        """Whether channels_last is the faster format here (the default of training and inference)."""
        return channels_last_faster(self.seconds["contiguous"], self.seconds["channels_last"])

    @property
    def channels_last_speedup(self) -> Spread:
        return paired_speedup(self.seconds["contiguous"], self.seconds["channels_last"])

    @property
    def amp_speedup(self) -> Spread | None:
        """Mixed precision against float32 in the same (channels_last) format; None where not measured."""
        if not self.seconds.get("amp"):
            return None
        return paired_speedup(self.seconds["channels_last"], self.seconds["amp"])

    def macs_per_s(self, amp: bool = False) -> float:
        """Training multiply-adds per second in the default format (float32, or mixed precision)."""
        key = "amp" if amp and self.seconds.get("amp") else ("channels_last" if self.channels_last else
                                                              "contiguous")
        return self.macs_per_step / statistics.median(self.seconds[key])


_lock = threading.Lock()
_measured: dict[tuple[str, bool], Probe] = {}
_pending: dict[tuple[str, bool], threading.Event] = {}
_count = [0]  # probes measured in this process (tests: one per device and mode, whoever asks)


def probe_count() -> int:
    return _count[0]


def _measure(device: str, memory_efficient: bool, rounds: int, steps: int) -> Probe:
    import torch

    from .devices import fast_amp, resolve_device
    from .models import build_model
    from .training.step import grad_scaler, synchronize, train_step

    dev = resolve_device(device, compute=True)
    config = PROBE_CONFIG
    amp_reason = fast_amp(dev)
    torch.manual_seed(0)
    base = build_model(config, dev, memory_efficient=memory_efficient)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(PROBE_BATCH, config.in_channels, config.input_size, config.input_size, generator=g)
    y = torch.randint(0, config.num_classes, (PROBE_BATCH,), generator=g).to(dev)
    runs: dict[str, Any] = {}
    for name in VARIANTS if amp_reason else VARIANTS[:2]:
        fmt = torch.contiguous_format if name == "contiguous" else torch.channels_last
        model = build_model(config, dev, memory_efficient=memory_efficient)
        model.load_state_dict(base.state_dict())
        model.to(memory_format=fmt).train()
        opt = torch.optim.SGD(model.parameters(), lr=0.01)
        runs[name] = (model, opt, x.to(dev, memory_format=fmt), name == "amp", grad_scaler(dev, name == "amp"))
    seconds: dict[str, list[float]] = {name: [] for name in VARIANTS}

    def step(name: str) -> None:
        model, opt, xs, amp, scaler = runs[name]
        train_step(model, opt, xs, y, amp=amp, scaler=scaler)

    for name in runs:  # warm-up: kernels chosen, caches filled (the first steps are several times slower)
        for _ in range(PROBE_WARMUP):
            step(name)
    names = list(runs)
    for r in range(rounds):
        for name in names if r % 2 == 0 else names[::-1]:  # A B C, then C B A: no variant always first
            synchronize(dev)
            t0 = time.perf_counter()
            for _ in range(steps):
                step(name)
            synchronize(dev)
            seconds[name].append((time.perf_counter() - t0) / steps)
    macs = 3 * compute_ledger(config).total_macs * PROBE_BATCH
    return Probe(str(device), memory_efficient, macs, {k: tuple(v) for k, v in seconds.items()}, amp_reason)


def probe(device: str = "cpu", memory_efficient: bool = False, rounds: int = PROBE_ROUNDS,
          steps: int = PROBE_STEPS) -> Probe:
    """The device's probe, measured on the first call for (device, mode) in this process and then reused.
    Callers that ask while it is being measured wait for that one measurement instead of starting another."""
    key = (device, memory_efficient)
    while True:
        with _lock:
            if key in _measured:
                return _measured[key]
            waiting = _pending.get(key)
            if waiting is None:
                _pending[key] = threading.Event()
                break
        waiting.wait()
    try:
        result = _measure(device, memory_efficient, rounds, steps)
        with _lock:
            _measured[key] = result
            _count[0] += 1
        return result
    finally:
        with _lock:
            _pending.pop(key).set()  # a failed measurement lets the next caller try again


def cached_probe(device: str = "cpu", memory_efficient: bool = False) -> Probe | None:
    """The probe already measured for ``device``, or None (nothing is measured here)."""
    with _lock:
        return _measured.get((device, memory_efficient))


def probe_speed(device: str = "cpu", memory_efficient: bool = False, amp: bool = False) -> float:
    """Training multiply-adds per second on ``device`` in its default format (forward + backward = 3× the
    forward multiply-adds), from the device's one probe."""
    return probe(device, memory_efficient).macs_per_s(amp)


def cached_probe_speed(device: str = "cpu", memory_efficient: bool = False, amp: bool = False) -> float | None:
    """The speed already measured for ``device``, or None (nothing is measured here)."""
    found = cached_probe(device, memory_efficient)
    return None if found is None else found.macs_per_s(amp)


def estimate_epoch_seconds(total_macs: int, train_images: int, val_images: int, macs_per_s: float) -> float:
    """Seconds per epoch: 3× the forward multiply-adds per training image, 1× per validation image."""
    return (3 * total_macs * train_images + total_macs * val_images) / max(macs_per_s, 1.0)


def estimate_run_seconds(config: Any, train_images: int, val_images: int, epochs: int, macs_per_s: float,
                         max_batches: int | None = None, batch_size: int = 64) -> float:
    """Seconds for ``epochs`` epochs of ``config`` at ``macs_per_s``, from its ledger (no network is built).
    ``max_batches`` caps the training batches only: the Trainer always validates on the whole split."""
    if max_batches is not None:
        train_images = min(train_images, max_batches * batch_size)
    macs = compute_ledger(config).total_macs
    return epochs * estimate_epoch_seconds(macs, train_images, val_images, macs_per_s)
