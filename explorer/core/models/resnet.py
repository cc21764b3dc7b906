"""The residual families the DenseNet paper compares with, and their plain counterpart, for CIFAR inputs.

- ``CifarResNet``: He et al. (2016) 3 stages of 16/32/64 channels, basic units conv-BN-ReLU-conv-BN plus a
  shortcut, then ReLU. With ``residual=False`` it is their *plain* network (the same convs, no shortcuts).
  Option A shortcuts (zero-padded identity) have no parameters, so plain and residual nets of one depth
  have exactly the same count. Stochastic depth (Huang et al. 2016) skips whole units while training.
- ``PreActResNet``: He et al. (2016b), BN-ReLU before each conv; bottleneck units with 4x expansion.
- ``WideResNet``: Zagoruyko & Komodakis (2016), pre-activation basic units, widths 16k/32k/64k.

Module names are what the ledger rows name: ``features.conv0``, ``features.stage2.unit3``, ``classifier``.
"""

from __future__ import annotations

from collections import OrderedDict

import torch
import torch.nn.functional as F
from torch import Tensor, nn

from ..families.plain import PlainConfig
from ..families.preact import PreActResNetConfig
from ..families.resnet import ResNetConfig
from ..families.wideresnet import WideResNetConfig
from .init import init_weights

__all__ = ["CifarResNet", "BasicUnit", "ZeroPadShortcut", "PreActResNet", "PreActBasicUnit",
           "PreActBottleneck", "WideResNet"]


def conv3x3(cin: int, cout: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(cin, cout, kernel_size=3, stride=stride, padding=1, bias=False)


def conv1x1(cin: int, cout: int, stride: int = 1) -> nn.Conv2d:
    return nn.Conv2d(cin, cout, kernel_size=1, stride=stride, bias=False)


class ZeroPadShortcut(nn.Module):
    """He et al.'s option A: the identity, subsampled by ``stride`` and padded with zero channels."""

    def __init__(self, in_channels: int, out_channels: int, stride: int) -> None:
        super().__init__()
        self.extra = out_channels - in_channels
        self.stride = stride

    def forward(self, x: Tensor) -> Tensor:
        if self.stride > 1:
            x = x[:, :, ::self.stride, ::self.stride]
        if self.extra:
            x = F.pad(x, (0, 0, 0, 0, 0, self.extra))
        return x


class _StochasticDepth:
    """Mixin for residual units: ``survival`` p_l < 1 skips the residual branch with chance 1 - p_l in a
    training step (one draw per mini-batch, from torch's CPU generator so that seeds reproduce it) and
    scales the branch by p_l at test time (Huang et al. 2016)."""

    survival: float = 1.0

    def _branch_kept(self) -> bool:
        return bool(torch.rand(()).item() < self.survival)


class _PreActivated:
    """Mixin for pre-activation units: BN-ReLU on the input, and the identity or a 1x1 projection where the shape
    changes (the projection sees the pre-activated input, as in both papers' code)."""

    bn1: nn.BatchNorm2d
    shortcut: nn.Conv2d | None

    @staticmethod
    def _projection(cin: int, cout: int, stride: int) -> nn.Conv2d | None:
        return conv1x1(cin, cout, stride) if (stride != 1 or cin != cout) else None

    def _pre_activate(self, x: Tensor) -> tuple[Tensor, Tensor]:
        """The pre-activated input and the shortcut's output."""
        pre = F.relu(self.bn1(x))
        return pre, (x if self.shortcut is None else self.shortcut(pre))


class BasicUnit(nn.Module, _StochasticDepth):
    """conv3x3-BN-ReLU-conv3x3-BN, plus the shortcut (when residual), then ReLU."""

    def __init__(self, cin: int, cout: int, stride: int, residual: bool, shortcut: str = "A",
                 survival: float = 1.0) -> None:
        super().__init__()
        self.residual = residual
        self.survival = survival
        self.conv1 = conv3x3(cin, cout, stride)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = conv3x3(cout, cout)
        self.bn2 = nn.BatchNorm2d(cout)
        if residual and (stride != 1 or cin != cout):
            if shortcut == "B":
                self.shortcut = nn.Sequential(OrderedDict([("conv", conv1x1(cin, cout, stride)),
                                                           ("norm", nn.BatchNorm2d(cout))]))
            else:
                self.shortcut = ZeroPadShortcut(cin, cout, stride)
        else:
            self.shortcut = nn.Identity()

    def branch(self, x: Tensor) -> Tensor:
        return self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)), inplace=True)))

    def forward(self, x: Tensor) -> Tensor:
        if not self.residual:
            return F.relu(self.branch(x), inplace=True)
        identity = self.shortcut(x)
        if self.survival < 1.0:
            if self.training:
                if not self._branch_kept():
                    return F.relu(identity)
                return F.relu(self.branch(x) + identity, inplace=True)
            return F.relu(self.survival * self.branch(x) + identity, inplace=True)
        return F.relu(self.branch(x) + identity, inplace=True)


class CifarResNet(nn.Module):
    """He et al.'s CIFAR network: conv3x3-BN-ReLU, 3 stages of n basic units, global average pool, linear."""

    def __init__(self, config: PlainConfig | ResNetConfig) -> None:
        super().__init__()
        self.config = config
        residual = isinstance(config, ResNetConfig)
        shortcut = config.shortcut if residual else "A"
        survival = config.survival_probabilities() if residual else None
        w0 = config.width
        self.features = nn.Sequential(OrderedDict([
            ("conv0", conv3x3(config.in_channels, w0)),
            ("norm0", nn.BatchNorm2d(w0)),
            ("relu0", nn.ReLU(inplace=True)),
        ]))
        cin = w0
        index = 0
        for s, width in enumerate(config.stage_widths, start=1):
            stage = nn.Sequential()
            for u in range(1, config.units_per_stage + 1):
                stride = 2 if (s > 1 and u == 1) else 1
                p = survival[index] if survival else 1.0
                stage.add_module(f"unit{u}", BasicUnit(cin, width, stride, residual, shortcut, p))
                cin = width
                index += 1
            self.features.add_module(f"stage{s}", stage)
        self.classifier = nn.Linear(cin, config.num_classes)
        init_weights(self)

    def forward_features(self, x: Tensor) -> Tensor:
        return self.features(x)

    def forward(self, x: Tensor) -> Tensor:
        out = F.adaptive_avg_pool2d(self.features(x), (1, 1))
        return self.classifier(torch.flatten(out, 1))


class PreActBasicUnit(nn.Module, _PreActivated):
    """BN-ReLU-conv3x3-[dropout]-BN-ReLU-conv3x3, plus the identity or a 1x1 projection (``_PreActivated``)."""

    def __init__(self, cin: int, cout: int, stride: int, drop_rate: float = 0.0) -> None:
        super().__init__()
        self.drop_rate = drop_rate
        self.bn1 = nn.BatchNorm2d(cin)
        self.conv1 = conv3x3(cin, cout, stride)
        self.bn2 = nn.BatchNorm2d(cout)
        self.conv2 = conv3x3(cout, cout)
        self.shortcut = self._projection(cin, cout, stride)

    def forward(self, x: Tensor) -> Tensor:
        pre, identity = self._pre_activate(x)
        out = self.conv1(pre)
        out = F.relu(self.bn2(out), inplace=True)
        if self.drop_rate > 0:
            out = F.dropout(out, p=self.drop_rate, training=self.training)
        return self.conv2(out) + identity


class PreActBottleneck(nn.Module, _PreActivated):
    """BN-ReLU-conv1x1(w)-BN-ReLU-conv3x3(w, stride)-BN-ReLU-conv1x1(4w), plus identity or projection."""

    def __init__(self, cin: int, width: int, stride: int, expansion: int = 4) -> None:
        super().__init__()
        cout = expansion * width
        self.bn1 = nn.BatchNorm2d(cin)
        self.conv1 = conv1x1(cin, width)
        self.bn2 = nn.BatchNorm2d(width)
        self.conv2 = conv3x3(width, width, stride)
        self.bn3 = nn.BatchNorm2d(width)
        self.conv3 = conv1x1(width, cout)
        self.shortcut = self._projection(cin, cout, stride)

    def forward(self, x: Tensor) -> Tensor:
        pre, identity = self._pre_activate(x)
        out = self.conv1(pre)
        out = self.conv2(F.relu(self.bn2(out), inplace=True))
        out = self.conv3(F.relu(self.bn3(out), inplace=True))
        return out + identity


class _PreActNet(nn.Module):
    """conv3x3, 3 stages of pre-activation units, BN-ReLU, global average pool, linear."""

    def _finish(self, cin: int, num_classes: int) -> None:
        self.features.add_module("norm_final", nn.BatchNorm2d(cin))
        self.features.add_module("relu_final", nn.ReLU(inplace=True))
        self.classifier = nn.Linear(cin, num_classes)
        init_weights(self)

    def forward_features(self, x: Tensor) -> Tensor:
        return self.features(x)

    def forward(self, x: Tensor) -> Tensor:
        out = F.adaptive_avg_pool2d(self.features(x), (1, 1))
        return self.classifier(torch.flatten(out, 1))


class PreActResNet(_PreActNet):
    def __init__(self, config: PreActResNetConfig) -> None:
        super().__init__()
        self.config = config
        w0 = config.width
        self.features = nn.Sequential(OrderedDict([("conv0", conv3x3(config.in_channels, w0))]))
        cin = w0
        for s, (width, cout) in enumerate(zip(config.stage_widths, config.stage_outputs), start=1):
            stage = nn.Sequential()
            for u in range(1, config.units_per_stage + 1):
                stride = 2 if (s > 1 and u == 1) else 1
                if config.bottleneck:
                    unit: nn.Module = PreActBottleneck(cin, width, stride, config.EXPANSION)
                else:
                    unit = PreActBasicUnit(cin, cout, stride)
                stage.add_module(f"unit{u}", unit)
                cin = cout
            self.features.add_module(f"stage{s}", stage)
        self._finish(cin, config.num_classes)


class WideResNet(_PreActNet):
    def __init__(self, config: WideResNetConfig) -> None:
        super().__init__()
        self.config = config
        self.features = nn.Sequential(OrderedDict([("conv0", conv3x3(config.in_channels, config.stem_width))]))
        cin = config.stem_width
        for s, width in enumerate(config.stage_widths, start=1):
            stage = nn.Sequential()
            for u in range(1, config.units_per_stage + 1):
                stride = 2 if (s > 1 and u == 1) else 1
                stage.add_module(f"unit{u}", PreActBasicUnit(cin, width, stride, config.drop_rate))
                cin = width
            self.features.add_module(f"stage{s}", stage)
        self._finish(cin, config.num_classes)
