"""What a trained network does with one image, and where it looks: predictions, feature maps (with the
dense layer's input split by the layer each slice came from), Grad-CAM, and the paper's feature-reuse
heatmap (Figure 5), computed from the weights alone.

Everything here returns plain numpy arrays and dataclasses: the window draws them without touching a
tensor, from a worker thread that calls these functions.
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor, nn

from .config import ConfigError, DenseNetConfig
from .images import image_to_array, load_image
from .messages import M

__all__ = ["Predictor", "PreprocessStep", "Preprocessed", "TopClass", "Prediction", "Strip", "FeatureMaps",
           "GradCam", "ReuseMatrix", "predictor_from_checkpoint", "predictor_from_pretrained",
           "predictor_from_model", "preprocess", "predict", "feature_maps", "dense_strips", "grad_cam",
           "reuse_heatmaps", "layer_names", "as_image"]


@dataclass
class Predictor:
    """A network ready to predict: eval mode, its class names and the preprocessing it was trained with."""

    model: nn.Module
    config: Any
    classes: list[str]
    mean: tuple[float, ...]
    std: tuple[float, ...]
    resize_size: int  # shorter side after resizing
    crop_size: int  # the centre crop fed to the network (= the config's input size)
    source: str  # what it is, for a status line: "checkpoint.pt (epoch 3)", "densenet121 (ImageNet)"
    kind: str = "checkpoint"  # "checkpoint", "pretrained", "untrained"
    path: str | None = None

    @property
    def device(self) -> torch.device:
        return next(self.model.parameters()).device

    @property
    def in_channels(self) -> int:
        return int(self.config.in_channels)


def _stats(values: Sequence[float], channels: int, what: str) -> tuple[float, ...]:
    vals = tuple(float(v) for v in values)
    if len(vals) == 1 and channels > 1:
        vals = vals * channels
    if len(vals) != channels:
        raise ConfigError(what, list(vals), M("inference.stats_count", "has {n} values for a {channels}-channel "
                                              "network")(n=len(vals), channels=channels),
                          M("range.values", "{n} values")(n=channels))
    if what == "std" and any(v <= 0 or not math.isfinite(v) for v in vals):
        raise ConfigError(what, list(vals), M("config.not_positive", "must be positive"), "> 0")
    return vals


def predictor_from_model(model: nn.Module, config: Any, classes: Sequence[str] | None = None,
                         mean: Sequence[float] = (0.5,), std: Sequence[float] = (0.25,),
                         resize_size: int | None = None, source: str = "network",
                         kind: str = "untrained") -> Predictor:
    c = int(config.in_channels)
    classes = list(classes) if classes else [M("inference.class", "class {i}")(i=i) for i in range(config.num_classes)]
    if len(classes) != config.num_classes:
        raise ConfigError("classes", len(classes), M("inference.classes_mismatch", "does not match the network's "
                                                     "{n} outputs")(n=config.num_classes))
    model.eval()
    return Predictor(model, config, classes, _stats(mean, c, "mean"), _stats(std, c, "std"),
                     resize_size or int(config.input_size), int(config.input_size), source, kind)


def predictor_from_checkpoint(path: str | os.PathLike, device: str = "cpu") -> Predictor:
    """A checkpoint written by the app or ``explorer train``: it carries config, weights, classes, mean, std."""
    from .checkpoint import model_from_checkpoint  # the one safe reader (weights_only=True)

    model, ckpt = model_from_checkpoint(path, device=device)
    config = model.config if hasattr(model, "config") else None
    if config is None:
        from .config import config_from_dict

        config = config_from_dict(ckpt["config"])
    epoch = ckpt.get("epoch")
    source = f"{Path(path).name}" + (f" (epoch {epoch})" if isinstance(epoch, int) else "")
    pred = predictor_from_model(model, config, ckpt.get("classes") or None, ckpt["mean"], ckpt["std"],
                                source=source, kind="checkpoint")
    pred.path = str(path)
    return pred


def predictor_from_pretrained(name: str, weights: str | os.PathLike | None = None, download: bool = False,
                              device: str = "cpu") -> Predictor:
    """torchvision's ImageNet weights in our own densenet121/169/201/161, with torchvision's preprocessing."""
    from .pretrained import load_pretrained_model

    model, config, info, path = load_pretrained_model(name, weights, download, device)
    pred = predictor_from_model(model, config, info.categories, info.mean, info.std, info.resize_size,
                                source=f"{name} (ImageNet, {path.name})", kind="pretrained")
    pred.crop_size = info.crop_size
    pred.path = str(path)
    return pred


# ------------------------------------------------------------------------------------------ preprocessing


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
    return Preprocessed(x.unsqueeze(0).to(predictor.device), _rgb(arr), steps)


# ---------------------------------------------------------------------------------------------- predict


@dataclass
class TopClass:
    label: str
    index: int
    probability: float

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "index": self.index, "probability": self.probability}


@dataclass
class Prediction:
    top: list[TopClass]
    probabilities: np.ndarray  # all classes, sums to 1
    logits: np.ndarray
    image: np.ndarray  # the crop the network saw
    steps: list[PreprocessStep] = field(default_factory=list)


@torch.no_grad()
def predict(predictor: Predictor, image: Any, top_k: int = 5) -> Prediction:
    if top_k < 1:
        raise ConfigError("top_k", top_k, M("config.at_least_1", "must be at least 1"),
                          M("range.int", "{lo} to {hi}")(lo=1, hi=len(predictor.classes)))
    pre = preprocess(predictor, image)
    predictor.model.eval()
    logits = predictor.model(pre.tensor)[0].float().cpu()
    if not bool(torch.isfinite(logits).all()):  # never "nan%": weights that overflow (or a NaN left in them)
        raise ConfigError("network", predictor.source, M("inference.not_finite", "gives outputs that are not "
                                                         "finite (NaN or infinity) for this image: its weights are "
                                                         "not usable"),
                          M("range.finite_weights", "weights from a run that did not diverge"))
    probs = torch.softmax(logits, 0)
    k = min(top_k, probs.numel())
    values, indices = torch.topk(probs, k)
    top = [TopClass(predictor.classes[i], int(i), float(v)) for v, i in zip(values.tolist(), indices.tolist())]
    return Prediction(top, probs.numpy(), logits.numpy(), pre.image, pre.steps)


# ------------------------------------------------------------------------------------------ feature maps


@dataclass
class Strip:
    label: str  # "block input", "layer 1", ...
    source: int  # 0 = the block's input, l = dense layer l
    start: int  # first channel
    stop: int  # one past the last

    @property
    def width(self) -> int:
        return self.stop - self.start


@dataclass
class FeatureMaps:
    name: str  # module path, e.g. "features.denseblock1.denselayer3"
    output: np.ndarray  # C x H x W, what the module emits
    input: np.ndarray | None = None  # for a dense layer: the concatenation it receives
    strips: list[Strip] = field(default_factory=list)  # ... split by the layer each slice came from

    @property
    def owners(self) -> list[int]:
        """For each input channel, the strip (source) it belongs to."""
        out: list[int] = []
        for s in self.strips:
            out += [s.source] * s.width
        return out


class _Captured(Exception):
    """Raised by a hook once it has what it needs: the rest of the network need not run."""


def layer_names(model: nn.Module) -> list[str]:
    """Modules whose output is a stack of feature maps, in forward order (what ``feature_maps`` accepts)."""
    from .models.densenet import DenseBlock, DenseLayer, Transition

    keep = (nn.Conv2d, nn.BatchNorm2d, nn.MaxPool2d, DenseLayer, DenseBlock, Transition)
    names = []
    for name, m in model.named_modules():
        if not name or ("denselayer" in name and not isinstance(m, DenseLayer)):
            continue
        if name.startswith("features.transition") and name.count(".") > 1:
            continue
        if isinstance(m, keep):
            names.append(name)
    return names


def dense_strips(config: DenseNetConfig, block: int, layer: int) -> list[int]:
    """Widths of the slices a dense layer's input is made of: k0 (the block input), then k per earlier layer."""
    from .ledger import compute_ledger

    k0 = compute_ledger(config).blocks[block - 1].in_channels
    return [k0] + [config.growth_rate] * (layer - 1)


@torch.no_grad()
def feature_maps(predictor: Predictor, image: Any, name: str) -> FeatureMaps:
    """The output of module ``name`` for one image; for a dense layer also its input, with the strips."""
    from .models.densenet import DenseLayer

    modules = dict(predictor.model.named_modules())
    if name not in modules or not name:
        valid = layer_names(predictor.model)
        raise ConfigError("layer", name, M("inference.not_a_layer", "is not a layer of this network"),
                          f"{valid[0]} ... {valid[-1]}" if valid else M("range.none", "none"))
    module = modules[name]
    pre = preprocess(predictor, image)
    got: dict[str, Any] = {}

    def pre_hook(_m, args):
        feats = args[0]
        parts = [feats] if isinstance(feats, Tensor) else list(feats)
        got["parts"] = [p.detach()[0].float().cpu().clone() for p in parts]

    def hook(_m, _args, output):
        if not isinstance(output, Tensor) or output.dim() != 4:
            got["bad"] = tuple(output.shape) if isinstance(output, Tensor) else type(output).__name__
        else:
            got["out"] = output.detach()[0].float().cpu().clone()  # cloned: a later ReLU runs in place
        raise _Captured

    handles = [module.register_forward_hook(hook)]
    if isinstance(module, DenseLayer):
        handles.append(module.register_forward_pre_hook(pre_hook))
    predictor.model.eval()
    try:
        predictor.model(pre.tensor)
    except _Captured:
        pass
    finally:
        for h in handles:
            h.remove()
    if "bad" in got or "out" not in got:
        raise ConfigError("layer", name, M("inference.no_maps_gives", "does not output feature maps (it gives "
                                           "{what})")(what=got.get("bad", M("inference.nothing", "nothing"))),
                          M("range.map_layers", "a convolution, dense layer, block or transition"))
    result = FeatureMaps(name, got["out"].numpy())
    if "parts" in got:
        parts = got["parts"]
        result.input = torch.cat(parts, 0).numpy()
        start = 0
        for i, p in enumerate(parts):
            width = p.shape[0]
            result.strips.append(Strip("block input" if i == 0 else f"layer {i}", i, start, start + width))
            start += width
    return result


# ---------------------------------------------------------------------------------------------- Grad-CAM


@dataclass
class GradCam:
    heat: np.ndarray  # H x W in [0, 1], at the network's input size (over ``image``)
    image: np.ndarray  # the crop the network saw, H x W x 3 uint8
    class_index: int
    label: str
    probability: float
    layer: str
    raw: np.ndarray  # the map at the layer's own resolution, before upsampling and scaling


def grad_cam(predictor: Predictor, image: Any, class_index: int | None = None, layer: str = "features") -> GradCam:
    """Grad-CAM (Selvaraju et al., 2017): the layer's feature maps weighted by the spatial mean of the class
    score's gradient, summed, ReLU; upsampled to the input. Default class: the predicted one."""
    model = predictor.model
    modules = dict(model.named_modules())
    if layer not in modules:
        raise ConfigError("layer", layer, M("inference.not_a_layer", "is not a layer of this network"),
                          M("range.eg", "e.g. {example}")(example="features"))
    n = len(predictor.classes)
    if class_index is not None and not (isinstance(class_index, int) and 0 <= class_index < n):
        raise ConfigError("class", class_index, M("inference.not_a_class", "is not a class of this network"),
                          M("range.int", "{lo} to {hi}")(lo=0, hi=n - 1))
    pre = preprocess(predictor, image)
    got: dict[str, Tensor] = {}

    def hook(_m, _args, output):
        got["act"] = output
        return output.clone()  # whatever follows in place (the final ReLU) leaves ``act`` as it was

    handle = modules[layer].register_forward_hook(hook)
    model.eval()
    try:
        with torch.enable_grad():
            x = pre.tensor.detach().requires_grad_(True)
            logits = model(x)[0]
            act = got.get("act")
            if act is None or act.dim() != 4:
                raise ConfigError("layer", layer, M("inference.no_maps", "does not output feature maps"),
                                  M("range.eg", "e.g. {example}")(example="features"))
            probs = torch.softmax(logits.detach().float(), 0)
            idx = int(probs.argmax()) if class_index is None else class_index
            (grads,) = torch.autograd.grad(logits[idx], act)
    finally:
        handle.remove()
    weights = grads[0].mean(dim=(1, 2))  # alpha_c: one weight per feature map
    cam = F.relu((weights[:, None, None] * F.relu(act[0].detach())).sum(0))
    raw = cam.float().cpu().numpy()
    up = F.interpolate(cam[None, None].float(), size=tuple(pre.tensor.shape[-2:]), mode="bilinear",
                       align_corners=False)[0, 0].cpu()
    top = float(up.max())
    heat = (up / top).clamp_(0, 1).numpy() if top > 0 else np.zeros(tuple(up.shape), dtype=np.float32)
    return GradCam(heat.astype(np.float32), pre.image, idx, predictor.classes[idx], float(probs[idx]), layer, raw)


# -------------------------------------------------------------------------------------- feature reuse


@dataclass
class ReuseMatrix:
    """One dense block's Figure 5: ``values[t, s]`` is the mean absolute weight target t gives to the maps
    of source s, divided by target t's largest such mean. Rows: dense layers 1..L, then the transition
    (the classifier after the last block). Columns: the block input, then layers 1..L. NaN: no such
    connection (a layer sees only earlier layers)."""

    block: int
    values: np.ndarray  # (L + 1) x (L + 1), normalised per row (max 1)
    raw: np.ndarray  # the same before normalising
    target_labels: list[str]
    source_labels: list[str]

    @property
    def num_layers(self) -> int:
        return self.values.shape[0] - 1


def _source_means(weight: Tensor, widths: Sequence[int]) -> list[float]:
    """Mean |w| over the input-channel slices of a conv (out, in, kh, kw) or linear (out, in) weight."""
    w = weight.detach().float().abs()
    if w.dim() == 2:
        w = w[:, :, None, None]
    if w.shape[1] != sum(widths):
        raise ConfigError("weights", tuple(weight.shape), f"have {w.shape[1]} input channels, the sources "
                          f"add up to {sum(widths)}")
    out, start = [], 0
    for width in widths:
        out.append(float(w[:, start:start + width].mean()))
        start += width
    return out


def reuse_heatmaps(weights: nn.Module | Mapping[str, Tensor], config: DenseNetConfig) -> list[ReuseMatrix]:
    """The paper's Figure 5 for every dense block, from the weights alone (a module or a state_dict)."""
    if getattr(config, "family", None) != "densenet":
        raise ConfigError("family", getattr(config, "family", None), "has no dense blocks", "densenet")
    state = weights.state_dict() if isinstance(weights, nn.Module) else dict(weights)
    state = {k.removeprefix("module."): v for k, v in state.items()}
    from .ledger import compute_ledger

    ledger = compute_ledger(config)
    k = config.growth_rate
    result = []
    for b, summary in enumerate(ledger.blocks, start=1):
        n, k0 = summary.num_layers, summary.in_channels
        raw = np.full((n + 1, n + 1), np.nan)
        for layer in range(1, n + 1):
            key = f"features.denseblock{b}.denselayer{layer}.conv1.weight"
            if key not in state:
                raise ConfigError("weights", key, "is missing from the state_dict", "a DenseNet's weights")
            raw[layer - 1, :layer] = _source_means(state[key], [k0] + [k] * (layer - 1))
        last = b == len(ledger.blocks)
        key = "classifier.weight" if last else f"features.transition{b}.conv.weight"
        if key not in state:
            raise ConfigError("weights", key, "is missing from the state_dict", "a DenseNet's weights")
        raw[n, :] = _source_means(state[key], [k0] + [k] * n)
        top = np.nanmax(raw, axis=1, keepdims=True)
        values = np.divide(raw, top, out=np.zeros_like(raw), where=top > 0)
        values[np.isnan(raw)] = np.nan
        targets = [f"layer {i}" for i in range(1, n + 1)] + ["classifier" if last else f"transition {b}"]
        sources = ["block input"] + [f"layer {i}" for i in range(1, n + 1)]
        result.append(ReuseMatrix(b, values, raw, targets, sources))
    return result
