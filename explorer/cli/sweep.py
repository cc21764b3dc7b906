"""`explorer sweep`: train a grid of networks and settings over seeds, kept in an Optuna study.

    explorer sweep --preset densenet-40 --axis growth_rate=6,12 --axis lr="0.05..0.2 x3 log" --seeds 2 \\
        --dataset digits --epochs 1 [--storage URL] [--study NAME] [--workers N] [--csv out.csv] [--json]
    explorer sweep --storage URL --study NAME        # resume a sweep, or join it from another machine
    explorer sweep --storage URL --list              # the sweeps in a database

A line per finished trial on stderr, then the table (point, params, MACs, mean ± std accuracy over seeds, n,
time) on stdout, or one JSON object with --json. Ctrl-C stops cleanly: finished trials are kept, the
interrupted one is trained again on resume; exit status 130 as for any interrupted command.
"""

from __future__ import annotations

import argparse
import json
import math
import signal
import sys
from dataclasses import asdict
from typing import Any

from ..core.training.settings import SCHEDULES
from .common import add_network_args, config_from_args, number, whole_number
from .text import say, shown

_SETTING_FLAGS = (("epochs", "epochs"), ("batch_size", "batch_size"), ("lr", "lr"), ("schedule", "schedule"),
                  ("val_fraction", "val_fraction"), ("max_batches", "max_batches"))
_SWITCHES = ("augment", "memory_efficient", "amp", "channels_last")
_NETWORK_SHAPE_FIELDS = (("in_channels", "in_channels"), ("input_size", "input_size"),
                         ("num_classes", "num_classes"))


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sweep", help="train a grid of configs and settings over seeds (resumable, multi-machine)",
                       description="Train every point of a grid (one --axis per swept field) once per seed, in "
                       "worker processes, keeping every trial in an Optuna study: SQLite in the user's data folder "
                       "by default, or any database URL with --storage (PostgreSQL, MySQL: run the same command "
                       "on several machines to share the work). Without --axis, --study resumes (or joins) an "
                       "existing sweep. Exit status: 0 when every trial is complete, 1 when some failed, 130 "
                       "when stopped by Ctrl-C, 2 for bad input.")
    add_network_args(p)
    g = p.add_argument_group("sweep")
    g.add_argument("--axis", action="append", default=[], metavar="FIELD=VALUES",
                   help="a swept field and its values: a list (growth_rate=6,12,24) or a range "
                   "(lr='0.05..0.2 x3 log'); repeat for a grid")
    g.add_argument("--seeds", type=whole_number, default=None, help="seeds per point, 0..N-1 (default 1)")
    g.add_argument("--storage", metavar="URL", default=None,
                   help="database URL: sqlite:///PATH.db, postgresql://user:pw@host/db, "
                   "mysql+pymysql://user:pw@host/db (default: sweeps.db in the user's data folder)")
    g.add_argument("--study", metavar="NAME", default=None,
                   help="the sweep's name in the database (default for a new sweep: sweep-DATE-TIME)")
    g.add_argument("--workers", type=whole_number, default=1, help="worker processes on this machine (default 1)")
    g.add_argument("--list", action="store_true", help="list the sweeps in --storage and exit")
    g.add_argument("--csv", metavar="FILE", help="write one row per trial to FILE")
    g.add_argument("--json", action="store_true", help="end by printing one JSON object (trials and points)")
    g.add_argument("--quiet", action="store_true", help="no line per trial")
    t = p.add_argument_group("training (each trial)")
    t.add_argument("--dataset", default=None, help="dataset name (default digits; see `explorer train --help`)")
    t.add_argument("--epochs", type=whole_number, default=None, help="epochs per trial (default 10)")
    t.add_argument("--batch-size", type=whole_number, default=None, help="batch size (default 64)")
    t.add_argument("--lr", type=number, default=None, help="initial learning rate (default 0.1)")
    t.add_argument("--schedule", choices=SCHEDULES, default=None, help="learning-rate schedule (default step)")
    t.add_argument("--val-fraction", type=number, default=None, help="validation fraction (default 0.1)")
    t.add_argument("--max-batches", type=whole_number, default=None, help="at most this many batches per epoch")
    for flag, text in zip(_SWITCHES, ("pad 4, random crop, horizontal flip", "recompute parts of dense layers in "
                                      "backward", "mixed precision", "channels_last memory format")):
        t.add_argument("--" + flag.replace("_", "-"), action="store_true", default=None, help=text)
    t.add_argument("--device", default="cpu", help="cpu, cuda, cuda:N or mps (default cpu)")
    p.set_defaults(func=run, sweep_parser=p)


# --------------------------------------------------------------------------------------------- the spec

def _new_sweep_flags(args: argparse.Namespace, parser_defaults: dict) -> list[str]:
    """The flags given that describe a new sweep (refused when resuming: the stored sweep is what runs)."""
    given = []
    for name, default in parser_defaults.items():
        if name in ("storage", "study", "workers", "csv", "json", "quiet", "device", "list", "func", "command",
                    "lang", "axis", "sweep_parser"):
            continue
        if getattr(args, name, default) not in (default, None, False):
            given.append("--" + name.replace("_", "-"))
    return given


def _spec(args: argparse.Namespace) -> Any:
    from ..core.config import ConfigError, config_to_dict
    from ..core.data import apply_dataset, dataset_shape
    from ..core.sweeps import SweepSpec, parse_axis

    axes = []
    for text in args.axis:
        field, sep, values = text.partition("=")
        if not sep or not field.strip():
            raise ConfigError("--axis", text, "is not FIELD=VALUES", "growth_rate=6,12 or lr='0.05..0.2 x3 log'")
        axes.append(parse_axis(field.strip(), values))
    dataset = args.dataset or "digits"
    explicit = {name for option, name in _NETWORK_SHAPE_FIELDS if getattr(args, option, None) is not None}
    config = apply_dataset(config_from_args(args), dataset_shape(dataset), explicit)
    settings = {key: getattr(args, flag) for flag, key in _SETTING_FLAGS if getattr(args, flag) is not None}
    settings.update({flag: True for flag in _SWITCHES if getattr(args, flag)})
    if getattr(args, "dropout", None) is not None:
        settings["drop_rate"] = args.dropout
    spec = SweepSpec(config_to_dict(config), tuple(axes), dataset, settings, 1 if args.seeds is None else args.seeds)
    spec.validate()
    return spec


# ------------------------------------------------------------------------------------------- the output

def _point_text(point: dict) -> str:
    return " ".join(f"{k}={v:g}" if isinstance(v, float) else f"{k}={v}" for k, v in point.items()) or "(base)"


def _acc(value: float | None) -> str:
    return "-" if value is None or not math.isfinite(value) else f"{value:.4f}"


def format_table(results: list) -> str:
    """One row per point: its fields, params, MACs, mean ± std accuracy over complete seeds, n, mean time."""
    from ..core.format import human
    from ..core.sweeps import summarize

    rows = [("point", "params", "MACs", "accuracy", "n", "time")]
    for s in summarize(results):
        acc = "-" if s.n == 0 else f"{s.acc_mean:.4f} ± {s.acc_std:.4f}"
        secs = "-" if s.n == 0 else f"{s.seconds_mean:.1f} s"
        rows.append((_point_text(s.point), f"{s.params:,}", human(s.macs), acc, str(s.n), secs))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for j, r in enumerate(rows):
        cells = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if j == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _finite(v: Any) -> Any:
    return None if isinstance(v, float) and not math.isfinite(v) else v


def _json(sweep: Any, status: str, results: list) -> str:
    from ..core.sweeps import summarize
    from ..core.sweeps.storage import shown_url

    done, total = sweep.progress()
    points = [{"point": s.point, "params": s.params, "macs": s.macs, "n": s.n, "acc_mean": _finite(s.acc_mean),
               "acc_std": _finite(s.acc_std), "seconds_mean": _finite(s.seconds_mean)} for s in summarize(results)]
    return json.dumps({"status": status, "study": sweep.study_name, "storage": shown_url(sweep.storage),
                       "complete": done, "total": total, "points": points,
                       "trials": [{k: _finite(v) for k, v in asdict(r).items()} for r in results]})


class _Lines:
    """A line per finished trial on stderr: its point, seed, accuracy, time and the sweep's progress."""

    def __init__(self, sweep: Any, enabled: bool) -> None:
        self.sweep, self.enabled = sweep, enabled
        self.done, self.total = sweep.progress()

    def on_trial(self, r: Any) -> None:
        if r.state == "complete":
            self.done += 1
        if not self.enabled:
            return
        what = f"acc {_acc(r.accuracy)} loss {_acc(r.val_loss)}" if r.state == "complete" else f"failed: {r.error}"
        say(f"trial {r.number} [{_point_text(r.point)} seed={r.seed}]: {what} ({r.seconds:.1f} s) "
            f"{self.done}/{self.total} complete", file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------------------------ run

def run(args: argparse.Namespace) -> int:
    from ..core.config import ConfigError
    from ..core.io.outputs import atomic_write_text
    from ..core.sweeps import results_csv
    from ..core.sweeps.storage import shown_url
    from ..core.sweeps.study import MAX_WORKERS, Sweep, SweepError, default_storage, list_studies

    storage = args.storage if args.storage is not None else default_storage()
    if args.list:
        for name in list_studies(storage):
            print(name)
        return 0
    if not 1 <= args.workers <= MAX_WORKERS:  # before a new study is made for nothing
        raise SweepError("--workers", args.workers, "is out of range", f"1..{MAX_WORKERS}")
    if args.axis:
        sweep = Sweep.create(_spec(args), storage, args.study)
    else:
        extra = _new_sweep_flags(args, {a.dest: a.default for a in args.sweep_parser._actions})
        if args.study is None or extra:
            raise ConfigError("--axis", "", "is needed to describe a new sweep" + (
                f" ({', '.join(extra)} given)" if extra else ""),
                "--axis FIELD=VALUES for a new sweep, or only --storage and --study to resume one")
        sweep = Sweep.open(storage, args.study)
    done, total = sweep.progress()
    if not args.quiet:
        say(f"sweep {shown(sweep.study_name)} in {shown(shown_url(storage))}: {total} trials "
            f"({len(sweep.spec.points())} points x {sweep.spec.seeds} seeds), {done} complete", file=sys.stderr)
    lines = _Lines(sweep, not args.quiet)
    interrupted: list[int] = []

    def on_sigint(_signum: int, _frame: Any) -> None:
        interrupted.append(1)
        signal.signal(signal.SIGINT, signal.default_int_handler)  # a second Ctrl-C: at once

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        status = sweep.run(workers=args.workers, should_stop=lambda: bool(interrupted), on_trial=lines.on_trial,
                           device=args.device)
    finally:
        signal.signal(signal.SIGINT, previous)
    results = sweep.results()
    if args.csv:
        atomic_write_text(args.csv, results_csv(results))
    print(_json(sweep, status, results) if args.json else format_table(results))
    done, total = sweep.progress()
    if status == "stopped":
        say(f"explorer sweep: interrupted; {done} of {total} trials complete, kept. Resume with: explorer sweep "
            f"--storage {shown(shown_url(storage))} --study {shown(sweep.study_name)}", file=sys.stderr)
        return 130
    failed, elsewhere = _unfinished(results)
    if elsewhere and not args.quiet:
        say(f"explorer sweep: {elsewhere} trials still running or waiting in other processes", file=sys.stderr)
    if failed:
        if not args.quiet:
            say(f"explorer sweep: {failed} of {total} trials failed (see the trial lines); run the same "
                "command again to retry them", file=sys.stderr)
        return 1
    return 0


def _unfinished(results: list) -> tuple[int, int]:
    """(trials that failed and are not queued again, trials running or waiting elsewhere), one per (point, seed)."""
    states: dict[tuple, set] = {}
    for r in results:
        states.setdefault((json.dumps(r.point, sort_keys=True), r.seed), set()).add(r.state)
    failed = sum(1 for s in states.values() if s == {"failed"})
    elsewhere = sum(1 for s in states.values() if "complete" not in s and s & {"running", "waiting"})
    return failed, elsewhere
