"""How long training will take, from the ledger alone: a device's speed is measured once, on a small probe
network, and every estimate is that speed applied to the ledger's multiply-adds.

Never the network the person typed: building it just to time it would allocate whatever was typed (1111
layers per block grew the process by 130 MB/s). Importing this module does not import torch.
"""

from __future__ import annotations

import threading
from typing import Any

from .config import DenseNetConfig
from .ledger import compute_ledger

__all__ = ["PROBE_CONFIG", "probe_speed", "cached_probe_speed", "estimate_epoch_seconds", "estimate_run_seconds",
           "LONG_RUN_SECONDS"]

# A DenseNet-BC small enough to time in well under a second on a laptop CPU, shaped like the CIFAR networks
# (3×32×32 inputs), so its multiply-adds per second stand for the family's.
PROBE_CONFIG = DenseNetConfig(growth_rate=12, block_layers=(4, 4, 4), bottleneck=True, compression=0.5,
                              input_size=32, num_classes=10)
PROBE_BATCH = 16
LONG_RUN_SECONDS = 600.0  # a run the estimate puts over this asks before it starts

_lock = threading.Lock()
_measured: dict[tuple[str, bool], float] = {}


def probe_speed(device: str = "cpu", memory_efficient: bool = False, steps: int = 3) -> float:
    """Training multiply-adds per second on ``device``, timed on PROBE_CONFIG (forward + backward = 3× the
    forward multiply-adds), measured once per device and mode in this process and then reused."""
    key = (device, memory_efficient)
    with _lock:
        if key in _measured:
            return _measured[key]
    from .training import measure_training_speed

    rate = measure_training_speed(PROBE_CONFIG, device, batch_size=PROBE_BATCH, steps=steps,
                                  memory_efficient=memory_efficient)
    with _lock:
        _measured[key] = rate
    return rate


def cached_probe_speed(device: str = "cpu", memory_efficient: bool = False) -> float | None:
    """The speed already measured for ``device``, or None (nothing is measured here)."""
    with _lock:
        return _measured.get((device, memory_efficient))


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
