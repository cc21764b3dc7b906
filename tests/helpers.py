"""Independent measurements of a built module, to hold the ledger to: multiply-adds by forward hooks on
every Conv2d and Linear, and the output shape of any named module."""

from __future__ import annotations

import torch
from torch import nn


def hooked_forward(model: nn.Module, x: torch.Tensor, names: list[str] | None = None):
    """Run ``model(x)`` once; return (macs per sample, {module name: output shape without batch})."""
    macs = 0
    shapes: dict[str, tuple[int, ...]] = {}
    handles = []
    wanted = set(names or [])

    def conv_hook(mod, inp, out):
        nonlocal macs
        kh, kw = mod.kernel_size
        macs += out.numel() // out.shape[0] * (mod.in_channels // mod.groups) * kh * kw

    def linear_hook(mod, inp, out):
        nonlocal macs
        macs += out.numel() // out.shape[0] * mod.in_features

    def shape_hook(name):
        def hook(mod, inp, out):
            shapes[name] = tuple(out.shape[1:])
        return hook

    for name, mod in model.named_modules():
        if isinstance(mod, nn.Conv2d):
            handles.append(mod.register_forward_hook(conv_hook))
        elif isinstance(mod, nn.Linear):
            handles.append(mod.register_forward_hook(linear_hook))
        if name in wanted:
            handles.append(mod.register_forward_hook(shape_hook(name)))
    try:
        with torch.no_grad():
            model(x)
    finally:
        for h in handles:
            h.remove()
    return macs, shapes


def num_params(model: nn.Module) -> int:
    return sum(p.numel() for p in model.parameters())
