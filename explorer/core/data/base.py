"""What every data source becomes: an in-memory ``ImageData``, the shape it asks of a network, its errors.

In memory because the sets the project targets fit (CIFAR-10 is 150 MB as bytes), and batches cut from
tensors with a seeded permutation are both faster than a DataLoader on a small CPU and exactly
reproducible, which is what makes a resumed run retrace an unbroken one.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...paths import user_data_dir
from ..config import ConfigError

if TYPE_CHECKING:  # torch loads in the background in the window; these names are for annotations only
    from torch import Tensor

__all__ = ["DataError", "DownloadCancelled", "DatasetShape", "ImageData", "default_data_dir"]


class DataError(ConfigError):
    """A dataset that cannot be read or found; names the dataset and what was expected."""

    def __init__(self, value: Any, message: str, valid: str | None = None) -> None:
        super().__init__("dataset", value, message, valid)


class DownloadCancelled(Exception):
    """The user cancelled a download; its partial file is removed, nothing else is written."""


@dataclass(frozen=True)
class DatasetShape:
    """What a dataset asks of a network: input channels, input size and classes."""

    name: str
    in_channels: int
    input_size: int
    num_classes: int


@dataclass
class ImageData:
    name: str
    images: Tensor  # uint8 (N, C, H, W)
    labels: Tensor  # int64 (N,)
    classes: list[str]
    pixel_max: float = 255.0  # the value of a white pixel (16 for the digits)
    test_images: Tensor | None = None
    test_labels: Tensor | None = None
    mean: list[float] = field(default_factory=list)  # per channel, of images / pixel_max (train part)
    std: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        import torch

        if not self.mean:
            x = self.images.to(torch.float64) / self.pixel_max
            self.mean = [float(v) for v in x.mean(dim=(0, 2, 3))]
            self.std = [max(float(v), 1e-3) for v in x.std(dim=(0, 2, 3))]

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    @property
    def shape(self) -> DatasetShape:
        return DatasetShape(self.name, int(self.images.shape[1]), int(self.images.shape[2]), len(self.classes))

    def subset(self, count: int, seed: int = 0) -> ImageData:
        """A seeded random subset of ``count`` training images (for quick runs); keeps mean/std."""
        import torch

        g = torch.Generator().manual_seed(seed)
        idx = torch.randperm(len(self), generator=g)[:count]
        return replace(self, images=self.images[idx], labels=self.labels[idx])


def default_data_dir(name: str) -> Path:
    """Where a dataset's files live when the user names no folder."""
    return user_data_dir() / "datasets" / name
