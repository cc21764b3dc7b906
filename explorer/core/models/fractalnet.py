"""FractalNet (Larsson et al., ICLR 2017): self-similar blocks of C columns, no residuals.

f_1(z) = conv(z); f_(C+1)(z) = join(f_C(f_C(z)), conv(z)). Laid out as columns: column c (1-based, the
shallowest first) holds 2^(c-1) conv units, each spanning 2^(C-c) of the deepest column's depth positions.
At depth position d the columns whose unit ends there are joined (elementwise mean), and the result feeds
the next unit of each of them. Each block ends with a 2x2 max pool.

Drop-path (training only): *local*, each input of a join is dropped with ``drop_path`` (at least one kept);
*global*, for a share ``global_paths`` of the mini-batches one column is kept in every block. Module names:
``features.block2.col3.unit4`` (conv, norm, relu[, drop]) and ``features.pool2``; then ``classifier``.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from ..families.fractalnet import FractalNetConfig, fractal_join_schedule
from .init import init_weights

__all__ = ["FractalNet", "FractalBlock", "ConvUnit", "join_schedule"]


join_schedule = fractal_join_schedule  # one schedule for the ledger and the module


class ConvUnit(nn.Sequential):
    """conv3x3 - [dropout] - BN - ReLU (Larsson's order: dropout right after the conv)."""

    def __init__(self, cin: int, cout: int, drop_rate: float) -> None:
        super().__init__()
        self.add_module("conv", nn.Conv2d(cin, cout, kernel_size=3, padding=1, bias=False))
        if drop_rate > 0:
            self.add_module("drop", nn.Dropout(drop_rate))
        self.add_module("norm", nn.BatchNorm2d(cout))
        self.add_module("relu", nn.ReLU(inplace=True))


class FractalBlock(nn.Module):
    def __init__(self, columns: int, cin: int, cout: int, drop_rate: float, drop_path: float) -> None:
        super().__init__()
        self.columns = columns
        self.drop_path = drop_path
        self.schedule = join_schedule(columns)
        for j in range(columns):
            units = nn.Sequential()
            for u in range(2 ** j):
                units.add_module(f"unit{u + 1}", ConvUnit(cin if u == 0 else cout, cout, drop_rate))
            self.add_module(f"col{j + 1}", units)

    def column(self, j: int) -> nn.Sequential:
        return getattr(self, f"col{j + 1}")

    def forward(self, x: Tensor, global_column: int | None = None) -> Tensor:
        if global_column is not None:  # global drop-path: this column alone
            return self.column(global_column)(x)
        local = self.training and self.drop_path > 0
        current = [x] * self.columns  # the input of each column's next unit
        done = [0] * self.columns
        for ending in self.schedule:
            kept = ending
            if local and len(ending) > 1:
                # Drawn from torch's CPU generator (one draw per join and mini-batch): seeds reproduce it.
                draws = torch.rand(len(ending)).tolist()
                kept = [j for j, u in zip(ending, draws) if u >= self.drop_path]
                if not kept:
                    kept = [ending[int(torch.randint(len(ending), ()).item())]]
            outs = []
            for j in ending:
                if j in kept:
                    outs.append(self.column(j)[done[j]](current[j]))
                done[j] += 1
            joined = outs[0] if len(outs) == 1 else torch.stack(outs).mean(0)
            for j in ending:
                current[j] = joined
        return current[0]


class FractalNet(nn.Module):
    def __init__(self, config: FractalNetConfig) -> None:
        super().__init__()
        self.config = config
        self.features = nn.Module()
        cin = config.in_channels
        for b, cout in enumerate(config.channels, start=1):
            self.features.add_module(f"block{b}", FractalBlock(config.columns, cin, cout,
                                                               config.block_drop_rate(b), config.drop_path))
            self.features.add_module(f"pool{b}", nn.MaxPool2d(kernel_size=2, stride=2))
            cin = cout
        self.classifier = nn.Linear(cin, config.num_classes)
        init_weights(self)

    def _draw_global_column(self) -> int | None:
        cfg = self.config
        if not self.training or cfg.global_paths <= 0:
            return None
        u, col = torch.rand(2).tolist()
        return int(col * cfg.columns) if u < cfg.global_paths else None

    def forward_features(self, x: Tensor, column: int | None = None) -> Tensor:
        """``column`` (0-based) runs that column alone in every block, e.g. to evaluate the deepest column
        as a plain network, as Larsson et al. do."""
        if column is None:
            column = self._draw_global_column()
        elif not 0 <= column < self.config.columns:
            raise ValueError(f"column = {column}: not a column of this network (0 to {self.config.columns - 1})")
        for b in range(1, self.config.num_blocks + 1):
            x = getattr(self.features, f"block{b}")(x, column)
            x = getattr(self.features, f"pool{b}")(x)
        return x

    def forward(self, x: Tensor, column: int | None = None) -> Tensor:
        out = F.adaptive_avg_pool2d(self.forward_features(x, column), (1, 1))
        return self.classifier(torch.flatten(out, 1))
