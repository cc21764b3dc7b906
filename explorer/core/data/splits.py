"""Seeded splits, epoch orders and batches: every random order here comes from ``seeded_generator``, so a
resumed run visits the examples exactly as an unbroken one did."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..config import ConfigError
from ..messages import M

if TYPE_CHECKING:
    import torch
    from torch import Tensor

__all__ = ["seeded_generator", "mixed_seed", "SPLIT_STREAM", "split_indices", "epoch_order", "make_batch",
           "augment_batch"]

# The validation split draws from its own stream, apart from the epoch orders of the same seed.
SPLIT_STREAM = 7919
# One multiplier per level of (epoch, batch): large primes, so that neighbouring seeds and epochs never give
# the same generator seed.
_LEVEL_MULTIPLIERS = (1_000_003, 100_003)


def mixed_seed(seed: int, *levels: int, stream: int = 0) -> int:
    """The generator seed for ``levels`` (epoch, then batch) under a run's ``seed``:
    ``((seed + stream) * 1_000_003 + epoch) * 100_003 + batch``, as far as levels are given."""
    if len(levels) > len(_LEVEL_MULTIPLIERS):
        raise ValueError(f"at most {len(_LEVEL_MULTIPLIERS)} levels (epoch, batch), got {len(levels)}")
    value = seed + stream
    for multiplier, level in zip(_LEVEL_MULTIPLIERS, levels, strict=False):
        value = value * multiplier + level
    return value


def seeded_generator(seed: int, *levels: int, stream: int = 0) -> torch.Generator:
    """A torch generator seeded for (seed, epoch, batch): the one place a run's random orders come from."""
    import torch

    return torch.Generator().manual_seed(mixed_seed(seed, *levels, stream=stream))


def split_indices(n: int, val_fraction: float, seed: int) -> tuple[Tensor, Tensor]:
    """A seeded split of range(n) into (train, val) index tensors; val has round(n * fraction) items."""
    import torch

    if not 0.0 <= val_fraction < 1.0:
        raise ConfigError("val_fraction", val_fraction, M("config.out_of_range", "is out of range"), "[0, 1)")
    perm = torch.randperm(n, generator=seeded_generator(seed, stream=SPLIT_STREAM))
    n_val = int(round(n * val_fraction))
    if n_val and n - n_val < 1:
        raise ConfigError("val_fraction", val_fraction, M("data.val_fraction", "leaves no training images of {n}")(n=n),
                          M("data.smaller", "smaller"))
    return perm[n_val:].sort().values, perm[:n_val].sort().values


def epoch_order(n: int, seed: int, epoch: int) -> Tensor:
    """The order of training examples in ``epoch``: depends on (seed, epoch) only, so a resumed run
    visits them exactly as an unbroken one."""
    import torch

    return torch.randperm(n, generator=seeded_generator(seed, epoch))


def make_batch(images: Tensor, labels: Tensor, index: Tensor, mean: Tensor, std: Tensor, pixel_max: float,
               augment: bool = False, generator: torch.Generator | None = None) -> tuple[Tensor, Tensor]:
    """Float images normalised per channel (and augmented when asked) for the given example indices."""
    import torch

    x = images[index].to(torch.float32).div_(pixel_max)
    if augment:
        x = augment_batch(x, generator)
    x = x.sub_(mean.view(1, -1, 1, 1)).div_(std.view(1, -1, 1, 1))
    return x, labels[index]


def augment_batch(x: Tensor, generator: torch.Generator | None = None, pad: int = 4) -> Tensor:
    """The paper's "+" augmentation: zero-pad 4 pixels, random crop back to size, random horizontal flip."""
    import torch

    n, _c, h, w = x.shape
    padded = torch.nn.functional.pad(x, (pad, pad, pad, pad))
    dy = torch.randint(0, 2 * pad + 1, (n,), generator=generator)
    dx = torch.randint(0, 2 * pad + 1, (n,), generator=generator)
    flip = torch.rand(n, generator=generator) < 0.5
    rows = (dy.view(n, 1) + torch.arange(h).view(1, h))  # (n, h)
    cols = (dx.view(n, 1) + torch.arange(w).view(1, w))  # (n, w)
    cols = torch.where(flip.view(n, 1), cols.flip(1), cols)
    bidx = torch.arange(n).view(n, 1, 1)
    out = padded.permute(0, 2, 3, 1)[bidx, rows.view(n, h, 1), cols.view(n, 1, w)]  # (n, h, w, c)
    return out.permute(0, 3, 1, 2).contiguous()
