"""Grad-CAM: where in the image the network looks for a class."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
from torch import Tensor

from ..config import ConfigError
from ..messages import M
from .predictor import Predictor
from .preprocessing import preprocess

__all__ = ["GradCam", "grad_cam"]


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
    raw = cam.float().cpu().contiguous().numpy()  # row-major whatever the network's layout
    up = F.interpolate(cam[None, None].float(), size=tuple(pre.tensor.shape[-2:]), mode="bilinear",
                       align_corners=False)[0, 0].cpu()
    top = float(up.max())
    heat = (up / top).clamp_(0, 1).numpy() if top > 0 else np.zeros(tuple(up.shape), dtype=np.float32)
    return GradCam(heat.astype(np.float32), pre.image, idx, predictor.classes[idx], float(probs[idx]), layer, raw)
