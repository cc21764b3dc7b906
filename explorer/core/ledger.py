"""The channel ledger: what a network is, computed from its config alone (integers only, no weights).

It runs on every slider tick, so it stays pure arithmetic: densenet264 takes well under a millisecond
(``benchmarks/bench_ledger.py``). Tests hold it equal to the built module: parameters, output shapes and
multiply-adds, for every valid config.

Memory model (float32, 4 bytes): ``saved`` counts the elements autograd keeps for the backward pass of
one image in a training step; ``saved_efficient`` the same with memory-efficient (checkpointed) dense
layers, which keep only each layer's new feature maps and recompute the concatenation, BN, ReLU and
(bottleneck) 1x1 conv in the backward pass.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .config import (
    DenseNetConfig,
    FractalNetConfig,
    PlainConfig,
    PreActResNetConfig,
    ResNetConfig,
    WideResNetConfig,
    stem_output_size,
    stride2_size,
)
from .messages import M, join

# What each row is, in the paper's notation (translated in the UI: Conv -> 합성곱 ...).
D_CONV7 = M("layer.conv7_s2", "Conv 7x7, stride 2")
D_CONV3 = M("layer.conv3", "Conv 3x3")
D_MAXPOOL3 = M("layer.maxpool3_s2", "Max pool 3x3, stride 2")
D_DENSE_B = M("layer.dense_bottleneck", "BN-ReLU-Conv(1x1)-BN-ReLU-Conv(3x3)")
D_DENSE = M("layer.dense", "BN-ReLU-Conv(3x3)")
D_TRANSITION = M("layer.transition", "BN-ReLU-Conv(1x1)-AvgPool(2x2)")
D_HEAD_NORM = M("layer.head_norm", "BN, then ReLU and global average pool")
D_LINEAR = M("layer.linear", "Linear")
D_HEAD = M("layer.head", "Global average pool, Linear")
D_RESIDUAL = M("layer.residual", "Conv3x3-BN-ReLU-Conv3x3-BN, + shortcut, ReLU")
D_PROJ_B = M("layer.projection_b", " (1x1 projection, option B)")
D_PAD_A = M("layer.identity_a", " (zero-padded identity, option A)")
D_SURVIVAL = M("layer.survival", "; stochastic depth: runs with p_l = {p} in training")
D_PLAIN = M("layer.plain", "Conv3x3-BN-ReLU-Conv3x3-BN-ReLU (no shortcut)")
D_PREACT_B = M("layer.preact_bottleneck", "BN-ReLU-Conv1x1-BN-ReLU-Conv3x3-BN-ReLU-Conv1x1, + shortcut")
D_PREACT = M("layer.preact", "BN-ReLU-Conv3x3-BN-ReLU-Conv3x3, + shortcut")
D_PREACT_DROP = M("layer.preact_dropout", "BN-ReLU-Conv3x3-Dropout-BN-ReLU-Conv3x3, + shortcut")
D_PROJ = M("layer.projection", " (1x1 projection)")
D_FRACTAL = M("layer.fractal_unit", "Conv3x3-BN-ReLU (column {column} of {columns}, unit {unit} of {units})")
D_FRACTAL_DROP = M("layer.fractal_unit_dropout", "Conv3x3-Dropout-BN-ReLU (column {column} of {columns}, "
                   "unit {unit} of {units})")
D_FRACTAL_POOL = M("layer.fractal_pool", "Max pool 2x2 (after the block's last join)")

__all__ = ["LedgerRow", "BlockSummary", "Ledger", "compute_ledger", "register_ledger", "BYTES_PER_ELEM",
           "conv_params", "conv_macs", "fractal_join_schedule", "LEDGER_BUILDERS"]

BYTES_PER_ELEM = 4  # float32
_INT64_ELEMS = 2  # an int64 index costs two float32 slots


@dataclass(slots=True)
class LedgerRow:
    name: str  # module path in the built network, e.g. "features.denseblock1.denselayer3"
    kind: str  # "conv", "norm", "pool", "dense_layer", "transition", "classifier", ... (per family)
    block: int | None  # 1-based block (stage) index, None outside blocks
    layer: int | None  # l, 1-based layer index inside the block
    in_channels: int
    out_channels: int
    out_h: int
    out_w: int
    params: int
    macs: int  # multiply-adds of conv and linear layers, one image
    saved: int = 0  # elements kept for backward, one image, plain training
    saved_efficient: int = 0  # the same in memory-efficient mode
    formula: str = ""  # for dense layers: "k0 + k x (l-1) = ..." with the numbers
    detail: str = ""  # e.g. "BN-ReLU-Conv(1x1) - BN-ReLU-Conv(3x3)"

    @property
    def output_size(self) -> tuple[int, int]:
        return (self.out_h, self.out_w)

    @property
    def activation(self) -> int:
        """Elements of this row's output for one image."""
        return self.out_channels * self.out_h * self.out_w


@dataclass(slots=True)
class BlockSummary:
    index: int  # 1-based
    num_layers: int
    in_channels: int  # k0 of the block
    out_channels: int  # k0 + k * layers
    out_h: int
    out_w: int
    params: int
    macs: int
    connections: int  # L(L+1)/2 for a dense block of L layers, L for a chain
    pattern: str = "dense"  # "dense", "residual", "chain", "fractal"
    transition_in: int | None = None  # channels the following transition receives
    transition_out: int | None = None  # ... and emits (floor(theta*m))


@dataclass
class Ledger:
    config: Any
    rows: list[LedgerRow]
    blocks: list[BlockSummary]
    depth: int
    connections: int
    total_params: int = field(init=False)
    total_macs: int = field(init=False)

    def __post_init__(self) -> None:
        self.total_params = sum(r.params for r in self.rows)
        self.total_macs = sum(r.macs for r in self.rows)

    # -- memory --------------------------------------------------------------------------------------

    @property
    def param_bytes(self) -> int:
        return self.total_params * BYTES_PER_ELEM

    @property
    def forward_activation_bytes(self) -> int:
        """Sum of every row's output for one image (what a hook would see pass by)."""
        return sum(r.activation for r in self.rows) * BYTES_PER_ELEM

    def train_activation_bytes(self, batch_size: int = 1, memory_efficient: bool = False) -> int:
        """Bytes autograd keeps for backward in one training step, plus the largest transient of the
        backward pass (a layer's input gradient and its recomputed part)."""
        saved = sum(r.saved_efficient if memory_efficient else r.saved for r in self.rows)
        transient = max((2 * r.in_channels + r.out_channels) * r.out_h * r.out_w for r in self.rows)
        return (saved + transient) * batch_size * BYTES_PER_ELEM

    def train_step_bytes(self, batch_size: int = 1, memory_efficient: bool = False,
                         optimizer_slots: int = 1) -> int:
        """Parameters, their gradients, the optimiser's state (SGD momentum: 1 slot) and activations."""
        return (self.param_bytes * (2 + optimizer_slots)
                + self.train_activation_bytes(batch_size, memory_efficient))

    # -- views ---------------------------------------------------------------------------------------

    def block_rows(self, block: int) -> list[LedgerRow]:
        return [r for r in self.rows if r.block == block and r.kind == "dense_layer"]

    def row(self, name: str) -> LedgerRow:
        for r in self.rows:
            if r.name == name:
                return r
        raise KeyError(name)

    @property
    def output_size(self) -> tuple[int, int]:
        return self.rows[-1].output_size

    def to_dict(self) -> dict[str, Any]:
        from .config import config_to_dict

        return {
            "config": config_to_dict(self.config),
            "depth": self.depth,
            "total_params": self.total_params,
            "macs": self.total_macs,
            "connections": self.connections,
            "param_bytes": self.param_bytes,
            "train_step_bytes_per_image": self.train_activation_bytes(1),
            "train_step_bytes_per_image_memory_efficient": self.train_activation_bytes(1, True),
            "layers": [{
                "name": r.name, "kind": r.kind, "block": r.block, "layer": r.layer,
                "in_channels": r.in_channels, "out_channels": r.out_channels,
                "output_size": [r.out_h, r.out_w], "params": r.params, "macs": r.macs,
                "activation": r.activation, "formula": r.formula,
            } for r in self.rows],
            "blocks": [{
                "index": b.index, "layers": b.num_layers, "in_channels": b.in_channels,
                "out_channels": b.out_channels, "output_size": [b.out_h, b.out_w], "params": b.params,
                "macs": b.macs, "connections": b.connections, "pattern": b.pattern,
                "transition_in": b.transition_in, "transition_out": b.transition_out,
            } for b in self.blocks],
        }


# ----------------------------------------------------------------------------------- shared arithmetic


def conv_params(cin: int, cout: int, kernel: int, bias: bool = False, groups: int = 1) -> int:
    return cout * (cin // groups) * kernel * kernel + (cout if bias else 0)


def conv_macs(cin: int, cout: int, kernel: int, out_h: int, out_w: int, groups: int = 1) -> int:
    return cout * (cin // groups) * kernel * kernel * out_h * out_w


# ------------------------------------------------------------------------------------------ DenseNet


def _densenet_ledger(cfg: DenseNetConfig) -> Ledger:
    rows: list[LedgerRow] = []
    blocks: list[BlockSummary] = []
    add = rows.append
    k = cfg.growth_rate
    cin0 = cfg.in_channels
    size = cfg.input_size
    c = cfg.num_init_features
    drop = cfg.drop_rate > 0

    # Stem.
    if cfg.stem == "imagenet":
        h = (size + 6 - 7) // 2 + 1
        add(LedgerRow("features.conv0", "conv", None, None, cin0, c, h, h, conv_params(cin0, c, 7),
                      conv_macs(cin0, c, 7, h, h), saved=cin0 * size * size,
                      saved_efficient=cin0 * size * size, detail=D_CONV7))
        hw = c * h * h
        add(LedgerRow("features.norm0", "norm", None, None, c, c, h, h, 2 * c, 0, saved=2 * hw,
                      saved_efficient=2 * hw, detail="BN-ReLU"))
        h2 = stem_output_size("imagenet", size)
        add(LedgerRow("features.pool0", "pool", None, None, c, c, h2, h2, 0, 0,
                      saved=_INT64_ELEMS * c * h2 * h2, saved_efficient=_INT64_ELEMS * c * h2 * h2,
                      detail=D_MAXPOOL3))
        h = h2
    else:
        h = size
        add(LedgerRow("features.conv0", "conv", None, None, cin0, c, h, h, conv_params(cin0, c, 3),
                      conv_macs(cin0, c, 3, h, h), saved=cin0 * size * size,
                      saved_efficient=cin0 * size * size, detail=D_CONV3))

    connections = 0
    detail_b = D_DENSE_B
    detail_p = D_DENSE
    inter = cfg.bn_size * k
    for b, n in enumerate(cfg.block_layers, start=1):
        k0 = c
        hw = h * h
        block_params = block_macs = 0
        for layer in range(1, n + 1):
            cin = k0 + k * (layer - 1)
            if cfg.bottleneck:
                params = 2 * cin + conv_params(cin, inter, 1) + 2 * inter + conv_params(inter, k, 3)
                macs = conv_macs(cin, inter, 1, h, h) + conv_macs(inter, k, 3, h, h)
                # cat out (BN input), ReLU out (conv input), conv1 out, ReLU2 out; dropout masks.
                saved = (2 * cin + 2 * inter) * hw + (drop * (inter + k) * hw)
                saved_eff = 2 * inter * hw + k * hw + drop * (inter + k) * hw
            else:
                params = 2 * cin + conv_params(cin, k, 3)
                macs = conv_macs(cin, k, 3, h, h)
                saved = 2 * cin * hw + drop * k * hw
                saved_eff = k * hw + drop * k * hw
            if layer == 1:
                saved_eff += k0 * hw  # the block input is kept for recomputation
            block_params += params
            block_macs += macs
            add(LedgerRow(f"features.denseblock{b}.denselayer{layer}", "dense_layer", b, layer, cin, k,
                          h, h, params, macs, saved, saved_eff,
                          formula=f"{k0} + {k}×({layer}−1) = {cin}",
                          detail=detail_b if cfg.bottleneck else detail_p))
        m = k0 + n * k
        connections += n * (n + 1) // 2
        summary = BlockSummary(b, n, k0, m, h, h, block_params, block_macs, n * (n + 1) // 2)
        blocks.append(summary)
        if b < cfg.num_blocks:
            out = int(math.floor(cfg.compression * m))
            h_out = h // 2
            params = 2 * m + conv_params(m, out, 1)
            macs = conv_macs(m, out, 1, h, h)
            # cat of the block (BN input), ReLU out (conv input), conv out (pool input); dropout mask.
            saved = (2 * m + out) * hw + drop * out * hw
            add(LedgerRow(f"features.transition{b}", "transition", b, None, m, out, h_out, h_out, params,
                          macs, saved, saved, detail=D_TRANSITION))
            summary.transition_in, summary.transition_out = m, out
            c, h = out, h_out
        else:
            c = m
    # Final BN-ReLU, global average pool, linear classifier.
    add(LedgerRow("features.norm5", "norm", None, None, c, c, h, h, 2 * c, 0, saved=2 * c * h * h,
                  saved_efficient=2 * c * h * h, detail=D_HEAD_NORM))
    add(LedgerRow("classifier", "classifier", None, None, c, cfg.num_classes, 1, 1,
                  c * cfg.num_classes + cfg.num_classes, c * cfg.num_classes, saved=c, saved_efficient=c,
                  detail=D_LINEAR))
    return Ledger(cfg, rows, blocks, cfg.depth, connections)


LEDGER_BUILDERS: dict[str, Callable[[Any], Ledger]] = {"densenet": _densenet_ledger}


def register_ledger(family: str, builder: Callable[[Any], Ledger]) -> None:
    LEDGER_BUILDERS[family] = builder


def compute_ledger(config: Any) -> Ledger:
    """The ledger of any registered family's config."""
    return LEDGER_BUILDERS[config.family](config)


# ---------------------------------------------------------------------------------- comparison families
#
# Rows name the modules of explorer/core/models/resnet.py and fractalnet.py. "Connections" count, inside
# the blocks (stages), the links that carry a feature map into a layer H_l or a join, as the DenseNet paper
# counts L(L+1)/2 for a dense block: a chain gives each layer one (L), a residual unit two (its input goes
# through H_l and again round it, into the sum: 2L), a fractal block one per conv plus one per join input.


def _stem_rows(cin: int, width: int, size: int, with_norm: bool) -> list[LedgerRow]:
    rows = [LedgerRow("features.conv0", "conv", None, None, cin, width, size, size, conv_params(cin, width, 3),
                      conv_macs(cin, width, 3, size, size), saved=cin * size * size,
                      saved_efficient=cin * size * size, detail=D_CONV3)]
    if with_norm:
        hw = width * size * size
        rows.append(LedgerRow("features.norm0", "norm", None, None, width, width, size, size, 2 * width, 0,
                              saved=2 * hw, saved_efficient=2 * hw, detail="BN-ReLU"))
    return rows


def _head_rows(c: int, h: int, num_classes: int, final_norm: bool) -> list[LedgerRow]:
    rows = []
    if final_norm:
        rows.append(LedgerRow("features.norm_final", "norm", None, None, c, c, h, h, 2 * c, 0,
                              saved=2 * c * h * h, saved_efficient=2 * c * h * h,
                              detail=D_HEAD_NORM))
    rows.append(LedgerRow("classifier", "classifier", None, None, c, num_classes, 1, 1,
                          c * num_classes + num_classes, c * num_classes, saved=c, saved_efficient=c,
                          detail=D_HEAD))
    return rows


def _stage_summary(index: int, rows: list[LedgerRow], pattern: str, per_layer: int) -> BlockSummary:
    n = len(rows)
    return BlockSummary(index, n, rows[0].in_channels, rows[-1].out_channels, rows[-1].out_h, rows[-1].out_w,
                        sum(r.params for r in rows), sum(r.macs for r in rows), per_layer * n, pattern)


def _resnet_ledger(cfg: PlainConfig | ResNetConfig) -> Ledger:
    """He et al.'s CIFAR ResNet (or its plain counterpart): basic units conv-BN-ReLU-conv-BN (+ shortcut)."""
    residual = isinstance(cfg, ResNetConfig)
    survival = cfg.survival_probabilities() if residual else None
    shortcut_b = residual and cfg.shortcut == "B"
    h = cfg.input_size
    rows = _stem_rows(cfg.in_channels, cfg.width, h, with_norm=True)
    blocks: list[BlockSummary] = []
    cin = cfg.width
    index = 0
    for s, w in enumerate(cfg.stage_widths, start=1):
        stage_rows = []
        for u in range(1, cfg.units_per_stage + 1):
            stride = 2 if (s > 1 and u == 1) else 1
            h_out = stride2_size(h) if stride == 2 else h
            hw_in, hw = h * h, h_out * h_out
            params = conv_params(cin, w, 3) + 2 * w + conv_params(w, w, 3) + 2 * w
            macs = conv_macs(cin, w, 3, h_out, h_out) + conv_macs(w, w, 3, h_out, h_out)
            # conv1 input, BN1 input, ReLU1 output, BN2 input, the final ReLU's output.
            saved = cin * hw_in + 4 * w * hw
            changes = stride != 1 or cin != w
            if residual:
                kind = "residual_unit"
                parts = [D_RESIDUAL]
                if changes:
                    if shortcut_b:
                        params += conv_params(cin, w, 1) + 2 * w
                        macs += conv_macs(cin, w, 1, h_out, h_out)
                        saved += w * hw
                        parts.append(D_PROJ_B)
                    else:
                        parts.append(D_PAD_A)
                p = survival[index]
                if p < 1:
                    parts.append(D_SURVIVAL(p=f"{p:.3f}"))
                detail = join(parts, "") if len(parts) > 1 else D_RESIDUAL
            else:
                kind = "plain_unit"
                detail = D_PLAIN
            row = LedgerRow(f"features.stage{s}.unit{u}", kind, s, u, cin, w, h_out, h_out, params, macs, saved,
                            saved, detail=detail)
            stage_rows.append(row)
            cin, h = w, h_out
            index += 1
        rows += stage_rows
        blocks.append(_stage_summary(s, stage_rows, "residual" if residual else "chain", 2 if residual else 1))
    rows += _head_rows(cin, h, cfg.num_classes, final_norm=False)
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))


def _preact_unit_row(name: str, s: int, u: int, cin: int, cout: int, h: int, stride: int, bottleneck: bool,
                     width: int, drop: bool) -> LedgerRow:
    h_out = stride2_size(h) if stride == 2 else h
    hw_in, hw = h * h, h_out * h_out
    project = stride != 1 or cin != cout
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
    if project:
        params += conv_params(cin, cout, 1)
        macs += conv_macs(cin, cout, 1, h_out, h_out)
        detail = join([detail, D_PROJ], "")
    kind = "bottleneck_unit" if bottleneck else "preact_unit"
    return LedgerRow(name, kind, s, u, cin, cout, h_out, h_out, params, macs, saved, saved, detail=detail)


def _preact_ledger(cfg: PreActResNetConfig | WideResNetConfig) -> Ledger:
    """He et al. (2016b) pre-activation ResNet and Zagoruyko & Komodakis's Wide ResNet."""
    wide = isinstance(cfg, WideResNetConfig)
    stem = cfg.stem_width if wide else cfg.width
    bottleneck = (not wide) and cfg.bottleneck
    drop = wide and cfg.drop_rate > 0
    outputs = cfg.stage_widths if wide else cfg.stage_outputs
    h = cfg.input_size
    rows = _stem_rows(cfg.in_channels, stem, h, with_norm=False)
    blocks = []
    cin = stem
    for s, (width, cout) in enumerate(zip(cfg.stage_widths, outputs), start=1):
        stage_rows = []
        for u in range(1, cfg.units_per_stage + 1):
            stride = 2 if (s > 1 and u == 1) else 1
            row = _preact_unit_row(f"features.stage{s}.unit{u}", s, u, cin, cout, h, stride, bottleneck, width,
                                   drop)
            stage_rows.append(row)
            cin, h = cout, row.out_h
        rows += stage_rows
        blocks.append(_stage_summary(s, stage_rows, "residual", 2))
    rows += _head_rows(cin, h, cfg.num_classes, final_norm=True)
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))


def fractal_join_schedule(columns: int) -> list[list[int]]:
    """For each depth position d = 1..2^(C-1) of a fractal block, the 0-based columns whose unit ends there
    (they are joined when more than one). Column j's units each span 2^(C-1-j) positions."""
    depth = 2 ** (columns - 1)
    return [[j for j in range(columns) if d % 2 ** (columns - 1 - j) == 0] for d in range(1, depth + 1)]


def _fractal_ledger(cfg: FractalNetConfig) -> Ledger:
    """Larsson et al.'s FractalNet: B blocks of C columns of conv-BN-ReLU units, mean joins, max pools."""
    h = cfg.input_size
    rows: list[LedgerRow] = []
    blocks = []
    cin = cfg.in_channels
    schedule = fractal_join_schedule(cfg.columns)
    for b, cout in enumerate(cfg.channels, start=1):
        drop = cfg.block_drop_rate(b) > 0
        hw = h * h
        block_rows = []
        done = [0] * cfg.columns
        joins = 0
        for ending in schedule:
            for j in ending:
                done[j] += 1
                u = done[j]
                c_in = cin if u == 1 else cout
                saved = c_in * hw + 2 * cout * hw + drop * cout * hw
                detail = (D_FRACTAL_DROP if drop else D_FRACTAL)(column=j + 1, columns=cfg.columns, unit=u,
                                                                  units=2 ** j)
                block_rows.append(LedgerRow(
                    f"features.block{b}.col{j + 1}.unit{u}", "conv_unit", b, u, c_in, cout, h, h,
                    conv_params(c_in, cout, 3) + 2 * cout, conv_macs(c_in, cout, 3, h, h), saved, saved,
                    detail=detail))
            if len(ending) > 1:
                joins += len(ending)
        rows += block_rows
        summary = BlockSummary(b, len(block_rows), cin, cout, h, h, sum(r.params for r in block_rows),
                               sum(r.macs for r in block_rows), len(block_rows) + joins, "fractal")
        blocks.append(summary)
        h_out = h // 2
        pooled = _INT64_ELEMS * cout * h_out * h_out
        rows.append(LedgerRow(f"features.pool{b}", "pool", b, None, cout, cout, h_out, h_out, 0, 0, pooled,
                              pooled, detail=D_FRACTAL_POOL))
        cin, h = cout, h_out
    rows += _head_rows(cin, h, cfg.num_classes, final_norm=False)
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))


for _family, _builder in (("plain", _resnet_ledger), ("resnet", _resnet_ledger), ("preact_resnet", _preact_ledger),
                          ("wide_resnet", _preact_ledger), ("fractalnet", _fractal_ledger)):
    register_ledger(_family, _builder)
