"""A sweep kept in an Optuna study: every (point, seed) trial trained once, across processes and machines.

The study's sampler is a ``GridSampler`` over the trial keys (index into ``SweepSpec.trials()``: point x seed,
seed-major). Optuna's own GridSampler picks grid points at random and, as its source says, two workers may
pick the same one; so the grid is *enqueued* instead: ``create()`` puts one WAITING trial per key in the
study, and a worker claims the oldest WAITING trial by moving it to RUNNING, which optuna's RDB storage does
under ``SELECT ... FOR UPDATE`` (PostgreSQL, MySQL: atomic across machines). SQLite ignores FOR UPDATE, so
with SQLite every claim also holds an exclusive lock on a file beside the database (``<db>.lock``).

A trial whose process died stays RUNNING. It is *stale* when its owner (host, pid, process start time) is
gone on this host, or its heartbeat (a user attr refreshed every few seconds) is older than ``STALE_S``;
``run()`` and a worker that finds no WAITING trial mark stale trials FAIL ("interrupted") and enqueue the
key again (``_reconcile``), so an interrupted trial is trained again, never lost and never counted twice.
A claimed trial whose key already has a COMPLETE trial, or an earlier RUNNING/WAITING one (two machines
re-enqueueing at once), is given up as a "duplicate" without training.

Per trial (user attrs): key, point_index, seed, accuracy (last epoch's validation accuracy, 0..1), val_loss,
params and macs (the ledger), seconds, error; owner and heartbeat while it runs. The value told to optuna is
the accuracy (direction maximize). Worker processes: study_worker.py.
"""

from __future__ import annotations

import contextlib
import math
import os
import queue as queue_module
import time
from collections.abc import Callable
from typing import Any

from ..messages import M
from ..validation import ConfigError
from .results import TrialResult
from .spec import SweepSpec
from .storage import (
    SPEC_ATTR,
    VERSION_ATTR,
    SweepError,
    alive,
    canonical,
    check_name,
    claim_lock,
    default_storage,
    list_studies,
    open_storage,
    owner_attr,
    this_host,
)

__all__ = ["Sweep", "SweepError", "default_storage", "list_studies", "STALE_S", "HEARTBEAT_S", "STOP_GRACE_S"]

HEARTBEAT_S = 5.0  # a running trial's heartbeat is refreshed this often
STALE_S = 60.0  # a RUNNING trial of another host whose heartbeat is older than this is taken as dead
STOP_GRACE_S = 2.0  # workers told to stop are killed after this long
POLL_S = 0.1  # should_stop() and the workers' messages are polled this often
MAX_WORKERS = 64
_WANT_SWEEP = M("sweep.want_sweep", "a study made by {command}")(command="explorer sweep")
_STATE_NAMES = {"COMPLETE": "complete", "RUNNING": "running", "FAIL": "failed", "PRUNED": "failed",
                "WAITING": "waiting"}


# ------------------------------------------------------------------------------------------------ Sweep

class Sweep:
    """A sweep's study: ``create`` or ``open`` it, then ``run`` it (blocking) and read ``results``."""

    def __init__(self, spec: SweepSpec, storage: str, study_name: str, _storage: Any) -> None:
        import optuna

        self.spec = spec
        self.storage = storage
        self.study_name = study_name
        self._storage = _storage
        self._keys = spec.trials()
        self._points = spec.points()
        self._sampler = optuna.samplers.GridSampler({"key": list(range(len(self._keys)))}, seed=0)
        self._study = optuna.load_study(study_name=study_name, storage=_storage, sampler=self._sampler)
        self._study_id = self._study._study_id
        self._figures: list[tuple[int, int]] | None = None

    # -- create / open --------------------------------------------------------------------------------

    @classmethod
    def create(cls, spec: SweepSpec, storage: str | None = None, study: str | None = None) -> Sweep:
        """A new sweep study (each trial enqueued, WAITING); an existing study of that name is opened when it
        holds the same sweep, refused when it holds another."""
        import optuna

        spec.validate()
        url = default_storage() if storage is None else storage
        name = check_name(study if study is not None else time.strftime("sweep-%Y%m%d-%H%M%S"))
        st = open_storage(url, create=True)
        with claim_lock(url):
            try:
                optuna.create_study(storage=st, study_name=name, direction="maximize")
            except optuna.exceptions.DuplicatedStudyError:
                sweep = cls.open(url, name)
                if canonical(sweep.spec.to_json()) != canonical(spec.to_json()):
                    raise SweepError("study", name, M("sweep.other_spec", "already holds a different sweep"),
                                     M("sweep.want_other_name", "another study name, or the same sweep to resume "
                                       "it")) from None
                return sweep
            sid = st.get_study_id_from_name(name)
            st.set_study_user_attr(sid, VERSION_ATTR, 1)
            st.set_study_user_attr(sid, SPEC_ATTR, spec.to_json())
            sweep = cls(spec, url, name, st)
            sweep._reconcile(retry_failed=False)  # every key enqueued, in seed-major order
        return sweep

    @classmethod
    def open(cls, storage: str, study: str) -> Sweep:
        """An existing sweep study, its spec read back from the study."""
        st = open_storage(storage, create=False)
        check_name(study)
        try:
            sid = st.get_study_id_from_name(study)
        except KeyError:
            names = [s.study_name for s in st.get_all_studies() if SPEC_ATTR in s.user_attrs]
            raise SweepError("study", study, M("sweep.no_study", "is not in this database"),
                             ", ".join(names[-10:]) or M("sweep.no_studies", "no sweeps yet")) from None
        text = st.get_study_user_attrs(sid).get(SPEC_ATTR)
        if not isinstance(text, str):
            raise SweepError("study", study, M("sweep.not_sweep", "is a study that is not a sweep"), _WANT_SWEEP)
        try:
            spec = SweepSpec.from_json(text)
        except ConfigError as exc:
            raise SweepError("study", study, M("sweep.bad_spec", "holds a sweep this version cannot read ({detail})")(
                detail=str(exc)), _WANT_SWEEP) from None
        return cls(spec, storage, study, st)

    # -- reading ------------------------------------------------------------------------------------------

    def _trials(self, states: tuple | None = None) -> list:
        return self._storage.get_all_trials(self._study_id, deepcopy=False, states=states)

    def _key_of(self, t: Any) -> int | None:
        key = t.user_attrs.get("key", t.params.get("key"))
        return key if isinstance(key, int) and 0 <= key < len(self._keys) else None

    def figures(self) -> list[tuple[int, int]]:
        """(parameters, multiply-adds) of every point's network as trained (SweepSpec.figures), computed once."""
        if self._figures is None:
            self._figures = self.spec.figures()
        return self._figures

    def _result(self, t: Any) -> TrialResult | None:
        key = self._key_of(t)
        if key is None:
            return None
        k = self._keys[key]
        ua = t.user_attrs
        params, macs = ua.get("params"), ua.get("macs")
        if not params:
            params, macs = self.figures()[k.point]
        return TrialResult(t.number, dict(self._points[k.point]), k.seed, _STATE_NAMES.get(t.state.name, "failed"),
                           ua.get("accuracy"), ua.get("val_loss"), int(params or 0), int(macs or 0),
                           float(ua.get("seconds") or 0.0), str(ua.get("error") or ""))

    def results(self) -> list[TrialResult]:
        """Every trial of this sweep in the database (complete, running, failed, waiting), by number."""
        out = [r for r in (self._result(t) for t in self._trials()) if r is not None]
        return sorted(out, key=lambda r: r.number)

    def progress(self) -> tuple[int, int]:
        """(keys with a complete trial, points x seeds)."""
        import optuna

        done = {self._key_of(t) for t in self._trials((optuna.trial.TrialState.COMPLETE,))}
        done.discard(None)
        return len(done), len(self._keys)

    # -- claiming, staleness, re-enqueueing (all with claim_lock held) -------------------------------------

    def _reconcile(self, retry_failed: bool) -> int:
        """Mark stale RUNNING trials interrupted, then enqueue every key that has no COMPLETE, RUNNING or
        WAITING trial: always after an interruption (or a key never enqueued), after a failure only when
        ``retry_failed`` (a new run). Returns how many were enqueued."""
        from optuna.trial import TrialState

        now = time.time()
        for t in self._trials((TrialState.RUNNING,)):
            if self._stale(t, now):
                self._finish_failed(t._trial_id, "interrupted", interrupted=True)
        active: set[int] = set()
        failed: set[int] = set()
        for t in self._trials():
            key = self._key_of(t)
            if key is None:
                continue
            if t.state in (TrialState.COMPLETE, TrialState.RUNNING, TrialState.WAITING):
                active.add(key)
            elif not t.user_attrs.get("interrupted") and not t.user_attrs.get("duplicate"):
                failed.add(key)
        added = 0
        for key, k in enumerate(self._keys):
            if key in active or (key in failed and not retry_failed):
                continue
            self._study.enqueue_trial({"key": key}, user_attrs={"key": key, "point_index": k.point, "seed": k.seed})
            added += 1
        return added

    @staticmethod
    def _stale(t: Any, now: float) -> bool:
        owner = t.user_attrs.get("owner") or {}
        if owner.get("host") == this_host() and isinstance(owner.get("pid"), int) and os.name != "nt":
            return not alive(owner["pid"], str(owner.get("start", "")))
        beat = t.user_attrs.get("heartbeat")
        if not isinstance(beat, (int, float)):
            beat = t.datetime_start.timestamp() if t.datetime_start else now
        return now - beat > STALE_S

    def _finish_failed(self, trial_id: int, error: str, **flags: Any) -> bool:
        """RUNNING -> FAIL with ``error``; False when another process finished it first."""
        from optuna.exceptions import UpdateFinishedTrialError
        from optuna.trial import TrialState

        try:
            self._storage.set_trial_user_attr(trial_id, "error", error)
            for name, value in flags.items():
                self._storage.set_trial_user_attr(trial_id, name, value)
            return self._storage.set_trial_state_values(trial_id, TrialState.FAIL)
        except UpdateFinishedTrialError:
            return False

    def interrupt(self, trial_id: int) -> None:
        """A trial stopped before it finished: FAIL "interrupted", its key enqueued again."""
        with claim_lock(self.storage):
            if self._finish_failed(trial_id, "interrupted", interrupted=True):
                self._reconcile(retry_failed=False)

    def claim(self) -> tuple[int, int, int] | None:
        """The next trial for this process: (trial id, number, key), RUNNING and owned by this process;
        None when no trial is left to train."""
        from optuna.exceptions import UpdateFinishedTrialError
        from optuna.trial import TrialState

        with claim_lock(self.storage):
            for attempt in range(2):
                if attempt:
                    if not self._reconcile(retry_failed=False):
                        return None
                for t in self._trials((TrialState.WAITING,)):
                    try:
                        if not self._storage.set_trial_state_values(t._trial_id, TrialState.RUNNING):
                            continue
                    except UpdateFinishedTrialError:
                        continue
                    self._storage.set_trial_user_attr(t._trial_id, "owner", owner_attr())
                    self._storage.set_trial_user_attr(t._trial_id, "heartbeat", time.time())
                    key = self._key_of(t)
                    earlier = self._duplicate_of(t, key)
                    if key is None or earlier is not None:
                        self._finish_failed(t._trial_id, f"duplicate of trial {earlier} (not trained)",
                                            duplicate=True)
                        continue
                    return t._trial_id, t.number, key
        return None

    def _duplicate_of(self, trial: Any, key: int | None) -> int | None:
        """The number of a trial that makes ``trial`` a duplicate: of its key, COMPLETE, or RUNNING/WAITING
        with a smaller number."""
        from optuna.trial import TrialState

        for t in self._trials((TrialState.COMPLETE, TrialState.RUNNING, TrialState.WAITING)):
            if t.number != trial.number and self._key_of(t) == key and (
                    t.state == TrialState.COMPLETE or t.number < trial.number):
                return t.number
        return None

    def heartbeat(self, trial_id: int) -> None:
        self._storage.set_trial_user_attr(trial_id, "heartbeat", time.time())

    def finish(self, trial_id: int, number: int, attrs: dict, accuracy: float | None, error: str) -> str:
        """Record a trained trial: its figures, then COMPLETE (value: the accuracy) or FAIL with ``error``.
        Returns the state stored ("complete"/"failed"), or "interrupted" when another process had already
        taken the trial as stale (the result is dropped; the key was enqueued again)."""
        from optuna.exceptions import UpdateFinishedTrialError
        from optuna.trial import TrialState

        try:
            for name, value in attrs.items():
                self._storage.set_trial_user_attr(trial_id, name, value)
            self._storage.set_trial_user_attr(trial_id, "error", error)
            if error or accuracy is None or not math.isfinite(accuracy):
                self._study.tell(number, state=TrialState.FAIL)
                return "failed"
            self._study.tell(number, accuracy)
            return "complete"
        except (UpdateFinishedTrialError, RuntimeError, ValueError):
            state = self._storage.get_trial(trial_id).state
            return "complete" if state == TrialState.COMPLETE else "interrupted"

    def trial_result(self, trial_id: int) -> TrialResult | None:
        return self._result(self._storage.get_trial(trial_id))

    # -- running ------------------------------------------------------------------------------------------

    def run(self, workers: int = 1, should_stop: Callable[[], bool] = lambda: False,
            on_trial: Callable[[TrialResult], None] | None = None,
            on_progress: Callable[[dict], None] | None = None, device: str = "cpu") -> str:
        """Train every trial not yet complete in ``workers`` spawned processes; "completed" or "stopped".
        ``should_stop`` is polled every 0.1 s; then the workers are told to stop and killed after 2 s. The
        callbacks are called in this thread. A worker that failed outside a trial raises SweepError here
        (finished trials are kept)."""
        import multiprocessing as mp

        from .study_worker import worker_main

        if isinstance(workers, bool) or not isinstance(workers, int) or not 1 <= workers <= MAX_WORKERS:
            raise SweepError("workers", workers, M("config.out_of_range", "is out of range"), f"1..{MAX_WORKERS}")
        if not isinstance(device, str) or not device:
            raise SweepError("device", device, M("train.device_name", "must be a device name"),
                             "cpu, cuda, cuda:N, mps")
        from optuna.trial import TrialState

        with claim_lock(self.storage):
            self._reconcile(retry_failed=True)
        waiting = len(self._trials((TrialState.WAITING,)))
        if waiting == 0:
            return "completed"
        if should_stop():
            return "stopped"
        n = min(workers, waiting)
        threads = max(1, (os.cpu_count() or 1) // n)
        limit = os.environ.get("OMP_NUM_THREADS", "")
        if limit.isdigit() and int(limit) > 0:  # the user's (or the test session's) limit is kept
            threads = min(threads, int(limit))
        ctx = mp.get_context("spawn")
        messages = ctx.Queue()
        stop = ctx.Event()
        procs = [ctx.Process(target=worker_main, name=f"sweep-worker-{i}", daemon=True,
                             args=(self.storage, self.study_name, i, threads, device, stop, messages, os.getpid()))
                 for i in range(n)]
        for p in procs:
            p.start()
        fatal: list[str] = []
        stopped = ok = False
        try:
            while True:
                self._drain(messages, POLL_S, on_trial, on_progress, fatal)
                if should_stop():
                    stopped = True
                    break
                if not any(p.is_alive() for p in procs):
                    self._drain(messages, 0.0, on_trial, on_progress, fatal)
                    break
            ok = True
        finally:
            stop.set()
            deadline = time.monotonic() + STOP_GRACE_S
            while any(p.is_alive() for p in procs) and time.monotonic() < deadline:
                # a trial that ends while the workers stop is still told (not after a callback's exception)
                with contextlib.suppress(Exception):
                    self._drain(messages, 0.05, on_trial if ok else None, None, fatal)
            if ok:
                self._drain(messages, 0.0, on_trial, None, fatal)
            for p in procs:
                if p.is_alive():
                    p.kill()
                p.join(5)
            messages.cancel_join_thread()
            messages.close()
            with claim_lock(self.storage):  # a killed worker's trial: interrupted, its key enqueued again
                self._reconcile(retry_failed=False)
        crashed = [f"worker {i} exit code {p.exitcode}" for i, p in enumerate(procs) if p.exitcode not in (0, None)
                   and not stopped]
        if fatal or crashed:
            raise SweepError("sweep", self.study_name, M("sweep.worker_failed", "a worker process failed: {error}")(
                error="; ".join(fatal + crashed)[:400]), M("sweep.kept", "finished trials are kept"))
        return "stopped" if stopped else "completed"

    def _drain(self, messages: Any, timeout: float, on_trial: Callable | None, on_progress: Callable | None,
               fatal: list[str]) -> None:
        """Handle the workers' messages: wait up to ``timeout`` for the first, then take what is there."""
        while True:
            try:
                kind, _worker, payload = messages.get(timeout=timeout) if timeout > 0 else messages.get_nowait()
            except (queue_module.Empty, EOFError, OSError):
                return
            timeout = 0.0
            if kind == "progress" and on_progress is not None:
                on_progress(payload)
            elif kind == "trial" and on_trial is not None:
                on_trial(payload)
            elif kind == "fatal":
                fatal.append(str(payload))
