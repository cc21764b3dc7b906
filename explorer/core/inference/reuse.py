"""The paper's feature-reuse heatmap (Figure 5), computed from the weights alone."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
from torch import Tensor, nn

from ..config import ConfigError, DenseNetConfig

__all__ = ["ReuseMatrix", "reuse_heatmaps"]


@dataclass
class ReuseMatrix:
    """One dense block's Figure 5: ``values[t, s]`` is the mean absolute weight target t gives to the maps
    of source s, divided by target t's largest such mean. Rows: dense layers 1..L, then the transition
    (the classifier after the last block). Columns: the block input, then layers 1..L. NaN: no such
    connection (a layer sees only earlier layers)."""

    block: int
    values: np.ndarray  # (L + 1) x (L + 1), normalised per row (max 1)
    raw: np.ndarray  # the same before normalising
    target_labels: list[str]
    source_labels: list[str]

    @property
    def num_layers(self) -> int:
        return self.values.shape[0] - 1


def _source_means(weight: Tensor, widths: Sequence[int]) -> list[float]:
    """Mean |w| over the input-channel slices of a conv (out, in, kh, kw) or linear (out, in) weight."""
    w = weight.detach().float().abs()
    if w.dim() == 2:
        w = w[:, :, None, None]
    if w.shape[1] != sum(widths):
        raise ConfigError("weights", tuple(weight.shape), f"have {w.shape[1]} input channels, the sources "
                          f"add up to {sum(widths)}")
    out, start = [], 0
    for width in widths:
        out.append(float(w[:, start:start + width].mean()))
        start += width
    return out


def reuse_heatmaps(weights: nn.Module | Mapping[str, Tensor], config: DenseNetConfig) -> list[ReuseMatrix]:
    """The paper's Figure 5 for every dense block, from the weights alone (a module or a state_dict)."""
    if getattr(config, "family", None) != "densenet":
        raise ConfigError("family", getattr(config, "family", None), "has no dense blocks", "densenet")
    state = weights.state_dict() if isinstance(weights, nn.Module) else dict(weights)
    state = {k.removeprefix("module."): v for k, v in state.items()}
    from ..ledger import compute_ledger

    ledger = compute_ledger(config)
    k = config.growth_rate
    result = []
    for b, summary in enumerate(ledger.blocks, start=1):
        n, k0 = summary.num_layers, summary.in_channels
        raw = np.full((n + 1, n + 1), np.nan)
        for layer in range(1, n + 1):
            key = f"features.denseblock{b}.denselayer{layer}.conv1.weight"
            if key not in state:
                raise ConfigError("weights", key, "is missing from the state_dict", "a DenseNet's weights")
            raw[layer - 1, :layer] = _source_means(state[key], [k0] + [k] * (layer - 1))
        last = b == len(ledger.blocks)
        key = "classifier.weight" if last else f"features.transition{b}.conv.weight"
        if key not in state:
            raise ConfigError("weights", key, "is missing from the state_dict", "a DenseNet's weights")
        raw[n, :] = _source_means(state[key], [k0] + [k] * n)
        top = np.nanmax(raw, axis=1, keepdims=True)
        values = np.divide(raw, top, out=np.zeros_like(raw), where=top > 0)
        values[np.isnan(raw)] = np.nan
        targets = [f"layer {i}" for i in range(1, n + 1)] + ["classifier" if last else f"transition {b}"]
        sources = ["block input"] + [f"layer {i}" for i in range(1, n + 1)]
        result.append(ReuseMatrix(b, values, raw, targets, sources))
    return result
