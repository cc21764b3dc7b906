"""torchinfo's summary of the built network, as text (the CLI's `summary --torchinfo` and the window's view)."""

from __future__ import annotations

from typing import Any

__all__ = ["torchinfo_table"]


def torchinfo_table(config: Any, depth: int = 3, device: str = "cpu") -> str:
    """Build ``config`` on ``device`` and run torchinfo on one input image. Imports torch (seconds)."""
    import torchinfo

    from .models import build_model

    model = build_model(config, device)
    size = (1, config.in_channels, config.input_size, config.input_size)
    stats = torchinfo.summary(model, input_size=size, depth=depth, verbose=0, device=device,
                              col_names=("output_size", "num_params", "mult_adds"))
    return str(stats)
