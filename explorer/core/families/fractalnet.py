"""Larsson et al. (2017): FractalNet, B fractal blocks of C columns, f_1(z) = conv(z),
f_(C+1)(z) = join(f_C(f_C(z)), conv(z)); joins take the elementwise mean; 2x2 max pooling after each block.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from ..ledger import INT64_ELEMS, BlockSummary, Ledger, LedgerRow, conv_macs, conv_params, head_rows
from ..messages import M
from ..validation import ConfigError, at_least, check_float, check_int
from .base import COMMON_HELP, MAX_BLOCKS, MAX_WIDTH, FamilyConfig, FamilySpec, Preset, blocks_range


@dataclass(frozen=True)
class FractalNetConfig(FamilyConfig):
    """Larsson et al. (2017): B fractal blocks of C columns, f_1(z) = conv(z), f_(C+1)(z) = join(f_C(f_C(z)),
    conv(z)); joins take the elementwise mean; 2x2 max pooling after each block. No residuals."""

    family: ClassVar[str] = "fractalnet"
    FIELD_HELP: ClassVar[dict[str, Any]] = {
        "columns": M("help.fractalnet.columns",

            "C: columns per block. Column c holds 2^(c-1) conv-BN-ReLU units, so the deepest path "
                   "through a block has 2^(C-1) convs (C = 3: 4)."),
        "channels": M("help.fractalnet.channels",
            "Channels of each block; the number of entries is B, the number of blocks (the paper: "
                    "64, 128, 256, 512, 512). Each block ends with a 2x2 max pool."),
        "drop_path": M("help.fractalnet.drop_path",
            "Local drop-path (training only): each input of a join is dropped with this chance, "
                     "at least one kept (the paper: 0.15)."),
        "global_paths": M("help.fractalnet.global_paths",
            "Global drop-path (training only): the share of training steps that keep one "
                        "column, the same in every block, for the whole network (the paper: 0.5)."),
        "drop_rate": M("help.fractalnet.drop_rate",
            "Dropout after each conv, rising linearly from 0 in block 1 to this in block B (the "
                     "paper: 0, 0.1, 0.2, 0.3, 0.4)."),
        **COMMON_HELP,
    }
    CLI_HELP: ClassVar[dict[str, str | None]] = {
        "columns": "FractalNet columns C",
        "channels": "FractalNet channels per block",
        "drop_path": "FractalNet local drop-path rate",
        "global_paths": "FractalNet share of global drop-path steps",
    }
    MAX_COLUMNS: ClassVar[int] = 6

    columns: int = 3  # C
    channels: tuple[int, ...] = (64, 128, 256, 512, 512)  # one per block: B = len(channels)
    drop_path: float = 0.0  # local drop-path probability per join input
    global_paths: float = 0.0  # share of batches trained on a single (global) column
    drop_rate: float = 0.0  # dropout of the last block; block b gets drop_rate * (b-1)/(B-1)
    num_classes: int = 10  # classes the classifier tells apart
    in_channels: int = 3  # 3 for colour images, 1 for grey
    input_size: int = 32  # height = width of the input image

    def validate(self) -> None:
        check_int("columns", self.columns, 1, self.MAX_COLUMNS)
        if not isinstance(self.channels, tuple) or not self.channels:
            raise ConfigError("channels", self.channels, M("config.not_channel_list", "must be a list of channel "
                                                           "counts, one per block"), blocks_range())
        if len(self.channels) > MAX_BLOCKS:
            raise ConfigError("channels", list(self.channels), M("config.too_many_blocks", "has too many blocks"),
                              blocks_range())
        for i, c in enumerate(self.channels):
            check_int(f"channels[{i}]", c, 1, MAX_WIDTH)
        check_float("drop_path", self.drop_path, 0.0, 1.0, hi_open=True)
        check_float("global_paths", self.global_paths, 0.0, 1.0)
        check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        self.check_common()
        need = 2 ** self.num_blocks
        if self.input_size < need:
            raise ConfigError("input_size", self.input_size,
                              M("config.input_too_small_fractal", "is too small for {blocks} blocks (each ends "
                                "with a 2x2 max pool)")(blocks=self.num_blocks), at_least(need))

    @property
    def num_blocks(self) -> int:
        return len(self.channels)

    @property
    def convs_per_block(self) -> int:
        """Every conv unit of a block: 2^C - 1 (column c has 2^(c-1))."""
        return 2 ** self.columns - 1

    @property
    def longest_path(self) -> int:
        """Convs on the deepest column: B * 2^(C-1) (Larsson et al.'s "20 layers" for B=5, C=3)."""
        return self.num_blocks * 2 ** (self.columns - 1)

    @property
    def depth(self) -> int:
        """The longest path plus the classifier, as the DenseNet paper's table counts it (21 for B=5, C=3)."""
        return self.longest_path + 1

    def block_drop_rate(self, block: int) -> float:
        """Dropout of block ``block`` (1-based): linear from 0 to drop_rate."""
        if self.num_blocks == 1:
            return self.drop_rate
        return self.drop_rate * (block - 1) / (self.num_blocks - 1)

    @property
    def title(self) -> str:
        return f"FractalNet-{self.longest_path} (C={self.columns}, B={self.num_blocks})"


# ------------------------------------------------------------------------------------------- ledger
#
# Rows name the modules of explorer/core/models/fractalnet.py. "Connections" count one link per conv unit
# plus one per input of each join.

D_FRACTAL = M("layer.fractal_unit", "Conv3x3-BN-ReLU (column {column} of {columns}, unit {unit} of {units})")
D_FRACTAL_DROP = M("layer.fractal_unit_dropout", "Conv3x3-Dropout-BN-ReLU (column {column} of {columns}, "
                   "unit {unit} of {units})")
D_FRACTAL_POOL = M("layer.fractal_pool", "Max pool 2x2 (after the block's last join)")


def fractal_join_schedule(columns: int) -> list[list[int]]:
    """For each depth position d = 1..2^(C-1) of a fractal block, the 0-based columns whose unit ends there
    (they are joined when more than one). Column j's units each span 2^(C-1-j) positions."""
    depth = 2 ** (columns - 1)
    return [[j for j in range(columns) if d % 2 ** (columns - 1 - j) == 0] for d in range(1, depth + 1)]


def _fractal_block(cfg: FractalNetConfig, b: int, cin: int, cout: int, h: int) -> tuple[list[LedgerRow], int]:
    """The conv units of block ``b`` in the order they run, and the number of join inputs."""
    drop = cfg.block_drop_rate(b) > 0
    hw = h * h
    rows: list[LedgerRow] = []
    done = [0] * cfg.columns
    joins = 0
    for ending in fractal_join_schedule(cfg.columns):
        for j in ending:
            done[j] += 1
            u = done[j]
            c_in = cin if u == 1 else cout
            saved = c_in * hw + 2 * cout * hw + drop * cout * hw
            detail = (D_FRACTAL_DROP if drop else D_FRACTAL)(column=j + 1, columns=cfg.columns, unit=u, units=2 ** j)
            rows.append(LedgerRow(f"features.block{b}.col{j + 1}.unit{u}", "conv_unit", b, u, c_in, cout, h, h,
                                  conv_params(c_in, cout, 3) + 2 * cout, conv_macs(c_in, cout, 3, h, h), saved, saved,
                                  detail=detail))
        if len(ending) > 1:
            joins += len(ending)
    return rows, joins


def fractal_ledger(cfg: FractalNetConfig) -> Ledger:
    """Larsson et al.'s FractalNet: B blocks of C columns of conv-BN-ReLU units, mean joins, max pools."""
    h = cfg.input_size
    rows: list[LedgerRow] = []
    blocks = []
    cin = cfg.in_channels
    for b, cout in enumerate(cfg.channels, start=1):
        block_rows, joins = _fractal_block(cfg, b, cin, cout, h)
        rows += block_rows
        blocks.append(BlockSummary(b, len(block_rows), cin, cout, h, h, sum(r.params for r in block_rows),
                                   sum(r.macs for r in block_rows), len(block_rows) + joins, "fractal"))
        h_out = h // 2
        pooled = INT64_ELEMS * cout * h_out * h_out
        rows.append(LedgerRow(f"features.pool{b}", "pool", b, None, cout, cout, h_out, h_out, 0, 0, pooled,
                              pooled, detail=D_FRACTAL_POOL))
        cin, h = cout, h_out
    rows += head_rows(cin, h, cfg.num_classes)
    return Ledger(cfg, rows, blocks, cfg.depth, sum(b.connections for b in blocks))


# ------------------------------------------------------------------------------------------ presets

_FRACTAL_NOTE = M("note.fractalnet",
    "Built as Larsson et al. describe it for CIFAR (B = 5 blocks, C = 3 columns, 64/128/256/512/512 channels, "
    "3x3 conv-BN-ReLU units, mean joins, 2x2 max pools, one linear classifier), the 20-layer FractalNet has "
    "33.7M parameters; Larsson et al. print 38.6M, and the DenseNet table copies it. Their paper does not "
    "say what the other 4.9M are. The table counts 21 layers: the 20 convs of the deepest path and the "
    "classifier.")

PRESETS = (
    Preset("fractalnet-20", FractalNetConfig(), "FractalNet", "FractalNet, L=21", "38.6M", note=_FRACTAL_NOTE),
    Preset("fractalnet-20-droppath", FractalNetConfig(drop_path=0.15, global_paths=0.5, drop_rate=0.4),
           "FractalNet", M("preset.fractal_drop", "FractalNet with Dropout/Drop-path, L={depth}")(depth=21), "38.6M",
           note=_FRACTAL_NOTE),
)

SPEC = FamilySpec(
    name="fractalnet", label="FractalNet", config=FractalNetConfig, ledger=fractal_ledger,
    model="explorer.core.models.fractalnet:FractalNet", pattern="fractal",
    formula="f_{C+1}(z) = join(f_C(f_C(z)), conv(z))", presets=PRESETS)
