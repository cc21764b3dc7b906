"""Checkpoints on disk: one torch file holding config, weights, optimiser, scheduler, epoch, RNG state and
history, written atomically and read back with ``weights_only=True``.

Only tensors, dicts, lists, strings and numbers go in (RNG states as uint8 tensors), so a checkpoint
loads without unpickling any object, and a file that carries code is refused rather than run.
"""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import signal
import struct
import threading
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch
from torch import nn

from .config import ConfigError, config_from_dict, config_to_dict, short_repr
from .format import first_line
from .io import FileFormatError, atomic_writer, open_input
from .messages import M, join

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
    with _ctrl_c_after_write(), atomic_writer(path, "wb") as fh:
        torch.save(data, fh)
    return path


@contextlib.contextmanager
def _ctrl_c_after_write() -> Iterator[None]:
    """Ctrl-C while torch writes is held until the file is complete (or discarded), then raised as the
    KeyboardInterrupt it is. Raised inside torch's writer it came out as a RuntimeError ("unexpected pos").
    Only in the main thread, where Python handles signals; elsewhere nothing changes."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    pressed: list[int] = []
    try:
        previous = signal.signal(signal.SIGINT, lambda signum, frame: pressed.append(signum))
    except (ValueError, OSError):  # no signals here (an embedded interpreter)
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if pressed:
        if callable(previous):
            previous(signal.SIGINT, None)  # the default handler raises KeyboardInterrupt
        elif previous != signal.SIG_IGN:
            raise KeyboardInterrupt


# What torch's unpickler raises on damaged bytes (found by fuzzing: a flipped byte can give a KeyError from
# its memo, an IndexError from its stack, a zip error, a UnicodeDecodeError, ...).
LOAD_ERRORS = (pickle.UnpicklingError, RuntimeError, EOFError, zipfile.BadZipFile, ValueError, OSError, KeyError,
               AttributeError, IndexError, TypeError, UnicodeDecodeError, OverflowError, struct.error, RecursionError)


def safe_torch_load(path: str | os.PathLike, map_location: str | torch.device = "cpu", *, label: str | None = None,
                    bad: str = M("checkpoint.bad", "is truncated or not a torch checkpoint"),
                    refused: str = M("checkpoint.refused", "refused: the file holds Python objects or code, not only "
                                     "weights"),
                    error: type[FileFormatError] = FileFormatError, what: str = "torch file",
                    missing: str | None = None) -> Any:
    """``torch.load(weights_only=True)``, the one way this app reads torch files: a file that carries code is
    refused (nothing in it runs) and any damage becomes one line, ``error(f"{label}: {bad} (detail)")``."""
    label = str(path) if label is None else label
    # What the path is, first: a pipe would block torch.load forever, a device would never end.
    fh = open_input(path, what, error=error, missing=missing)
    try:
        with fh, warnings.catch_warnings():  # torch warns on sparse tensors: the check after loading says it
            warnings.simplefilter("ignore", UserWarning)
            return torch.load(fh, map_location=map_location, weights_only=True)
    except pickle.UnpicklingError as exc:
        text = str(exc)
        detail = next((line.strip() for line in text.splitlines()
                       if line.strip().startswith(("Unsupported global", "Trying to", "Unsupported"))), "")
        if "unsupported global" in text.lower():
            raise error(_LOAD_FAILED(label=label, reason=refused, detail=detail[:160])) from None
        raise error(_LOAD_FAILED(label=label, reason=bad, detail=detail[:160] or "unreadable")) from None
    except LOAD_ERRORS as exc:
        first = first_line(exc)
        raise error(_LOAD_FAILED(label=label, reason=bad, detail=first[:160])) from None


_LOAD_FAILED = M("checkpoint.load_failed", "{label}: {reason} ({detail})")


def load_checkpoint(path: str | os.PathLike, map_location: str | torch.device = "cpu") -> dict[str, Any]:
    """Read a checkpoint safely. FileFormatError (one line) for a missing, truncated, random, foreign or
    code-carrying file."""
    path = Path(path)
    data = safe_torch_load(path, map_location, what="checkpoint file")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        what = M("checkpoint.state_dict", "a state_dict or other torch file") if isinstance(data, dict) \
            else type(data).__name__
        raise FileFormatError(M("checkpoint.foreign", "{path}: is not a DenseNet Explorer checkpoint (it is {what}; "
                                "expected format {format})")(path=str(path), what=what, format=repr(FORMAT)))
    missing = [k for k in REQUIRED if k not in data]
    if missing:
        raise FileFormatError(M("checkpoint.lacks", "{path}: checkpoint lacks {keys}")(path=str(path),
                                                                                    keys=", ".join(missing)))
    version = data["version"]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:  # true, -5, "1", 1.0
        raise FileFormatError(M("checkpoint.bad_version", "{path}: checkpoint version {version} is not a version this "
                                "app writes (a whole number, 1 to {latest})")(path=str(path),
                                                                             version=short_repr(version),
                                                                             latest=VERSION))
    if version > VERSION:
        raise FileFormatError(M("checkpoint.newer", "{path}: checkpoint version {version} is newer than this app "
                                "reads (up to {latest})")(path=str(path), version=short_repr(version),
                                                         latest=VERSION))
    if not isinstance(data["model"], dict):
        raise FileFormatError(M("checkpoint.model_not_dict", "{path}: checkpoint's model entry is not a state_dict")(
            path=str(path)))
    _check_entries(path, data)
    return data


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _is_finite(v: Any) -> bool:
    """A number a float holds and that is finite: 10**400 (which float() refuses) and NaN are not."""
    if not _is_number(v):
        return False
    return abs(v) < 2**1023 if isinstance(v, int) else math.isfinite(v)


MAX_CLASS_NAME = 1000  # characters; a folder name is at most 255 bytes
MAX_EPOCHS = 10**9


def _tensors(value: Any, where: str, depth: int = 0) -> Iterator[tuple[str, torch.Tensor]]:
    """Every tensor in nested dicts and lists (an optimiser state), with where it is."""
    if isinstance(value, torch.Tensor):
        yield where, value
    elif depth < 8 and isinstance(value, dict):
        for k, v in value.items():
            yield from _tensors(v, f"{where}.{k}" if isinstance(k, (str, int)) else where, depth + 1)
    elif depth < 8 and isinstance(value, list):
        for i, v in enumerate(value):
            yield from _tensors(v, f"{where}[{i}]", depth + 1)


def _tensor_problem(t: torch.Tensor) -> str | None:
    """Why a tensor from a file cannot be used as weights: sparse, without data (meta), or not finite (the
    map_location of the load puts every tensor on one device)."""
    if t.layout != torch.strided:
        return M("checkpoint.sparse", "is a {layout} tensor (weights are dense)")(
            layout=str(t.layout).removeprefix("torch."))
    if t.is_meta:
        return M("checkpoint.meta", "holds no data (a meta tensor)")
    if (t.is_floating_point() or t.is_complex()) and t.numel() and not bool(torch.isfinite(t).all()):
        return M("checkpoint.not_finite", "holds values that are not finite (NaN or infinity): the weights are not "
                 "usable")
    return None


def _check_tensors(path: Path, data: dict[str, Any]) -> None:
    for name, value in (("model", data["model"]), ("optimizer", data.get("optimizer"))):
        for where, t in _tensors(value, name):
            problem = _tensor_problem(t)
            if problem:
                raise FileFormatError(M("checkpoint.tensor", "{path}: checkpoint's {where} {problem}")(
                    path=str(path), where=short_repr(where)[1:-1], problem=problem))


def _check_position(path: Path, data: dict[str, Any]) -> None:
    """A run stopped inside an epoch: at epoch index = the completed epochs, batch 0 or more, four sums."""
    pos = data.get("position")
    if pos is None:
        return
    sums = pos.get("sums")
    problem = None
    if not isinstance(pos.get("epoch_index"), int) or isinstance(pos.get("epoch_index"), bool) \
            or pos["epoch_index"] != data["epoch"]:
        problem = M("checkpoint.pos_epoch", "is at epoch index {index}, expected {epoch} (the completed epochs)")(
            index=short_repr(pos.get("epoch_index")), epoch=data["epoch"])
    elif not isinstance(pos.get("batch"), int) or isinstance(pos.get("batch"), bool) \
            or not 0 <= pos["batch"] <= MAX_EPOCHS:
        problem = M("checkpoint.pos_batch", "is at batch {batch}, expected a whole number, 0 or more")(
            batch=short_repr(pos.get("batch")))
    elif not (isinstance(sums, list) and len(sums) == 4 and all(_is_finite(v) and v >= 0 for v in sums)):
        problem = M("checkpoint.pos_sums", "has sums {sums}, expected four finite numbers, 0 or more (loss, "
                    "correct, seen, seconds)")(sums=short_repr(sums))
    if problem:
        raise FileFormatError(M("checkpoint.position", "{path}: checkpoint's position (where the run stopped in an "
                                "epoch) {problem}")(path=str(path), problem=problem))


def _check_rng(path: Path, data: dict[str, Any]) -> None:
    rng = data.get("rng")
    if rng is None:
        return
    size = torch.get_rng_state().numel()

    def is_state(t: Any, numel: int | None) -> bool:
        return isinstance(t, torch.Tensor) and t.dtype == torch.uint8 and t.dim() == 1 and \
            (numel is None or t.numel() == numel)

    ok = isinstance(rng, dict) and ("torch" not in rng or is_state(rng["torch"], size)) and \
        ("cuda" not in rng or (isinstance(rng["cuda"], list) and all(is_state(t, None) for t in rng["cuda"])))
    if not ok:
        detail = (type(rng).__name__ if not isinstance(rng, dict) else
                  ", ".join(f"{k}: {short_repr(v) if not isinstance(v, torch.Tensor) else tuple(v.shape)}"
                            for k, v in list(rng.items())[:3]))
        raise FileFormatError(M("checkpoint.rng", "{path}: checkpoint's random-number state is not a generator "
                                "state ({detail}; expected {size} bytes as uint8)")(path=str(path), detail=detail,
                                                                                   size=size))


_DICT_OR_NONE = M("checkpoint.want_dict_or_none", "a dict or none")
_DATASET_OR_NONE = M("checkpoint.want_dataset", "a dataset name or none")
_WANT_MEAN = M("checkpoint.want_mean", "a list of numbers (1 to 64, finite)")


def _check_entries(path: Path, data: dict[str, Any]) -> None:
    """Each entry has the type this app writes, so that no later step fails on a hand-edited or foreign file
    with a TypeError far from the file's name."""
    bad = next((k for k, v in data["model"].items() if not isinstance(k, str) or not isinstance(v, torch.Tensor)),
               None)
    if bad is not None:
        raise FileFormatError(M("checkpoint.model_entry", "{path}: checkpoint's model entry {key} is not a tensor "
                                "(expected a state_dict of named tensors)")(path=str(path), key=short_repr(bad)))
    checks = (
        ("config", isinstance(data["config"], dict), M("checkpoint.want_dict", "a dict")),
        ("classes", isinstance(data["classes"], list) and all(isinstance(c, str) and len(c) <= MAX_CLASS_NAME
                                                              for c in data["classes"]),
         M("checkpoint.want_classes", "a list of class names (each at most {n} characters)")(n=MAX_CLASS_NAME)),
        ("mean", isinstance(data["mean"], list) and 0 < len(data["mean"]) <= 64
         and all(_is_finite(v) for v in data["mean"]), _WANT_MEAN),
        ("std", isinstance(data["std"], list) and 0 < len(data["std"]) <= 64
         and all(_is_finite(v) and v > 0 for v in data["std"]), M("checkpoint.want_std",
                                                                    "a list of positive numbers (1 to 64, finite)")),
        ("epoch", isinstance(data["epoch"], int) and not isinstance(data["epoch"], bool)
         and 0 <= data["epoch"] <= MAX_EPOCHS, M("checkpoint.want_epoch", "a whole number of epochs, 0 or more")),
        ("history", isinstance(data["history"], list) and all(
            isinstance(r, dict) and all(isinstance(k, str) and _is_number(v) for k, v in r.items())
            for r in data["history"]), M("checkpoint.want_history", "a list of per-epoch rows (named numbers)")),
        ("optimizer", data.get("optimizer") is None or isinstance(data["optimizer"], dict), _DICT_OR_NONE),
        ("position", data.get("position") is None or isinstance(data["position"], dict), _DICT_OR_NONE),
        ("settings", data.get("settings") is None or isinstance(data["settings"], dict), _DICT_OR_NONE),
        ("dataset", data.get("dataset") is None or isinstance(data["dataset"], str), _DATASET_OR_NONE),
    )
    for name, ok, expected in checks:
        if not ok:
            raise FileFormatError(M("checkpoint.entry_type", "{path}: checkpoint's {name} entry is {type}, expected "
                                    "{expected}")(path=str(path), name=name, type=type(data[name]).__name__,
                                                  expected=expected))
    _check_position(path, data)
    _check_rng(path, data)
    _check_tensors(path, data)


def state_dict_differences(expected: dict[str, torch.Tensor], found: dict[str, torch.Tensor],
                           limit: int = 4) -> list[str]:
    """What differs between two state_dicts, for a message: missing keys, unexpected keys, shapes."""
    out: list[str] = []
    missing = [k for k in expected if k not in found]
    extra = [k for k in found if k not in expected]
    shapes = [k for k in expected if k in found and tuple(expected[k].shape) != tuple(found[k].shape)]
    if missing:
        out.append(M("checkpoint.diff_missing", "missing {n} keys (e.g. {keys})")(
            n=len(missing), keys=", ".join(missing[:limit])))
    if extra:
        out.append(M("checkpoint.diff_extra", "{n} unexpected keys (e.g. {keys})")(
            n=len(extra), keys=", ".join(extra[:limit])))
    for k in shapes[:limit]:
        out.append(M("checkpoint.diff_shape", "{key}: {found} in the file, {expected} in the network")(
            key=k, found=tuple(found[k].shape), expected=tuple(expected[k].shape)))
    if len(shapes) > limit:
        out.append(M("checkpoint.diff_more", "... and {n} more shapes")(n=len(shapes) - limit))
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
            raise FileFormatError(M("checkpoint.bad_config", "{path}: checkpoint's config is invalid ({error})")(
                path=str(path), error=str(exc))) from None
    model = build_model(config, "cpu")
    expected = model.state_dict()
    diffs = state_dict_differences(expected, data["model"])
    if diffs:
        raise FileFormatError(M("checkpoint.no_fit", "{path}: weights do not fit {network}: {diffs}")(
            path=str(path), network=getattr(config, "title", None) or M("checkpoint.the_network", "the network"),
            diffs=join(diffs, "; ")))
    model.load_state_dict(data["model"], strict=True)
    model.to(device)
    model.eval()
    return model, data
