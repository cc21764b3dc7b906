"""Zagoruyko & Komodakis (2016): Wide ResNets, fewer and wider pre-activation basic units; WRN-d-k has depth
d = 6n + 4 and stage widths 16k/32k/64k, with 1x1 projection shortcuts where the width changes.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from ..ledger import Ledger
from ..messages import M
from ..validation import check_float, check_int
from .base import COMMON_HELP, FamilyConfig, FamilySpec, Preset, check_depth_rule
from .preact import preact_stages_ledger


@dataclass(frozen=True)
class WideResNetConfig(FamilyConfig):
    """Zagoruyko & Komodakis (2016): fewer, wider pre-activation basic units; WRN-d-k has depth d = 6n + 4
    and stage widths 16k/32k/64k, with 1x1 projection shortcuts where the width changes."""

    family: ClassVar[str] = "wide_resnet"
    FIELD_HELP: ClassVar[dict[str, Any]] = {
        "depth": M("help.wide_resnet.depth",

            "d = 6n + 4: n units of two 3x3 convs per stage; the first conv, the 1x1 projections and "
                 "the classifier make up the 4 (WRN-16: n = 2, WRN-28: n = 4)."),
        "widen_factor": M("help.wide_resnet.widen_factor",
            "k: stage widths are 16k, 32k, 64k (k = 1 is a thin pre-activation ResNet)."),
        "drop_rate": M("help.wide_resnet.drop_rate",
            "Dropout between the two convs of each unit (the paper uses 0.3 on CIFAR, 0.4 on SVHN)."),
        **COMMON_HELP,
    }
    CLI_HELP: ClassVar[dict[str, str | None]] = {"widen_factor": "k of a Wide ResNet: stage widths 16k/32k/64k"}

    depth: int = 28  # 6n+4
    widen_factor: int = 10  # k
    drop_rate: float = 0.0  # dropout between the two convs of each unit
    num_classes: int = 10  # classes the classifier tells apart
    in_channels: int = 3  # 3 for colour images, 1 for grey
    input_size: int = 32  # height = width of the input image

    def validate(self) -> None:
        check_depth_rule(self.depth, 6, 4, M("depth.wide", "3 stages of n units of 2 convs, plus the first "
                                             "conv, the projection shortcuts and the classifier"))
        check_int("widen_factor", self.widen_factor, 1, 64)
        check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        self.check_common()

    @property
    def units_per_stage(self) -> int:
        return (self.depth - 4) // 6

    @property
    def stem_width(self) -> int:
        return 16

    @property
    def stage_widths(self) -> tuple[int, int, int]:
        k = self.widen_factor
        return (16 * k, 32 * k, 64 * k)

    @property
    def title(self) -> str:
        if self.drop_rate:
            return M("title.wrn_dropout", "WRN-{depth}-{k} (dropout {p})")(depth=self.depth, k=self.widen_factor,
                                                                          p=f"{self.drop_rate:g}")
        return f"WRN-{self.depth}-{self.widen_factor}"

    def with_depth(self, depth: int) -> WideResNetConfig:
        return replace(self, depth=depth)


def wide_resnet_ledger(cfg: WideResNetConfig) -> Ledger:
    return preact_stages_ledger(cfg, cfg.stem_width, cfg.stage_widths, bottleneck=False, drop=cfg.drop_rate > 0)


GROUP_WIDE = M("group.wide", "Wide ResNet")


def _label_wide(depth: int, k: int) -> Any:
    return M("preset.wide", "Wide ResNet, L={depth} (k={k})")(depth=depth, k=k)


PRESETS = (
    Preset("wrn-16-4-dropout", WideResNetConfig(depth=16, widen_factor=4, drop_rate=0.4), GROUP_WIDE,
           M("preset.wrn_dropout", "Wide ResNet with Dropout, L={depth} (k={k})")(depth=16, k=4), "2.7M"),
    Preset("wrn-16-8", WideResNetConfig(depth=16, widen_factor=8), GROUP_WIDE, _label_wide(16, 8), "11.0M"),
    Preset("wrn-28-10", WideResNetConfig(depth=28, widen_factor=10), GROUP_WIDE, _label_wide(28, 10), "36.5M"),
)

SPEC = FamilySpec(
    name="wide_resnet", label=M("family.wide_resnet", "Wide ResNet"), config=WideResNetConfig,
    ledger=wide_resnet_ledger, model="explorer.core.models.resnet:WideResNet", pattern="residual",
    formula="x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}", presets=PRESETS)
