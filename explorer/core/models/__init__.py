"""Network families as nn.Modules; ``build_model`` is the one entry point."""

from .registry import build_model

__all__ = ["build_model"]
