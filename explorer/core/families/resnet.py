"""He et al. (2016)'s CIFAR ResNet: x_l = ReLU(H_l(x_(l-1)) + x_(l-1)), basic two-conv units in 3 stages,
optionally trained with stochastic depth (Huang et al. 2016). The plain network (plain.py) is this one
without its shortcuts, so the stage layout and the ledger of basic units live here for both.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, ClassVar

from ..ledger import BlockSummary, Ledger, LedgerRow, conv_macs, conv_params, head_rows, stage_summary, stem_rows
from ..messages import M, join
from ..validation import check_choice, check_float, check_int
from .base import COMMON_HELP, MAX_WIDTH, FamilyConfig, FamilySpec, Preset, check_depth_rule, stride2_size

RESNET_SHORTCUTS = ("A", "B")
WIDTH_HELP = M("help.resnet.width", "Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the "
               "paper).")


class HeStages(FamilyConfig):
    """He et al.'s CIFAR layout: 3 stages of ``width``, 2x and 4x channels, n two-conv units each (6n+2)."""

    @property
    def units_per_stage(self) -> int:
        return (self.depth - 2) // 6  # type: ignore[attr-defined]

    @property
    def stage_widths(self) -> tuple[int, int, int]:
        w = self.width  # type: ignore[attr-defined]
        return (w, 2 * w, 4 * w)

    def with_depth(self, depth: int) -> Any:
        return replace(self, depth=depth)  # type: ignore[type-var]


@dataclass(frozen=True)
class ResNetConfig(HeStages):
    """He et al. (2016)'s CIFAR ResNet: x_l = ReLU(H_l(x_(l-1)) + x_(l-1)), basic two-conv units, 3 stages
    of 16/32/64 channels; optionally trained with stochastic depth (Huang et al. 2016)."""

    family: ClassVar[str] = "resnet"
    FIELD_HELP: ClassVar[dict[str, Any]] = {
        "depth": M("help.resnet.depth",

            "L = 6n + 2: n residual units of two 3x3 convs in each of 3 stages, plus the first conv "
                 "and the classifier (ResNet-110: n = 18; ResNet-1202: n = 200)."),
        "width": WIDTH_HELP,
        "shortcut": M("help.resnet.shortcut",
            "Where a stage doubles the channels and halves the size: A = identity, subsampled and "
                    "padded with zeros (no parameters; He et al.'s choice on CIFAR); B = a 1x1 conv "
                    "projection with BN there."),
        "survival_last": M("help.resnet.survival_last",
            "Stochastic depth (training only): p_L, the chance that the last residual unit "
                         "runs in a training step; unit l of L runs with 1 - (l/L)(1 - p_L). At test time "
                         "every unit runs, scaled by its p_l. 1 = off (a plain ResNet); Huang et al. use 0.5."),
        **COMMON_HELP,
    }
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {"shortcut": RESNET_SHORTCUTS}
    CLI_HELP: ClassVar[dict[str, str | None]] = {
        "shortcut": "ResNet shortcut where the shape changes: A zero-pad, B 1x1 projection",
        "survival_last": "stochastic depth p_L in (0, 1] (1 = off)",
    }

    depth: int = 110  # 6n+2
    width: int = 16  # channels of stage 1 (then 2x, 4x)
    shortcut: str = "A"  # "A": zero-padded identity; "B": 1x1 projection where the shape changes
    survival_last: float = 1.0  # p_L of stochastic depth; 1 = off
    num_classes: int = 10  # classes the classifier tells apart
    in_channels: int = 3  # 3 for colour images, 1 for grey
    input_size: int = 32  # height = width of the input image

    def validate(self) -> None:
        check_depth_rule(self.depth, 6, 2, M("depth.resnet", "3 stages of n residual units of 2 convs, plus "
                                             "the first conv and the classifier"))
        check_int("width", self.width, 1, MAX_WIDTH)
        check_choice("shortcut", self.shortcut, RESNET_SHORTCUTS)
        check_float("survival_last", self.survival_last, 0.0, 1.0, lo_open=True)
        self.check_common()

    @property
    def stochastic_depth(self) -> bool:
        return self.survival_last < 1.0

    def survival_probabilities(self) -> list[float]:
        """p_l = 1 - (l/L)(1 - p_L) for the L residual units, in order (Huang et al. 2016, linear decay)."""
        total = 3 * self.units_per_stage
        return [1.0 - (ell / total) * (1.0 - self.survival_last) for ell in range(1, total + 1)]

    @property
    def title(self) -> str:
        if self.stochastic_depth:
            return M("title.resnet_sd", "ResNet-{depth} with stochastic depth (p_L={p})")(
                depth=self.depth, p=f"{self.survival_last:g}")
        return f"ResNet-{self.depth}"


# ------------------------------------------------------------------------------------------- ledger
#
# "Connections" count, inside the stages, the links that carry a feature map into a unit, as the DenseNet
# paper counts L(L+1)/2 for a dense block: a chain gives each unit one (L), a residual unit two (its input
# goes through H_l and again round it, into the sum: 2L).

D_RESIDUAL = M("layer.residual", "Conv3x3-BN-ReLU-Conv3x3-BN, + shortcut, ReLU")
D_PROJ_B = M("layer.projection_b", " (1x1 projection, option B)")
D_PAD_A = M("layer.identity_a", " (zero-padded identity, option A)")
D_SURVIVAL = M("layer.survival", "; stochastic depth: runs with p_l = {p} in training")
D_PLAIN = M("layer.plain", "Conv3x3-BN-ReLU-Conv3x3-BN-ReLU (no shortcut)")


def _basic_unit_row(cfg: HeStages, s: int, u: int, cin: int, w: int, h: int, survival: float | None) -> LedgerRow:
    """One two-conv unit; ``survival`` is None for the plain network (no shortcut)."""
    stride = 2 if (s > 1 and u == 1) else 1
    h_out = stride2_size(h) if stride == 2 else h
    hw_in, hw = h * h, h_out * h_out
    params = conv_params(cin, w, 3) + 2 * w + conv_params(w, w, 3) + 2 * w
    macs = conv_macs(cin, w, 3, h_out, h_out) + conv_macs(w, w, 3, h_out, h_out)
    # conv1 input, BN1 input, ReLU1 output, BN2 input, the final ReLU's output.
    saved = cin * hw_in + 4 * w * hw
    if survival is None:
        kind, detail = "plain_unit", D_PLAIN
    else:
        kind, parts = "residual_unit", [D_RESIDUAL]
        if stride != 1 or cin != w:
            if cfg.shortcut == "B":  # type: ignore[attr-defined]
                params += conv_params(cin, w, 1) + 2 * w
                macs += conv_macs(cin, w, 1, h_out, h_out)
                saved += w * hw
                parts.append(D_PROJ_B)
            else:
                parts.append(D_PAD_A)
        if survival < 1:
            parts.append(D_SURVIVAL(p=f"{survival:.3f}"))
        detail = join(parts, "") if len(parts) > 1 else D_RESIDUAL
    return LedgerRow(f"features.stage{s}.unit{u}", kind, s, u, cin, w, h_out, h_out, params, macs, saved, saved,
                     detail=detail)


def basic_unit_ledger(cfg: HeStages) -> Ledger:
    """He et al.'s CIFAR ResNet (or its plain counterpart): basic units conv-BN-ReLU-conv-BN (+ shortcut)."""
    residual = isinstance(cfg, ResNetConfig)
    survival = iter(cfg.survival_probabilities()) if isinstance(cfg, ResNetConfig) else None
    h = cfg.input_size  # type: ignore[attr-defined]
    rows = stem_rows(cfg.in_channels, cfg.width, h, with_norm=True)  # type: ignore[attr-defined]
    blocks: list[BlockSummary] = []
    cin = cfg.width  # type: ignore[attr-defined]
    for s, w in enumerate(cfg.stage_widths, start=1):
        stage_rows = []
        for u in range(1, cfg.units_per_stage + 1):
            row = _basic_unit_row(cfg, s, u, cin, w, h, next(survival) if survival else None)
            stage_rows.append(row)
            cin, h = w, row.out_h
        rows += stage_rows
        blocks.append(stage_summary(s, stage_rows, "residual" if residual else "chain", 2 if residual else 1))
    rows += head_rows(cin, h, cfg.num_classes)  # type: ignore[attr-defined]
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------ presets

_RESNET_1202_NOTE = M("note.resnet1202",
    "He et al.'s 1202-layer CIFAR ResNet (n = 200 units per stage, 16/32/64 channels) has 19.4M parameters, "
    "as He et al. report; the DenseNet table prints 10.2M, the figure of the 1001-layer pre-activation "
    "ResNet below it, most likely copied by mistake. The architecture's count is shown beside the table's.")


def _label_sd(depth: int) -> Any:
    return M("preset.resnet_sd", "ResNet with Stochastic Depth, L={depth}")(depth=depth)


PRESETS = (
    Preset("resnet-20", ResNetConfig(depth=20), "ResNet", "ResNet, L=20"),
    Preset("resnet-56", ResNetConfig(depth=56), "ResNet", "ResNet, L=56"),
    Preset("resnet-110", ResNetConfig(depth=110), "ResNet", "ResNet, L=110", "1.7M"),
    Preset("resnet-110-sd", ResNetConfig(depth=110, survival_last=0.5), "ResNet", _label_sd(110), "1.7M"),
    Preset("resnet-1202", ResNetConfig(depth=1202, survival_last=0.5), "ResNet", _label_sd(1202), "10.2M",
           note=_RESNET_1202_NOTE),
)

SPEC = FamilySpec(
    name="resnet", label="ResNet", config=ResNetConfig, ledger=basic_unit_ledger,
    model="explorer.core.models.resnet:CifarResNet", pattern="residual", formula="x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})",
    presets=PRESETS)
