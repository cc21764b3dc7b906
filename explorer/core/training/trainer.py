"""The headless Trainer: the paper's recipe by default, callbacks with plain data, pause/stop between
batches (and, where asked, inside one), atomic checkpoints that resume the same run, DistributedDataParallel
under torchrun.

It knows nothing of Qt: the window runs it in a worker thread and turns its callbacks into signals; the CLI
prints them; the compare view trains several networks one after another with the same settings.

Reproducibility: the order of examples in an epoch and each batch's augmentation depend only on (seed,
epoch, batch); dropout draws from torch's generator, whose state is saved in every checkpoint. So a run
stopped (between epochs or inside one) and resumed from its checkpoint retraces an unbroken run on CPU.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from torch import Tensor, nn

from ..allocator import release_free_memory
from ..data import ImageData
from ..format import first_line
from ..io import FileFormatError, RunFolderLock, atomic_write_text, check_run_folder, remove_stale_parts
from ..memory import OutOfMemory, is_out_of_memory
from ..messages import M
from .ddp import Distributed
from .insights import (
    EpochInsights,
    GradNormRecorder,
    RunInsights,
    detailed_evaluate,
    estimated_memory_bytes,
    load_insights,
    peak_memory_bytes,
    reuse_per_epoch,
    save_insights,
)
from .reports import BatchReport, EpochReport, EvalReport, TrainResult, metrics_csv, process_memory_bytes
from .resume import restore_run, saved_run
from .settings import TrainSettings, effective_config, lr_factor
from .setup import EpochSums, RunState, check_dataset_fits, check_lone_batches, split_data
from .step import evaluate, grad_scaler, train_step
from .stopping import StopRequested, cancel_points, is_stop

__all__ = ["Trainer"]


class _Diverged(Exception):
    pass


class Trainer:
    """Train ``config`` on ``dataset`` (a name for ``load_dataset`` or a loaded ImageData).

    ``callbacks``: any object with some of ``on_batch_end(BatchReport)``, ``on_epoch_end(EpochReport)``,
    ``on_eval_end(EvalReport)``, ``on_checkpoint(path)``. ``out_dir``: where ``checkpoint.pt`` and
    ``metrics.csv`` are written at each epoch end (and on stop). ``resume_from``: a checkpoint to continue.
    ``pause()``, ``resume()``, ``request_stop()`` may be called from any thread; they act between batches, as
    does ``should_stop()`` (polled there, and while paused). ``stop_inside_batch``: ``should_stop()`` is also
    checked in every layer, forward and backward, so a stop ends a long batch at once; the interrupted batch
    is dropped and nothing is saved from it (its batch-norm statistics are half updated).

    ``insights`` (default on): each epoch also records every conv/linear layer's gradient norm (sampled every
    ``grad_norm_every`` batches and at the epoch's last), the validation pass's confusion matrix, per-class and
    top-5 accuracy and misclassified images, the feature-reuse heatmaps (DenseNet) and the measured peak memory
    beside the ledger's estimate: ``EpochReport.insights``, ``self.insights`` (the whole run's, after
    run()) and ``OUT/insights.json`` (see insights.py).
    """

    def __init__(self, config: Any, dataset: str | ImageData, settings: TrainSettings | None = None,
                 callbacks: Any = None, out_dir: str | os.PathLike | None = None,
                 resume_from: str | os.PathLike | None = None, data_dir: str | os.PathLike | None = None,
                 download: bool = False, *, should_stop: Callable[[], bool] | None = None,
                 stop_inside_batch: bool = False, insights: bool = True, grad_norm_every: int = 10) -> None:
        self.config = config
        self.dataset = dataset
        self.settings = settings or TrainSettings()
        self.callbacks = callbacks
        self.out_dir = Path(out_dir) if out_dir is not None else None
        self.resume_from = Path(resume_from) if resume_from is not None else None
        self.data_dir = data_dir
        self.download = download
        self.should_stop = should_stop
        self.stop_inside_batch = stop_inside_batch
        self._stop = threading.Event()
        self._running = threading.Event()
        self._running.set()
        self.model: nn.Module | None = None  # the trained network, on the training device, after run()
        self.data: ImageData | None = dataset if isinstance(dataset, ImageData) else None
        self.record_insights = insights
        self.grad_norm_every = grad_norm_every
        self.insights: RunInsights | None = None
        self._grads: GradNormRecorder | None = None
        self._estimate: int | None = None
        self._baseline: int | None = None

    @classmethod
    def from_checkpoint(cls, path: str | os.PathLike, dataset: str | ImageData | None = None,
                        callbacks: Any = None, out_dir: str | os.PathLike | None = None,
                        data_dir: str | os.PathLike | None = None, **setting_changes: Any) -> Trainer:
        """Continue the run saved in ``path`` (its config, settings and dataset name unless given)."""
        config, name, settings = saved_run(path, dataset, setting_changes)
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
        return self._stop.is_set() or (self.should_stop is not None and bool(self.should_stop()))

    def _call(self, name: str, *args: Any) -> None:
        fn = getattr(self.callbacks, name, None)
        if fn is not None:
            fn(*args)

    # -- the run: setup, resume, epochs (train, evaluate, save) ---------------------------------------

    def run(self) -> TrainResult:
        """Train. The run folder is checked (not inside the program's source tree, writable) and locked
        first, before any data is loaded: a second trainer into the same folder is refused in one line naming
        the first, whose checkpoint is kept; temporary files a killed run left there are removed."""
        lock = None
        if self.out_dir is not None and Distributed().is_main:
            check_run_folder(self.out_dir)
            lock = RunFolderLock(self.out_dir).acquire()
            remove_stale_parts(self.out_dir, ("checkpoint.pt", "metrics.csv", "insights.json"))
        try:
            return self._train()
        finally:
            if lock is not None:
                lock.release()
            release_free_memory()  # the steps' freed memory, which a tuned allocator keeps (core/allocator)

    def _train(self) -> TrainResult:
        s = self.settings
        r = self._setup()
        self.model = r.model
        if self.resume_from is not None:
            resumed = restore_run(self.resume_from, r.model, r.optimizer, r.config)
            r.history, r.start_epoch, r.position = resumed.history, resumed.start_epoch, resumed.position
            if r.start_epoch >= s.epochs:  # nothing left to train: said so, and nothing is written
                return TrainResult("completed", resumed.nothing_to_do(s.epochs), r.history, len(r.history),
                                   r.config, s, str(self.resume_from), 0.0)
        self._prepare(r)
        oom = ""
        try:
            with self._cancel_scope(r):
                for epoch in range(r.start_epoch, s.epochs):
                    if not self._train_epoch(r, epoch):
                        break
        except _Diverged:
            pass
        except StopRequested:
            self._stopped_inside(r)
        except (MemoryError, RuntimeError) as exc:
            if is_stop(exc):
                self._stopped_inside(r)
            elif is_out_of_memory(exc):
                oom = first_line(exc)
            else:
                raise
        finally:
            r.dist.close()
        if oom:  # raised outside the handler, with the model dropped, so that the memory is given back
            device, (epoch, b) = r.device, r.where
            self.model = r = None  # type: ignore[assignment]
            if device.type == "cuda":
                torch.cuda.empty_cache()
            raise OutOfMemory(str(device), f"training (epoch {epoch + 1}, batch {b + 1}); the last checkpoint "
                              f"is kept", oom, s.batch_size)
        return TrainResult(r.status, r.message, r.history, len(r.history), r.config, s, r.checkpoint, r.run_time)

    def _setup(self) -> RunState:
        """The device, the data (a seeded split, normalisation from the whole training set, tensors kept on
        CPU), the checks that refuse a run before anything is allocated, the network and its optimiser."""
        from ..data import load_dataset
        from ..devices import resolve_device
        from ..memory import check_memory
        from ..models import build_model

        s = self.settings
        dist = Distributed()
        device = dist.device(resolve_device(s.device, compute=True))  # "meta" holds no numbers: refused
        if self.data is None:
            self.data = load_dataset(self.dataset, self.data_dir, self.download, seed=s.seed)
        data = self.data
        check_dataset_fits(self.config, data)
        config = effective_config(self.config, s)
        tensors = split_data(data, s)
        # Refused before anything is allocated when one training step cannot fit (the ledger's estimate).
        check_memory(config, device, batch_size=s.batch_size, training=True, memory_efficient=s.memory_efficient)
        dist.init(device)
        lone_fails = check_lone_batches(config, s, math.ceil(len(tensors["train_y"]) / dist.world))
        torch.manual_seed(s.seed)
        model = build_model(config, device, memory_efficient=s.memory_efficient)
        memory_format = torch.channels_last if s.channels_last else torch.contiguous_format
        if s.channels_last:
            model = model.to(memory_format=torch.channels_last)
        optimizer = torch.optim.SGD(model.parameters(), lr=s.lr, momentum=s.momentum, nesterov=s.nesterov,
                                    weight_decay=s.weight_decay)
        return RunState(config, data, device, dist, tensors, memory_format, model, optimizer, lone_fails)

    def _prepare(self, r: RunState) -> None:
        """The schedule at the start epoch, the training module (DDP under torchrun), batches per epoch."""
        s = self.settings
        # The learning rate is a function of (settings, epoch) alone. A loaded optimiser state brings back
        # the rate (and initial rate) its groups had when saved, under the saved run's length: a finished
        # 4-epoch step run ends at 0.001 where an 8-epoch run has 0.01. So the groups take this run's
        # settings, and the schedule is rebuilt at this epoch rather than restored: a continued run has, at
        # every epoch it trains, the rate an unbroken run of its length has there.
        for group in r.optimizer.param_groups:
            group.update(lr=s.lr, initial_lr=s.lr, momentum=s.momentum, nesterov=s.nesterov,
                         weight_decay=s.weight_decay)
        r.scheduler = torch.optim.lr_scheduler.LambdaLR(r.optimizer, lambda e: lr_factor(s, e),
                                                        last_epoch=r.start_epoch - 1)
        r.train_model = r.dist.wrap(r.model, r.device)
        self._start_insights(r)
        r.scaler = grad_scaler(r.device, s.amp)
        per_rank = math.ceil(len(r.tensors["train_y"]) / r.dist.world)
        r.batches = math.ceil(per_rank / s.batch_size)
        if r.lone_fails and per_rank % s.batch_size == 1:
            r.batches -= 1  # the last batch would hold one image (see check_lone_batches)
        if s.max_batches is not None:
            r.batches = min(r.batches, s.max_batches)
        first = int(r.position["batch"]) if r.position else 0
        if first > r.batches:
            raise FileFormatError(M("train.bad_position", "{path}: checkpoint stopped at batch {batch} of epoch "
                                    "{epoch}, but this run has {batches} batches per epoch (was the batch size or "
                                    "--max-batches changed?)")(path=str(self.resume_from), batch=first + 1,
                                                               epoch=r.start_epoch + 1, batches=r.batches))
        r.total_batches = (s.epochs - r.start_epoch) * r.batches - first
        r.step = r.start_epoch * r.batches
        r.message = M("train.completed", "trained {epochs} epochs")(epochs=s.epochs)
        if r.device.type == "cuda":
            torch.cuda.reset_peak_memory_stats(r.device)

    def _cancel_scope(self, r: RunState) -> contextlib.AbstractContextManager:
        """The in-layer stop checks when asked for (one process only: ranks must stop at the same batch)."""
        if self.stop_inside_batch and self.should_stop is not None and not r.dist.enabled:
            return cancel_points(self.should_stop)
        return contextlib.nullcontext()

    # -- one epoch ------------------------------------------------------------------------------------

    def _train_epoch(self, r: RunState, epoch: int) -> bool:
        """Train one epoch, then evaluate and save; False when the run was stopped inside it."""
        from ..data import epoch_order  # read at call time: tests replace the data functions to reach a run

        s = self.settings
        n_train = len(r.tensors["train_y"])
        order = r.dist.epoch_order(n_train, s.seed, epoch) if r.dist.enabled else epoch_order(n_train, s.seed, epoch)
        lr = r.optimizer.param_groups[0]["lr"]
        first, sums = 0, EpochSums()
        if r.position is not None and int(r.position.get("epoch_index", -1)) == epoch:
            first = int(r.position["batch"])
            sums = EpochSums(*(float(v) for v in r.position["sums"]))
        r.position = None
        r.train_model.train()
        stopped_at: int | None = None
        for b in range(first, r.batches):
            if self._stop_now(r):
                stopped_at = b
                break
            self._batch(r, epoch, b, order, sums, lr)
        r.dist.average_buffers(r.model)
        if stopped_at is not None:
            self._stopped_between(r, epoch, stopped_at, sums)
            return False
        self._end_epoch(r, epoch, sums, lr)
        return True

    def _stop_now(self, r: RunState) -> bool:
        """Wait while paused; then whether a stop was asked for (on any rank: all ranks stop together)."""
        while not self._running.wait(None if self.should_stop is None else 0.05):
            if self.should_stop():  # a stop asked through should_stop() while paused
                break
        return r.dist.any_flag(self.stop_requested, r.device)

    def _batch(self, r: RunState, epoch: int, b: int, order: Tensor, sums: EpochSums, lr: float) -> None:
        from ..data import make_batch, seeded_generator

        s = self.settings
        r.where = (epoch, b)
        t0 = time.perf_counter()
        idx = order[b * s.batch_size:(b + 1) * s.batch_size]
        g = seeded_generator(s.seed, epoch, b) if s.augment else None  # the augmentation of (seed, epoch, batch)
        x, y = make_batch(r.tensors["train_x"], r.tensors["train_y"], idx, r.tensors["mean"], r.tensors["std"],
                          r.data.pixel_max, s.augment, g)
        x = x.to(r.device, non_blocking=True, memory_format=r.memory_format)
        y = y.to(r.device, non_blocking=True)
        loss, out = train_step(r.train_model, r.optimizer, x, y, amp=s.amp, scaler=r.scaler)
        if self._grads is not None and self._grads.wants(b, r.batches):
            self._grads.sample()  # the gradients stay on the parameters until the next step's zero_grad
        loss_value = float(loss.item())
        hits = float((out.argmax(1) == y).sum().item())
        dt = time.perf_counter() - t0
        if r.dist.any_flag(not math.isfinite(loss_value), r.device):
            r.status = "diverged"
            r.message = M("train.diverged", "the loss became {loss} at epoch {epoch}, batch {batch}: training "
                          "stopped. Try a smaller learning rate (lr = {lr}).")(loss=loss_value, epoch=epoch + 1,
                                                                                 batch=b + 1, lr=f"{s.lr:g}")
            raise _Diverged
        n = len(y)
        sums.loss += loss_value * n
        sums.correct += hits
        sums.seen += n
        sums.seconds += dt
        r.run_time += dt
        r.done_batches += 1
        r.step += 1
        r.last_done = (epoch + 1, b + 1)
        if r.dist.is_main:
            speed = sums.seen / max(sums.seconds, 1e-9)
            eta = (r.total_batches - r.done_batches) * r.run_time / r.done_batches
            self._call("on_batch_end", BatchReport(
                epoch + 1, s.epochs, b + 1, r.batches, r.step, loss_value, hits / n, lr, speed * r.dist.world,
                r.run_time, eta, process_memory_bytes(r.device)))

    def _stopped_between(self, r: RunState, epoch: int, b: int, sums: EpochSums) -> None:
        """Stopped before batch ``b``: the checkpoint holds the position inside the epoch, so it resumes there."""
        r.status, r.message = "stopped", M("train.stopped_at", "stopped at epoch {epoch}, batch {batch}")(
            epoch=epoch + 1, batch=b + 1)
        if b > 0:
            self._save(r, epoch, {"epoch_index": epoch, "batch": b,
                                  "sums": [sums.loss, sums.correct, sums.seen, sums.seconds]})
        elif epoch > r.start_epoch or self.resume_from is None:
            self._save(r, epoch, None)

    def _stopped_inside(self, r: RunState) -> None:
        """Stopped inside a batch (stop_inside_batch): that batch is dropped, the last checkpoint kept."""
        epoch, batch = r.last_done
        r.status = "stopped"
        r.message = (M("train.stopped_inside", "stopped inside the batch after epoch {epoch}, batch {batch}")(
            epoch=epoch, batch=batch) if batch else M("train.stopped_first", "stopped before its first batch ended"))

    def _end_epoch(self, r: RunState, epoch: int, sums: EpochSums, lr: float) -> None:
        """Totals over the ranks, the validation pass, the schedule's step, the history row, the checkpoint."""
        s = self.settings
        release_free_memory()  # the training steps' kept memory, before the validation pass's other sizes
        total = r.dist.all_sum([sums.loss, sums.correct, sums.seen], r.device)
        train_loss, train_acc = total[0] / max(total[2], 1), total[1] / max(total[2], 1)
        val_loss, val_acc, detail = self._evaluate(r, epoch + 1)
        epoch_insights = self._epoch_insights(r, epoch + 1, detail)
        r.scheduler.step()
        remaining = s.epochs - epoch - 1
        row = EpochReport(epoch + 1, s.epochs, train_loss, train_acc, val_loss, val_acc, lr,
                          sums.seen * r.dist.world / max(sums.seconds, 1e-9), r.run_time,
                          remaining * r.batches * r.run_time / max(r.done_batches, 1), process_memory_bytes(r.device),
                          epoch_insights)
        r.history.append(row.row())
        if epoch_insights is not None and self.insights is not None:
            self.insights.keep(epoch_insights)
        self._save(r, epoch + 1, None)
        if r.dist.is_main:
            self._call("on_epoch_end", row)

    def _evaluate(self, r: RunState, epoch: int) -> tuple[float, float, Any]:
        """Loss and accuracy on the validation images (NaN where there are none), with the insights' detail
        (confusion, per-class, top-5, misclassified) from the same pass when insights are recorded;
        on_eval_end hears of it."""
        x, y = r.tensors["val_x"], r.tensors["val_y"]
        if x is None or y is None or len(y) == 0:
            return float("nan"), float("nan"), None
        t0 = time.perf_counter()
        detail = None
        if self.record_insights:
            detail = detailed_evaluate(r.model, x, y, r.tensors["mean"], r.tensors["std"], r.data.pixel_max,
                                       r.device, len(r.data.classes), memory_format=r.memory_format,
                                       amp=self.settings.amp, batch_size=self.settings.eval_batch_size)
            loss, accuracy = detail.loss, detail.accuracy
        else:
            loss, accuracy = evaluate(r.model, x, y, r.tensors["mean"], r.tensors["std"], r.data.pixel_max, r.device,
                                  memory_format=r.memory_format, amp=self.settings.amp,
                                      batch_size=self.settings.eval_batch_size)
        if r.dist.is_main:
            self._call("on_eval_end", EvalReport(epoch, loss, accuracy, len(y), time.perf_counter() - t0))
        return loss, accuracy, detail

    # -- insights -------------------------------------------------------------------------------------

    def _start_insights(self, r: RunState) -> None:
        """The gradient-norm recorder and the run's insights (a resumed run continues its insights.json)."""
        if not self.record_insights:
            return
        self._grads = GradNormRecorder(r.model, self.grad_norm_every)
        self._estimate = estimated_memory_bytes(r.config, self.settings.batch_size, self.settings.memory_efficient)
        self._baseline = (int(torch.cuda.memory_allocated(r.device)) if r.device.type == "cuda"
                          else process_memory_bytes(r.device))
        earlier = None
        if self.resume_from is not None:
            with contextlib.suppress(FileFormatError, OSError):
                earlier = load_insights(self.resume_from.parent)
        if earlier is not None and earlier.layers == self._grads.layers:
            earlier.epochs = [e for e in earlier.epochs if e.epoch <= r.start_epoch]
            earlier.grad_norm_every = self.grad_norm_every
            self.insights = earlier
        else:
            self.insights = RunInsights(self._grads.layers, list(r.data.classes), self.grad_norm_every,
                                        str(getattr(r.config, "family", "")))

    def _epoch_insights(self, r: RunState, epoch: int, detail: Any) -> EpochInsights | None:
        if self._grads is None:
            return None
        norms, samples, seconds = self._grads.epoch_values()
        peak, kind = peak_memory_bytes(r.device)
        e = EpochInsights(epoch, norms, samples, peak_memory_bytes=peak, peak_memory_kind=kind,
                          estimated_memory_bytes=self._estimate, baseline_memory_bytes=self._baseline,
                          record_seconds=seconds, reuse=reuse_per_epoch(r.model, r.config))
        if detail is not None:
            e.val_count, e.per_class_acc, e.confusion = detail.count, detail.per_class_acc, detail.confusion
            e.top1, e.top5 = detail.accuracy, detail.top5
            e.misclassified, e.misclassified_total = detail.misclassified, detail.misclassified_total
        return e

    def _save(self, r: RunState, epoch_done: int, position: dict | None) -> None:
        """checkpoint.pt and metrics.csv, each written atomically (rank 0 only)."""
        from ..checkpoint import capture_rng_state, save_checkpoint

        if self.out_dir is None or not r.dist.is_main:
            return
        data = r.data
        path = save_checkpoint(
            self.out_dir / "checkpoint.pt", config=r.config, model_state=r.model.state_dict(), classes=data.classes,
            mean=data.mean, std=data.std, optimizer_state=r.optimizer.state_dict(),
            scheduler_state=r.scheduler.state_dict(), epoch=epoch_done, rng_state=capture_rng_state(),
            history=r.history, dataset=data.name, settings=self.settings.to_dict(), position=position)
        atomic_write_text(self.out_dir / "metrics.csv", metrics_csv(r.history))
        if self.insights is not None:
            save_insights(self.out_dir, self.insights)
        r.checkpoint = str(path)
        self._call("on_checkpoint", r.checkpoint)
