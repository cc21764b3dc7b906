"""A sweep's worker process (multiprocessing spawn): claim a trial, train it, record it, until none is left.

It ignores Ctrl-C (the terminal sends SIGINT to the whole group; the driver decides) and stops when the
driver sets the stop event or the driver itself is gone (its parent pid changes): the Trainer's
``should_stop`` reads a flag a watcher thread sets, checked in every layer (``stop_inside_batch``), so a stop
ends even a long batch. The same thread refreshes the running trial's heartbeat. Torch uses ``threads``
threads, so that all workers together use no more than the machine's cores.
"""

from __future__ import annotations

import contextlib
import math
import os
import signal
import threading
import time
from typing import Any

__all__ = ["worker_main"]

PROGRESS_S = 0.2  # at most this often a progress message per worker (and at every epoch's last batch)


class _Watcher(threading.Thread):
    """Sets ``flag`` when the driver asks to stop or has died; refreshes the current trial's heartbeat."""

    def __init__(self, stop_event: Any, parent_pid: int, sweep: Any, heartbeat_s: float) -> None:
        super().__init__(daemon=True, name="sweep-watcher")
        self.stop_event, self.parent_pid, self.sweep, self.heartbeat_s = stop_event, parent_pid, sweep, heartbeat_s
        self.flag = threading.Event()
        self.trial_id: int | None = None
        self.done = threading.Event()

    def run(self) -> None:
        last = time.monotonic()
        while not self.done.wait(0.05):
            if self.stop_event.is_set() or os.getppid() != self.parent_pid:
                self.flag.set()
            tid = self.trial_id
            if tid is not None and time.monotonic() - last >= self.heartbeat_s:
                last = time.monotonic()
                with contextlib.suppress(Exception):  # a busy database: the next beat comes in a few seconds
                    self.sweep.heartbeat(tid)


class _Progress:
    def __init__(self, messages: Any, index: int, number: int) -> None:
        self.messages, self.index, self.number = messages, index, number
        self.last = 0.0

    def on_batch_end(self, r: Any) -> None:
        now = time.monotonic()
        if now - self.last < PROGRESS_S and r.batch != r.batches:
            return
        self.last = now
        self.messages.put(("progress", self.index, {"trial": self.number, "epoch": r.epoch, "epochs": r.epochs,
                                                    "batch": r.batch, "batches": r.batches}))


def _limit_threads(threads: int) -> None:
    for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[name] = str(threads)
    import torch

    torch.set_num_threads(threads)
    with contextlib.suppress(RuntimeError):  # already set in this process
        torch.set_num_interop_threads(1)


def _train(sweep: Any, key: int, number: int, device: str, flag: threading.Event, messages: Any, index: int,
           data_cache: dict) -> tuple[dict, float | None, str, bool]:
    """Train one trial: (attrs, accuracy, error, stopped)."""
    from ..data import apply_dataset, dataset_shape, load_dataset
    from ..format import first_line
    from ..ledger import compute_ledger
    from ..training import Trainer

    spec = sweep.spec
    k = spec.trials()[key]
    point = spec.points()[k.point]
    t0 = time.perf_counter()
    attrs: dict[str, Any] = {}
    try:
        settings = spec.settings_for(point, k.seed).replace(device=device)
        config = apply_dataset(spec.config_for(point), dataset_shape(spec.dataset))
        ledger = compute_ledger(config)
        attrs.update(params=ledger.total_params, macs=ledger.total_macs)
        cache_key = (settings.seed, config.input_size)
        if cache_key not in data_cache:
            data_cache.clear()
            data_cache[cache_key] = load_dataset(spec.dataset, seed=settings.seed, image_size=config.input_size)
        trainer = Trainer(config, data_cache[cache_key], settings, _Progress(messages, index, number),
                          should_stop=flag.is_set, stop_inside_batch=True, insights=False)
        result = trainer.run()
    except Exception as exc:  # noqa: BLE001 - a trial that cannot train is a failed trial, named
        attrs["seconds"] = round(time.perf_counter() - t0, 3)
        return attrs, None, first_line(exc, 300) or type(exc).__name__, False
    attrs["seconds"] = round(time.perf_counter() - t0, 3)
    acc, loss = result.val_acc, result.val_loss
    attrs.update(accuracy=acc if math.isfinite(acc) else None, val_loss=loss if math.isfinite(loss) else None,
                 epochs=result.epochs_completed)
    if result.status == "stopped":
        return attrs, None, "", True
    if result.status == "diverged":
        return attrs, None, str(result.message), False
    if not math.isfinite(acc):
        return attrs, None, "no validation images (val_fraction 0 and no test split)", False
    return attrs, acc, "", False


def worker_main(storage: str, study: str, index: int, threads: int, device: str, stop_event: Any,
                messages: Any, parent_pid: int) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from ..allocator import requested, tune_allocator

        if requested():  # a process of the program's own, training: as `explorer` tunes itself at its start
            tune_allocator()
        from .study import HEARTBEAT_S, Sweep

        _limit_threads(threads)
        from ..training import Trainer  # noqa: F401 - imported before the first trial, so its time is not in it

        sweep = Sweep.open(storage, study)
    except Exception as exc:  # noqa: BLE001 - told to the driver, which raises it in one line
        messages.put(("fatal", index, f"{type(exc).__name__}: {exc}"[:300]))
        return
    watcher = _Watcher(stop_event, parent_pid, sweep, HEARTBEAT_S)
    watcher.start()
    data_cache: dict = {}
    try:
        while not watcher.flag.is_set():
            claimed = sweep.claim()
            if claimed is None:
                break
            trial_id, number, key = claimed
            watcher.trial_id = trial_id
            messages.put(("start", index, number))
            attrs, acc, error, stopped = _train(sweep, key, number, device, watcher.flag, messages, index, data_cache)
            watcher.trial_id = None
            if stopped or (watcher.flag.is_set() and acc is None and not error):
                sweep.interrupt(trial_id)
                break
            state = sweep.finish(trial_id, number, attrs, acc, error)
            result = sweep.trial_result(trial_id)
            if result is not None and state != "interrupted":
                messages.put(("trial", index, result))
    except Exception as exc:  # noqa: BLE001 - the database gone or locked for a minute: told to the driver
        messages.put(("fatal", index, f"{type(exc).__name__}: {exc}"[:300]))
    finally:
        watcher.done.set()
        # Flush the messages, then leave without the interpreter's shutdown: with torch loaded it took 4-5 s
        # here (measured), time the driver would wait for before its run() returns.
        messages.close()
        messages.join_thread()
        os._exit(0)
