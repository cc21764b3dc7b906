"""The headless Trainer: it learns, follows the paper's schedule, pauses, stops, resumes the same run."""

from __future__ import annotations

import math
import threading

import pytest
import torch

from explorer.core.checkpoint import load_checkpoint
from explorer.core.config import ConfigError, DenseNetConfig
from explorer.core.data import ImageData, load_digits
from explorer.core.training import (
    Trainer,
    TrainSettings,
    effective_config,
    estimate_epoch_seconds,
    lr_factor,
    measure_training_speed,
)

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
DIGITS = load_digits()
SMALL = DIGITS.subset(400, seed=1)


def _curves(history):
    return [{k: v for k, v in row.items() if k not in ("images_per_s", "elapsed")} for row in history]


def test_a_tiny_densenet_learns_the_digits():
    config = DenseNetConfig(growth_rate=8, block_layers=(2, 2), in_channels=1, input_size=8)
    result = Trainer(config, DIGITS, TrainSettings(epochs=4, drop_rate=0.0)).run()
    assert result.status == "completed" and result.epochs_completed == 4
    assert result.val_acc >= 0.9, result.history
    assert result.history[-1]["train_loss"] < result.history[0]["train_loss"]
    assert [round(h["lr"], 6) for h in result.history] == [0.1, 0.1, 0.01, 0.001]


def test_schedules_follow_the_paper():
    s = TrainSettings(epochs=8)
    assert [lr_factor(s, e) for e in range(8)] == pytest.approx([1, 1, 1, 1, 0.1, 0.1, 0.01, 0.01])
    paper = TrainSettings(epochs=300)
    assert [lr_factor(paper, e) for e in (149, 150, 224, 225)] == pytest.approx([1, 0.1, 0.1, 0.01])
    assert lr_factor(TrainSettings(epochs=1), 0) == 1.0  # a one-epoch run keeps the initial rate
    c = TrainSettings(epochs=4, schedule="cosine")
    assert [lr_factor(c, e) for e in range(4)] == pytest.approx([1, 0.853553, 0.5, 0.146447], abs=1e-6)
    assert lr_factor(TrainSettings(schedule="constant"), 9) == 1.0


def test_defaults_are_the_papers_recipe_and_dropout_rule():
    s = TrainSettings()
    assert (s.batch_size, s.lr, s.momentum, s.nesterov, s.weight_decay) == (64, 0.1, 0.9, True, 1e-4)
    assert s.effective_drop_rate == 0.2 and TrainSettings(augment=True).effective_drop_rate == 0.0
    assert effective_config(TINY, s).drop_rate == 0.2
    assert effective_config(TINY, TrainSettings(drop_rate=0.0)).drop_rate == 0.0


@pytest.mark.parametrize("field,value,valid", [("lr", 0.0, "(0, 100]"), ("batch_size", 0, "1 to"),
                                              ("schedule", "linear", "step, cosine, constant"),
                                              ("epochs", 2.5, "1 to"), ("val_fraction", 0.95, "[0, 0.9]")])
def test_bad_settings_name_the_field(field, value, valid):
    with pytest.raises(ConfigError) as err:
        TrainSettings(**{field: value})
    assert err.value.field == field and valid in str(err.value)


def test_a_network_that_does_not_fit_the_data_is_refused():
    with pytest.raises(ConfigError, match="in_channels = 3: does not fit the dataset digits"):
        Trainer(TINY.replace(in_channels=3), DIGITS, TrainSettings(epochs=1)).run()
    with pytest.raises(ConfigError, match="input_size"):
        Trainer(TINY.replace(input_size=16), DIGITS, TrainSettings(epochs=1)).run()


class _Recorder:
    def __init__(self, stop_at_step=None, trainer=None):
        self.batches, self.epochs, self.evals, self.checkpoints = [], [], [], []
        self.stop_at_step, self.trainer = stop_at_step, trainer

    def on_batch_end(self, r):
        self.batches.append(r)
        if self.stop_at_step is not None and r.step == self.stop_at_step:
            self.trainer.request_stop()

    def on_epoch_end(self, r):
        self.epochs.append(r)

    def on_eval_end(self, r):
        self.evals.append(r)

    def on_checkpoint(self, path):
        self.checkpoints.append(path)


def test_reports_checkpoints_and_metrics(tmp_path):
    rec = _Recorder()
    result = Trainer(TINY, SMALL, TrainSettings(epochs=2, batch_size=32), rec, out_dir=tmp_path).run()
    assert len(rec.batches) == 2 * math.ceil(360 / 32) and len(rec.epochs) == 2 and len(rec.evals) == 2
    b = rec.batches[-1]
    assert (b.epoch, b.batch, b.batches, b.step) == (2, 12, 12, 24) and b.eta == 0.0
    assert b.images_per_s > 0 and b.memory_bytes > 0 and 0 <= b.accuracy <= 1
    assert rec.evals[0].count == 40
    assert rec.checkpoints == [str(tmp_path / "checkpoint.pt")] * 2 == [result.checkpoint] * 2
    lines = (tmp_path / "metrics.csv").read_text().splitlines()
    assert lines[0] == "epoch,train_loss,train_acc,val_loss,val_acc,lr,images_per_s" and len(lines) == 3
    assert float(lines[2].split(",")[4]) == pytest.approx(result.history[1]["val_acc"], rel=1e-5)
    ck = load_checkpoint(tmp_path / "checkpoint.pt")
    assert ck["epoch"] == 2 and ck["dataset"] == "digits" and ck["config"]["drop_rate"] == 0.2


@pytest.mark.parametrize("augment,stop_step", [(False, 17), (True, 12)])
def test_stop_and_resume_retrace_an_unbroken_run(tmp_path, augment, stop_step):
    settings = TrainSettings(epochs=3, batch_size=32, augment=augment, drop_rate=0.2, seed=5)
    straight = Trainer(TINY, SMALL, settings)
    unbroken = straight.run()
    trainer = Trainer(TINY, SMALL, settings, out_dir=tmp_path)
    trainer.callbacks = _Recorder(stop_at_step=stop_step, trainer=trainer)
    first = trainer.run()
    assert first.status == "stopped" and "batch" in first.message
    ck = load_checkpoint(tmp_path / "checkpoint.pt")
    assert ck["position"] is not None or stop_step % 12 == 0
    again = Trainer.from_checkpoint(tmp_path / "checkpoint.pt", dataset=SMALL, out_dir=tmp_path)
    resumed = again.run()
    assert resumed.status == "completed"
    assert _curves(resumed.history) == _curves(unbroken.history)
    for k, v in straight.model.state_dict().items():
        assert torch.equal(again.model.state_dict()[k], v), k


def test_stop_between_epochs_then_resume(tmp_path):
    settings = TrainSettings(epochs=2, batch_size=64, max_batches=3)
    unbroken = Trainer(TINY, SMALL, settings).run()
    trainer = Trainer(TINY, SMALL, settings, out_dir=tmp_path)
    trainer.callbacks = _Recorder(stop_at_step=3, trainer=trainer)  # the last batch of epoch 1
    first = trainer.run()
    assert first.status == "stopped" and first.epochs_completed == 1
    assert load_checkpoint(tmp_path / "checkpoint.pt")["position"] is None
    resumed = Trainer.from_checkpoint(tmp_path / "checkpoint.pt", dataset=SMALL).run()
    assert _curves(resumed.history) == _curves(unbroken.history)


def _waiting_probe(get_trainer, waiting):
    """A should_stop() that never stops: the loop polls it between batches and, while paused, from inside its
    wait; a poll that finds the trainer paused proves the loop is waiting there, holding its next batch."""

    def should_stop():
        if get_trainer().paused:
            waiting.set()
        return False

    return should_stop


def test_pause_holds_between_batches_and_resume_continues():
    waiting = threading.Event()

    class PauseAtTwo(_Recorder):
        def on_batch_end(self, r):
            super().on_batch_end(r)
            if r.step == 2:
                trainer.pause()

    rec = PauseAtTwo()
    trainer = Trainer(TINY, SMALL, TrainSettings(epochs=1, batch_size=64, max_batches=4), rec,
                      should_stop=_waiting_probe(lambda: trainer, waiting))
    out = {}
    thread = threading.Thread(target=lambda: out.setdefault("r", trainer.run()))
    thread.start()
    assert waiting.wait(60)  # the loop is inside its pause, before the third batch
    assert trainer.paused and len(rec.batches) == 2
    trainer.resume()
    thread.join(60)
    assert out["r"].status == "completed" and [b.step for b in rec.batches] == [1, 2, 3, 4]


def test_stop_while_paused_ends_the_run():
    waiting = threading.Event()

    class PauseAfterEach(_Recorder):
        def on_batch_end(self, r):
            super().on_batch_end(r)
            trainer.pause()

    rec = PauseAfterEach()
    trainer = Trainer(TINY, SMALL, TrainSettings(epochs=5, max_batches=2), rec,
                      should_stop=_waiting_probe(lambda: trainer, waiting))
    out = {}
    thread = threading.Thread(target=lambda: out.setdefault("r", trainer.run()))
    thread.start()
    assert waiting.wait(60)  # paused after the first batch, and waiting
    assert trainer.paused and len(rec.batches) == 1  # no batch ran while paused
    trainer.request_stop()
    thread.join(60)
    assert not thread.is_alive()
    assert out["r"].status == "stopped" and out["r"].history == []
    assert out["r"].message == "stopped at epoch 1, batch 2" and len(rec.batches) == 1


def test_should_stop_ends_the_run_between_batches_and_while_paused():
    rec = _Recorder()
    result = Trainer(TINY, SMALL, TrainSettings(epochs=3, batch_size=64, max_batches=4), rec,
                     should_stop=lambda: len(rec.batches) >= 3).run()
    assert result.status == "stopped" and result.message == "stopped at epoch 1, batch 4" and len(rec.batches) == 3

    class PauseAtOne(_Recorder):
        def on_batch_end(self, r):
            super().on_batch_end(r)
            trainer.pause()

    rec = PauseAtOne()
    trainer = Trainer(TINY, SMALL, TrainSettings(epochs=2, max_batches=2), rec, should_stop=lambda: trainer.paused)
    result = trainer.run()  # nobody resumes it: the poll inside the pause ends the run
    assert result.status == "stopped" and len(rec.batches) == 1 and result.message == "stopped at epoch 1, batch 2"


def test_stop_inside_a_batch_drops_that_batch_and_saves_nothing_from_it(tmp_path):
    rec = _Recorder()
    polls = []

    def should_stop():  # true in the middle of the second batch's forward pass
        polls.append(len(rec.batches))
        return polls.count(1) > 5

    result = Trainer(TINY, SMALL, TrainSettings(epochs=2, batch_size=64, max_batches=3), rec, out_dir=tmp_path,
                     should_stop=should_stop, stop_inside_batch=True).run()
    assert result.status == "stopped" and result.message == "stopped inside the batch after epoch 1, batch 1"
    assert len(rec.batches) == 1 and result.history == [] and result.checkpoint is None
    assert not (tmp_path / "checkpoint.pt").exists()


def test_the_result_is_plain_data_and_the_network_stays_with_the_trainer():
    import dataclasses

    trainer = Trainer(TINY, SMALL, TrainSettings(epochs=1, max_batches=1))
    result = trainer.run()
    assert isinstance(trainer.model, torch.nn.Module)
    kinds = (str, int, float, list, dict, type(None), TrainSettings, DenseNetConfig)
    assert all(isinstance(getattr(result, f.name), kinds) for f in dataclasses.fields(result))


def test_train_step_is_one_optimiser_step_and_returns_detached_figures():
    from explorer.core.models import build_model
    from explorer.core.training import train_step

    torch.manual_seed(0)
    model = build_model(TINY.replace(drop_rate=0.0))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(6, 1, 8, 8), torch.arange(6) % 10
    before = [p.detach().clone() for p in model.parameters()]
    for amp in (False, True):  # on CPU, AMP is bfloat16 autocast without a scaler
        loss, out = train_step(model, opt, x, y, amp=amp)
        assert not loss.requires_grad and not out.requires_grad and out.shape == (6, 10)
        assert math.isfinite(loss.item())
    assert any(not torch.equal(a, b) for a, b in zip(before, model.parameters()))


def test_a_non_finite_loss_stops_with_a_message():
    broken = ImageData("digits", DIGITS.images[:100], DIGITS.labels[:100], DIGITS.classes, pixel_max=16.0,
                       mean=[0.3], std=[0.0])  # division by zero: infinite inputs
    result = Trainer(TINY, broken, TrainSettings(epochs=2, drop_rate=0.0)).run()
    assert result.status == "diverged" and "epoch 1, batch 1" in result.message and "learning rate" in result.message
    assert result.history == []


def test_speed_estimate_uses_the_ledger_and_a_measured_rate():
    rate = measure_training_speed(TINY, "cpu", batch_size=4, steps=1)
    assert rate > 1e6  # multiply-adds per second; any CPU of this century does more
    assert estimate_epoch_seconds(1000, 10, 5, 3e4) == pytest.approx((3 * 1000 * 10 + 1000 * 5) / 3e4)


def test_settings_and_dataset_shapes_need_no_torch():
    """The window fills its form before torch has loaded in the background."""
    import subprocess
    import sys

    code = ("import sys; from explorer.core.training import TrainSettings; "
            "from explorer.core.data import dataset_shape, apply_dataset; TrainSettings(); dataset_shape('shapes'); "
            "print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_settings_schedule_and_reports_modules_need_no_torch():
    """Each torch-free module of the training package, imported first in a fresh interpreter."""
    import subprocess
    import sys

    code = ("import sys; import explorer.core.training.settings as s; import explorer.core.training.reports as r; "
            "s.lr_factor(s.TrainSettings(), 3); r.metrics_csv([]); print('torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
