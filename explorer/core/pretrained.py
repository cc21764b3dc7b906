"""torchvision's ImageNet weights for DenseNet-121/169/201/161, loaded into our own builder's network.

Where the weights come from, in order: a file the user picks; torch hub's cache
(``$TORCH_HOME/hub/checkpoints/<torchvision's file name>``, where torchvision itself keeps them); a download
into that cache when the user allows it and is online. The class names come from torchvision's weight
metadata, which ships with torchvision (no download).

torch and torchvision are imported inside the functions: the window lists these names before torch loads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import ConfigError
from .io import FileFormatError, check_input_file
from .messages import M, join

__all__ = ["PRETRAINED_NAMES", "PretrainedError", "WeightsInfo", "weights_info", "hub_checkpoint_dir",
           "find_cached_weights", "remap_legacy_keys", "read_state_dict", "download_weights",
           "resolve_weights", "load_pretrained_model", "imagenet_categories", "add_missing_batch_counters"]

PRETRAINED_NAMES: tuple[str, ...] = ("densenet121", "densenet169", "densenet201", "densenet161")

# torchvision's pattern (models/densenet.py, _load_state_dict): the old checkpoints name a dense layer's
# parts "norm.1", "conv.2", ...; module names may no longer contain dots, so they are now "norm1", "conv2".
_LEGACY_KEY = re.compile(
    r"^(.*denselayer\d+\.(?:norm|relu|conv))\.((?:[12])\.(?:weight|bias|running_mean|running_var))$")


class PretrainedError(FileFormatError):
    """Pretrained weights that cannot be found, read or fitted; the message says what to do."""


@dataclass(frozen=True)
class WeightsInfo:
    name: str  # "densenet121"
    url: str  # torchvision's download address
    file_name: str  # "densenet121-a639ec97.pth": the name torch hub caches it under
    categories: tuple[str, ...]  # the 1000 ImageNet class names
    mean: tuple[float, ...]
    std: tuple[float, ...]
    resize_size: int  # shorter side before the centre crop (256)
    crop_size: int  # 224


def _check_name(name: str) -> None:
    if name not in PRETRAINED_NAMES:
        raise ConfigError("pretrained", name, M("pretrained.unknown", "has no ImageNet weights in torchvision"),
                          ", ".join(PRETRAINED_NAMES))


def weights_info(name: str) -> WeightsInfo:
    """What torchvision records about ``name``'s IMAGENET1K_V1 weights (offline: it ships as code)."""
    _check_name(name)
    from torchvision import models

    enum = getattr(models, f"DenseNet{name.removeprefix('densenet')}_Weights")
    weights = enum.IMAGENET1K_V1
    transforms = weights.transforms()
    resize = transforms.resize_size
    crop = transforms.crop_size
    return WeightsInfo(name=name, url=weights.url, file_name=os.path.basename(weights.url),
                       categories=tuple(weights.meta["categories"]), mean=tuple(transforms.mean),
                       std=tuple(transforms.std), resize_size=int(resize[0] if isinstance(resize, list) else resize),
                       crop_size=int(crop[0] if isinstance(crop, list) else crop))


def imagenet_categories(name: str = "densenet121") -> list[str]:
    return list(weights_info(name).categories)


def hub_checkpoint_dir() -> Path:
    """Where torch hub (and torchvision) keep downloaded weights: ``$TORCH_HOME/hub/checkpoints``."""
    import torch.hub

    return Path(torch.hub.get_dir()) / "checkpoints"


def find_cached_weights(name: str) -> Path | None:
    path = hub_checkpoint_dir() / weights_info(name).file_name
    return path if path.is_file() else None


def remap_legacy_keys(state_dict: Mapping[str, Any]) -> dict[str, Any]:
    """Old-style keys ("...denselayer1.norm.1.weight") renamed to today's ("...denselayer1.norm1.weight")."""
    out: dict[str, Any] = {}
    for key, value in state_dict.items():
        m = _LEGACY_KEY.match(key)
        out[m.group(1) + m.group(2) if m else key] = value
    return out


def read_state_dict(path: str | os.PathLike) -> dict[str, Any]:
    """A state_dict from a ``.pth`` file (``weights_only=True``), legacy keys remapped. Also accepts a dict
    that wraps it under "state_dict" or "model" (as many training scripts save)."""
    import torch

    from .checkpoint import safe_torch_load

    path = Path(path)
    data = safe_torch_load(path, label=path.name, bad=M("pretrained.bad", "is not a PyTorch weights file"),
                           refused=M("pretrained.refused", "is not a PyTorch weights file: refused, it holds Python "
                                     "objects or code"),
                           error=PretrainedError, what="weights file")
    if isinstance(data, Mapping):
        for wrapper in ("state_dict", "model"):
            if isinstance(data.get(wrapper), Mapping):
                data = data[wrapper]
                break
    if not isinstance(data, Mapping) or not data or not all(isinstance(v, torch.Tensor) for v in data.values()):
        raise PretrainedError(M("pretrained.no_state_dict", "{file}: holds no state_dict (a mapping of parameter "
                                "names to tensors)")(file=path.name))
    return remap_legacy_keys(data)


def download_weights(name: str, url: str | None = None,
                     progress: Callable[[int, int], None] | None = None) -> Path:
    """Download ``name``'s weights into torch hub's cache (hash-checked, written beside and renamed by torch
    hub) and return the file. ``url`` replaces torchvision's address (a mirror, or a file:// URL)."""
    import torch.hub

    info = weights_info(name)
    url = url or info.url
    target = hub_checkpoint_dir() / os.path.basename(url)
    target.parent.mkdir(parents=True, exist_ok=True)
    if progress is not None:
        progress(0, 0)
    try:
        torch.hub.download_url_to_file(url, str(target), hash_prefix=_hash_prefix(target.name), progress=False)
    except (OSError, RuntimeError, ValueError) as exc:  # URLError is an OSError
        raise PretrainedError(M("pretrained.download_failed", "{name}: downloading {url} failed ({error}); pick the "
                                "weights file ({file}) instead")(name=name, url=url, error=exc,
                                                                  file=info.file_name)) from None
    if progress is not None:
        size = target.stat().st_size
        progress(size, size)
    return target


def _hash_prefix(file_name: str) -> str | None:
    m = re.search(r"-([a-f0-9]{6,})\.", file_name)
    return m.group(1) if m else None


def resolve_weights(name: str, weights: str | os.PathLike | None = None, download: bool = False) -> Path:
    """The weights file to use: the one given, else torch hub's cache, else a download (if allowed)."""
    info = weights_info(name)
    if weights is not None:
        path = Path(weights)
        check_input_file(path, "weights file", error=PretrainedError)  # a pipe or device is named, not waited on
        return path
    cached = find_cached_weights(name)
    if cached is not None:
        return cached
    if download:
        return download_weights(name)
    raise PretrainedError(M("pretrained.not_cached", "{name}: no ImageNet weights in torch hub's cache ({folder}); "
                            "pick the file {file}, or allow a download (online)")(
                                name=name, folder=hub_checkpoint_dir(), file=info.file_name))


def load_pretrained_model(name: str, weights: str | os.PathLike | None = None, download: bool = False,
                          device: str = "cpu"):
    """(model in eval mode, config, WeightsInfo, weights path): our builder's network with torchvision's
    weights, loaded strictly (every key and shape must match; only the BatchNorm counters that files saved
    before PyTorch 0.4.1 lack are added, at 0, as torch itself does)."""
    from .config import preset_config
    from .models import build_model

    info = weights_info(name)
    path = resolve_weights(name, weights, download)
    state = read_state_dict(path)
    config = preset_config(name)
    model = build_model(config, "cpu")
    state = add_missing_batch_counters(model.state_dict(), state)
    missing, unexpected = _key_mismatch(model.state_dict(), state)
    if missing or unexpected:
        hint = join(([M("pretrained.missing", "missing {n} (e.g. {key})")(n=len(missing), key=missing[0])]
                     if missing else []) +
                    ([M("pretrained.unexpected", "unexpected {n} (e.g. {key})")(n=len(unexpected), key=unexpected[0])]
                     if unexpected else []), "; ")
        raise PretrainedError(M("pretrained.wrong_keys", "{file}: is not a {name} state_dict: {hint}")(
            file=Path(path).name, name=name, hint=hint))
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as exc:
        detail = next((ln.strip() for ln in str(exc).splitlines() if "size mismatch" in ln), str(exc)[:200])
        raise PretrainedError(M("pretrained.mismatch", "{file}: does not fit {name}: {detail}")(
            file=Path(path).name, name=name, detail=detail)) from None
    model.eval()
    return model.to(device), config, info, Path(path)


def add_missing_batch_counters(expected: Mapping[str, Any], given: Mapping[str, Any]) -> dict[str, Any]:
    """``given`` with each BatchNorm's missing ``num_batches_tracked`` added as 0, as torch's BatchNorm does
    for a state_dict that records no module version: torchvision's published DenseNet weights were saved
    before PyTorch 0.4.1 introduced the counter, so they hold none. Only a counter whose BatchNorm's
    statistics are in ``given`` is added; any other missing key stays missing (and is refused)."""
    import torch

    out = dict(given)
    for key, value in expected.items():
        prefix, _, leaf = key.rpartition(".")
        if leaf == "num_batches_tracked" and key not in out and f"{prefix}.running_mean" in out:
            out[key] = torch.zeros_like(value) if isinstance(value, torch.Tensor) else torch.tensor(0)
    return out


def _key_mismatch(expected: Mapping[str, Any], given: Mapping[str, Any]) -> tuple[list[str], list[str]]:
    return sorted(set(expected) - set(given)), sorted(set(given) - set(expected))
