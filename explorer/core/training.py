"""The headless Trainer: the paper's recipe by default, callbacks with plain data, pause/stop between
batches, atomic checkpoints that resume the same run, DistributedDataParallel under torchrun.

It knows nothing of Qt: the window runs it in a worker thread and turns its callbacks into signals; the
CLI prints them; the compare view trains several networks one after another with the same settings.

Reproducibility: the order of examples in an epoch and each batch's augmentation depend only on (seed,
epoch, batch); dropout draws from torch's generator, whose state is saved in every checkpoint. So a run
stopped (between epochs or inside one) and resumed from its checkpoint retraces an unbroken run on CPU.
"""

from __future__ import annotations

import csv
import io
import math
import os
import threading
import time
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import ConfigError, check_bool, check_choice, check_float, check_int, config_from_dict
from .data import ImageData
from .format import first_line
from .io import FileFormatError, RunFolderLock, atomic_write_text, check_run_folder, remove_stale_parts
from .messages import M, join

if TYPE_CHECKING:  # torch is imported where it is used: the window reads TrainSettings before torch loads
    import torch
    from torch import Tensor, nn

__all__ = ["TrainSettings", "Trainer", "TrainResult", "BatchReport", "EpochReport", "EvalReport",
           "SCHEDULES", "lr_factor", "effective_config", "check_dataset_fits", "measure_training_speed",
           "estimate_epoch_seconds", "METRICS_COLUMNS", "metrics_csv", "process_memory_bytes"]

SCHEDULES = ("step", "cosine", "constant")
METRICS_COLUMNS = ("epoch", "train_loss", "train_acc", "val_loss", "val_acc", "lr", "images_per_s")


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
    memory_efficient: bool = False  # recompute concatenation/BN/1x1 conv in backward (less memory)
    amp: bool = False  # mixed precision (float16 on CUDA with a grad scaler, bfloat16 elsewhere)
    channels_last: bool = False
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
        if not isinstance(self.milestones, tuple) or len(self.milestones) > 100:
            raise ConfigError("milestones", self.milestones, M("train.milestones", "must be a list of fractions of "
                                                               "the epochs"),
                              M("train.want_milestones", "e.g. {example}")(example="[0.5, 0.75]"))
        for i, m in enumerate(self.milestones):
            check_float(f"milestones[{i}]", m, 0.0, 1.0, lo_open=True, hi_open=True)
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


# -------------------------------------------------------------------------------------------- reports


@dataclass
class BatchReport:
    epoch: int  # 1-based
    epochs: int
    batch: int  # 1-based within the epoch
    batches: int
    step: int  # optimiser steps so far in the run
    loss: float
    accuracy: float
    lr: float
    images_per_s: float  # over this epoch so far
    elapsed: float  # seconds of training in this run, pauses excluded
    eta: float  # seconds left, from the speed so far
    memory_bytes: int | None  # peak CUDA memory or the process's resident memory


@dataclass
class EpochReport:
    epoch: int
    epochs: int
    train_loss: float
    train_acc: float
    val_loss: float
    val_acc: float
    lr: float
    images_per_s: float
    elapsed: float
    eta: float
    memory_bytes: int | None

    def row(self) -> dict[str, float]:
        return {"epoch": self.epoch, "train_loss": self.train_loss, "train_acc": self.train_acc,
                "val_loss": self.val_loss, "val_acc": self.val_acc, "lr": self.lr,
                "images_per_s": self.images_per_s, "elapsed": self.elapsed}


@dataclass
class EvalReport:
    epoch: int
    loss: float
    accuracy: float
    count: int
    seconds: float


@dataclass
class TrainResult:
    status: str  # "completed", "stopped" or "diverged"
    message: str
    history: list[dict[str, float]]
    epochs_completed: int
    config: Any
    settings: TrainSettings
    checkpoint: str | None = None
    elapsed: float = 0.0
    model: nn.Module | None = field(default=None, repr=False)  # trained network, on the training device

    @property
    def val_acc(self) -> float:
        return self.history[-1]["val_acc"] if self.history else float("nan")

    @property
    def val_loss(self) -> float:
        return self.history[-1]["val_loss"] if self.history else float("nan")


# -------------------------------------------------------------------------------------------- helpers


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


def process_memory_bytes(device: torch.device | None = None) -> int | None:
    if device is not None and device.type == "cuda":
        import torch

        return int(torch.cuda.max_memory_allocated(device))
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return None


def metrics_csv(history: list[dict[str, float]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(METRICS_COLUMNS)
    for row in history:
        writer.writerow([row["epoch"]] + [f"{row[c]:.6g}" for c in METRICS_COLUMNS[1:]])
    return buf.getvalue()


def _sync(device: torch.device) -> None:
    if device.type == "cuda":
        import torch

        torch.cuda.synchronize(device)


def measure_training_speed(config: Any, device: str = "cpu", batch_size: int = 8, steps: int = 2,
                           memory_efficient: bool = False) -> float:
    """Multiply-adds per second this device reaches in training steps of ``config`` (forward + backward =
    3x the forward multiply-adds), measured on random data after one warm-up step."""
    import torch
    import torch.nn.functional as F

    from .devices import resolve_device
    from .ledger import compute_ledger
    from .models import build_model

    dev = resolve_device(device, compute=True)
    model = build_model(config, dev, memory_efficient=memory_efficient)
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    g = torch.Generator().manual_seed(0)
    x = torch.randn(batch_size, config.in_channels, config.input_size, config.input_size, generator=g).to(dev)
    y = torch.randint(0, config.num_classes, (batch_size,), generator=g).to(dev)
    t0 = 0.0
    for i in range(steps + 1):
        if i == 1:
            _sync(dev)
            t0 = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(model(x), y).backward()
        opt.step()
    _sync(dev)
    seconds = max(time.perf_counter() - t0, 1e-9)
    return 3 * compute_ledger(config).total_macs * batch_size * steps / seconds


def estimate_epoch_seconds(total_macs: int, train_images: int, val_images: int, macs_per_s: float) -> float:
    """Seconds per epoch: 3x the forward multiply-adds per training image, 1x per validation image."""
    return (3 * total_macs * train_images + total_macs * val_images) / max(macs_per_s, 1.0)


class _Distributed:
    """The torchrun environment: WORLD_SIZE > 1 means DistributedDataParallel over this many processes."""

    def __init__(self) -> None:
        self.world = int(os.environ.get("WORLD_SIZE", "1"))
        self.rank = int(os.environ.get("RANK", "0"))
        self.local_rank = int(os.environ.get("LOCAL_RANK", "0"))
        self.created = False

    @property
    def enabled(self) -> bool:
        return self.world > 1

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def init(self, device: torch.device) -> None:
        import torch.distributed as dist

        if not self.enabled or dist.is_initialized():
            return
        backend = "nccl" if device.type == "cuda" else "gloo"
        dist.init_process_group(backend=backend, rank=self.rank, world_size=self.world)
        self.created = True

    def close(self) -> None:
        import torch.distributed as dist

        if self.created and dist.is_initialized():
            dist.destroy_process_group()
            self.created = False

    def all_sum(self, values: list[float], device: torch.device) -> list[float]:
        if not self.enabled:
            return values
        import torch
        import torch.distributed as dist

        t = torch.tensor(values, dtype=torch.float64, device=device)
        dist.all_reduce(t)
        return t.tolist()

    def average_buffers(self, model: nn.Module) -> None:
        """Average BatchNorm running statistics over the ranks: DDP keeps the weights equal but each
        process's last forward pass updates its own buffers, so ranks would otherwise end apart."""
        if not self.enabled:
            return
        import torch.distributed as dist

        for buf in model.buffers():
            if buf.is_floating_point():
                dist.all_reduce(buf)
                buf.div_(self.world)

    def any_flag(self, flag: bool, device: torch.device) -> bool:
        if not self.enabled:
            return flag
        import torch
        import torch.distributed as dist

        t = torch.tensor([1.0 if flag else 0.0], device=device)
        dist.all_reduce(t, op=dist.ReduceOp.MAX)
        return bool(t.item() > 0)


# -------------------------------------------------------------------------------------------- trainer


class Trainer:
    """Train ``config`` on ``dataset`` (a name for ``load_dataset`` or a loaded ImageData).

    ``callbacks``: any object with some of ``on_batch_end(BatchReport)``, ``on_epoch_end(EpochReport)``,
    ``on_eval_end(EvalReport)``, ``on_checkpoint(path)``. ``out_dir``: where ``checkpoint.pt`` and
    ``metrics.csv`` are written at each epoch end (and on stop). ``resume_from``: a checkpoint to continue.
    ``pause()``, ``resume()``, ``request_stop()`` may be called from any thread; they act between batches.
    """

    def __init__(self, config: Any, dataset: str | ImageData, settings: TrainSettings | None = None,
                 callbacks: Any = None, out_dir: str | os.PathLike | None = None,
                 resume_from: str | os.PathLike | None = None, data_dir: str | os.PathLike | None = None,
                 download: bool = False) -> None:
        self.config = config
        self.dataset = dataset
        self.settings = settings or TrainSettings()
        self.callbacks = callbacks
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.resume_from = Path(resume_from) if resume_from is not None else None
        self.data_dir = data_dir
        self.download = download
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.model: nn.Module | None = None
        self.data: ImageData | None = dataset if isinstance(dataset, ImageData) else None

    @classmethod
    def from_checkpoint(cls, path: str | os.PathLike, dataset: str | ImageData | None = None,
                        callbacks: Any = None, out_dir: str | os.PathLike | None = None,
                        data_dir: str | os.PathLike | None = None, **setting_changes: Any) -> Trainer:
        """Continue the run saved in ``path`` (its config, settings and dataset name unless given)."""
        from .checkpoint import load_checkpoint

        ckpt = load_checkpoint(path)
        try:
            config = config_from_dict(ckpt["config"])
            settings = TrainSettings.from_dict(ckpt.get("settings") or {})
        except (ConfigError, TypeError) as exc:
            raise FileFormatError(M("train.bad_config", "{path}: checkpoint's config or settings are invalid "
                                    "({error})")(path=str(path), error=str(exc))) from None
        if setting_changes:
            settings = settings.replace(**setting_changes)
        name = dataset if dataset is not None else ckpt.get("dataset")
        if name is None:
            raise ConfigError("dataset", None, M("train.no_dataset", "is not recorded in the checkpoint; give it"),
                              M("train.a_dataset", "a dataset name"))
        return cls(config, name, settings, callbacks, out_dir, resume_from=path, data_dir=data_dir)

    # -- control, from any thread --------------------------------------------------------------------

    def pause(self) -> None:
        self._running.clear()

    def resume(self) -> None:
        self._running.set()

    def request_stop(self) -> None:
        self._stop.set()
        self._running.set()

    @property
    def paused(self) -> bool:
        return not self._running.is_set()

    @property
    def stop_requested(self) -> bool:
        return self._stop.is_set()

    def _call(self, name: str, *args: Any) -> None:
        fn = getattr(self.callbacks, name, None)
        if fn is not None:
            fn(*args)

    # -- the loop ------------------------------------------------------------------------------------

    def run(self) -> TrainResult:
        """Train. The run folder is checked (not inside the program's source tree, writable) and locked
        first, before any data is loaded: a second trainer into the same folder is refused in one line naming
        the first, whose checkpoint is kept; temporary files a killed run left there are removed."""
        lock = None
        if self.out_dir is not None and _Distributed().is_main:
            check_run_folder(self.out_dir)
            lock = RunFolderLock(self.out_dir).acquire()
            remove_stale_parts(self.out_dir, ("checkpoint.pt", "metrics.csv"))
        try:
            return self._train()
        finally:
            if lock is not None:
                lock.release()

    def _train(self) -> TrainResult:
        import torch
        import torch.nn.functional as F
        from torch import nn

        from .checkpoint import (
            capture_rng_state,
            load_checkpoint,
            restore_rng_state,
            save_checkpoint,
            state_dict_differences,
        )
        from .data import epoch_order, load_dataset, make_batch, split_indices
        from .devices import resolve_device
        from .memory import OutOfMemory, check_memory, is_out_of_memory
        from .models import build_model

        s = self.settings
        dist_ctx = _Distributed()
        device = resolve_device(s.device, compute=True)  # "meta" holds no numbers: refused in one line
        if dist_ctx.enabled and device.type == "cuda":
            device = torch.device("cuda", dist_ctx.local_rank)
        if self.data is None:
            self.data = load_dataset(self.dataset, self.data_dir, self.download, seed=s.seed)
        data = self.data
        check_dataset_fits(self.config, data)
        config = effective_config(self.config, s)

        # The data: a seeded split, normalisation from the whole training set, tensors kept on CPU.
        if s.val_fraction > 0:
            train_idx, val_idx = split_indices(len(data), s.val_fraction, s.seed)
            val_x, val_y = data.images[val_idx], data.labels[val_idx]
        else:
            train_idx = torch.arange(len(data))
            val_x, val_y = data.test_images, data.test_labels
        train_x, train_y = data.images[train_idx], data.labels[train_idx]
        mean = torch.tensor(data.mean, dtype=torch.float32)
        std = torch.tensor(data.std, dtype=torch.float32)

        # Refused before anything is allocated when one training step cannot fit (the ledger's estimate).
        check_memory(config, device, batch_size=s.batch_size, training=True, memory_efficient=s.memory_efficient)
        dist_ctx.init(device)
        # A batch of one image fails in batch norm where a feature map is 1x1 ("expected more than 1 value per
        # channel"): refused now when every batch is one image; a last batch of one is left out of each epoch.
        per_rank_images = math.ceil(len(train_y) / dist_ctx.world)
        lone_fails = (s.batch_size == 1 or per_rank_images % s.batch_size == 1) and _lone_image_batch_fails(config)
        if lone_fails and (s.batch_size == 1 or per_rank_images == 1):
            raise ConfigError("batch_size", s.batch_size,
                              M("train.lone_batch", "is too small for this network: its last feature maps are 1x1, "
                                "and batch norm needs more than one value per channel to train") if s.batch_size == 1
                              else M("train.lone_split", "is too small for this network: its last feature maps are "
                                     "1x1, and batch norm needs more than one value per channel to train (the "
                                     "training split holds a single image)"),
                              M("train.two_per_batch", "2 or more images per batch"))
        torch.manual_seed(s.seed)
        model = build_model(config, device, memory_efficient=s.memory_efficient)
        memory_format = torch.channels_last if s.channels_last else torch.contiguous_format
        if s.channels_last:
            model = model.to(memory_format=torch.channels_last)
        optimizer = torch.optim.SGD(model.parameters(), lr=s.lr, momentum=s.momentum, nesterov=s.nesterov,
                                    weight_decay=s.weight_decay)
        history: list[dict[str, float]] = []
        start_epoch, position = 0, None
        if self.resume_from is not None:
            ckpt = load_checkpoint(self.resume_from)
            diffs = state_dict_differences(model.state_dict(), ckpt["model"])
            if diffs:
                raise FileFormatError(M("checkpoint.no_fit", "{path}: weights do not fit {network}: {diffs}")(
                    path=str(self.resume_from), network=config.title, diffs=join(diffs, "; ")))
            model.load_state_dict(ckpt["model"])
            try:
                if ckpt.get("optimizer"):
                    optimizer.load_state_dict(ckpt["optimizer"])
            except (ValueError, KeyError, TypeError, RuntimeError, IndexError) as exc:
                first = first_line(exc, 160)
                raise FileFormatError(M("train.bad_optimiser", "{path}: checkpoint's optimiser or schedule state "
                                        "does not fit this network ({detail})")(path=str(self.resume_from),
                                                                               detail=first)) from None
            history = [dict(r) for r in ckpt["history"]]
            for i, row in enumerate(history):  # metrics.csv is rewritten from these rows at each epoch's end
                lacking = [c for c in METRICS_COLUMNS if c not in row]
                if lacking:
                    raise FileFormatError(M("train.bad_history", "{path}: checkpoint's history row {row} lacks "
                                            "{columns}: it cannot be continued")(path=str(self.resume_from), row=i + 1,
                                                                                columns=", ".join(lacking)))
            start_epoch = int(ckpt["epoch"])
            position = ckpt.get("position")
            try:
                restore_rng_state(ckpt.get("rng"))
            except (RuntimeError, TypeError, ValueError, KeyError, AttributeError) as exc:
                first = first_line(exc, 160)
                raise FileFormatError(M("train.bad_rng", "{path}: checkpoint's random-number state is damaged "
                                        "({detail})")(path=str(self.resume_from), detail=first)) from None
            if start_epoch >= s.epochs:  # nothing left to train: said so, and nothing is written
                done = (M("train.done_all", "already trained {n} of {total} epochs; nothing to do")
                        if start_epoch == s.epochs else
                        M("train.done_more", "already trained {n} epochs, more than the {total} asked for; nothing "
                          "to do"))(n=start_epoch, total=s.epochs)
                self.model = model
                return TrainResult("completed", done, history, len(history),
                                   config, s, str(self.resume_from), 0.0, model)
        # The learning rate is a function of (settings, epoch) alone. A loaded optimiser state brings back
        # the rate (and initial rate) its groups had when saved, under the saved run's length: a finished
        # 4-epoch step run ends at 0.001 where an 8-epoch run has 0.01. So the groups take this run's
        # settings, and the schedule is rebuilt at this epoch rather than restored: a continued run has, at
        # every epoch it trains, the rate an unbroken run of its length has there.
        for group in optimizer.param_groups:
            group.update(lr=s.lr, initial_lr=s.lr, momentum=s.momentum, nesterov=s.nesterov,
                         weight_decay=s.weight_decay)
        scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lambda e: lr_factor(s, e),
                                                      last_epoch=start_epoch - 1)
        self.model = model
        train_model: nn.Module = model
        if dist_ctx.enabled:
            train_model = nn.parallel.DistributedDataParallel(
                model, device_ids=[device.index] if device.type == "cuda" else None)

        amp_dtype = torch.float16 if device.type == "cuda" else torch.bfloat16
        scaler = torch.amp.GradScaler("cuda") if (s.amp and device.type == "cuda") else None
        n_train = len(train_y)
        per_rank = math.ceil(n_train / dist_ctx.world)
        batches = math.ceil(per_rank / s.batch_size)
        if lone_fails and per_rank_images % s.batch_size == 1:
            batches -= 1  # the last batch would hold one image (see above)
        if s.max_batches is not None:
            batches = min(batches, s.max_batches)
        if position is not None and int(position["batch"]) > batches:
            raise FileFormatError(M("train.bad_position", "{path}: checkpoint stopped at batch {batch} of epoch "
                                    "{epoch}, but this run has {batches} batches per epoch (was the batch size or "
                                    "--max-batches changed?)")(path=str(self.resume_from),
                                                               batch=int(position["batch"]) + 1,
                                                               epoch=start_epoch + 1, batches=batches))
        total_batches = (s.epochs - start_epoch) * batches - (int(position["batch"]) if position else 0)
        done_batches = 0
        run_time = 0.0  # seconds of training in this process, pauses excluded
        step = start_epoch * batches
        status, message = "completed", M("train.completed", "trained {epochs} epochs")(epochs=s.epochs)
        checkpoint_path: str | None = None
        main = dist_ctx.is_main
        if device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(device)

        def save(epoch_done: int, pos: dict | None) -> None:
            nonlocal checkpoint_path
            if self.out_dir is None or not main:
                return
            path = save_checkpoint(
                self.out_dir / "checkpoint.pt", config=config, model_state=model.state_dict(),
                classes=data.classes, mean=data.mean, std=data.std, optimizer_state=optimizer.state_dict(),
                scheduler_state=scheduler.state_dict(), epoch=epoch_done, rng_state=capture_rng_state(),
                history=history, dataset=data.name, settings=s.to_dict(), position=pos)
            atomic_write_text(self.out_dir / "metrics.csv", metrics_csv(history))
            checkpoint_path = str(path)
            self._call("on_checkpoint", checkpoint_path)

        oom = ""
        epoch = b = 0
        try:
            for epoch in range(start_epoch, s.epochs):
                if dist_ctx.enabled:
                    from torch.utils.data import DistributedSampler

                    sampler = DistributedSampler(range(n_train), num_replicas=dist_ctx.world, rank=dist_ctx.rank,
                                                 shuffle=True, seed=s.seed)
                    sampler.set_epoch(epoch)
                    order = torch.tensor(list(iter(sampler)), dtype=torch.int64)
                else:
                    order = epoch_order(n_train, s.seed, epoch)
                lr = optimizer.param_groups[0]["lr"]
                first = 0
                loss_sum = correct = seen = 0.0
                epoch_time = 0.0
                if position is not None and int(position.get("epoch_index", -1)) == epoch:
                    first = int(position["batch"])
                    loss_sum, correct, seen, epoch_time = (float(v) for v in position["sums"])
                position = None
                train_model.train()
                stopped_at: int | None = None
                for b in range(first, batches):
                    if not self._running.is_set():
                        self._running.wait()
                    if dist_ctx.any_flag(self._stop.is_set(), device):
                        stopped_at = b
                        break
                    t0 = time.perf_counter()
                    idx = order[b * s.batch_size:(b + 1) * s.batch_size]
                    g = torch.Generator().manual_seed((s.seed * 1_000_003 + epoch) * 100_003 + b) \
                        if s.augment else None
                    x, y = make_batch(train_x, train_y, idx, mean, std, data.pixel_max, s.augment, g)
                    x = x.to(device, non_blocking=True, memory_format=memory_format)
                    y = y.to(device, non_blocking=True)
                    with torch.autocast(device.type, dtype=amp_dtype, enabled=s.amp):
                        out = train_model(x)
                        loss = F.cross_entropy(out, y)
                    optimizer.zero_grad(set_to_none=True)
                    if scaler is not None:
                        scaler.scale(loss).backward()
                        scaler.step(optimizer)
                        scaler.update()
                    else:
                        loss.backward()
                        optimizer.step()
                    loss_value = float(loss.item())
                    hits = float((out.argmax(1) == y).sum().item())
                    dt = time.perf_counter() - t0
                    if dist_ctx.any_flag(not math.isfinite(loss_value), device):
                        status = "diverged"
                        message = M("train.diverged", "the loss became {loss} at epoch {epoch}, batch {batch}: "
                                    "training stopped. Try a smaller learning rate (lr = {lr}).")(
                                        loss=loss_value, epoch=epoch + 1, batch=b + 1, lr=f"{s.lr:g}")
                        raise _Diverged
                    n = len(y)
                    loss_sum += loss_value * n
                    correct += hits
                    seen += n
                    epoch_time += dt
                    run_time += dt
                    done_batches += 1
                    step += 1
                    if main:
                        speed = seen / max(epoch_time, 1e-9)
                        eta = (total_batches - done_batches) * run_time / done_batches
                        self._call("on_batch_end", BatchReport(
                            epoch + 1, s.epochs, b + 1, batches, step, loss_value, hits / n, lr, speed * dist_ctx.world,
                            run_time, eta, process_memory_bytes(device)))
                dist_ctx.average_buffers(model)
                if stopped_at is not None:
                    status, message = "stopped", M("train.stopped_at", "stopped at epoch {epoch}, batch {batch}")(
                        epoch=epoch + 1, batch=stopped_at + 1)
                    if stopped_at > 0:
                        save(epoch, {"epoch_index": epoch, "batch": stopped_at,
                                     "sums": [loss_sum, correct, seen, epoch_time]})
                    elif epoch > start_epoch or self.resume_from is None:
                        save(epoch, None)
                    break
                sums = dist_ctx.all_sum([loss_sum, correct, seen], device)
                train_loss, train_acc = sums[0] / max(sums[2], 1), sums[1] / max(sums[2], 1)
                val_loss, val_acc = self._evaluate(model, val_x, val_y, mean, std, data.pixel_max, device,
                                                   memory_format, amp_dtype, epoch + 1)
                scheduler.step()
                remaining = s.epochs - epoch - 1
                row = EpochReport(epoch + 1, s.epochs, train_loss, train_acc, val_loss, val_acc, lr,
                                  seen * dist_ctx.world / max(epoch_time, 1e-9), run_time,
                                  remaining * batches * run_time / max(done_batches, 1), process_memory_bytes(device))
                history.append(row.row())
                save(epoch + 1, None)
                if main:
                    self._call("on_epoch_end", row)
        except _Diverged:
            pass
        except (MemoryError, RuntimeError) as exc:
            if not is_out_of_memory(exc):
                raise
            oom = first_line(exc)
        finally:
            dist_ctx.close()
        if oom:  # raised outside the handler, with the model dropped, so that the memory is given back
            self.model = model = train_model = optimizer = None  # type: ignore[assignment]
            if device.type == "cuda":
                torch.cuda.empty_cache()
            raise OutOfMemory(str(device), f"training (epoch {epoch + 1}, batch {b + 1}); the last checkpoint "
                              f"is kept", oom, s.batch_size)
        return TrainResult(status, message, history, len(history), config, s, checkpoint_path, run_time, model)

    def _evaluate(self, model: nn.Module, x_all: Tensor | None, y_all: Tensor | None, mean: Tensor, std: Tensor,
                  pixel_max: float, device: torch.device, memory_format: torch.memory_format,
                  amp_dtype: torch.dtype, epoch: int) -> tuple[float, float]:
        import torch
        import torch.nn.functional as F

        from .data import make_batch

        if x_all is None or y_all is None or len(y_all) == 0:
            return float("nan"), float("nan")
        t0 = time.perf_counter()
        was_training = model.training
        model.eval()
        loss_sum = correct = 0.0
        bs = self.settings.eval_batch_size
        for i in range(0, len(y_all), bs):
            idx = torch.arange(i, min(i + bs, len(y_all)))
            x, y = make_batch(x_all, y_all, idx, mean, std, pixel_max)
            x = x.to(device, memory_format=memory_format)
            y = y.to(device)
            with torch.no_grad(), torch.autocast(device.type, dtype=amp_dtype, enabled=self.settings.amp):
                out = model(x)
            loss_sum += float(F.cross_entropy(out.float(), y, reduction="sum").item())
            correct += float((out.argmax(1) == y).sum().item())
        model.train(was_training)
        n = len(y_all)
        report = EvalReport(epoch, loss_sum / n, correct / n, n, time.perf_counter() - t0)
        if _Distributed().is_main:
            self._call("on_eval_end", report)
        return report.loss, report.accuracy


def _lone_image_batch_fails(config: Any) -> bool:
    """Whether a training batch of one image fails in this network's batch norm (a 1x1 feature map has one
    value per channel). Tried on the meta device: the shapes only, nothing computed or allocated."""
    import torch

    from .models import build_model

    try:
        model = build_model(config, "meta")
        model.train()
        model(torch.zeros(1, config.in_channels, config.input_size, config.input_size, device="meta"))
    except ValueError as exc:
        return "more than 1 value per channel" in str(exc)
    except Exception:  # noqa: BLE001 - a family that cannot run on meta: trained as before
        return False
    return False

class _Diverged(Exception):
    pass
