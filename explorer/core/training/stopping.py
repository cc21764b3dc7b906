"""A stop that acts inside a batch: one batch of DenseNet-BC L=190 k=40 takes many seconds on a CPU, and a
person pressing Stop should not wait for it. The Trainer's own checks act between batches; inside
``cancel_points`` every module call and every leaf module's backward pass checks ``should_stop()`` too."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import torch
from torch.nn.modules import module as nn_module

__all__ = ["StopRequested", "cancel_points", "is_stop"]

_STOP_MARK = "training stopped inside a batch"


class StopRequested(Exception):
    """Raised inside a layer (forward or backward) once ``should_stop()`` is true under ``cancel_points``."""

    def __init__(self) -> None:
        super().__init__(_STOP_MARK)


def is_stop(exc: BaseException) -> bool:
    """Whether ``exc`` is a StopRequested, or autograd's RuntimeError re-raising one in its own words."""
    return isinstance(exc, StopRequested) or (isinstance(exc, RuntimeError) and _STOP_MARK in str(exc))


@contextmanager
def cancel_points(should_stop: Callable[[], bool]) -> Iterator[None]:
    """While inside: every module call on this thread, and the backward pass through every leaf module's
    output, checks ``should_stop()`` and raises StopRequested. Torch's module hooks are process-wide (it has
    no per-thread ones), so they act only on this thread's modules, and are removed on the way out."""
    me = threading.get_ident()

    def check_grad(_grad: Any) -> None:
        if should_stop():
            raise StopRequested

    def pre(mod: Any, _args: Any) -> None:
        if threading.get_ident() == me and should_stop():
            raise StopRequested

    def post(mod: Any, _args: Any, output: Any) -> None:
        if (threading.get_ident() == me and not mod._modules and isinstance(output, torch.Tensor)
                and output.requires_grad):
            output.register_hook(check_grad)

    handles = [nn_module.register_module_forward_pre_hook(pre), nn_module.register_module_forward_hook(post)]
    try:
        yield
    finally:
        for h in handles:
            h.remove()
