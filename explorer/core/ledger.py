"""The channel ledger: what a network is, computed from its config alone (integers only, no weights).

It runs on every slider tick, so it stays pure arithmetic: densenet264 takes well under a millisecond
(``benchmarks/bench_ledger.py``). Tests hold it equal to the built module: parameters, output shapes and
multiply-adds, for every valid config.

Memory model (float32, 4 bytes): ``saved`` counts the elements autograd keeps for the backward pass of
one image in a training step; ``saved_efficient`` the same in memory-efficient mode: the fused dense block
(models/dense_fast.py) keeps the block's maps in one buffer and each bottleneck's 1x1 conv output, and
recomputes each layer's BN-ReLUs in the backward pass; with dropout it keeps the dropout masks too.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .messages import M

# What the shared rows are, in the paper's notation (translated in the UI: Conv -> 합성곱 ...). Each family's
# own rows are described in its module (explorer/core/families/).
D_CONV3 = M("layer.conv3", "Conv 3x3")
D_HEAD_NORM = M("layer.head_norm", "BN, then ReLU and global average pool")
D_LINEAR = M("layer.linear", "Linear")
D_HEAD = M("layer.head", "Global average pool, Linear")

__all__ = ["LedgerRow", "BlockSummary", "Ledger", "compute_ledger", "BYTES_PER_ELEM", "INT64_ELEMS",
           "conv_params", "conv_macs", "stem_rows", "head_rows", "stage_summary"]

BYTES_PER_ELEM = 4  # float32
INT64_ELEMS = 2  # an int64 index costs two float32 slots


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


def stem_rows(cin: int, width: int, size: int, with_norm: bool) -> list[LedgerRow]:
    """A 3x3 conv (stride 1) from the image to ``width`` maps, optionally followed by BN-ReLU."""
    rows = [LedgerRow("features.conv0", "conv", None, None, cin, width, size, size, conv_params(cin, width, 3),
                      conv_macs(cin, width, 3, size, size), saved=cin * size * size,
                      saved_efficient=cin * size * size, detail=D_CONV3)]
    if with_norm:
        hw = width * size * size
        rows.append(LedgerRow("features.norm0", "norm", None, None, width, width, size, size, 2 * width, 0,
                              saved=2 * hw, saved_efficient=2 * hw, detail="BN-ReLU"))
    return rows


def head_rows(c: int, h: int, num_classes: int, norm: str | None = None,
              classifier_detail: Any = D_HEAD) -> list[LedgerRow]:
    """The classifier (global average pool, linear), after a final BN-ReLU named ``norm`` if given."""
    rows = []
    if norm:
        rows.append(LedgerRow(norm, "norm", None, None, c, c, h, h, 2 * c, 0, saved=2 * c * h * h,
                              saved_efficient=2 * c * h * h, detail=D_HEAD_NORM))
    rows.append(LedgerRow("classifier", "classifier", None, None, c, num_classes, 1, 1,
                          c * num_classes + num_classes, c * num_classes, saved=c, saved_efficient=c,
                          detail=classifier_detail))
    return rows


def stage_summary(index: int, rows: list[LedgerRow], pattern: str, per_layer: int) -> BlockSummary:
    """A stage of units in a chain or with shortcuts: ``per_layer`` connections per unit."""
    n = len(rows)
    return BlockSummary(index, n, rows[0].in_channels, rows[-1].out_channels, rows[-1].out_h, rows[-1].out_w,
                        sum(r.params for r in rows), sum(r.macs for r in rows), per_layer * n, pattern)


def compute_ledger(config: Any) -> Ledger:
    """The ledger of any registered family's config (its spec's ledger function)."""
    from .families import family_spec

    return family_spec(config.family).ledger(config)
