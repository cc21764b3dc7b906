"""He et al. (2016b) "Identity mappings": the pre-activation ResNet, x_l = H_l(x_(l-1)) + x_(l-1) with
BN-ReLU before each conv and a clean identity path. Its unit ledger is shared with wideresnet.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..ledger import Ledger, LedgerRow, conv_macs, conv_params, head_rows, stage_summary, stem_rows
from ..messages import M, join
from ..validation import check_bool, check_int
from .base import COMMON_HELP, MAX_WIDTH, FamilySpec, Preset, check_depth_rule, stride2_size
from .resnet import HeStages


@dataclass(frozen=True)
class PreActResNetConfig(HeStages):
    """He et al. (2016b) "Identity mappings": BN-ReLU before each conv, a clean identity path; on CIFAR the
    deep ones use bottleneck units (1x1, 3x3, 1x1 with 4x expansion)."""

    family: ClassVar[str] = "preact_resnet"
    FIELD_HELP: ClassVar[dict[str, Any]] = {
        "depth": M("help.preact_resnet.depth",

            "With bottleneck: L = 9n + 2 (n units of 3 convs per stage; 164: n = 18, 1001: n = 111); "
                 "without: L = 6n + 2."),
        "bottleneck": M("help.preact_resnet.bottleneck",
            "Units of BN-ReLU-1x1, BN-ReLU-3x3, BN-ReLU-1x1 that end with 4x the unit's width "
                      "(64/128/256 channels leave the stages); off: two BN-ReLU-3x3 convs."),
        "width": M("help.preact_resnet.width",
            "Bottleneck width of stage 1 (16 in the paper); stages 2 and 3 have 2x and 4x."),
        **COMMON_HELP,
    }
    EXPANSION: ClassVar[int] = 4

    depth: int = 164  # 9n+2 with bottleneck, 6n+2 without
    bottleneck: bool = True  # 1x1-3x3-1x1 units with 4x expansion; off: two 3x3 convs
    width: int = 16  # (bottleneck) width of stage 1 (then 2x, 4x)
    num_classes: int = 10  # classes the classifier tells apart
    in_channels: int = 3  # 3 for colour images, 1 for grey
    input_size: int = 32  # height = width of the input image

    def validate(self) -> None:
        check_bool("bottleneck", self.bottleneck)
        if self.bottleneck:
            check_depth_rule(self.depth, 9, 2, M("depth.preact_bottleneck", "3 stages of n bottleneck units of "
                                                 "3 convs, plus the first conv and the classifier"))
        else:
            check_depth_rule(self.depth, 6, 2, M("depth.plain", "3 stages of n units of 2 convs, plus the first "
                                                 "conv and the classifier"))
        check_int("width", self.width, 1, MAX_WIDTH)
        self.check_common()

    @property
    def convs_per_unit(self) -> int:
        return 3 if self.bottleneck else 2

    @property
    def units_per_stage(self) -> int:
        return (self.depth - 2) // (3 * self.convs_per_unit)

    @property
    def stage_outputs(self) -> tuple[int, int, int]:
        e = self.EXPANSION if self.bottleneck else 1
        return tuple(e * w for w in self.stage_widths)  # type: ignore[return-value]

    @property
    def title(self) -> str:
        if self.bottleneck:
            return M("title.preact_bottleneck", "Pre-activation ResNet-{depth} (bottleneck)")(depth=self.depth)
        return M("title.preact", "Pre-activation ResNet-{depth}")(depth=self.depth)


# ------------------------------------------------------------------------------------------- ledger

D_PREACT_B = M("layer.preact_bottleneck", "BN-ReLU-Conv1x1-BN-ReLU-Conv3x3-BN-ReLU-Conv1x1, + shortcut")
D_PREACT = M("layer.preact", "BN-ReLU-Conv3x3-BN-ReLU-Conv3x3, + shortcut")
D_PREACT_DROP = M("layer.preact_dropout", "BN-ReLU-Conv3x3-Dropout-BN-ReLU-Conv3x3, + shortcut")
D_PROJ = M("layer.projection", " (1x1 projection)")


def preact_unit_row(name: str, s: int, u: int, cin: int, cout: int, h: int, stride: int, bottleneck: bool,
                    width: int, drop: bool) -> LedgerRow:
    h_out = stride2_size(h) if stride == 2 else h
    hw_in, hw = h * h, h_out * h_out
    if bottleneck:
        params = (2 * cin + conv_params(cin, width, 1) + 2 * width + conv_params(width, width, 3) + 2 * width
                  + conv_params(width, cout, 1))
        macs = (conv_macs(cin, width, 1, h, h) + conv_macs(width, width, 3, h_out, h_out)
                + conv_macs(width, cout, 1, h_out, h_out))
        saved = 2 * cin * hw_in + 2 * width * hw_in + 2 * width * hw
        detail = D_PREACT_B
    else:
        params = 2 * cin + conv_params(cin, cout, 3) + 2 * cout + conv_params(cout, cout, 3)
        macs = conv_macs(cin, cout, 3, h_out, h_out) + conv_macs(cout, cout, 3, h_out, h_out)
        saved = 2 * cin * hw_in + 2 * cout * hw + drop * cout * hw
        detail = D_PREACT_DROP if drop else D_PREACT
    if stride != 1 or cin != cout:
        params += conv_params(cin, cout, 1)
        macs += conv_macs(cin, cout, 1, h_out, h_out)
        detail = join([detail, D_PROJ], "")
    kind = "bottleneck_unit" if bottleneck else "preact_unit"
    return LedgerRow(name, kind, s, u, cin, cout, h_out, h_out, params, macs, saved, saved, detail=detail)


def preact_stages_ledger(cfg: Any, stem: int, outputs: tuple[int, ...], bottleneck: bool, drop: bool) -> Ledger:
    """Pre-activation units in 3 stages after a 3x3 stem of ``stem`` maps; a final BN-ReLU, the classifier."""
    h = cfg.input_size
    rows = stem_rows(cfg.in_channels, stem, h, with_norm=False)
    blocks = []
    cin = stem
    for s, (width, cout) in enumerate(zip(cfg.stage_widths, outputs), start=1):
        stage_rows = []
        for u in range(1, cfg.units_per_stage + 1):
            stride = 2 if (s > 1 and u == 1) else 1
            row = preact_unit_row(f"features.stage{s}.unit{u}", s, u, cin, cout, h, stride, bottleneck, width,
                                  drop)
            stage_rows.append(row)
            cin, h = cout, row.out_h
        rows += stage_rows
        blocks.append(stage_summary(s, stage_rows, "residual", 2))
    rows += head_rows(cin, h, cfg.num_classes, norm="features.norm_final")
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))


def preact_ledger(cfg: PreActResNetConfig) -> Ledger:
    return preact_stages_ledger(cfg, cfg.width, cfg.stage_outputs, cfg.bottleneck, drop=False)


# ------------------------------------------------------------------------------------------ presets

_PREACT_1001_NOTE = M("note.preact1001",
    "Built as He et al. (2016b) describe it (n = 111 bottleneck units per stage, widths 16/32/64, 4x expansion, "
    "1x1 projections where the shape changes) it has 10.33M parameters, 10.3M at the table's rounding. The "
    "table's 10.2M is the count without the batch-norm scales and shifts (10.18M of conv and linear weights); "
    "both are shown.")
GROUP_PREACT = M("group.preact", "Pre-act ResNet")


def _label_preact(depth: int) -> Any:
    return M("preset.preact", "ResNet (pre-activation), L={depth}")(depth=depth)


PRESETS = (
    Preset("preact-resnet-164", PreActResNetConfig(depth=164), GROUP_PREACT, _label_preact(164), "1.7M"),
    Preset("preact-resnet-1001", PreActResNetConfig(depth=1001), GROUP_PREACT, _label_preact(1001), "10.2M",
           note=_PREACT_1001_NOTE),
)

SPEC = FamilySpec(
    name="preact_resnet", label=M("family.preact_resnet", "Pre-activation ResNet"), config=PreActResNetConfig,
    ledger=preact_ledger, model="explorer.core.models.resnet:PreActResNet", pattern="residual",
    formula="x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}", presets=PRESETS)
