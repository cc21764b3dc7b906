"""He et al. (2016)'s plain CIFAR network: a chain x_l = H_l(x_(l-1)) of conv-BN-ReLU layers, the ResNet
without its shortcuts (so it has exactly the ResNet's parameters). Its stages and ledger are resnet.py's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..messages import M
from ..validation import check_int
from .base import COMMON_HELP, MAX_WIDTH, FamilySpec, Preset, check_depth_rule
from .resnet import HeStages, basic_unit_ledger


@dataclass(frozen=True)
class PlainConfig(HeStages):
    """He et al. (2016)'s plain CIFAR network: a chain x_l = H_l(x_(l-1)) of 3x3 conv-BN-ReLU layers, the
    ResNet without its shortcuts (so it has exactly the ResNet's parameters)."""

    family: ClassVar[str] = "plain"
    FIELD_HELP: ClassVar[dict[str, Any]] = {
        "depth": M("help.plain.depth",

            "L = 6n + 2: n two-conv units in each of 3 stages, plus the first conv and the classifier "
                 "(He et al. 2016 train 20, 32, 44, 56 and 110)."),
        "width": M("help.plain.width",
            "Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper)."),
        **COMMON_HELP,
    }
    CLI_HELP: ClassVar[dict[str, str | None]] = {"width": "channels of stage 1 (plain, resnet, preact_resnet)"}

    depth: int = 20  # 6n+2
    width: int = 16  # channels of stage 1 (then 2x, 4x)
    num_classes: int = 10  # classes the classifier tells apart
    in_channels: int = 3  # 3 for colour images, 1 for grey
    input_size: int = 32  # height = width of the input image

    def validate(self) -> None:
        check_depth_rule(self.depth, 6, 2, M("depth.plain", "3 stages of n units of 2 convs, plus the first "
                                             "conv and the classifier"))
        check_int("width", self.width, 1, MAX_WIDTH)
        self.check_common()

    @property
    def title(self) -> str:
        return M("title.plain", "Plain-{depth} (no shortcuts)")(depth=self.depth)


_PLAIN_NOTE = M("note.plain", "He et al.'s plain counterpart: the ResNet of the same depth without shortcuts, "
               "so exactly its parameters (option A shortcuts have none). Not in the DenseNet table.")
GROUP_PLAIN = M("group.plain", "Plain")


def _label_plain(depth: int) -> Any:
    return M("preset.plain", "Plain net, L={depth}")(depth=depth)


PRESETS = tuple(Preset(f"plain-{d}", PlainConfig(depth=d), GROUP_PLAIN, _label_plain(d), note=_PLAIN_NOTE)
                for d in (20, 56, 110))

SPEC = FamilySpec(
    name="plain", label=M("family.plain", "Plain CNN"), config=PlainConfig, ledger=basic_unit_ledger,
    model="explorer.core.models.resnet:CifarResNet", pattern="chain", formula="x_ℓ = H_ℓ(x_{ℓ−1})",
    presets=PRESETS)
