"""ImageNet numbers beside the paper's CIFAR table: the paper's Table 3 and torchvision's published weights.

Huang et al. 2017, Table 3: top-1 and top-5 error (%) of DenseNet-121/169/201/264 (k = 32) on the ImageNet
validation set, single-crop and 10-crop. The project's reference notes
(shared/reference/densenet-study-notes.txt) carry Table 1 (the architectures) and Table 2 (CIFAR/SVHN) but
not Table 3; the numbers below are Table 3 of arXiv:1608.06993v5 as printed.

torchvision: the accuracies its documentation publishes for its ImageNet weights (``Weights.meta
["_metrics"]["ImageNet-1K"]``, single 224 crop after resizing to 256) and their parameter counts
(``meta["num_params"]``), for its four DenseNets and the ResNets the paper compares them with in its
Figure 3 (ResNet-34/50/101/152). They are copied here so that the window can show them without importing
torch (about 8 s with torchvision); tests/core/test_imagenet_reference.py holds them equal to torchvision's
metadata.

The parameters of the paper's DenseNets are the ledger's counts of the presets (torchvision's for 121, 169,
201; DenseNet-264 has no torchvision weights).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = ["ImageNetRow", "IMAGENET_COLUMNS", "PAPER_TABLE3", "TORCHVISION_WEIGHTS", "imagenet_rows"]

IMAGENET_COLUMNS = ("ImageNet top-1", "ImageNet top-5")


@dataclass(frozen=True)
class ImageNetRow:
    method: str  # "DenseNet-121", "ResNet-50"
    family: str  # "DenseNet" or "ResNet"
    source: str  # "paper" (Table 3) or "torchvision" (its published weights)
    params: int
    top1_error: float  # %, single crop
    top5_error: float
    top1_error_10crop: float | None = None  # the paper's 10-crop figures
    top5_error_10crop: float | None = None
    preset: str | None = None  # the project's preset of this network
    weights: str | None = None  # torchvision's weights, e.g. "DenseNet121_Weights.IMAGENET1K_V1"

    def error(self, column: str) -> float:
        if column not in IMAGENET_COLUMNS:
            raise KeyError(f"{column!r} is not an ImageNet column: {', '.join(IMAGENET_COLUMNS)}")
        return self.top1_error if column == IMAGENET_COLUMNS[0] else self.top5_error

    @property
    def params_m(self) -> float:
        return self.params / 1e6


# (network, preset, single-crop top-1, 10-crop top-1, single-crop top-5, 10-crop top-5), Table 3.
PAPER_TABLE3: tuple[tuple[str, str, float, float, float, float], ...] = (
    ("DenseNet-121", "densenet121", 25.02, 23.61, 7.71, 6.66),
    ("DenseNet-169", "densenet169", 23.80, 22.08, 6.85, 5.92),
    ("DenseNet-201", "densenet201", 22.58, 21.46, 6.34, 5.54),
    ("DenseNet-264", "densenet264", 22.15, 20.80, 6.12, 5.29),
)

# (network, family, weights, parameters, acc@1 %, acc@5 %): torchvision 0.29's metadata, IMAGENET1K_V1 (the
# weights trained with the original recipe; ResNet's V2 weights use a newer recipe the paper could not).
TORCHVISION_WEIGHTS: tuple[tuple[str, str, str, int, float, float], ...] = (
    ("DenseNet-121", "DenseNet", "DenseNet121_Weights.IMAGENET1K_V1", 7_978_856, 74.434, 91.972),
    ("DenseNet-169", "DenseNet", "DenseNet169_Weights.IMAGENET1K_V1", 14_149_480, 75.6, 92.806),
    ("DenseNet-201", "DenseNet", "DenseNet201_Weights.IMAGENET1K_V1", 20_013_928, 76.896, 93.37),
    ("DenseNet-161", "DenseNet", "DenseNet161_Weights.IMAGENET1K_V1", 28_681_000, 77.138, 93.56),
    ("ResNet-34", "ResNet", "ResNet34_Weights.IMAGENET1K_V1", 21_797_672, 73.314, 91.42),
    ("ResNet-50", "ResNet", "ResNet50_Weights.IMAGENET1K_V1", 25_557_032, 76.13, 92.862),
    ("ResNet-101", "ResNet", "ResNet101_Weights.IMAGENET1K_V1", 44_549_160, 77.374, 93.546),
    ("ResNet-152", "ResNet", "ResNet152_Weights.IMAGENET1K_V1", 60_192_808, 78.312, 94.046),
)

_TV_PRESETS = {"DenseNet-121": "densenet121", "DenseNet-169": "densenet169", "DenseNet-201": "densenet201",
               "DenseNet-161": "densenet161"}


@lru_cache(maxsize=1)
def imagenet_rows() -> tuple[ImageNetRow, ...]:
    """The paper's four DenseNets (parameters from the ledger), then torchvision's weights."""
    from .config import PRESETS
    from .ledger import compute_ledger

    rows = [ImageNetRow(name, "DenseNet", "paper", compute_ledger(PRESETS[preset].config).total_params,
                        top1, top5, top1_10, top5_10, preset=preset)
            for name, preset, top1, top1_10, top5, top5_10 in PAPER_TABLE3]
    rows += [ImageNetRow(name, family, "torchvision", params, round(100 - acc1, 3), round(100 - acc5, 3),
                         preset=_TV_PRESETS.get(name), weights=weights)
             for name, family, weights, params, acc1, acc5 in TORCHVISION_WEIGHTS]
    return tuple(rows)
