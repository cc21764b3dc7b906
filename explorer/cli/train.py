"""`explorer train`: train a network headless with the same Trainer as the window.

Writes OUT/metrics.csv, OUT/checkpoint.pt and OUT/insights.json; `--json` ends with one JSON object (with the
per-epoch insights: gradient norms per layer, per-class and top-5 accuracy, confusion, peak memory). Under
`torchrun --nproc_per_node N` it trains with DistributedDataParallel, rank 0 printing and writing.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time

from ..core.data.registry import DATASETS
from ..core.format import human_bytes
from ..core.training.settings import SCHEDULES
from .common import add_network_args, config_from_args, number, whole_number
from .text import say, shown

_NETWORK_SHAPE_FIELDS = (("in_channels", "in_channels"), ("input_size", "input_size"),
                         ("num_classes", "num_classes"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("train", help="train a network on a dataset (headless, with a progress bar)",
                       description="Train a network with the paper's recipe (SGD, Nesterov momentum 0.9, "
                       "weight decay 1e-4, lr 0.1 divided by 10 at 50% and 75% of the epochs, batch 64, "
                       "dropout 0.2 without augmentation). The dataset sets the input channels, size and "
                       "classes unless given. Under torchrun it trains with DistributedDataParallel.")
    add_network_args(p)
    g = p.add_argument_group("training")
    g.add_argument("--dataset", default=None,
                   help=", ".join(n for n, s in DATASETS.items() if s.offline) + " (offline), "
                   + ", ".join(n for n, s in DATASETS.items() if not s.offline) + " or folder:PATH (default digits)")
    g.add_argument("--data-dir", metavar="DIR", help="folder holding (or to receive) the dataset's files")
    g.add_argument("--download", action="store_true", help="download the dataset into --data-dir if absent")
    g.add_argument("--epochs", type=whole_number, default=None, help="epochs (default 10)")
    g.add_argument("--batch-size", type=whole_number, default=None, help="batch size (default 64)")
    g.add_argument("--lr", type=number, default=None, help="initial learning rate (default 0.1)")
    g.add_argument("--schedule", choices=SCHEDULES, default=None,
                   help="learning-rate schedule (default step: /10 at 50%% and 75%%)")
    g.add_argument("--augment", action="store_true", help="pad 4, random crop, horizontal flip (the '+' columns)")
    g.add_argument("--device", default=None, help="cpu, cuda, cuda:N or mps (default cpu)")
    g.add_argument("--memory-efficient", action="store_true", help="recompute parts of dense layers in backward")
    g.add_argument("--amp", action=argparse.BooleanOptionalAction, default=None,
                   help="mixed precision: bfloat16 on CPUs and on CUDA devices that have it, float16 with loss "
                   "scaling on older CUDA devices (default off; fast on CPUs with AMX or AVX512-BF16)")
    g.add_argument("--channels-last", action=argparse.BooleanOptionalAction, default=None,
                   help="channels_last (NHWC) memory format (default on: measured faster for training here)")
    g.add_argument("--seed", type=whole_number, default=None, help="random seed (default 0)")
    g.add_argument("--val-fraction", type=number, default=None,
                   help="fraction of training images held out for validation (default 0.1; 0 = test split)")
    g.add_argument("--max-batches", type=whole_number, default=None, help="at most this many batches per epoch")
    g.add_argument("--out", metavar="DIR", help="folder for metrics.csv and checkpoint.pt "
                   "(default: a new folder under the user's data folder)")
    g.add_argument("--resume", metavar="CKPT", help="continue the run saved in this checkpoint")
    g.add_argument("--grad-norm-every", type=whole_number, default=10, metavar="N",
                   help="record each layer's gradient norm every N batches and at each epoch's last (default 10)")
    g.add_argument("--json", action="store_true",
                   help="end by printing one JSON object: status, accuracy, history, and per epoch: grad_norms "
                   "{layers, per_epoch: [epoch][layer] RMS norm}, per_class_acc [epoch][class], top5 [epoch] (null "
                   "with 5 classes or fewer), confusion (the last epoch's [true][predicted] counts), "
                   "misclassified_total, peak_memory_bytes (measured: CUDA max allocated or the process's VmHWM) "
                   "beside baseline_memory_bytes (when training started) and estimated_memory_bytes (the ledger's "
                   "train-step estimate)")
    g.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


def _explicit_network_fields(args: argparse.Namespace) -> set[str]:
    return {name for option, name in _NETWORK_SHAPE_FIELDS if getattr(args, option, None) is not None}


class _Progress:
    """A one-line progress bar on stderr (redrawn at most 5 times a second), one line per epoch."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.last = 0.0
        self.tty = sys.stderr.isatty()

    def on_batch_end(self, r) -> None:
        now = time.monotonic()
        if not self.enabled or not self.tty or (now - self.last < 0.2 and r.batch != r.batches):
            return
        self.last = now
        width = 24
        filled = int(width * r.batch / r.batches)
        mem = f" {human_bytes(r.memory_bytes)}" if r.memory_bytes else ""
        sys.stderr.write(f"\repoch {r.epoch}/{r.epochs} [{'#' * filled}{'.' * (width - filled)}] "
                         f"{r.batch}/{r.batches} loss {r.loss:.3f} {r.images_per_s:.0f} img/s "
                         f"ETA {_clock(r.eta)}{mem}   ")
        sys.stderr.flush()

    def on_epoch_end(self, r) -> None:
        if not self.enabled:
            return
        if self.tty:
            sys.stderr.write("\r\033[K")
        sys.stderr.write(f"epoch {r.epoch}/{r.epochs}: train loss {r.train_loss:.4f} acc {r.train_acc:.4f}  "
                         f"val loss {r.val_loss:.4f} acc {r.val_acc:.4f}  lr {r.lr:g}  "
                         f"{r.images_per_s:.0f} img/s  {_clock(r.elapsed)} elapsed\n")
        sys.stderr.flush()


def _clock(seconds: float) -> str:
    if not math.isfinite(seconds):
        return "?"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def _default_out() -> str:
    from ..paths import user_data_dir

    return str(user_data_dir() / "runs" / time.strftime("train-%Y%m%d-%H%M%S"))


def _insights_json(insights) -> dict:
    """The run's insights as --json's per-epoch arrays (NaN written as null)."""
    def finite(v):
        return v if v is None or math.isfinite(v) else None

    epochs = insights.epochs if insights is not None else []
    return {
        "grad_norms": {"layers": insights.layers if insights is not None else [],
                       "every": insights.grad_norm_every if insights is not None else None,
                       "per_epoch": [[finite(v) for v in e.grad_norms] for e in epochs]},
        "classes": insights.classes if insights is not None else [],
        "per_class_acc": [e.per_class_acc for e in epochs],
        "top1": [e.top1 for e in epochs],
        "top5": [e.top5 for e in epochs],
        "confusion": epochs[-1].confusion if epochs else None,
        "misclassified_total": [e.misclassified_total for e in epochs],
        "peak_memory_bytes": [e.peak_memory_bytes for e in epochs],
        "peak_memory_kind": epochs[-1].peak_memory_kind if epochs else None,
        "estimated_memory_bytes": [e.estimated_memory_bytes for e in epochs],
        "baseline_memory_bytes": epochs[-1].baseline_memory_bytes if epochs else None,
    }


def run(args: argparse.Namespace) -> int:
    from ..core.data import apply_dataset, dataset_shape, load_dataset
    from ..core.training import Trainer, TrainSettings
    from . import CliError

    changes = {k: v for k, v in (("epochs", args.epochs), ("batch_size", args.batch_size), ("lr", args.lr),
                                 ("schedule", args.schedule), ("device", args.device), ("seed", args.seed),
                                 ("val_fraction", args.val_fraction), ("max_batches", args.max_batches))
               if v is not None}
    for flag in ("augment", "memory_efficient"):
        if getattr(args, flag):
            changes[flag] = True
    for flag in ("amp", "channels_last"):  # --flag / --no-flag; neither: the default (or the checkpoint's)
        if getattr(args, flag) is not None:
            changes[flag] = getattr(args, flag)
    if getattr(args, "dropout", None) is not None:
        changes["drop_rate"] = args.dropout
    rank = int(os.environ.get("RANK", "0"))
    out = args.out or (_default_out() if rank == 0 else None)
    progress = _Progress(enabled=not args.quiet and rank == 0)
    if args.resume:
        out = args.out or os.path.dirname(os.path.abspath(args.resume))
        trainer = Trainer.from_checkpoint(args.resume, dataset=args.dataset, callbacks=progress, out_dir=out,
                                          data_dir=args.data_dir, **changes)
        trainer.grad_norm_every = args.grad_norm_every
    else:
        settings = TrainSettings(**changes)
        args.dataset = args.dataset or "digits"
        shape = dataset_shape(args.dataset)
        config = apply_dataset(config_from_args(args), shape, _explicit_network_fields(args))

        def download_progress(done: int, total: int) -> None:
            if rank == 0 and not args.quiet:
                sys.stderr.write(f"\rdownloading {shown(args.dataset)}: {human_bytes(done)}"
                                 + (f" of {human_bytes(total)}" if total else ""))

        data = load_dataset(args.dataset, args.data_dir, args.download, download_progress, seed=settings.seed,
                            image_size=config.input_size)
        trainer = Trainer(config, data, settings, progress, out_dir=out, grad_norm_every=args.grad_norm_every)
    t0 = time.perf_counter()
    result = trainer.run()
    wall = time.perf_counter() - t0
    if rank != 0:
        return 0
    if result.status == "diverged":
        raise CliError(result.message)
    last = result.history[-1] if result.history else {}
    if args.json:
        print(json.dumps({
            "status": result.status, "message": result.message, "epochs": result.epochs_completed,
            "val_acc": last.get("val_acc"), "val_loss": last.get("val_loss"), "train_acc": last.get("train_acc"),
            "train_loss": last.get("train_loss"), "images_per_s": last.get("images_per_s"),
            "checkpoint": result.checkpoint, "metrics": os.path.join(out, "metrics.csv") if out else None,
            "out": out, "seconds": round(wall, 2), "dataset": trainer.data.name if trainer.data else args.dataset,
            "network": result.config.title, "amp": result.settings.amp,
            "channels_last": result.settings.channels_last, "history": result.history,
            **_insights_json(trainer.insights),
        }))
    else:
        say(f"{result.status}: {result.message}; val acc {last.get('val_acc', float('nan')):.4f}; "
            f"checkpoint {shown(result.checkpoint)}; {wall:.1f} s")
    return 0
