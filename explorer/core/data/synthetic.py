"""The two sets that need no download: the shipped 8x8 digits and the generated colour shapes."""

from __future__ import annotations

import gzip
from pathlib import Path

import numpy as np

from ...paths import RESOURCES
from ..messages import M
from .base import DataError, ImageData

__all__ = ["DIGITS_FILE", "SHAPE_CLASSES", "load_digits", "make_shapes"]

DIGITS_FILE = RESOURCES / "data" / "digits.csv.gz"
SHAPE_CLASSES = ("circle", "square", "triangle", "cross", "ring", "horizontal stripes", "vertical stripes",
                 "checkerboard")


def load_digits(path: Path = DIGITS_FILE) -> ImageData:
    """The 1,797 8x8 handwritten digits (UCI, as shipped by scikit-learn): 64 pixels 0..16 and a label."""
    import torch

    try:
        with gzip.open(path, "rt", encoding="ascii") as fh:
            table = np.loadtxt(fh, delimiter=",", dtype=np.int64)
    except (OSError, ValueError, EOFError) as exc:
        raise DataError("digits", M("data.digits_unreadable", "the shipped file {path} cannot be read ({error})")(
            path=str(path), error=str(exc))) from None
    if table.ndim != 2 or table.shape[1] != 65:
        raise DataError("digits", M("data.digits_shape", "{path} has {shape} values; expected rows of 64 pixels and a "
                                    "label")(path=str(path), shape=table.shape))
    images = torch.from_numpy(table[:, :64].astype(np.uint8).reshape(-1, 1, 8, 8))
    labels = torch.from_numpy(table[:, 64].copy())
    return ImageData("digits", images, labels, [str(i) for i in range(10)], pixel_max=16.0)


def _shape_masks(labels: np.ndarray, rng: np.random.Generator, size: int) -> np.ndarray:
    """One boolean mask per image: its class's shape at a random place and size."""
    n = labels.shape[0]
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    yy, xx = yy[None], xx[None]
    cx = rng.uniform(10, size - 10, n).astype(np.float32)[:, None, None]
    cy = rng.uniform(10, size - 10, n).astype(np.float32)[:, None, None]
    r = rng.uniform(5, 9, n).astype(np.float32)[:, None, None]
    dx, dy = xx - cx, yy - cy
    dist = np.sqrt(dx * dx + dy * dy)
    period = rng.integers(3, 6, n)[:, None, None]
    inside_box = (np.abs(dx) <= r) & (np.abs(dy) <= r)
    masks = {
        0: dist <= r,
        1: inside_box,
        2: (dy <= r * 0.8) & (dy >= -r) & (np.abs(dx) <= (dy + r) * 0.6),
        3: ((np.abs(dx) <= r * 0.3) | (np.abs(dy) <= r * 0.3)) & inside_box,
        4: (dist <= r) & (dist >= r * 0.55),
        5: inside_box & ((yy.astype(np.int64) // period) % 2 == 0),
        6: inside_box & ((xx.astype(np.int64) // period) % 2 == 0),
        7: inside_box & (((xx.astype(np.int64) // period) + (yy.astype(np.int64) // period)) % 2 == 0),
    }
    mask = np.zeros((n, size, size), dtype=bool)
    for cls, m in masks.items():
        sel = labels == cls
        mask[sel] = np.broadcast_to(m, (n, size, size))[sel]
    return mask


def make_shapes(count: int = 2400, size: int = 32, seed: int = 0) -> ImageData:
    """A generated colour dataset: eight shape/texture classes at random positions, sizes and colours on a
    noisy background. The same seed gives the same images on every machine (numpy's PCG64)."""
    import torch

    if count < len(SHAPE_CLASSES):
        raise DataError("shapes", M("data.shapes_count", "count {count} is too small")(count=count),
                        M("data.at_least", "at least {n}")(n=len(SHAPE_CLASSES)))
    rng = np.random.default_rng(seed)
    n = count
    labels = np.arange(n) % len(SHAPE_CLASSES)
    rng.shuffle(labels)
    mask = _shape_masks(labels, rng, size)
    fg = rng.uniform(0.35, 1.0, (n, 3, 1, 1)).astype(np.float32)
    bg = rng.uniform(0.0, 0.45, (n, 3, 1, 1)).astype(np.float32)
    img = np.where(mask[:, None], fg, bg) + rng.normal(0, 0.06, (n, 3, size, size)).astype(np.float32)
    images = torch.from_numpy((np.clip(img, 0, 1) * 255).round().astype(np.uint8))
    return ImageData("shapes", images, torch.from_numpy(labels.astype(np.int64)), list(SHAPE_CLASSES))
