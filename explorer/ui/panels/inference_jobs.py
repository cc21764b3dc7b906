"""What the inference panel runs on a worker thread, and its choices that need no widget: the network
sources and the sample shown first. Qt-free: the functions call ``explorer.core.inference`` (imported when
a job runs, so the window opens before torch loads) and return plain core results."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["SOURCE_TRAINED", "SOURCE_CHECKPOINT", "SOURCE_PRETRAINED", "SOURCE_UNTRAINED", "job_load", "job_predict",
           "job_features", "job_gradcam", "default_sample"]

SOURCE_TRAINED, SOURCE_CHECKPOINT, SOURCE_PRETRAINED, SOURCE_UNTRAINED = "trained", "checkpoint", "pretrained", \
    "untrained"


def job_load(job: Any, kind: str, arg: Any, weights: str | None, download: bool) -> dict[str, Any]:
    """Load a network (checkpoint, ImageNet weights or an untrained config) and its reuse heatmaps."""
    from ...core import inference as inf

    if kind in (SOURCE_TRAINED, SOURCE_CHECKPOINT):
        predictor = inf.predictor_from_checkpoint(arg)
    elif kind == SOURCE_PRETRAINED:
        predictor = inf.predictor_from_pretrained(arg, weights, download=download)
    else:
        from ...core.models import build_model

        predictor = inf.predictor_from_model(build_model(arg), arg, source=arg.title, kind="untrained")
    heat = inf.reuse_heatmaps(predictor.model, predictor.config) if predictor.config.family == "densenet" else []
    # The faster memory format on this device for this network (measured once per network shape, here on the
    # worker: a second or two for the ImageNet networks, milliseconds for the small ones).
    choice = inf.choose_memory_format(predictor)
    return {"predictor": predictor, "heatmaps": heat, "layers": inf.layer_names(predictor.model), "format": choice}


def job_predict(job: Any, predictor: Any, image: np.ndarray, top_k: int) -> Any:
    from ...core.inference import predict

    return predict(predictor, image, top_k)


def job_features(job: Any, predictor: Any, image: np.ndarray, layer: str) -> Any:
    from ...core.inference import feature_maps

    return feature_maps(predictor, image, layer)


def job_gradcam(job: Any, predictor: Any, image: np.ndarray, class_index: int | None) -> Any:
    from ...core.inference import grad_cam

    return grad_cam(predictor, image, class_index)


def default_sample(samples: Sequence[Path], predictor: Any) -> Path:
    """The image shown when a network loads and none is open: for a small network trained on the shipped data,
    a sample of that data (grey digits for one channel, colour shapes for three); otherwise the cat."""
    p = predictor
    if p is not None and p.kind == "checkpoint" and p.crop_size <= 64:
        for sub in ("shapes", "digits"):
            files = [s for s in samples if s.parent.name == sub]
            if files and (p.in_channels == 1) == (sub == "digits"):
                return files[0]
    cats = [s for s in samples if s.name == "chelsea.png"]
    return cats[0] if cats else samples[0]
