"""Checkpoints on disk: one torch file holding config, weights, optimiser, scheduler, epoch, RNG state and
history, written atomically and read back with ``weights_only=True``.

Only tensors, dicts, lists, strings and numbers go in (RNG states as uint8 tensors), so a checkpoint
loads without unpickling any object, and a file that carries code is refused rather than run.
"""

from __future__ import annotations

import os
import pickle
import struct
import zipfile
from pathlib import Path
from typing import Any

import torch
from torch import nn

from .config import ConfigError, config_from_dict, config_to_dict
from .io import FileFormatError, atomic_writer, open_input

__all__ = ["FORMAT", "VERSION", "save_checkpoint", "load_checkpoint", "safe_torch_load", "model_from_checkpoint",
           "state_dict_differences", "capture_rng_state", "restore_rng_state"]

FORMAT = "densenet-explorer-checkpoint"
VERSION = 1
REQUIRED = ("format", "version", "config", "model", "classes", "mean", "std", "epoch", "history")


def _plain(value: Any) -> Any:
    """Tensors to CPU (detached), tuples to lists, recursively; leaves other plain data alone."""
    if isinstance(value, torch.Tensor):
        return value.detach().cpu()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def capture_rng_state() -> dict[str, Any]:
    """Torch's CPU generator (and CUDA's, where present) as tensors: safe under weights_only."""
    state: dict[str, Any] = {"torch": torch.get_rng_state()}
    if torch.cuda.is_available() and torch.cuda.is_initialized():
        state["cuda"] = list(torch.cuda.get_rng_state_all())
    return state


def restore_rng_state(state: dict[str, Any] | None) -> None:
    if not state:
        return
    if "torch" in state:
        torch.set_rng_state(state["torch"].to(torch.uint8))
    if "cuda" in state and torch.cuda.is_available():
        for i, s in enumerate(state["cuda"][: torch.cuda.device_count()]):
            torch.cuda.set_rng_state(s.to(torch.uint8), i)


def save_checkpoint(path: str | os.PathLike, *, config: Any, model_state: dict[str, torch.Tensor],
                    classes: list[str], mean: list[float], std: list[float],
                    optimizer_state: dict | None = None, scheduler_state: dict | None = None, epoch: int = 0,
                    rng_state: dict | None = None, history: list[dict] | None = None, dataset: str | None = None,
                    settings: dict | None = None, position: dict | None = None) -> Path:
    """Write a checkpoint atomically (temp file beside it, fsync, rename): a crash mid-write leaves the
    previous file as it was. ``epoch`` counts completed epochs; ``position`` marks a run stopped inside
    an epoch (batch index and running sums) so that it can continue there."""
    state = {k.removeprefix("module."): v for k, v in model_state.items()}  # DDP-wrapped models
    data = {
        "format": FORMAT,
        "version": VERSION,
        "config": config_to_dict(config),
        "model": _plain(state),
        "classes": [str(c) for c in classes],
        "mean": [float(v) for v in mean],
        "std": [float(v) for v in std],
        "epoch": int(epoch),
        "history": _plain(history or []),
        "dataset": dataset,
        "settings": _plain(settings or {}),
        "optimizer": _plain(optimizer_state) if optimizer_state is not None else None,
        "scheduler": _plain(scheduler_state) if scheduler_state is not None else None,
        "rng": _plain(rng_state) if rng_state is not None else None,
        "position": _plain(position) if position is not None else None,
    }
    path = Path(path)
    with atomic_writer(path, "wb") as fh:
        torch.save(data, fh)
    return path


# What torch's unpickler raises on damaged bytes (found by fuzzing: a flipped byte can give a KeyError from
# its memo, an IndexError from its stack, a zip error, a UnicodeDecodeError, ...).
LOAD_ERRORS = (pickle.UnpicklingError, RuntimeError, EOFError, zipfile.BadZipFile, ValueError, OSError, KeyError,
               AttributeError, IndexError, TypeError, UnicodeDecodeError, OverflowError, struct.error, RecursionError)


def safe_torch_load(path: str | os.PathLike, map_location: str | torch.device = "cpu", *, label: str | None = None,
                    bad: str = "is truncated or not a torch checkpoint",
                    refused: str = "refused: the file holds Python objects or code, not only weights",
                    error: type[FileFormatError] = FileFormatError, what: str = "torch file",
                    missing: str | None = None) -> Any:
    """``torch.load(weights_only=True)``, the one way this app reads torch files: a file that carries code is
    refused (nothing in it runs) and any damage becomes one line, ``error(f"{label}: {bad} (detail)")``."""
    label = str(path) if label is None else label
    # What the path is, first: a pipe would block torch.load forever, a device would never end.
    fh = open_input(path, what, error=error, missing=missing)
    try:
        with fh:
            return torch.load(fh, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError as exc:
        text = str(exc)
        detail = next((line.strip() for line in text.splitlines()
                       if line.strip().startswith(("Unsupported global", "Trying to", "Unsupported"))), "")
        if "unsupported global" in text.lower():
            raise error(f"{label}: {refused} ({detail[:160]})") from None
        raise error(f"{label}: {bad} ({detail[:160] or 'unreadable'})") from None
    except LOAD_ERRORS as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise error(f"{label}: {bad} ({first[:160]})") from None


def load_checkpoint(path: str | os.PathLike, map_location: str | torch.device = "cpu") -> dict[str, Any]:
    """Read a checkpoint safely. FileFormatError (one line) for a missing, truncated, random, foreign or
    code-carrying file."""
    path = Path(path)
    data = safe_torch_load(path, map_location, what="checkpoint file")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        what = "a state_dict or other torch file" if isinstance(data, dict) else type(data).__name__
        raise FileFormatError(f"{path}: is not a DenseNet Explorer checkpoint (it is {what}; "
                              f"expected format {FORMAT!r})")
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise FileFormatError(f"{path}: checkpoint lacks {', '.join(missing)}")
    if not isinstance(data["version"], int) or data["version"] > VERSION:
        raise FileFormatError(f"{path}: checkpoint version {data['version']!r} is newer than this app reads "
                              f"(up to {VERSION})")
    if not isinstance(data["model"], dict):
        raise FileFormatError(f"{path}: checkpoint's model entry is not a state_dict")
    _check_entries(path, data)
    return data


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _check_entries(path: Path, data: dict[str, Any]) -> None:
    """Each entry has the type this app writes, so that no later step fails on a hand-edited or foreign file
    with a TypeError far from the file's name."""
    bad = next((k for k, v in data["model"].items() if not isinstance(k, str) or not isinstance(v, torch.Tensor)),
               None)
    if bad is not None:
        raise FileFormatError(f"{path}: checkpoint's model entry {bad!r} is not a tensor (expected a state_dict "
                              "of named tensors)")
    checks = (
        ("config", isinstance(data["config"], dict), "a dict"),
        ("classes", isinstance(data["classes"], list) and all(isinstance(c, str) for c in data["classes"]),
         "a list of class names"),
        ("mean", isinstance(data["mean"], list) and all(_is_number(v) for v in data["mean"]), "a list of numbers"),
        ("std", isinstance(data["std"], list) and all(_is_number(v) and v > 0 for v in data["std"]),
         "a list of positive numbers"),
        ("epoch", isinstance(data["epoch"], int) and not isinstance(data["epoch"], bool) and data["epoch"] >= 0,
         "a whole number of epochs, 0 or more"),
        ("history", isinstance(data["history"], list) and all(isinstance(r, dict) for r in data["history"]),
         "a list of per-epoch rows"),
        ("position", data.get("position") is None or isinstance(data["position"], dict), "a dict or none"),
        ("settings", data.get("settings") is None or isinstance(data["settings"], dict), "a dict or none"),
        ("dataset", data.get("dataset") is None or isinstance(data["dataset"], str), "a dataset name or none"),
    )
    for name, ok, expected in checks:
        if not ok:
            raise FileFormatError(f"{path}: checkpoint's {name} entry is {type(data[name]).__name__}, expected "
                                  f"{expected}")


def state_dict_differences(expected: dict[str, torch.Tensor], found: dict[str, torch.Tensor],
                           limit: int = 4) -> list[str]:
    """What differs between two state_dicts, for a message: missing keys, unexpected keys, shapes."""
    out: list[str] = []
    missing = [k for k in expected if k not in found]
    extra = [k for k in found if k not in expected]
    shapes = [k for k in expected if k in found and tuple(expected[k].shape) != tuple(found[k].shape)]
    if missing:
        out.append(f"missing {len(missing)} keys (e.g. {', '.join(missing[:limit])})")
    if extra:
        out.append(f"{len(extra)} unexpected keys (e.g. {', '.join(extra[:limit])})")
    for k in shapes[:limit]:
        out.append(f"{k}: {tuple(found[k].shape)} in the file, {tuple(expected[k].shape)} in the network")
    if len(shapes) > limit:
        out.append(f"... and {len(shapes) - limit} more shapes")
    return out


def model_from_checkpoint(path: str | os.PathLike, device: str | torch.device = "cpu",
                          config: Any | None = None) -> tuple[nn.Module, dict[str, Any]]:
    """The trained network of a checkpoint, in eval mode on ``device``, and the checkpoint dict.

    With ``config``, that network is built instead of the checkpoint's own and the weights must fit it:
    a state_dict of another network is refused with the keys and shapes that differ."""
    from .models import build_model

    data = load_checkpoint(path)
    if config is None:
        try:
            config = config_from_dict(data["config"])
        except ConfigError as exc:
            raise FileFormatError(f"{path}: checkpoint's config is invalid ({exc})") from None
    model = build_model(config, "cpu")
    expected = model.state_dict()
    diffs = state_dict_differences(expected, data["model"])
    if diffs:
        raise FileFormatError(f"{path}: weights do not fit {getattr(config, 'title', 'the network')}: "
                              + "; ".join(diffs))
    model.load_state_dict(data["model"], strict=True)
    model.to(device)
    model.eval()
    return model, data
