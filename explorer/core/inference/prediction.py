"""The top classes and every probability a network gives one image."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from ..config import ConfigError
from ..messages import M
from .predictor import Predictor
from .preprocessing import PreprocessStep, preprocess

__all__ = ["TopClass", "Prediction", "predict"]


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
