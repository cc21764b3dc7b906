"""The training panel's runs as plain data: no Qt, no torch, so it is tested without either.

A run is what the panel keeps of one training: its config, dataset, settings, curves and checkpoint, to
overlay, export and continue. The model also remembers which run folders the panel created, because those are
the only folders it may ever delete, and which runs are overlaid on the plots. What a run's line in the list
says and how the last run ended are data here; the widgets turn them into text in the window's language.

A run's curves are ``Series`` (explorer/core/series.py): numpy buffers that grow by doubling, so a million
batches cost the plots no more per tick than a hundred (they draw the series' min/max envelope, never a copy).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...core.series import Series

__all__ = ["RunRecord", "RunLine", "Finish", "OverlaySeries", "RunsModel", "clock", "resume_epochs",
           "split_images", "STATUSES", "RESUMABLE"]

STATUSES = ("running", "completed", "stopped", "diverged", "failed", "loaded")
# A failed run with a checkpoint (refused because another trainer held its folder, out of memory at epoch 3)
# continues from the checkpoint that was kept, as stopped, finished and loaded ones do.
RESUMABLE = ("stopped", "completed", "loaded", "failed")
VALIDATION_SHARE = 0.1  # of a dataset's training images, held out for validation (the Trainer's split)


@dataclass
class RunRecord:
    """One training run as the panel keeps it: plain numbers only."""

    index: int
    config: Any
    dataset: str
    settings: Any  # a TrainSettings
    out_dir: str | None = None
    checkpoint: str | None = None
    status: str = "running"  # one of STATUSES
    message: Any = ""  # the Trainer's words: a core Message or text
    history: list[dict[str, float]] = field(default_factory=list)  # one row per epoch: what CSV and checkpoints keep
    batch_x: Series = field(default_factory=Series)  # epoch position (epoch - 1 + batch / batches)
    batch_loss: Series = field(default_factory=Series)
    batch_smooth: Series = field(default_factory=Series)
    _ema: float = 0.0
    _ema_n: int = 0
    # The history's columns as Series, extended with the rows added since they were last read (the panel
    # appends to ``history`` itself); rebuilt when ``history`` is another list or shorter than they are.
    _columns: dict[str, Series] = field(default_factory=dict, repr=False, compare=False)
    _columns_of: Any = field(default=None, repr=False, compare=False)

    def add_batch(self, x: float, loss: float) -> None:
        self._ema_n += 1
        self._ema = 0.9 * self._ema + 0.1 * loss
        self.batch_x.append(x)
        self.batch_loss.append(loss)
        self.batch_smooth.append(self._ema / (1 - 0.9 ** self._ema_n))  # bias-corrected moving average

    def add_batch_report(self, report: Any) -> None:
        """A Trainer's BatchReport, placed at its position in epochs (batch 3 of 10 in epoch 2 is at 1.3)."""
        self.add_batch(report.epoch - 1 + report.batch / report.batches, report.loss)

    def epoch_series(self, key: str) -> tuple[Series, Series]:
        """One per-epoch column of the history against the epoch numbers (a value a row lacks is NaN)."""
        return self._column("epoch"), self._column(key)

    def _column(self, key: str) -> Series:
        rows = self.history
        if self._columns_of is not rows:
            self._columns, self._columns_of = {}, rows
        col = self._columns.get(key)
        if col is None or len(col) > len(rows):
            col = self._columns[key] = Series()
        if len(col) < len(rows):
            col.extend([float(h.get(key, float("nan"))) for h in rows[len(col):]])
        return col

    @property
    def resumable(self) -> bool:
        return bool(self.checkpoint) and self.status in RESUMABLE

    def line(self) -> RunLine:
        last = self.history[-1]["val_acc"] if self.history else None
        return RunLine(self.index, self.config.title, self.dataset, len(self.history), last, self.status)


@dataclass(frozen=True)
class RunLine:
    """What a run's line in the list says: ``index. title · dataset · epochs ep, val acc (status)``."""

    index: int
    title: Any  # the config's title (a core Message)
    dataset: str
    epochs: int
    val_acc: float | None  # after the last epoch; None before the first
    status: str


@dataclass(frozen=True)
class Finish:
    """How the last run ended, kept so that the result line can be said again after a language switch."""

    status: str  # completed, stopped, diverged or failed
    message: Any  # the Trainer's words (a core Message) or a worker's one-line failure
    checkpoint: str | None

    @property
    def is_error(self) -> bool:
        """Also shown as the panel's error: the run did not end as asked."""
        return self.status in ("failed", "diverged")

    @property
    def shows_checkpoint(self) -> bool:
        return bool(self.checkpoint) and self.status != "failed"


@dataclass(frozen=True)
class OverlaySeries:
    """One dashed curve of an overlaid run: which plot, its points, and its legend name (None: not listed)."""

    plot: str  # "acc", "eloss", "lr", "speed" or "loss"
    x: Series  # the run's own series, not copies: the overlay grows with the run
    y: Series
    named: bool


def clock(seconds: float) -> str:
    """``m:ss`` or ``h:mm:ss``; ``?`` for a time not known (NaN, infinite)."""
    if seconds != seconds or seconds == float("inf"):
        return "?"
    s = int(round(seconds))
    return f"{s // 3600}:{s // 60 % 60:02d}:{s % 60:02d}" if s >= 3600 else f"{s // 60}:{s % 60:02d}"


def split_images(train_images: int) -> tuple[int, int]:
    """(training, validation) images of a dataset's training split, as the Trainer divides it."""
    val = int(round(train_images * VALIDATION_SHARE))
    return train_images - val, val


def resume_epochs(run: RunRecord, requested: int) -> int:
    """The epochs a continued run goes on to. A run (stopped or loaded) that had not reached its planned length
    goes on to it at least, so its schedule is the planned run's; a finished one goes on to more."""
    planned, done = run.settings.epochs, len(run.history)
    floor = planned if done < planned else done + 1
    return max(requested, floor)


def overlay_series(run: RunRecord) -> list[OverlaySeries]:
    """The curves that compare a run with the current one (e.g. k=12 against k=24); none before its first
    epoch. Validation accuracy and loss are named in the legend, rate and speed are not."""
    if not run.history:
        return []
    series = [OverlaySeries(plot, *run.epoch_series(key), named)
              for plot, key, named in (("acc", "val_acc", True), ("eloss", "val_loss", True), ("lr", "lr", False),
                                       ("speed", "images_per_s", False))]
    if run.batch_x:
        series.append(OverlaySeries("loss", run.batch_x, run.batch_smooth, True))
    return series


class RunsModel:
    """The runs of one panel, in list order (run ``i`` is row ``i - 1``), and the one training or shown now."""

    def __init__(self) -> None:
        self.runs: list[RunRecord] = []
        self.current: RunRecord | None = None
        self._own_dirs: set[int] = set()  # runs whose folder this panel created
        self._overlaid: set[int] = set()
        self.last_finish: Finish | None = None

    def __len__(self) -> int:
        return len(self.runs)

    def run_at(self, row: int) -> RunRecord | None:
        return self.runs[row] if 0 <= row < len(self.runs) else None

    def new_run(self, config: Any, dataset: str, settings: Any, runs_root: Path, now: float | None = None
                ) -> RunRecord:
        """A run in a fresh folder under ``runs_root``, named by the time and its number."""
        index = len(self.runs) + 1
        name = time.strftime(f"run-%Y%m%d-%H%M%S-{index}", time.localtime(now))
        run = RunRecord(index, config, dataset, settings, str(Path(runs_root) / name))
        self._own_dirs.add(index)
        self.runs.append(run)
        return run

    def add_loaded(self, config: Any, dataset: str, settings: Any, checkpoint: str,
                   history: list[dict[str, float]]) -> RunRecord:
        """A run read from a checkpoint file: its folder is the user's, never deleted from here."""
        run = RunRecord(len(self.runs) + 1, config, dataset, settings, str(Path(checkpoint).parent), checkpoint,
                        "loaded", "", list(history))
        self.runs.append(run)
        return run

    def start(self, run: RunRecord, settings: Any) -> None:
        """``run`` trains now (new, or continued from its checkpoint with ``settings``)."""
        run.settings = settings
        run.status = "running"
        run.out_dir = run.out_dir or (str(Path(run.checkpoint).parent) if run.checkpoint else None)
        run.history = list(run.history)
        self.current = run
        self.last_finish = None

    def finish(self, status: str, message: Any, checkpoint: str | None) -> Finish:
        """The current run ended: its status and message, the checkpoint it wrote (if any)."""
        run = self.current
        if run is not None:
            run.status, run.message = status, message
            if checkpoint:
                run.checkpoint = checkpoint
        self.last_finish = Finish(status, message, run.checkpoint if run is not None else None)
        return self.last_finish

    def discardable(self, run: RunRecord | None, runs_root: Path) -> bool:
        """Only a run folder this panel made under the user's runs folder is ever deleted (never a folder the
        user chose or loaded a checkpoint from)."""
        return (run is not None and run.out_dir is not None and run.index in self._own_dirs
                and Path(run.out_dir).parent == Path(runs_root))

    def set_overlay(self, run: RunRecord, shown: bool) -> list[OverlaySeries]:
        """Overlay ``run`` (or stop); the curves to draw for it. A run without an epoch yet draws nothing and
        is not counted as overlaid."""
        series = overlay_series(run) if shown else []
        if series:
            self._overlaid.add(run.index)
        else:
            self._overlaid.discard(run.index)
        return series

    def is_overlaid(self, run: RunRecord) -> bool:
        return run.index in self._overlaid

    def overlaid(self) -> list[int]:
        return sorted(self._overlaid)
