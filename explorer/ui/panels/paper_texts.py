"""What the paper plot says, in the window's language: the families' names in the legend, each point's hover
text and label, and what each column of the paper's tables measures."""

from __future__ import annotations

import math

from PySide6.QtCore import QObject

from ...core.imagenet_reference import IMAGENET_COLUMNS, imagenet_rows
from ...core.reference import COLUMN_HELP, rows_with
from ..messages import tr_msg
from .paper_layout import FAMILIES, Point, family_of, imagenet_family, short_label, shorter_label

__all__ = ["PaperTexts"]


class PaperTexts(QObject):
    """The paper plot's sentences (a QObject for ``tr``: its context is this class)."""

    def family_name(self, key: str) -> str:
        names = {"DenseNet-BC": self.tr("DenseNet-BC"), "DenseNet": self.tr("DenseNet"),
                 "Wide ResNet": self.tr("Wide ResNet"), "ResNet (pre-activation)": self.tr("Pre-activation ResNet"),
                 "ResNet with Stochastic Depth": self.tr("ResNet, stochastic depth"), "ResNet": self.tr("ResNet"),
                 "FractalNet": self.tr("FractalNet"),
                 "ImageNet DenseNet, paper": self.tr("DenseNet, the paper (Table 3)"),
                 "ImageNet DenseNet, torchvision": self.tr("DenseNet, torchvision's weights"),
                 "ImageNet ResNet, torchvision": self.tr("ResNet, torchvision's weights")}
        return names.get(key, key)

    def points(self, col: str) -> list[Point]:
        """The column's methods as points, with their labels and hover texts."""
        out: list[Point] = []
        if col in IMAGENET_COLUMNS:
            top = self.tr("top-1") if col == IMAGENET_COLUMNS[0] else self.tr("top-5")
            for r in imagenet_rows():
                error = r.error(col)
                if r.source == "paper":
                    tip = self.tr("{method} (k = 32), the paper's Table 3\n{params}M parameters, {error:.2f}% {top} "
                                  "error (single crop; 10-crop: {ten:.2f}%)").format(
                        method=r.method, params=f"{r.params_m:.1f}", error=error, top=top,
                        ten=r.top1_error_10crop if col == IMAGENET_COLUMNS[0] else r.top5_error_10crop)
                else:
                    tip = self.tr("{method}, torchvision's weights ({weights})\n{params}M parameters, {error:.2f}% "
                                  "{top} error (100 − its published accuracy)").format(
                        method=r.method, weights=r.weights.split(".")[-1], params=f"{r.params_m:.1f}", error=error,
                        top=top)
                short = r.method.replace("DenseNet-", "").replace("ResNet-", "R")
                full = f"{r.method} · {r.params_m:.1f}M" if r.source == "paper" or r.family == "ResNet" else \
                    self.tr("{method} (torchvision)").format(method=r.method)
                out.append(Point(r, imagenet_family(r), math.log10(r.params_m), error, True, full=full, short=short,
                                 tip=tip))
        else:
            for r in rows_with(col):
                star = self.tr(" (* run by the DenseNet authors)") if col in r.starred else ""
                tip = self.tr("{method}\n{params:g}M parameters, {error:.2f}% error on {column}{star}").format(
                    method=tr_msg(r.label), params=r.params_m, error=r.errors[col], column=col, star=star)
                family = family_of(r)
                dense = next(d for k, _s, d in FAMILIES if k == family)
                mark = "*" if col in r.starred else ""
                out.append(Point(r, family, math.log10(r.params_m), r.errors[col], dense,
                                 full=short_label(r) + mark if dense else "",
                                 short=shorter_label(r) + mark if dense else "", tip=tip,
                                 starred=col in r.starred))
        return sorted(out, key=lambda p: (p.y, p.x))

    def column_help(self, col: str) -> str:
        texts = {"C10": self.tr("CIFAR-10, no augmentation"),
                 "C10+": self.tr("CIFAR-10 with standard augmentation (translation, mirroring)"),
                 "C100": self.tr("CIFAR-100, no augmentation"),
                 "C100+": self.tr("CIFAR-100 with standard augmentation"),
                 "SVHN": self.tr("Street View House Numbers")}
        return texts.get(col, COLUMN_HELP.get(col, col))
