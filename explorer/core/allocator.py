"""glibc's allocator set for training steps: freed memory is kept and reused instead of given back at once.

A training step allocates and frees the same large tensors every step (a DenseNet-BC-100 block's feature and
gradient buffers, each layer's input gradient: up to 56 MB at batch 64). By default glibc serves a block above
its mmap threshold (128 KiB, raised to at most 32 MiB as such blocks are freed) with a fresh mmap and unmaps it on
free, and trims the heap's top whenever 128 KiB of it is free; a fresh mapping is zero-filled by the kernel page
by page the first time it is written, which costs about as long as the pass that writes it (a 56 MB tensor
allocated and filled: 10 ms fresh, 1.4-1.8 ms reused). ``tune_allocator`` raises both thresholds to 1 GiB and
keeps every thread on the main heap (one arena), so that the next step reuses the pages the last one freed:
``benchmarks/bench_train.py`` measures the Trainer's step with and without it in alternating fresh processes.
The cost is that freed memory stays with the process; ``release_free_memory`` hands it back (malloc_trim) when a
run ends.

It is applied once, at the start of the program (``explorer`` and ``main.py``), before Qt and torch allocate
anything, and only where the C library is glibc. ``DENSENET_EXPLORER_ALLOCATOR=default`` leaves the allocator as
it is. Everything here is a no-op elsewhere (macOS, Windows, musl).
"""

from __future__ import annotations

import ctypes
import os
import sys

__all__ = ["tune_allocator", "release_free_memory", "tuned", "ENV_VAR", "KEEP_BYTES"]

ENV_VAR = "DENSENET_EXPLORER_ALLOCATOR"
KEEP_BYTES = 1 << 30  # blocks below this come from the heap, and up to this much free heap top is kept

# mallopt parameters (malloc.h)
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD, _M_ARENA_MAX = -1, -3, -8

_state = {"tuned": False}


def _glibc() -> ctypes.CDLL | None:
    try:
        if not sys.platform.startswith("linux") or not os.confstr("CS_GNU_LIBC_VERSION").startswith("glibc"):
            return None
    except (ValueError, OSError, AttributeError):  # no such name: not glibc
        return None
    try:
        libc = ctypes.CDLL(None)
        return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def tune_allocator(environ: dict[str, str] | None = None) -> bool:
    """Keep freed memory for reuse (see the module docstring). Returns whether the allocator is now tuned; once
    tuned, later calls do nothing."""
    if _state["tuned"]:
        return True
    env = os.environ if environ is None else environ
    if env.get(ENV_VAR, "").strip().lower() == "default":
        return False
    libc = _glibc()
    if libc is None:
        return False
    ok = all(libc.mallopt(param, value) == 1 for param, value in
             ((_M_MMAP_THRESHOLD, KEEP_BYTES), (_M_TRIM_THRESHOLD, KEEP_BYTES), (_M_ARENA_MAX, 1)))
    _state["tuned"] = ok
    return ok


def tuned() -> bool:
    """Whether ``tune_allocator`` has tuned this process's allocator."""
    return _state["tuned"]


def release_free_memory() -> bool:
    """Give the heap's free pages back to the system (after a training run, whose step's memory the tuned
    allocator kept). Returns whether any were released."""
    libc = _glibc()
    return bool(libc is not None and libc.malloc_trim(0))
