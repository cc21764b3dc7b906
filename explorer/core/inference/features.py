"""What one layer emits for an image and, for a dense layer, the concatenation it receives, split by the
layer each slice came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from torch import Tensor, nn

from ..config import ConfigError, DenseNetConfig
from ..messages import M
from .predictor import Predictor
from .preprocessing import preprocess

__all__ = ["Strip", "FeatureMaps", "layer_names", "dense_strips", "feature_maps"]


@dataclass
class Strip:
    label: str  # "block input", "layer 1", ...
    source: int  # 0 = the block's input, l = dense layer l
    start: int  # first channel
    stop: int  # one past the last

    @property
    def width(self) -> int:
        return self.stop - self.start


@dataclass
class FeatureMaps:
    name: str  # module path, e.g. "features.denseblock1.denselayer3"
    output: np.ndarray  # C x H x W, what the module emits
    input: np.ndarray | None = None  # for a dense layer: the concatenation it receives
    strips: list[Strip] = field(default_factory=list)  # ... split by the layer each slice came from

    @property
    def owners(self) -> list[int]:
        """For each input channel, the strip (source) it belongs to."""
        out: list[int] = []
        for s in self.strips:
            out += [s.source] * s.width
        return out


class _Captured(Exception):
    """Raised by a hook once it has what it needs: the rest of the network need not run."""


def layer_names(model: nn.Module) -> list[str]:
    """Modules whose output is a stack of feature maps, in forward order (what ``feature_maps`` accepts)."""
    from ..models.densenet import DenseBlock, DenseLayer, Transition

    keep = (nn.Conv2d, nn.BatchNorm2d, nn.MaxPool2d, DenseLayer, DenseBlock, Transition)
    names = []
    for name, m in model.named_modules():
        if not name or ("denselayer" in name and not isinstance(m, DenseLayer)):
            continue
        if name.startswith("features.transition") and name.count(".") > 1:
            continue
        if isinstance(m, keep):
            names.append(name)
    return names


def dense_strips(config: DenseNetConfig, block: int, layer: int) -> list[int]:
    """Widths of the slices a dense layer's input is made of: k0 (the block input), then k per earlier layer."""
    from ..ledger import compute_ledger

    k0 = compute_ledger(config).blocks[block - 1].in_channels
    return [k0] + [config.growth_rate] * (layer - 1)


@torch.no_grad()
def feature_maps(predictor: Predictor, image: Any, name: str) -> FeatureMaps:
    """The output of module ``name`` for one image; for a dense layer also its input, with the strips."""
    from ..models.densenet import DenseLayer

    modules = dict(predictor.model.named_modules())
    if name not in modules or not name:
        valid = layer_names(predictor.model)
        raise ConfigError("layer", name, M("inference.not_a_layer", "is not a layer of this network"),
                          f"{valid[0]} ... {valid[-1]}" if valid else M("range.none", "none"))
    module = modules[name]
    pre = preprocess(predictor, image)
    got: dict[str, Any] = {}

    def pre_hook(_m, args):
        feats = args[0]
        parts = [feats] if isinstance(feats, Tensor) else list(feats)
        got["parts"] = [p.detach()[0].float().cpu().clone(memory_format=torch.contiguous_format) for p in parts]

    def hook(_m, _args, output):
        if not isinstance(output, Tensor) or output.dim() != 4:
            got["bad"] = tuple(output.shape) if isinstance(output, Tensor) else type(output).__name__
        else:
            # cloned (a later ReLU runs in place), row-major whatever the network's layout
            got["out"] = output.detach()[0].float().cpu().clone(memory_format=torch.contiguous_format)
        raise _Captured

    handles = [module.register_forward_hook(hook)]
    if isinstance(module, DenseLayer):
        handles.append(module.register_forward_pre_hook(pre_hook))
    predictor.model.eval()
    try:
        predictor.model(pre.tensor)
    except _Captured:
        pass
    finally:
        for h in handles:
            h.remove()
    if "bad" in got or "out" not in got:
        raise ConfigError("layer", name, M("inference.no_maps_gives", "does not output feature maps (it gives "
                                           "{what})")(what=got.get("bad", M("inference.nothing", "nothing"))),
                          M("range.map_layers", "a convolution, dense layer, block or transition"))
    result = FeatureMaps(name, got["out"].numpy())
    if "parts" in got:
        parts = got["parts"]
        result.input = torch.cat(parts, 0).numpy()
        start = 0
        for i, p in enumerate(parts):
            width = p.shape[0]
            result.strips.append(Strip("block input" if i == 0 else f"layer {i}", i, start, start + width))
            start += width
    return result
