"""The checks that refuse a run before anything is allocated, the data as the Trainer splits it, and the
run's working state that the Trainer's steps share."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import torch
from torch import Tensor, nn

from ..config import ConfigError
from ..data import ImageData
from ..messages import M
from .ddp import Distributed
from .settings import TrainSettings

__all__ = ["check_dataset_fits", "split_data", "check_lone_batches", "EpochSums", "RunState"]


def check_dataset_fits(config: Any, data: ImageData) -> None:
    """ConfigError naming the field if the network cannot take the dataset's images or labels."""
    shape = data.shape
    for name in ("in_channels", "num_classes"):
        if getattr(config, name) != getattr(shape, name):
            raise ConfigError(name, getattr(config, name), M("train.no_fit_dataset", "does not fit the dataset "
                                                             "{dataset}")(dataset=data.name),
                              M("train.for_dataset", "{n} for {dataset}")(n=getattr(shape, name), dataset=data.name))
    if config.input_size != shape.input_size:
        raise ConfigError("input_size", config.input_size, M("train.no_fit_size", "does not fit the {size}x{size} "
                                                             "images of {dataset}")(size=shape.input_size,
                                                                                    dataset=data.name),
                          str(shape.input_size))


def split_data(data: ImageData, s: TrainSettings) -> dict[str, Tensor]:
    """Training and validation tensors: a seeded split, or the test split when ``val_fraction`` is 0."""
    from ..data import split_indices

    if s.val_fraction > 0:
        train_idx, val_idx = split_indices(len(data), s.val_fraction, s.seed)
        val_x, val_y = data.images[val_idx], data.labels[val_idx]
    else:
        train_idx = torch.arange(len(data))
        val_x, val_y = data.test_images, data.test_labels
    return {"train_x": data.images[train_idx], "train_y": data.labels[train_idx], "val_x": val_x, "val_y": val_y,
            "mean": torch.tensor(data.mean, dtype=torch.float32), "std": torch.tensor(data.std, dtype=torch.float32)}


def check_lone_batches(config: Any, s: TrainSettings, per_rank_images: int) -> bool:
    """A batch of one image fails in batch norm where a feature map is 1x1 ("expected more than 1 value per
    channel"): refused now when every batch is one image; True when a last batch of one must be left out of
    each epoch."""
    lone_fails = (s.batch_size == 1 or per_rank_images % s.batch_size == 1) and _lone_image_batch_fails(config)
    if lone_fails and (s.batch_size == 1 or per_rank_images == 1):
        raise ConfigError("batch_size", s.batch_size,
                          M("train.lone_batch", "is too small for this network: its last feature maps are 1x1, "
                            "and batch norm needs more than one value per channel to train") if s.batch_size == 1
                          else M("train.lone_split", "is too small for this network: its last feature maps are "
                                 "1x1, and batch norm needs more than one value per channel to train (the "
                                 "training split holds a single image)"),
                          M("train.two_per_batch", "2 or more images per batch"))
    return lone_fails


def _lone_image_batch_fails(config: Any) -> bool:
    """Whether a training batch of one image fails in this network's batch norm (a 1x1 feature map has one
    value per channel). Tried on the meta device: the shapes only, nothing computed or allocated."""
    from ..models import build_model

    try:
        model = build_model(config, "meta")
        model.train()
        model(torch.zeros(1, config.in_channels, config.input_size, config.input_size, device="meta"))
    except ValueError as exc:
        return "more than 1 value per channel" in str(exc)
    except Exception:  # noqa: BLE001 - a family that cannot run on meta: trained as before
        return False
    return False


@dataclass
class EpochSums:
    """One epoch's running totals (a checkpoint taken inside the epoch saves them as its position)."""

    loss: float = 0.0
    correct: float = 0.0
    seen: float = 0.0
    seconds: float = 0.0


@dataclass
class RunState:
    """One run's working state, shared by the Trainer's steps (setup, resume, epochs, evaluation, saves)."""

    config: Any  # the network as trained (effective_config)
    data: ImageData
    device: torch.device
    dist: Distributed
    tensors: dict[str, Tensor]  # train_x, train_y, val_x, val_y (val may be None), mean, std
    memory_format: torch.memory_format
    model: nn.Module
    optimizer: torch.optim.Optimizer
    lone_fails: bool  # a last batch of one image fails in this network's batch norm
    history: list[dict[str, float]] = field(default_factory=list)
    start_epoch: int = 0
    position: dict[str, Any] | None = None  # where a checkpoint taken inside an epoch stopped
    train_model: nn.Module | None = None  # the model, or DDP around it
    scheduler: Any = None
    scaler: torch.amp.GradScaler | None = None
    batches: int = 0  # per epoch
    total_batches: int = 0  # left to train in this process
    done_batches: int = 0
    run_time: float = 0.0  # seconds of training in this process, pauses excluded
    step: int = 0
    where: tuple[int, int] = (0, 0)  # (epoch, batch), 0-based, of the batch in progress
    last_done: tuple[int, int] = (0, 0)  # (epoch, batch), 1-based, of the last batch finished
    status: str = "completed"
    message: str = ""
    checkpoint: str | None = None
