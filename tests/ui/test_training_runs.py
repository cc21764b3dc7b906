"""The training panel's runs model, without Qt: runs, the current one, the folders it may delete, overlays,
what a run's line and its end say, how far a continued run goes."""

from __future__ import annotations

import math
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest

from explorer.ui.panels.training_runs import Finish, RunRecord, RunsModel, clock, resume_epochs, split_images

CONFIG = SimpleNamespace(title="DenseNet-BC (L=40, k=12)")


def _settings(epochs: int = 3) -> SimpleNamespace:
    return SimpleNamespace(epochs=epochs)


def _epoch(n: int, val_acc: float = 0.5) -> dict[str, float]:
    return {"epoch": n, "train_loss": 1.0 / n, "train_acc": 0.4, "val_loss": 1.2 / n, "val_acc": val_acc,
            "lr": 0.1, "images_per_s": 100.0 * n}


def test_the_model_imports_neither_qt_nor_torch():
    code = ("import sys; import explorer.ui.panels.training_runs; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'pyqtgraph', 'torch'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


def test_batches_are_placed_in_epochs_and_smoothed_without_a_start_bias():
    run = RunRecord(1, CONFIG, "digits", _settings())
    run.add_batch_report(SimpleNamespace(epoch=2, batch=3, batches=10, loss=2.0))
    assert run.batch_x == [pytest.approx(1.3)] and run.batch_loss == [2.0]
    assert run.batch_smooth == [pytest.approx(2.0)]  # the first point is the loss itself, not 0.1 of it
    for _ in range(20):
        run.add_batch(1.5, 2.0)
    assert run.batch_smooth[-1] == pytest.approx(2.0)  # a constant loss stays constant
    run.add_batch(1.6, 0.0)
    assert 0.0 < run.batch_smooth[-1] < 2.0


def test_a_run_s_line_as_data():
    run = RunRecord(2, CONFIG, "shapes", _settings())
    line = run.line()
    assert (line.index, line.title, line.dataset, line.epochs, line.val_acc, line.status) == (
        2, CONFIG.title, "shapes", 0, None, "running")
    run.history += [_epoch(1, 0.6), _epoch(2, 0.75)]
    run.status = "stopped"
    assert (run.line().epochs, run.line().val_acc, run.line().status) == (2, 0.75, "stopped")
    assert run.epoch_series("val_loss") == ([1, 2], [1.2, 0.6])


def test_new_runs_get_their_own_folders_and_only_those_may_be_deleted(tmp_path):
    model = RunsModel()
    root = tmp_path / "runs"
    now = time.mktime((2026, 12, 2, 4, 5, 6, 0, 0, -1))
    first = model.new_run(CONFIG, "digits", _settings(), root, now=now)
    second = model.new_run(CONFIG, "digits", _settings(), root, now=now)
    assert [r.index for r in model.runs] == [1, 2] and len(model) == 2
    assert Path(first.out_dir) == root / "run-20261202-040506-1" and second.out_dir.endswith("-2")
    assert model.discardable(first, root) and model.discardable(second, root)
    assert not model.discardable(first, tmp_path / "elsewhere")  # a folder not under the runs folder: kept
    loaded = model.add_loaded(CONFIG, "digits", _settings(), str(tmp_path / "mine" / "run.pt"), [_epoch(1)])
    assert (loaded.index, loaded.status, loaded.out_dir) == (3, "loaded", str(tmp_path / "mine"))
    assert not model.discardable(loaded, tmp_path)  # the user's own folder, never deleted
    assert not model.discardable(None, root)
    assert model.run_at(0) is first and model.run_at(2) is loaded and model.run_at(3) is None
    assert model.run_at(-1) is None


def test_starting_and_finishing_the_current_run(tmp_path):
    model = RunsModel()
    loaded = model.add_loaded(CONFIG, "digits", _settings(2), str(tmp_path / "run.pt"), [_epoch(1)])
    assert loaded.resumable
    model.start(loaded, _settings(5))
    assert model.current is loaded and loaded.status == "running" and loaded.settings.epochs == 5
    assert not loaded.resumable and model.last_finish is None
    finish = model.finish("stopped", "stopped at epoch 2", None)  # no new checkpoint: the old one is kept
    assert (loaded.status, loaded.message, loaded.checkpoint) == ("stopped", "stopped at epoch 2",
                                                                str(tmp_path / "run.pt"))
    assert finish == Finish("stopped", "stopped at epoch 2", str(tmp_path / "run.pt")) == model.last_finish
    assert finish.shows_checkpoint and not finish.is_error
    failed = model.finish("failed", "out of memory", str(tmp_path / "new.pt"))
    assert failed.is_error and not failed.shows_checkpoint and loaded.checkpoint == str(tmp_path / "new.pt")
    assert loaded.resumable  # a failed run continues from the checkpoint it kept
    assert Finish("diverged", "loss is NaN", "c.pt").is_error
    assert Finish("completed", "", None).shows_checkpoint is False


def test_overlays_need_an_epoch_and_come_off_again():
    model = RunsModel()
    run = model.new_run(CONFIG, "digits", _settings(), Path("/nonexistent/runs"))
    assert model.set_overlay(run, True) == [] and model.overlaid() == []  # nothing to draw before an epoch
    run.history.append(_epoch(1, 0.8))
    series = model.set_overlay(run, True)
    assert [(s.plot, s.named) for s in series] == [("acc", True), ("eloss", True), ("lr", False), ("speed", False)]
    assert series[0].x == [1] and series[0].y == [0.8] and model.overlaid() == [1] and model.is_overlaid(run)
    run.add_batch(0.5, 1.0)
    assert model.set_overlay(run, True)[-1].plot == "loss"  # the smoothed batch loss too, once there is one
    assert model.set_overlay(run, False) == [] and model.overlaid() == [] and not model.is_overlaid(run)


def test_a_continued_run_goes_on_to_its_plan_or_beyond_it():
    run = RunRecord(1, CONFIG, "digits", _settings(3), history=[_epoch(1)])
    assert resume_epochs(run, 2) == 3  # stopped at 1 of 3: at least the planned 3, on the planned schedule
    assert resume_epochs(run, 10) == 10
    run.history += [_epoch(2), _epoch(3)]
    assert resume_epochs(run, 3) == 4  # finished: one more at least


def test_clock_and_the_validation_split():
    assert [clock(s) for s in (0, 59.4, 61, 3599, 3600, 3725)] == ["0:00", "0:59", "1:01", "59:59", "1:00:00",
                                                                    "1:02:05"]
    assert clock(math.nan) == "?" and clock(math.inf) == "?"
    assert split_images(1797) == (1617, 180) and split_images(50000) == (45000, 5000)


def test_a_run_s_series_grow_in_numpy_buffers_and_its_columns_follow_the_history():
    run = RunRecord(1, CONFIG, "digits", _settings())
    for i in range(1000):
        run.add_batch(i / 100, 1.0 + (i % 7))
    assert len(run.batch_loss) == 1000 and run.batch_loss.view().dtype.name == "float64"
    assert run.batch_loss.view()[:7].tolist() == [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]
    assert len(run.batch_loss._buf) == 1024  # doubled from 64: amortised growth, not a copy per batch
    run.history.append(_epoch(1, 0.6))
    assert run.epoch_series("val_acc") == ([1], [0.6])
    run.history.append(_epoch(2, 0.7))  # the panel appends rows itself: the columns follow
    epochs, acc = run.epoch_series("val_acc")
    assert epochs == [1, 2] and acc == [0.6, 0.7]
    run.history = [_epoch(1, 0.9)]  # a new history (a continued run's): read again
    assert run.epoch_series("val_acc")[1] == [0.9]
    del run.history[0]["lr"]
    run.history = list(run.history)
    assert math.isnan(run.epoch_series("lr")[1][0])  # a row without the value: a gap, not a crash
    model = RunsModel()
    series = model.set_overlay(run, True)
    loss = next(s for s in series if s.plot == "loss")
    assert loss.x is run.batch_x and loss.y is run.batch_smooth  # the run's own series, never a copy
