"""DenseNet as an nn.Module, built from a DenseNetConfig.

Module names and parameter shapes follow torchvision's DenseNet (``features.denseblock1.denselayer1.
conv1.weight``, ..., ``classifier.weight``) so that torchvision's state_dicts load with ``strict=True``.
"""

from __future__ import annotations

import math
from collections import OrderedDict

import torch
import torch.nn.functional as F
from torch import Tensor, nn
from torch.utils.checkpoint import checkpoint

from ..families.densenet import DenseNetConfig
from .dense_fast import IMPLEMENTATIONS, fast_block_forward, fast_path_applies, resolve_implementation
from .init import init_weights

__all__ = ["DenseNet", "DenseLayer", "DenseBlock", "Transition"]


class DenseLayer(nn.Module):
    """H_l: BN-ReLU-Conv(1x1)-BN-ReLU-Conv(3x3) with bottleneck, else BN-ReLU-Conv(3x3).

    It takes the list of all earlier feature maps [x_0, ..., x_{l-1}] and returns k new maps.
    """

    def __init__(self, in_channels: int, growth_rate: int, bottleneck: bool, bn_size: int,
                 drop_rate: float, memory_efficient: bool = False) -> None:
        super().__init__()
        self.bottleneck = bottleneck
        self.drop_rate = drop_rate
        self.memory_efficient = memory_efficient
        self.norm1 = nn.BatchNorm2d(in_channels)
        self.relu1 = nn.ReLU(inplace=True)
        if bottleneck:
            inter = bn_size * growth_rate
            self.conv1 = nn.Conv2d(in_channels, inter, kernel_size=1, bias=False)
            self.norm2 = nn.BatchNorm2d(inter)
            self.relu2 = nn.ReLU(inplace=True)
            self.conv2 = nn.Conv2d(inter, growth_rate, kernel_size=3, padding=1, bias=False)
        else:
            self.conv1 = nn.Conv2d(in_channels, growth_rate, kernel_size=3, padding=1, bias=False)

    def _concat_norm_conv(self, inputs: list[Tensor], recomputing: bool) -> Tensor:
        x = torch.cat(inputs, 1)
        if recomputing:
            # The backward pass recomputes this part: normalise with the batch's statistics again, but
            # leave the running statistics alone so that they are updated once per step, as in plain
            # mode (torchvision's memory_efficient updates them twice). Throw-away copies keep the
            # recomputation's saved tensors the same as the forward's, which checkpoint verifies.
            n = self.norm1
            x = F.batch_norm(x, n.running_mean.clone(), n.running_var.clone(), n.weight, n.bias, True, 0.0,
                             n.eps)
        else:
            x = self.norm1(x)
        return self.conv1(self.relu1(x))

    def forward(self, features: Tensor | list[Tensor]) -> Tensor:
        inputs = [features] if isinstance(features, Tensor) else list(features)
        use_checkpoint = (self.memory_efficient and self.training and torch.is_grad_enabled()
                          and any(t.requires_grad for t in inputs))
        if use_checkpoint:
            calls = [0]

            def run(*xs: Tensor) -> Tensor:
                calls[0] += 1
                return self._concat_norm_conv(list(xs), recomputing=calls[0] > 1)

            out = checkpoint(run, *inputs, use_reentrant=False, preserve_rng_state=False)
        else:
            out = self._concat_norm_conv(inputs, recomputing=False)
        if self.bottleneck:
            if self.drop_rate > 0:
                out = F.dropout(out, p=self.drop_rate, training=self.training)
            out = self.conv2(self.relu2(self.norm2(out)))
        if self.drop_rate > 0:
            out = F.dropout(out, p=self.drop_rate, training=self.training)
        return out


class DenseBlock(nn.ModuleDict):
    """L dense layers; layer l receives k0 + k*(l-1) channels. Returns the concatenation of all.

    ``implementation`` (see dense_fast.IMPLEMENTATIONS): "reference" runs the layers one by one with
    torch.cat; "shared_storage" and "fast" run a training step through one fused Function (one feature buffer,
    and with "fast" batch statistics shared between layers) wherever it gives what the layers give (dropout
    included), and the layers elsewhere (eval, hooks); "auto" (the default) is "fast" in memory-efficient mode and for
    blocks of 8 layers or more, "reference" for shorter blocks in plain mode (faster there).
    """

    def __init__(self, num_layers: int, in_channels: int, growth_rate: int, bottleneck: bool,
                 bn_size: int, drop_rate: float, memory_efficient: bool = False,
                 implementation: str = "auto") -> None:
        super().__init__()
        self.implementation = implementation
        for i in range(num_layers):
            layer = DenseLayer(in_channels + i * growth_rate, growth_rate, bottleneck, bn_size,
                               drop_rate, memory_efficient)
            self.add_module(f"denselayer{i + 1}", layer)

    @property
    def effective_implementation(self) -> str:
        """The implementation a training step runs ("auto" resolved for this block's length and mode)."""
        memory_efficient = any(layer.memory_efficient for layer in self.values())
        return resolve_implementation(self.implementation, len(self), memory_efficient)

    def forward(self, x: Tensor) -> Tensor:
        impl = self.effective_implementation
        if impl != "reference" and fast_path_applies(self, x):
            return fast_block_forward(self, x, shared_stats=impl == "fast")
        features = [x]
        for layer in self.values():
            features.append(layer(features))
        return torch.cat(features, 1)


class Transition(nn.Sequential):
    """BN-ReLU-Conv(1x1) to floor(theta*m) maps, then 2x2 average pooling."""

    def __init__(self, in_channels: int, out_channels: int, drop_rate: float = 0.0) -> None:
        super().__init__()
        self.add_module("norm", nn.BatchNorm2d(in_channels))
        self.add_module("relu", nn.ReLU(inplace=True))
        self.add_module("conv", nn.Conv2d(in_channels, out_channels, kernel_size=1, bias=False))
        if drop_rate > 0:
            self.add_module("drop", nn.Dropout(drop_rate))
        self.add_module("pool", nn.AvgPool2d(kernel_size=2, stride=2))


DEFAULT_IMPLEMENTATION = "auto"


class DenseNet(nn.Module):
    def __init__(self, config: DenseNetConfig, memory_efficient: bool = False,
                 implementation: str = DEFAULT_IMPLEMENTATION) -> None:
        super().__init__()
        if implementation not in IMPLEMENTATIONS:
            raise ValueError(f"implementation must be one of {', '.join(IMPLEMENTATIONS)}, not {implementation!r}")
        self.config = config
        c = config.num_init_features
        if config.stem == "imagenet":
            stem = [
                ("conv0", nn.Conv2d(config.in_channels, c, kernel_size=7, stride=2, padding=3, bias=False)),
                ("norm0", nn.BatchNorm2d(c)),
                ("relu0", nn.ReLU(inplace=True)),
                ("pool0", nn.MaxPool2d(kernel_size=3, stride=2, padding=1)),
            ]
        else:
            stem = [("conv0", nn.Conv2d(config.in_channels, c, kernel_size=3, padding=1, bias=False))]
        self.features = nn.Sequential(OrderedDict(stem))
        for b, n in enumerate(config.block_layers, start=1):
            block = DenseBlock(n, c, config.growth_rate, config.bottleneck, config.bn_size,
                               config.drop_rate, memory_efficient, implementation)
            self.features.add_module(f"denseblock{b}", block)
            c += n * config.growth_rate
            if b < config.num_blocks:
                out = int(math.floor(config.compression * c))
                self.features.add_module(f"transition{b}", Transition(c, out, config.drop_rate))
                c = out
        self.features.add_module("norm5", nn.BatchNorm2d(c))
        self.classifier = nn.Linear(c, config.num_classes)
        self.reset_parameters()

    @property
    def memory_efficient(self) -> bool:
        return any(m.memory_efficient for m in self.modules() if isinstance(m, DenseLayer))

    def set_memory_efficient(self, enabled: bool) -> None:
        for m in self.modules():
            if isinstance(m, DenseLayer):
                m.memory_efficient = enabled

    @property
    def implementation(self) -> str:
        return next((m.implementation for m in self.modules() if isinstance(m, DenseBlock)), DEFAULT_IMPLEMENTATION)

    @property
    def block_implementations(self) -> tuple[str, ...]:
        """What a training step runs each dense block as, in order ("auto" resolved per block)."""
        return tuple(m.effective_implementation for m in self.modules() if isinstance(m, DenseBlock))

    def set_implementation(self, implementation: str) -> None:
        if implementation not in IMPLEMENTATIONS:
            raise ValueError(f"implementation must be one of {', '.join(IMPLEMENTATIONS)}, not {implementation!r}")
        for m in self.modules():
            if isinstance(m, DenseBlock):
                m.implementation = implementation

    def reset_parameters(self) -> None:
        """He initialisation for convolutions, as the paper (and torchvision)."""
        init_weights(self, fan="fan_in")

    def forward_features(self, x: Tensor) -> Tensor:
        return F.relu(self.features(x), inplace=True)

    def forward(self, x: Tensor) -> Tensor:
        out = self.forward_features(x)
        out = F.adaptive_avg_pool2d(out, (1, 1))
        return self.classifier(torch.flatten(out, 1))
