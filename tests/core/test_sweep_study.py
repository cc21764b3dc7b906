"""Sweeps in an Optuna study: trials trained once each, across worker processes, surviving a kill.

Tiny DenseNets on the shipped digits, one epoch of a few batches; worker processes are real (spawn), so a
test that trains costs a few seconds for the workers to import torch.
"""

from __future__ import annotations

import math
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.ledger import compute_ledger
from explorer.core.sweeps import Axis, SweepSpec, parse_axis
from explorer.core.sweeps.study import STALE_S, Sweep, SweepError, default_storage, list_studies

ROOT = Path(__file__).resolve().parents[2]
BASE = {"family": "densenet", "growth_rate": 4, "block_layers": [1, 1, 1], "bottleneck": False,
        "compression": 1.0}
FAST = {"epochs": 1, "max_batches": 3, "batch_size": 32}


def _spec(seeds: int = 2, settings_: dict | None = None, ks: str = "4,6", dataset: str = "digits") -> SweepSpec:
    return SweepSpec(BASE, (parse_axis("growth_rate", ks),), dataset, settings_ or FAST, seeds)


def _url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'sweeps.db'}"


def _db_trials(sweep: Sweep) -> list:
    """Every trial straight from optuna (state names, user attrs), not through results()."""
    return sweep._storage.get_all_trials(sweep._study_id, deepcopy=False)


def _complete_keys(sweep: Sweep) -> Counter:
    return Counter(t.user_attrs["key"] for t in _db_trials(sweep) if t.state.name == "COMPLETE")


def _subprocess(code: str, tmp_path: Path, **kw) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_DATA_HOME": str(tmp_path / "xdg")}
    return subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, **kw)


def _wait_for(condition, timeout: float = 120.0, what: str = "") -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


# ------------------------------------------------------------------------------------- without training

def test_create_enqueues_every_trial_seed_major_and_reopens(tmp_path):
    spec = _spec(seeds=2, ks="4,6,8")
    sweep = Sweep.create(spec, _url(tmp_path), "grid")
    assert (sweep.spec, sweep.storage, sweep.study_name) == (spec, _url(tmp_path), "grid")
    results = sweep.results()
    assert [r.state for r in results] == ["waiting"] * 6
    assert [(r.point["growth_rate"], r.seed) for r in results] == [(4, 0), (6, 0), (8, 0), (4, 1), (6, 1), (8, 1)]
    led = compute_ledger(spec.config_for({"growth_rate": 6}).replace(in_channels=1, input_size=8, num_classes=10))
    assert (results[1].params, results[1].macs) == (led.total_params, led.total_macs)
    assert sweep.progress() == (0, 6)
    again = Sweep.create(_spec(seeds=2, ks="4,6,8"), _url(tmp_path), "grid")  # the same sweep: resumed
    assert len(again.results()) == 6
    opened = Sweep.open(_url(tmp_path), "grid")
    assert opened.spec == spec and opened.progress() == (0, 6)
    assert list_studies(_url(tmp_path)) == ["grid"]


def test_create_with_another_spec_is_refused_and_open_names_the_study(tmp_path):
    Sweep.create(_spec(), _url(tmp_path), "one")
    with pytest.raises(SweepError) as info:
        Sweep.create(_spec(seeds=3), _url(tmp_path), "one")
    assert info.value.field == "study" and "one" in str(info.value) and "different sweep" in str(info.value)
    assert len(Sweep.open(_url(tmp_path), "one").results()) == 4  # the existing sweep untouched
    with pytest.raises(SweepError) as info:
        Sweep.open(_url(tmp_path), "two")
    assert info.value.field == "study" and "one" in str(info.value)  # the studies there are named
    with pytest.raises(SweepError) as info:
        Sweep.open(f"sqlite:///{tmp_path / 'absent.db'}", "one")
    assert info.value.field == "storage"
    assert not (tmp_path / "absent.db").exists()  # opening never creates a database
    assert list_studies(f"sqlite:///{tmp_path / 'absent.db'}") == []
    for bad in ("", "not a url", "sqlite://", "sqlite:///:memory:"):
        with pytest.raises(SweepError) as info:
            Sweep.create(_spec(), bad, "x")
        assert info.value.field == "storage"
    with pytest.raises(SweepError) as info:
        Sweep.create(_spec(), _url(tmp_path), " padded")
    assert info.value.field == "study"


def test_default_storage_is_sqlite_in_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    url = default_storage()
    assert url.startswith("sqlite:///") and url.endswith("sweeps.db") and str(tmp_path / "data") in url
    sweep = Sweep.create(_spec(seeds=1))
    assert sweep.storage == url and sweep.study_name.startswith("sweep-")
    assert Path(url.removeprefix("sqlite:///")).is_file()
    assert list_studies(url) == [sweep.study_name]


@settings(max_examples=8)
@given(st.lists(st.integers(2, 16), min_size=1, max_size=3, unique=True), st.sampled_from([None, (0.05, 0.1)]),
       st.integers(1, 3))
def test_progress_totals_and_keys_match_the_grid(ks, lrs, seeds):
    axes = [Axis("growth_rate", tuple(ks))] + ([Axis("lr", lrs)] if lrs else [])
    spec = SweepSpec(BASE, tuple(axes), "digits", FAST, seeds)
    with tempfile.TemporaryDirectory() as tmp:
        sweep = Sweep.create(spec, f"sqlite:///{tmp}/s.db", "h")
        n = len(ks) * (len(lrs) if lrs else 1) * seeds
        assert sweep.progress() == (0, n)
        got = [(r.point, r.seed) for r in sweep.results()]
        assert got == [(spec.points()[k.point], k.seed) for k in spec.trials()]
        assert len({(tuple(p.items()), s) for p, s in got}) == n


def test_stale_running_trials_are_interrupted_and_enqueued_again(tmp_path):
    sweep = Sweep.create(_spec(seeds=1), _url(tmp_path), "stale")
    tid, number, key = sweep.claim()
    assert (number, key) == (0, 0)
    sweep._reconcile(retry_failed=False)  # our own live process: not stale
    assert [r.state for r in sweep.results()] == ["running", "waiting"]
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # a pid that is gone
    owner = {**sweep._storage.get_trial(tid).user_attrs["owner"], "pid": dead.pid}
    sweep._storage.set_trial_user_attr(tid, "owner", owner)
    tid2, number2, key2 = sweep.claim()  # key 1; claiming does not reconcile while a trial waits
    sweep._storage.set_trial_user_attr(tid2, "owner", {"host": "elsewhere", "pid": 1, "start": ""})
    sweep._reconcile(retry_failed=False)
    states = [(r.number, r.state, r.error) for r in sweep.results()]
    # the dead owner's trial: interrupted, its key waiting again as trial 2; another host's with a fresh beat: kept
    assert states == [(0, "failed", "interrupted"), (1, "running", ""), (2, "waiting", "")]
    assert sweep.results()[2].point == {"growth_rate": 4}
    sweep._storage.set_trial_user_attr(tid2, "heartbeat", time.time() - STALE_S - 1)
    sweep._reconcile(retry_failed=False)
    assert [(r.number, r.state) for r in sweep.results()] == [(0, "failed"), (1, "failed"), (2, "waiting"),
                                                                (3, "waiting")]
    assert sweep.progress() == (0, 2)


def test_a_second_trial_of_one_key_is_given_up_as_duplicate(tmp_path):
    """Two machines re-enqueueing the same key at once leave two WAITING trials: the first is trained, the
    second is given up untrained."""
    sweep = Sweep.create(_spec(seeds=1), _url(tmp_path), "dup")
    sweep._study.enqueue_trial({"key": 0}, user_attrs={"key": 0, "point_index": 0, "seed": 0})
    first = sweep.claim()
    second = sweep.claim()
    assert (first[1], first[2]) == (0, 0) and (second[1], second[2]) == (1, 1)
    assert sweep.claim() is None  # trial 2 (key 0 again) was given up
    last = sweep.results()[2]
    assert (last.state, last.error) == ("failed", "duplicate of trial 0 (not trained)")


# ----------------------------------------------------------------------------------------- training

def test_sweep_trains_every_trial_once_with_two_workers(tmp_path):
    spec = _spec(seeds=2)
    sweep = Sweep.create(spec, _url(tmp_path), "run")
    finished, progress = [], []
    assert sweep.run(workers=2, on_trial=finished.append, on_progress=progress.append) == "completed"
    assert sweep.progress() == (4, 4)
    results = sweep.results()
    assert len(results) == 4 and all(r.state == "complete" for r in results)
    assert sorted((r.point["growth_rate"], r.seed) for r in results) == [(4, 0), (4, 1), (6, 0), (6, 1)]
    assert sorted(r.number for r in finished) == [0, 1, 2, 3]
    for r in results:
        assert 0.0 <= r.accuracy <= 1.0 and math.isfinite(r.val_loss) and r.seconds > 0 and r.error == ""
    trials = _db_trials(sweep)
    assert {t.value for t in trials} == {t.user_attrs["accuracy"] for t in trials}  # the value told to optuna
    assert len({t.user_attrs["owner"]["pid"] for t in trials}) >= 1
    assert progress and set(progress[0]) == {"trial", "epoch", "epochs", "batch", "batches"}
    assert {p["batches"] for p in progress} == {3} and {p["epochs"] for p in progress} == {1}
    assert multiprocessing.active_children() == []
    assert sweep.run() == "completed" and len(sweep.results()) == 4  # nothing left: nothing trained again


def test_a_trial_that_cannot_train_fails_with_its_error_and_is_retried_on_the_next_run(tmp_path):
    sweep = Sweep.create(_spec(seeds=1, dataset=f"folder:{tmp_path / 'gone'}"), _url(tmp_path), "bad")
    errors = []
    assert sweep.run(on_trial=errors.append) == "completed"
    assert [r.state for r in errors] == ["failed", "failed"] and "gone" in errors[0].error
    assert sweep.progress() == (0, 2)
    assert sweep.run() == "completed"
    assert [r.state for r in sweep.results()] == ["failed"] * 4  # each key tried once more, once


def test_stop_ends_the_workers_and_keeps_the_interrupted_trial_for_later(tmp_path):
    sweep = Sweep.create(_spec(seeds=1, settings_={"epochs": 3, "max_batches": 40, "batch_size": 16}),
                         _url(tmp_path), "stop")
    asked = []
    state = sweep.run(should_stop=lambda: bool(asked), on_progress=asked.append)
    assert state == "stopped" and asked
    assert multiprocessing.active_children() == []  # joined (or killed), none left behind
    by_number = {r.number: r for r in sweep.results()}
    assert (by_number[0].state, by_number[0].error) == ("failed", "interrupted")
    assert sweep.progress() == (0, 2)
    waiting = sorted((r.point["growth_rate"], r.seed) for r in by_number.values() if r.state == "waiting")
    assert waiting == [(4, 0), (6, 0)]  # the interrupted key enqueued again, the untouched one still there


def test_killed_sweep_resumes_without_retraining_or_losing_a_trial(tmp_path):
    url = _url(tmp_path)
    sweep = Sweep.create(_spec(seeds=3, settings_={"epochs": 1, "max_batches": 12, "batch_size": 16}), url, "kill")
    code = (f"from explorer.core.sweeps.study import Sweep\n"
            f"Sweep.open({url!r}, 'kill').run(workers=1)\n")
    proc = _subprocess(code, tmp_path, start_new_session=True)
    try:
        _wait_for(lambda: sweep.progress()[0] >= 1 and any(r.state == "running" for r in sweep.results()),
                  what="one finished trial and one running")
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # the driver and its worker, mid-trial
        proc.wait()
    before = {t.number: (t.state.name, t.user_attrs.get("key"), t.value) for t in _db_trials(sweep)}
    done_before = {n: v for n, v in before.items() if v[0] == "COMPLETE"}
    running = [n for n, v in before.items() if v[0] == "RUNNING"]
    assert done_before and len(running) <= 1  # none when the kill fell between two trials (rare)
    resumed = Sweep.open(url, "kill")
    trained = []
    assert resumed.run(on_trial=trained.append) == "completed"
    after = {t.number: (t.state.name, t.user_attrs.get("key"), t.value) for t in _db_trials(resumed)}
    for n, v in done_before.items():
        assert after[n] == v  # finished trials kept as they were
    assert {r.number for r in trained}.isdisjoint(done_before)  # and none of them trained again
    done_keys = {v[1] for v in done_before.values()}
    assert not {r.seed * 2 + (r.point["growth_rate"] == 6) for r in trained} & done_keys
    for number in running:  # the killed trial: interrupted, not complete, its key trained in a later trial
        trial = next(t for t in _db_trials(resumed) if t.number == number)
        assert (trial.state.name, trial.user_attrs["error"]) == ("FAIL", "interrupted")
    assert _complete_keys(resumed) == Counter(dict.fromkeys(range(6), 1))  # every key exactly once
    assert resumed.progress() == (6, 6)
    assert len(after) == 6 + len(running)  # 6 keys + the interrupted attempt; nothing else


def test_two_processes_on_one_sqlite_study_train_each_trial_exactly_once(tmp_path):
    url = _url(tmp_path)
    sweep = Sweep.create(_spec(seeds=3), url, "pair")
    code = (f"from explorer.core.sweeps.study import Sweep\n"
            f"print(Sweep.open({url!r}, 'pair').run(workers=1))\n")
    procs = [_subprocess(code, tmp_path) for _ in range(2)]
    outs = [p.communicate(timeout=300)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    assert all(o.strip().endswith("completed") for o in outs), outs
    trials = _db_trials(sweep)
    assert len(trials) == 6 and all(t.state.name == "COMPLETE" for t in trials)  # no duplicate, no extra
    assert _complete_keys(sweep) == Counter(dict.fromkeys(range(6), 1))
    assert sweep.progress() == (6, 6)


@pytest.mark.parametrize("url", ["sqlite:///rel/s.db", "sqlite:////abs/dir/s.db", "sqlite:///s.db?timeout=5",
                                 "sqlite+pysqlite:///x.db", "sqlite:///~/x.db"])
def test_sqlite_paths_are_read_as_sqlalchemy_reads_them(url):
    from sqlalchemy.engine import make_url

    from explorer.core.sweeps.storage import _sqlite_path

    assert _sqlite_path(url) == Path(make_url(url).database).expanduser().absolute()
    assert _sqlite_path("postgresql://u:pw@host/db") is None


def test_list_studies_of_sqlite_needs_neither_optuna_nor_sqlalchemy(tmp_path):
    import optuna

    url = _url(tmp_path)
    Sweep.create(_spec(seeds=1), url, "b-sweep")
    optuna.create_study(storage=url, study_name="not-a-sweep")
    Sweep.create(_spec(seeds=2), url, "a-sweep")
    code = ("import sys\nfrom explorer.core.sweeps.study import list_studies\n"
            f"print(list_studies({url!r}), 'optuna' in sys.modules, 'sqlalchemy' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout
    assert out.strip() == "['b-sweep', 'a-sweep'] False False"  # oldest first, the plain optuna study left out
    assert list_studies(url) == ["b-sweep", "a-sweep"]
