"""DenseNet (Huang et al., 2017): its config, its ledger and the paper's networks as presets.

Each layer receives the feature maps of every earlier layer of its block, concatenated:
x_l = H_l([x_0, ..., x_(l-1)]). Torch-free: the model is explorer/core/models/densenet.py.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, ClassVar

from ..ledger import (
    D_LINEAR,
    INT64_ELEMS,
    BlockSummary,
    Ledger,
    LedgerRow,
    conv_macs,
    conv_params,
    head_rows,
    stem_rows,
)
from ..messages import M
from ..validation import ConfigError, at_least, check_bool, check_choice, check_float, check_int, nearest, nearest_valid
from .base import COMMON_CLI_HELP, MAX_BLOCKS, MAX_INPUT_SIZE, FamilyConfig, FamilySpec, Preset, blocks_range

MAX_LAYERS_PER_BLOCK = 10_000
MAX_GROWTH_RATE = 10_000
MAX_CHANNELS = 100_000
STEMS = ("cifar", "imagenet")
STEM_NAMES = {"cifar": M("stem.cifar", "cifar"), "imagenet": M("stem.imagenet", "imagenet")}


# "auto", the default implementation of a dense block (models/dense_fast.py), runs the fused block in
# memory-efficient mode and, in plain mode, for blocks of AUTO_FUSED_MIN_LAYERS layers or more; shorter blocks
# run the plain layers, which are faster there (whole training steps, fused against plain layers, channels_last,
# 2 cores, 6 interleaved rounds: blocks of 4 layers 0.77x (0.64-0.84), of 6 0.86x (0.71-0.90); of 8 level, 0.98x
# (0.92-1.07), of 12 level, 1.04x (1.00-1.10), of 16 1.2-1.3x). From 8 layers on the fused block is level or
# faster and keeps less memory. Here, not in the torch module, because the ledger follows it.
AUTO_FUSED_MIN_LAYERS = 8


def auto_block_implementation(num_layers: int, memory_efficient: bool) -> str:
    """What "auto" runs a block of ``num_layers`` layers as: "fast" (fused) or "reference" (the plain layers)."""
    return "fast" if memory_efficient or num_layers >= AUTO_FUSED_MIN_LAYERS else "reference"


def fused_dropout_matches(drop_rate: float, growth_rate: int, block_input_channels: int) -> bool:
    """Whether the fused block's dropout masks equal the plain layers' (models/dense_fast.py draws them as
    F.dropout does). Dropout draws a mask in its input's memory order; a one-channel map is channels_last and
    contiguous at once, and torch.cat, seeing it beside channels_last maps, makes the plain layers' later maps
    contiguous: their masks follow that order, which the fused block would not. So with dropout, no one-channel
    maps: k and the block input's channels at least 2."""
    return drop_rate <= 0 or min(growth_rate, block_input_channels) > 1


def stem_output_size(stem: str, size: int) -> int:
    """Spatial size after the stem: 3x3/1 conv for CIFAR; 7x7/2 conv then 3x3/2 max pool for ImageNet."""
    if stem == "imagenet":
        size = (size + 2 * 3 - 7) // 2 + 1
        size = (size + 2 * 1 - 3) // 2 + 1
    return size


@dataclass(frozen=True)
class DenseNetConfig(FamilyConfig):
    """A DenseNet (Huang et al., 2017). Depth L is derived from the block layout (see ``depth``)."""

    family: ClassVar[str] = "densenet"
    CHOICES: ClassVar[dict[str, tuple[str, ...]]] = {"stem": STEMS}
    CLI_HELP: ClassVar[dict[str, str | None]] = {
        "growth_rate": "growth rate k",
        "compression": "compression theta in (0, 1]",
        "bottleneck": "1x1 bottleneck before each 3x3 conv (DenseNet-B)",
        "block_layers": "layers per block, e.g. 6,12,24,16",
        "init_features": "channels after the stem (k0 of block 1)",
        "stem": None,
        **COMMON_CLI_HELP,
        "drop_rate": "dropout rate after each conv but the first",
    }

    growth_rate: int = 12  # k: feature maps each dense layer adds
    block_layers: tuple[int, ...] = (16, 16, 16)  # dense layers in each block
    bottleneck: bool = True  # B: a 1x1 conv to bn_size*k maps before each 3x3 conv
    bn_size: int = 4  # bottleneck width, in multiples of k
    compression: float = 0.5  # theta: a transition keeps floor(theta*m) of its m input maps
    init_features: int | None = None  # k0 of block 1: None = the paper's (2k for BC, 16 otherwise)
    stem: str = "cifar"  # "cifar": 3x3 conv; "imagenet": 7x7/2 conv, BN, ReLU, 3x3/2 max pool
    drop_rate: float = 0.0  # dropout after each convolution but the first
    num_classes: int = 10  # classes the classifier tells apart
    in_channels: int = 3  # 3 for colour images, 1 for grey
    input_size: int = 32  # height = width of the input image

    # -- derived -----------------------------------------------------------------------------------

    @property
    def num_init_features(self) -> int:
        if self.init_features is not None:
            return self.init_features
        return 2 * self.growth_rate if (self.bottleneck and self.compression < 1) else 16

    @property
    def num_blocks(self) -> int:
        return len(self.block_layers)

    @property
    def convs_per_layer(self) -> int:
        return 2 if self.bottleneck else 1

    @property
    def depth(self) -> int:
        """L as the paper counts it: conv layers in dense layers and transitions, the first conv, the
        classifier (densenet121: 2*(6+12+24+16) + 3 + 1 + 1 = 121)."""
        return self.convs_per_layer * sum(self.block_layers) + (self.num_blocks - 1) + 2

    @property
    def variant_name(self) -> str:
        """"DenseNet", "DenseNet-B", "DenseNet-C" or "DenseNet-BC", as the paper names them."""
        suffix = ("B" if self.bottleneck else "") + ("C" if self.compression < 1 else "")
        return "DenseNet" + (f"-{suffix}" if suffix else "")

    @property
    def title(self) -> str:
        return f"{self.variant_name} (L={self.depth}, k={self.growth_rate})"

    # -- validation --------------------------------------------------------------------------------

    def validate(self) -> None:
        check_int("growth_rate", self.growth_rate, 1, MAX_GROWTH_RATE)
        if not isinstance(self.block_layers, tuple) or not self.block_layers:
            raise ConfigError("block_layers", self.block_layers,
                              M("config.not_layer_list", "must be a list of layer counts"), blocks_range())
        if len(self.block_layers) > MAX_BLOCKS:
            raise ConfigError("block_layers", list(self.block_layers),
                              M("config.too_many_blocks", "has too many blocks"), blocks_range())
        for i, n in enumerate(self.block_layers):
            check_int(f"block_layers[{i}]", n, 1, MAX_LAYERS_PER_BLOCK)
        check_bool("bottleneck", self.bottleneck)
        check_int("bn_size", self.bn_size, 1, 16)
        check_float("compression", self.compression, 0.0, 1.0, lo_open=True)
        if self.init_features is not None:
            check_int("init_features", self.init_features, 1, MAX_CHANNELS)
        check_choice("stem", self.stem, STEMS)
        check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        self.check_common()
        min_size = self.min_input_size()
        if self.input_size < min_size:
            raise ConfigError("input_size", self.input_size,
                              M("config.input_too_small_dense", "is too small for the {stem} stem and "
                                "{transitions} transitions (each halves the size)")(
                                  stem=STEM_NAMES.get(self.stem, self.stem), transitions=self.num_blocks - 1),
                              at_least(min_size))
        self._check_transitions_keep_maps()

    def _check_transitions_keep_maps(self) -> None:
        channels = self.num_init_features
        for i, n in enumerate(self.block_layers[:-1]):
            channels += n * self.growth_rate
            kept = int(math.floor(self.compression * channels))
            if kept < 1:
                raise ConfigError("compression", self.compression,
                                  M("config.compression_empty", "leaves no feature maps after transition "
                                    "{index} (floor({theta} x {channels}) = 0)")(
                                      index=i + 1, theta=f"{self.compression:g}", channels=channels),
                                  at_least(f"{1 / channels:.3g}"))
            channels = kept

    def min_input_size(self) -> int:
        size = 1
        while size < MAX_INPUT_SIZE and not self._fits(size):
            size += 1
        return size

    def _fits(self, size: int) -> bool:
        s = stem_output_size(self.stem, size)
        if s < 1:
            return False
        for _ in range(self.num_blocks - 1):
            s //= 2
            if s < 1:
                return False
        return True

    # -- construction ------------------------------------------------------------------------------

    @staticmethod
    def layers_for_depth(depth: int, num_blocks: int, bottleneck: bool) -> tuple[int, ...]:
        """The CIFAR rule: (L-4)/3 layers per block for 3 blocks, (L-4)/6 with bottleneck; generally
        (L - num_blocks - 1) / (num_blocks * convs per layer), the same in every block."""
        check_int("num_blocks", num_blocks, 1, MAX_BLOCKS)
        per = 2 if bottleneck else 1
        max_depth = per * num_blocks * MAX_LAYERS_PER_BLOCK + num_blocks + 1
        check_int("depth", depth, 1, max_depth)

        def ok(d: int) -> bool:
            rest = d - num_blocks - 1
            return rest > 0 and rest % (per * num_blocks) == 0

        if not ok(depth):
            near = nearest_valid(depth, ok, 1, max_depth)
            rule = f"(L - {num_blocks + 1}) / {per * num_blocks}"
            if bottleneck:
                why = M("config.depth_blocks_bottleneck", "does not fit {blocks} equal blocks with bottleneck: "
                        "{rule} must be a whole number")
            else:
                why = M("config.depth_blocks", "does not fit {blocks} equal blocks: {rule} must be a whole number")
            raise ConfigError("depth", depth, why(blocks=num_blocks, rule=rule), nearest(near))
        n = (depth - num_blocks - 1) // (per * num_blocks)
        return (n,) * num_blocks

    @classmethod
    def from_depth(cls, depth: int, num_blocks: int = 3, bottleneck: bool = True,
                   **kwargs: Any) -> DenseNetConfig:
        layers = cls.layers_for_depth(depth, num_blocks, bottleneck)
        return cls(block_layers=layers, bottleneck=bottleneck, **kwargs)

    def with_depth(self, depth: int) -> DenseNetConfig:
        return replace(self, block_layers=self.layers_for_depth(depth, self.num_blocks, self.bottleneck))


# ------------------------------------------------------------------------------------------- ledger
#
# Memory (``saved``): the elements autograd keeps for backward, one image; ``saved_efficient`` the same
# with memory-efficient layers, which keep only each layer's new maps and recompute the rest. A
# block runs fused in memory-efficient mode, and in plain mode from AUTO_FUSED_MIN_LAYERS layers on
# (models/dense_fast.py): its maps live in one buffer that is also the block's
# output, each layer keeping its k maps' slice of it (the first layer also the block input's), so there is no
# concatenation to keep and the transition's (or norm5's) BN input is that buffer, not a copy of it. In a
# shorter block in plain mode the plain layers run: each keeps its concatenation. Dropout keeps its masks.

D_CONV7 = M("layer.conv7_s2", "Conv 7x7, stride 2")
D_MAXPOOL3 = M("layer.maxpool3_s2", "Max pool 3x3, stride 2")
D_DENSE_B = M("layer.dense_bottleneck", "BN-ReLU-Conv(1x1)-BN-ReLU-Conv(3x3)")
D_DENSE = M("layer.dense", "BN-ReLU-Conv(3x3)")
D_TRANSITION = M("layer.transition", "BN-ReLU-Conv(1x1)-AvgPool(2x2)")


def _imagenet_stem(cin: int, c: int, size: int) -> list[LedgerRow]:
    h = (size + 6 - 7) // 2 + 1
    hw = c * h * h
    h2 = stem_output_size("imagenet", size)
    pooled = INT64_ELEMS * c * h2 * h2
    return [LedgerRow("features.conv0", "conv", None, None, cin, c, h, h, conv_params(cin, c, 7),
                      conv_macs(cin, c, 7, h, h), saved=cin * size * size, saved_efficient=cin * size * size,
                      detail=D_CONV7),
            LedgerRow("features.norm0", "norm", None, None, c, c, h, h, 2 * c, 0, saved=2 * hw,
                      saved_efficient=2 * hw, detail="BN-ReLU"),
            LedgerRow("features.pool0", "pool", None, None, c, c, h2, h2, 0, 0, saved=pooled,
                      saved_efficient=pooled, detail=D_MAXPOOL3)]


def _dense_layer_row(cfg: DenseNetConfig, b: int, layer: int, k0: int, h: int,
                     fused_modes: tuple[bool, bool]) -> LedgerRow:
    k, hw, drop = cfg.growth_rate, h * h, cfg.drop_rate > 0
    cin = k0 + k * (layer - 1)
    fused, fused_eff = fused_modes
    # The layer's input as autograd keeps it: its concatenation (plain layers), or nothing beyond the block
    # buffer's slices (fused: the k new maps, and the block input at layer 1).
    kept_input = (k + (layer == 1) * k0) * hw if fused else cin * hw
    if cfg.bottleneck:
        inter = cfg.bn_size * k
        params = 2 * cin + conv_params(cin, inter, 1) + 2 * inter + conv_params(inter, k, 3)
        macs = conv_macs(cin, inter, 1, h, h) + conv_macs(inter, k, 3, h, h)
        # the input (BN input), ReLU out (conv input), conv1 out, ReLU2 out; dropout masks.
        saved = kept_input + (cin + 2 * inter) * hw + (drop * (inter + k) * hw)
        # memory-efficient (fused): the k new maps and conv1's output (after dropout), and dropout's masks.
        saved_eff = (2 - fused_eff) * inter * hw + k * hw + drop * (inter + k) * hw
    else:
        params = 2 * cin + conv_params(cin, k, 3)
        macs = conv_macs(cin, k, 3, h, h)
        saved = kept_input + cin * hw + drop * k * hw
        saved_eff = k * hw + drop * k * hw
    if layer == 1:
        saved_eff += k0 * hw  # the block input is kept for recomputation
    return LedgerRow(f"features.denseblock{b}.denselayer{layer}", "dense_layer", b, layer, cin, k, h, h, params,
                     macs, saved, saved_eff, formula=f"{k0} + {k}×({layer}−1) = {cin}",
                     detail=D_DENSE_B if cfg.bottleneck else D_DENSE)


def _transition_row(cfg: DenseNetConfig, b: int, m: int, h: int, fused_modes: tuple[bool, bool]) -> LedgerRow:
    out = int(math.floor(cfg.compression * m))
    hw = h * h
    # cat of the block (BN input), ReLU out (conv input), conv out (pool input); dropout mask. A fused block's
    # output is its buffer, already counted by its layers.
    saved = (2 * m + out) * hw + (cfg.drop_rate > 0) * out * hw
    saved_eff = saved - fused_modes[1] * m * hw
    saved -= fused_modes[0] * m * hw
    return LedgerRow(f"features.transition{b}", "transition", b, None, m, out, h // 2, h // 2,
                     2 * m + conv_params(m, out, 1), conv_macs(m, out, 1, h, h), saved, saved_eff,
                     detail=D_TRANSITION)


def _shares_block_buffer(cfg: DenseNetConfig, num_layers: int, k0: int) -> tuple[bool, bool]:
    """Whether a block of ``num_layers`` on ``k0`` input channels runs fused in a training step ("auto"), in plain
    and in memory-efficient mode, its output being the one buffer its layers kept (short blocks in plain mode,
    and dropout beside one-channel maps, run the plain layers, whose output is a fresh concatenation)."""
    if not fused_dropout_matches(cfg.drop_rate, cfg.growth_rate, k0):
        return False, False
    return (auto_block_implementation(num_layers, False) != "reference",
            auto_block_implementation(num_layers, True) != "reference")


def densenet_ledger(cfg: DenseNetConfig) -> Ledger:
    c, size = cfg.num_init_features, cfg.input_size
    if cfg.stem == "imagenet":
        rows = _imagenet_stem(cfg.in_channels, c, size)
        h = stem_output_size("imagenet", size)
    else:
        rows = stem_rows(cfg.in_channels, c, size, with_norm=False)
        h = size
    blocks: list[BlockSummary] = []
    for b, n in enumerate(cfg.block_layers, start=1):
        k0 = c
        fused = _shares_block_buffer(cfg, n, k0)
        layer_rows = [_dense_layer_row(cfg, b, layer, k0, h, fused) for layer in range(1, n + 1)]
        rows += layer_rows
        m = k0 + n * cfg.growth_rate
        summary = BlockSummary(b, n, k0, m, h, h, sum(r.params for r in layer_rows),
                               sum(r.macs for r in layer_rows), n * (n + 1) // 2)
        blocks.append(summary)
        c = m
        if b < cfg.num_blocks:
            row = _transition_row(cfg, b, m, h, fused)
            rows.append(row)
            summary.transition_in, summary.transition_out = m, row.out_channels
            c, h = row.out_channels, row.out_h
    head = head_rows(c, h, cfg.num_classes, norm="features.norm5", classifier_detail=D_LINEAR)
    head[0].saved -= fused[0] * c * h * h  # norm5 reads the last block's buffer
    head[0].saved_efficient -= fused[1] * c * h * h
    rows += head
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))



# ------------------------------------------------------------------------------------------ presets


def _bc_imagenet(k: int, blocks: tuple[int, ...], init: int) -> DenseNetConfig:
    return DenseNetConfig(growth_rate=k, block_layers=blocks, bottleneck=True, compression=0.5,
                          init_features=init, stem="imagenet", num_classes=1000, input_size=224)


def _cifar(depth: int, k: int, bottleneck: bool, compression: float) -> DenseNetConfig:
    return DenseNetConfig.from_depth(depth, 3, bottleneck, growth_rate=k, compression=compression)


PRESETS = (
    Preset("densenet121", _bc_imagenet(32, (6, 12, 24, 16), 64), "ImageNet", "DenseNet-121"),
    Preset("densenet169", _bc_imagenet(32, (6, 12, 32, 32), 64), "ImageNet", "DenseNet-169"),
    Preset("densenet201", _bc_imagenet(32, (6, 12, 48, 32), 64), "ImageNet", "DenseNet-201"),
    Preset("densenet264", _bc_imagenet(32, (6, 12, 64, 48), 64), "ImageNet", "DenseNet-264",
           note=M("note.densenet264", "Counted as the paper counts DenseNet-121 (2 convs per layer, transitions, "
                  "first conv, classifier), this network has 265 layers; the paper's name says 264.")),
    Preset("densenet161", _bc_imagenet(48, (6, 12, 36, 24), 96), "ImageNet", "DenseNet-161 (k=48)"),
    Preset("densenet-l40-k12", _cifar(40, 12, False, 1.0), "CIFAR", "DenseNet (k=12), L=40", "1.0M"),
    Preset("densenet-l100-k12", _cifar(100, 12, False, 1.0), "CIFAR", "DenseNet (k=12), L=100", "7.0M"),
    Preset("densenet-l100-k24", _cifar(100, 24, False, 1.0), "CIFAR", "DenseNet (k=24), L=100", "27.2M"),
    Preset("densenet-bc-l100-k12", _cifar(100, 12, True, 0.5), "CIFAR", "DenseNet-BC (k=12), L=100", "0.8M"),
    Preset("densenet-bc-l250-k24", _cifar(250, 24, True, 0.5), "CIFAR", "DenseNet-BC (k=24), L=250", "15.3M"),
    Preset("densenet-bc-l190-k40", _cifar(190, 40, True, 0.5), "CIFAR", "DenseNet-BC (k=40), L=190", "25.6M"),
    # DenseNet-C: compression theta = 0.5 without the bottleneck. The paper trains it on CIFAR but its
    # Table 2 prints no DenseNet-C row, so these carry no paper figure.
    Preset("densenet-c-l40-k12", _cifar(40, 12, False, 0.5), "CIFAR", "DenseNet-C (k=12), L=40"),
    Preset("densenet-c-l100-k12", _cifar(100, 12, False, 0.5), "CIFAR", "DenseNet-C (k=12), L=100"),
    Preset("densenet-c-l100-k24", _cifar(100, 24, False, 0.5), "CIFAR", "DenseNet-C (k=24), L=100"),
)

SPEC = FamilySpec(
    name="densenet", label="DenseNet", config=DenseNetConfig, ledger=densenet_ledger,
    model="explorer.core.models.densenet:DenseNet", pattern="dense", formula="x_ℓ = H_ℓ([x_0, …, x_{ℓ−1}])",
    presets=PRESETS, memory_efficient=True)
