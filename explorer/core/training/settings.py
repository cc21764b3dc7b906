"""How to train: the settings (the paper's recipe by default) and the learning-rate schedule.

Torch-free: the window fills its training form from these before torch has loaded in the background.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, fields
from typing import Any

from ..config import ConfigError, check_bool, check_choice, check_float, check_int
from ..messages import M

__all__ = ["TrainSettings", "SCHEDULES", "lr_factor", "effective_config"]

SCHEDULES = ("step", "cosine", "constant")


@dataclass
class TrainSettings:
    """How to train. The defaults are the paper's recipe (Huang et al. 2017, section 4.2)."""

    epochs: int = 10  # the paper: 300 on CIFAR, 40 on SVHN; small here so a demo ends
    batch_size: int = 64
    lr: float = 0.1  # initial learning rate
    momentum: float = 0.9
    nesterov: bool = True
    weight_decay: float = 1e-4
    schedule: str = "step"  # "step": lr / 10 at 50% and 75% of the epochs; "cosine"; "constant"
    milestones: tuple[float, ...] = (0.5, 0.75)  # fractions of the epochs where "step" divides the lr
    lr_decay: float = 0.1  # the factor "step" applies at each milestone
    augment: bool = False  # the "+" columns: 4-pixel pad, random crop, horizontal flip
    drop_rate: float | None = None  # None: the paper's rule, 0.2 without augmentation and 0 with it
    device: str = "cpu"
    memory_efficient: bool = False  # less memory: fused blocks that recompute BN-ReLU in backward
    # Mixed precision (bfloat16 on CPUs and CUDA devices that have it, float16 with a grad scaler on older
    # CUDA devices). Off by default for now: its speed-up is measured per device and shown beside the
    # checkbox (speed.probe); on the digits, 3 seeds x 6 epochs, bf16 was level with float32 (-0.37 points,
    # standard error 0.81: benchmarks/bench_amp_accuracy.py), too few seeds to switch every run to it.
    amp: bool = False
    # NHWC tensors: oneDNN's and cuDNN's fast convolution layout. On by default: faster for training on
    # the probe and on DenseNet-BC-100 here (benchmarks/bench_train.py); the window and the CLI follow the
    # device's measured probe (speed.Probe.channels_last).
    channels_last: bool = True
    seed: int = 0
    val_fraction: float = 0.1  # held out of the training images; 0: validate on the test split if any
    max_batches: int | None = None  # at most this many batches per epoch (quick runs, tests)
    eval_batch_size: int = 256

    def __post_init__(self) -> None:
        if isinstance(self.milestones, list):
            self.milestones = tuple(self.milestones)
        for name in ("lr", "momentum", "weight_decay", "lr_decay", "val_fraction"):
            v = getattr(self, name)
            if isinstance(v, int) and not isinstance(v, bool) and abs(v) < 2**1023:  # 10**400: refused by name
                setattr(self, name, float(v))
        self.validate()

    def validate(self) -> None:
        check_int("epochs", self.epochs, 1, 100_000)
        check_int("batch_size", self.batch_size, 1, 1_000_000)
        check_float("lr", self.lr, 0.0, 100.0, lo_open=True)
        check_float("momentum", self.momentum, 0.0, 1.0, hi_open=True)
        check_bool("nesterov", self.nesterov)
        if self.nesterov and self.momentum == 0:
            raise ConfigError("nesterov", True, M("train.nesterov", "needs a momentum above 0"),
                              M("train.want_momentum", "momentum in (0, 1)"))
        check_float("weight_decay", self.weight_decay, 0.0, 1.0)
        check_choice("schedule", self.schedule, SCHEDULES)
        self._validate_milestones()
        check_float("lr_decay", self.lr_decay, 0.0, 1.0, lo_open=True)
        check_bool("augment", self.augment)
        if self.drop_rate is not None:
            check_float("drop_rate", self.drop_rate, 0.0, 1.0, hi_open=True)
        if not isinstance(self.device, str) or not self.device:
            raise ConfigError("device", self.device, M("train.device_name", "must be a device name"),
                              "cpu, cuda, cuda:N, mps")
        for name in ("memory_efficient", "amp", "channels_last"):
            check_bool(name, getattr(self, name))
        check_int("seed", self.seed, 0, 2**31 - 1)
        check_float("val_fraction", self.val_fraction, 0.0, 0.9)
        if self.max_batches is not None:
            check_int("max_batches", self.max_batches, 1, 10**9)
        check_int("eval_batch_size", self.eval_batch_size, 1, 1_000_000)

    def _validate_milestones(self) -> None:
        if not isinstance(self.milestones, tuple) or len(self.milestones) > 100:
            raise ConfigError("milestones", self.milestones, M("train.milestones", "must be a list of fractions of "
                                                               "the epochs"),
                              M("train.want_milestones", "e.g. {example}")(example="[0.5, 0.75]"))
        for i, m in enumerate(self.milestones):
            check_float(f"milestones[{i}]", m, 0.0, 1.0, lo_open=True, hi_open=True)

    @property
    def effective_drop_rate(self) -> float:
        if self.drop_rate is not None:
            return self.drop_rate
        return 0.0 if self.augment else 0.2

    def replace(self, **changes: Any) -> TrainSettings:
        data = asdict(self)
        data.update(changes)
        return TrainSettings(**data)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["milestones"] = list(self.milestones)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> TrainSettings:
        """Settings from a dict (a checkpoint's): unknown keys ignored; a value of the wrong kind is a
        ConfigError naming the field."""
        if not isinstance(data, dict):
            raise ConfigError("settings", data, M("train.settings_dict", "must be a dict of training settings"),
                              "{...}")
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in data.items() if k in known})
        except TypeError as exc:  # a list where a number belongs, compared inside validation
            raise ConfigError("settings", data, M("train.settings_type", "has a value of the wrong type ({detail})")(
                detail=str(exc))) from None


def lr_factor(settings: TrainSettings, epoch: int) -> float:
    """The multiplier of the initial learning rate during ``epoch`` (0-based)."""
    if settings.schedule == "constant":
        return 1.0
    if settings.schedule == "cosine":
        return 0.5 * (1.0 + math.cos(math.pi * epoch / settings.epochs))
    # A milestone takes effect at the first epoch that starts at or after it (epochs=300: 150 and 225).
    passed = sum(1 for m in settings.milestones if epoch >= math.ceil(m * settings.epochs))
    return settings.lr_decay ** passed


def effective_config(config: Any, settings: TrainSettings) -> Any:
    """The network as trained: the paper's dropout rule applied (when the family has dropout)."""
    if hasattr(config, "drop_rate") and config.drop_rate != settings.effective_drop_rate:
        return config.replace(drop_rate=settings.effective_drop_rate)
    return config
