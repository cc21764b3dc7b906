"""What the network is fed: resize, centre crop, scale and normalise an image, each step kept for display."""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import Tensor

from ..images import image_to_array, load_image
from ..messages import M
from .predictor import Predictor

__all__ = ["PreprocessStep", "Preprocessed", "as_image", "preprocess"]


@dataclass
class PreprocessStep:
    title: str  # "Original", "Resize", "Centre crop", "Normalise"
    detail: str  # "451x300 -> 337x224", "mean (0.485, ...)", ...
    image: np.ndarray  # H x W x 3 uint8, for display


@dataclass
class Preprocessed:
    tensor: Tensor  # 1 x C x S x S, normalised, on the predictor's device
    image: np.ndarray  # the crop the network sees, H x W x 3 uint8 (grey repeated for 1 channel)
    steps: list[PreprocessStep]


def as_image(image: Any):
    """A path, PIL image or uint8 array as an RGB PIL image (paths checked by ``load_image``)."""
    from PIL import Image

    if isinstance(image, (str, os.PathLike)):
        return load_image(image)
    if isinstance(image, np.ndarray):
        arr = image
        if arr.ndim == 3 and arr.shape[2] == 1:
            arr = arr[:, :, 0]
        return Image.fromarray(np.ascontiguousarray(arr, dtype=np.uint8)).convert("RGB")
    return image.convert("RGB")


def _rgb(arr: np.ndarray) -> np.ndarray:
    return np.repeat(arr, 3, axis=2) if arr.shape[2] == 1 else arr[:, :, :3]


def preprocess(predictor: Predictor, image: Any) -> Preprocessed:
    """Resize the shorter side, centre-crop to the network's input size, scale to [0, 1], normalise with
    the mean and std the network was trained with; each step kept for display."""
    from PIL import Image

    img = as_image(image)
    steps = [PreprocessStep("Original", f"{img.width}x{img.height}", _rgb(image_to_array(img)))]
    short = predictor.resize_size
    w, h = img.size
    if w <= h:
        nw, nh = short, max(1, int(short * h / w))
    else:
        nw, nh = max(1, int(short * w / h)), short
    if (nw, nh) != (w, h):
        img = img.resize((nw, nh), Image.BILINEAR)
    steps.append(PreprocessStep("Resize", M("inference.resize", "{w}x{h} → {nw}x{nh} (shorter side {short})")(
                                    w=w, h=h, nw=nw, nh=nh, short=short),
                                _rgb(image_to_array(img))))
    crop = predictor.crop_size
    if nw < crop or nh < crop:  # cannot happen with resize >= crop, but a checkpoint may say otherwise
        img = img.resize((max(nw, crop), max(nh, crop)), Image.BILINEAR)
        nw, nh = img.size
    left, top = int(round((nw - crop) / 2.0)), int(round((nh - crop) / 2.0))
    img = img.crop((left, top, left + crop, top + crop))
    arr = image_to_array(img, predictor.in_channels)
    steps.append(PreprocessStep("Centre crop", M("inference.crop", "{crop}x{crop} from the middle")(crop=crop),
                                _rgb(arr)))
    x = torch.from_numpy(arr).permute(2, 0, 1).to(torch.float32).div_(255.0)
    mean = torch.tensor(predictor.mean, dtype=torch.float32).view(-1, 1, 1)
    std = torch.tensor(predictor.std, dtype=torch.float32).view(-1, 1, 1)
    x = (x - mean) / std
    shown = x.permute(1, 2, 0).numpy()
    lo, hi = shown.min(), shown.max()
    vis = ((shown - lo) / ((hi - lo) or 1.0) * 255.0).round().astype(np.uint8)
    fmt = lambda v: "(" + ", ".join(f"{t:.3f}" for t in v) + ")"  # noqa: E731
    steps.append(PreprocessStep("Normalise", M("inference.normalise", "(x − mean {mean}) / std {std}; range {lo} "
                                               "to {hi}, shown stretched")(
                                    mean=fmt(predictor.mean), std=fmt(predictor.std), lo=f"{lo:.2f}", hi=f"{hi:.2f}"),
                                _rgb(vis)))
    # The network's own layout: explicit, as the permute above leaves the batch channels_last-strided already.
    x = x.unsqueeze(0).to(predictor.device).contiguous(memory_format=predictor.memory_format)
    return Preprocessed(x, _rgb(arr), steps)
