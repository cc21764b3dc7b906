"""A continued run follows the learning-rate schedule of an unbroken run of its new length.

The optimiser's saved state holds the rate its groups had under the old run's length (0.001 at the end of a
4-epoch step schedule); the first resumed epoch must not run at it, nor at anything but what an unbroken run
of the new length has at that epoch."""

from __future__ import annotations

import pytest

from explorer.core.checkpoint import load_checkpoint
from explorer.core.config import DenseNetConfig
from explorer.core.data import load_digits
from explorer.core.training import Trainer, TrainSettings

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
SMALL = load_digits().subset(200, seed=1)


def _settings(schedule: str, epochs: int) -> TrainSettings:
    return TrainSettings(epochs=epochs, batch_size=32, max_batches=2, schedule=schedule, drop_rate=0.0)


def _lrs(history):
    return [row["lr"] for row in history]


class _StopAfter:
    """Requests a stop once ``epochs`` epochs have ended: the run saves at the next epoch's first batch."""

    def __init__(self, trainer, epochs):
        self.trainer, self.epochs = trainer, epochs

    def on_epoch_end(self, report):
        if report.epoch == self.epochs:
            self.trainer.request_stop()


def _first_run(tmp_path, schedule, epochs, stop_after=None):
    trainer = Trainer(TINY, SMALL, _settings(schedule, epochs), out_dir=tmp_path)
    if stop_after is not None:
        trainer.callbacks = _StopAfter(trainer, stop_after)
    result = trainer.run()
    assert result.status == ("completed" if stop_after is None else "stopped")
    return result


def _continue(tmp_path, schedule, epochs):
    settings = _settings(schedule, epochs)
    return Trainer(TINY, SMALL, settings, out_dir=tmp_path, resume_from=tmp_path / "checkpoint.pt").run()


def test_unbroken_step_schedule_is_the_papers():
    assert _lrs(Trainer(TINY, SMALL, _settings("step", 8)).run().history) == pytest.approx(
        [0.1] * 4 + [0.01] * 2 + [0.001] * 2, rel=1e-12)


@pytest.mark.parametrize("schedule", ["step", "cosine"])
@pytest.mark.parametrize("new_epochs", [6, 8])
def test_a_finished_run_continued_to_more_epochs_follows_the_new_length(tmp_path, schedule, new_epochs):
    first = _first_run(tmp_path, schedule, 4)
    assert _lrs(first.history) == pytest.approx([0.1 * f for f in
                                                 ([1, 1, 0.1, 0.01] if schedule == "step"
                                                  else [1, 0.8535533905932737, 0.5, 0.14644660940672627])])
    unbroken = Trainer(TINY, SMALL, _settings(schedule, new_epochs)).run()
    resumed = _continue(tmp_path, schedule, new_epochs)
    assert resumed.status == "completed" and len(resumed.history) == new_epochs
    assert _lrs(resumed.history)[:4] == _lrs(first.history)  # what ran, ran
    assert _lrs(resumed.history)[4:] == _lrs(unbroken.history)[4:]  # every continued epoch, exactly
    assert load_checkpoint(tmp_path / "checkpoint.pt")["epoch"] == new_epochs


@pytest.mark.parametrize("schedule,stop_after", [("step", 2), ("cosine", 1)])
@pytest.mark.parametrize("new_epochs", [4, 8])
def test_a_stopped_run_continued_matches_an_unbroken_run_at_every_epoch(tmp_path, schedule, stop_after,
                                                                        new_epochs):
    """Stopped before the two lengths' schedules part (step: half of 4; cosine: the first epoch), then
    continued with the same length or a longer one: all epochs at the unbroken run's rates."""
    first = _first_run(tmp_path, schedule, 4, stop_after=stop_after)
    assert len(first.history) == stop_after
    unbroken = Trainer(TINY, SMALL, _settings(schedule, new_epochs)).run()
    resumed = _continue(tmp_path, schedule, new_epochs)
    assert resumed.status == "completed"
    assert _lrs(resumed.history) == _lrs(unbroken.history)


def test_a_run_stopped_inside_an_epoch_resumes_at_the_new_lengths_rate(tmp_path):
    """Stopped in epoch 4 of a 4-epoch step run (rate 0.001 there), continued to 8: epoch 4 is at 0.1."""
    trainer = Trainer(TINY, SMALL, _settings("step", 4), out_dir=tmp_path)

    class StopInFourth:
        def on_batch_end(self, r):
            if r.epoch == 4 and r.batch == 1:
                trainer.request_stop()

    trainer.callbacks = StopInFourth()
    assert trainer.run().status == "stopped"
    assert load_checkpoint(tmp_path / "checkpoint.pt")["position"]["epoch_index"] == 3
    resumed = _continue(tmp_path, "step", 8)
    unbroken = Trainer(TINY, SMALL, _settings("step", 8)).run()
    assert _lrs(resumed.history)[3:] == _lrs(unbroken.history)[3:]
    assert resumed.history[3]["lr"] == pytest.approx(0.1)
