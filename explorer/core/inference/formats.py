"""Which memory format a network predicts faster in on this device: contiguous (NCHW) or channels_last (NHWC).

Measured, not assumed (channels_last was 1.16-1.6x faster for inference on this project's 2-core CPU, and
the answer differs by device, network and input size): forward passes of the predictor's own network at
batch 1 on its own input size, the two formats interleaved round by round (the order reversed every other
round, so that a busy neighbour slows both alike), each round long enough to read a clock on. The verdict is
the median of the paired rounds, as for training (``speed.channels_last_faster``), and is measured once per
(device, network, input size) in a process and shared by every predictor of that shape.

The measurement runs where the predictor is made ready: on the inference panel's worker thread, or in
``explorer predict`` before the first image. A person's own choice (``--channels-last`` /
``--no-channels-last``) skips it.
"""

from __future__ import annotations

import copy
import math
import threading
import time
from dataclasses import dataclass

import torch

from ..speed import Spread, paired_speedup
from .predictor import Predictor

__all__ = ["FormatChoice", "FORMAT_ROUNDS", "measure_formats", "choose_memory_format", "format_count"]

FORMAT_ROUNDS = 5  # interleaved rounds: each times both formats
ROUND_SECONDS = 0.02  # a round repeats the forward pass until it lasts about this long (at most MAX_REPEATS)
MAX_REPEATS = 20


@dataclass(frozen=True)
class FormatChoice:
    """The format a predictor runs in, and why: ``speedup`` is channels_last against contiguous, measured
    here (None where the person chose the format)."""

    channels_last: bool
    speedup: Spread | None = None

    @property
    def measured(self) -> bool:
        return self.speedup is not None

    @property
    def name(self) -> str:
        return "channels_last" if self.channels_last else "contiguous"


_lock = threading.Lock()
_measured: dict[tuple, Spread] = {}
_count = [0]  # measurements made in this process (tests: one per network shape and device)


def format_count() -> int:
    return _count[0]


def _key(predictor: Predictor) -> tuple:
    c = predictor.config
    return (str(predictor.device), type(c).__name__, repr(c), int(predictor.crop_size))


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        torch.cuda.synchronize(device)


@torch.no_grad()
def measure_formats(model: torch.nn.Module, shape: tuple[int, int, int, int], device: torch.device,
                    rounds: int = FORMAT_ROUNDS) -> Spread:
    """channels_last's speed-up over contiguous for ``model``'s eval-mode forward pass on inputs of ``shape``:
    paired rounds, median and range. ``model`` is left as it was (the channels_last copy is a deep copy)."""
    was_training = model.training
    model.eval()
    other = copy.deepcopy(model).to(memory_format=torch.channels_last)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(*shape, generator=g).to(device)
    xs = {"contiguous": (model, x), "channels_last": (other, x.contiguous(memory_format=torch.channels_last))}

    def once(name: str) -> float:
        net, inp = xs[name]
        _sync(device)
        t = time.perf_counter()
        net(inp)
        _sync(device)
        return time.perf_counter() - t

    try:
        for name in xs:  # warm-up: the first pass of each format pays for its kernels' set-up
            once(name)
        first = min(once(name) for name in xs)
        repeats = max(1, min(MAX_REPEATS, math.ceil(ROUND_SECONDS / max(first, 1e-6))))
        seconds: dict[str, list[float]] = {name: [] for name in xs}
        for r in range(rounds):
            for name in (xs if r % 2 == 0 else reversed(list(xs))):
                seconds[name].append(sum(once(name) for _ in range(repeats)) / repeats)
    finally:
        del other
        model.train(was_training)
    return paired_speedup(seconds["contiguous"], seconds["channels_last"])


def choose_memory_format(predictor: Predictor, channels_last: bool | None = None) -> FormatChoice:
    """Put ``predictor`` in the faster format here (``channels_last=None``: measured once per device, network
    and input size, then shared) or in the one asked for; returns the choice, also kept on the predictor."""
    speedup = None
    if channels_last is None:
        key = _key(predictor)
        with _lock:  # one measurement at a time: two at once would each slow the other's clock
            speedup = _measured.get(key)
            if speedup is None:
                speedup = measure_formats(predictor.model, (1, predictor.in_channels, predictor.crop_size,
                                                            predictor.crop_size), predictor.device)
                _measured[key] = speedup
                _count[0] += 1
        channels_last = speedup.median > 1.0  # a tie keeps the plain format
    fmt = torch.channels_last if channels_last else torch.contiguous_format
    predictor.model.to(memory_format=fmt)
    predictor.memory_format = fmt
    predictor.format_choice = choice = FormatChoice(bool(channels_last), speedup)
    return choice
