"""The one weight initialiser of every family: He initialisation for convolutions (as all the papers),
batch norm to the identity, linear biases to zero."""

from __future__ import annotations

from torch import nn


def init_weights(model: nn.Module, fan: str = "fan_out") -> None:
    """He-normal convs over ``fan`` ("fan_in": torchvision's DenseNet; "fan_out": the ResNets and FractalNet,
    as torchvision's ResNet), BN weight 1 and bias 0, linear bias 0 (the linear weight keeps PyTorch's)."""
    for m in model.modules():
        if isinstance(m, nn.Conv2d):
            nn.init.kaiming_normal_(m.weight, mode=fan, nonlinearity="relu")
        elif isinstance(m, nn.BatchNorm2d):
            nn.init.ones_(m.weight)
            nn.init.zeros_(m.bias)
        elif isinstance(m, nn.Linear):
            nn.init.zeros_(m.bias)
