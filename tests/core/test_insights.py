"""What the Trainer records beside the loss: gradient norms per layer, the validation pass's confusion matrix,
per-class and top-5 accuracy and misclassified images, reuse heatmaps per epoch, peak memory, insights.json."""

from __future__ import annotations

import dataclasses
import math

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from explorer.core.config import DenseNetConfig
from explorer.core.data import load_digits
from explorer.core.families.plain import PlainConfig
from explorer.core.inference.reuse import reuse_heatmaps
from explorer.core.ledger import compute_ledger
from explorer.core.models import build_model
from explorer.core.training import Trainer, TrainSettings, effective_config
from explorer.core.training.insights import (
    GradNormRecorder,
    detailed_evaluate,
    ledger_rows_of,
    load_insights,
    measure_grad_norm_overhead,
    validation_image,
)

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
PLAIN = PlainConfig(depth=8, width=4, in_channels=1, input_size=8)
DIGITS = load_digits()
SMALL = DIGITS.subset(300, seed=2)


class _HandNorms:
    """After each step (the gradients are still on the parameters), each conv/linear layer's norm by hand."""

    def __init__(self) -> None:
        self.trainer = None
        self.per_batch: list[dict[str, float]] = []
        self.epochs = []

    def on_batch_end(self, report) -> None:
        norms = {}
        for name, module in self.trainer.model.named_modules():
            if isinstance(module, (nn.Conv2d, nn.Linear)):
                norms[name] = math.sqrt(sum(float(p.grad.norm()) ** 2 for p in module.parameters(recurse=False)))
        self.per_batch.append(norms)

    def on_epoch_end(self, report) -> None:
        self.epochs.append(report)


@pytest.mark.parametrize("config", [TINY, PLAIN], ids=["densenet", "plain"])
def test_grad_norms_per_layer_equal_a_hand_computation(config):
    torch.set_num_threads(1)
    hand = _HandNorms()
    # 3 batches, every 2nd sampled: batch 2 (the 2nd) and batch 3 (the epoch's last).
    trainer = Trainer(config, SMALL, TrainSettings(epochs=1, batch_size=32, max_batches=3, drop_rate=0.0), hand,
                      grad_norm_every=2)
    hand.trainer = trainer
    trainer.run()
    ins = trainer.insights
    convs = [n for n, m in trainer.model.named_modules() if isinstance(m, (nn.Conv2d, nn.Linear))]
    assert ins.layers == convs and len(ins.layers) == len(hand.per_batch[0])
    if config.family == "densenet":
        assert "features.denseblock1.denselayer2.conv1" in ins.layers and ins.layers[-1] == "classifier"
    rows = ledger_rows_of(ins.layers, [r.name for r in compute_ledger(config).rows])
    assert None not in rows and rows[0] == "features.conv0" and rows[-1] == "classifier"
    assert rows[1] == ("features.denseblock1.denselayer1" if config.family == "densenet" else "features.stage1.unit1")
    e = hand.epochs[0].insights
    assert e is ins.epochs[0] and e.epoch == 1 and e.grad_samples == 2 and len(e.grad_norms) == len(convs)
    for i, name in enumerate(ins.layers):
        expected = math.sqrt((hand.per_batch[1][name] ** 2 + hand.per_batch[2][name] ** 2) / 2)
        assert e.grad_norms[i] == pytest.approx(expected, rel=1e-4), name
    assert all(v > 0 for v in e.grad_norms)
    assert ins.grad_norm_matrix() == [[v] for v in e.grad_norms]


def test_the_recorder_samples_every_nth_and_the_last_batch():
    rec = GradNormRecorder(nn.Linear(2, 2), every=10)
    assert [b for b in range(25) if rec.wants(b, 25)] == [9, 19, 24]
    values, samples, _ = rec.epoch_values()
    assert samples == 0 and all(math.isnan(v) for v in values)


class _Fixed(nn.Module):
    """Gives back the next rows of a fixed logits table, whatever the images."""

    def __init__(self, logits: torch.Tensor) -> None:
        super().__init__()
        self.logits, self.pos = logits, 0
        self.weight = nn.Parameter(torch.zeros(1))

    def forward(self, x):
        out = self.logits[self.pos:self.pos + len(x)]
        self.pos += len(x)
        return out + 0 * self.weight


def test_confusion_per_class_top5_and_misclassified_against_a_hand_count():
    n, c = 70, 10
    g = torch.Generator().manual_seed(3)
    images, labels = DIGITS.images[:n], DIGITS.labels[:n]
    logits = torch.randn(n, c, generator=g)
    logits[::3] += 10 * nn.functional.one_hot(labels[::3], c)  # a third certainly right
    detail = detailed_evaluate(_Fixed(logits), images, labels, torch.tensor(DIGITS.mean), torch.tensor(DIGITS.std),
                               DIGITS.pixel_max, torch.device("cpu"), c, batch_size=16, max_misclassified=5)
    confusion = [[0] * c for _ in range(c)]
    top5 = 0
    wrong = []
    for i in range(n):
        row = logits[i].tolist()
        pred = max(range(c), key=lambda j: row[j])
        confusion[int(labels[i])][pred] += 1
        top5 += int(labels[i]) in sorted(range(c), key=lambda j: -row[j])[:5]
        if pred != int(labels[i]):
            wrong.append((i, int(labels[i]), pred))
    assert detail.confusion == confusion and sum(map(sum, detail.confusion)) == n
    assert detail.accuracy == pytest.approx(sum(confusion[k][k] for k in range(c)) / n)
    assert detail.top5 == pytest.approx(top5 / n) and detail.top5 >= detail.accuracy
    for k in range(c):
        total = sum(confusion[k])
        assert detail.per_class_acc[k] == (pytest.approx(confusion[k][k] / total) if total else None)
    assert detail.misclassified_total == len(wrong) > 5
    assert [(m.index, m.true, m.predicted) for m in detail.misclassified] == wrong[:5]
    m = detail.misclassified[0]
    assert (m.channels, m.height, m.width) == (1, 8, 8)
    expected = (images[m.index].float() * 255 / 16).round().clamp(0, 255).to(torch.uint8)
    assert m.pixels == expected.numpy().tobytes()
    # Five classes or fewer: no top-5.
    few = detailed_evaluate(_Fixed(logits[:, :5]), images, labels % 5, torch.tensor(DIGITS.mean),
                            torch.tensor(DIGITS.std), DIGITS.pixel_max, torch.device("cpu"), 5)
    assert few.top5 is None and len(few.confusion) == 5


def test_insights_per_epoch_are_saved_reloaded_and_continued_on_resume(tmp_path):
    torch.set_num_threads(1)
    settings = TrainSettings(epochs=1, batch_size=32, max_batches=2)
    trainer = Trainer(TINY, SMALL, settings, out_dir=tmp_path)
    trainer.run()
    first = trainer.insights
    assert load_insights(tmp_path) == first and len(first.epochs) == 1
    e = first.epochs[0]
    assert e.val_count == 30 and len(e.confusion) == 10 and sum(map(sum, e.confusion)) == 30
    assert e.top1 == pytest.approx(sum(e.confusion[k][k] for k in range(10)) / 30)
    assert e.peak_memory_bytes >= e.baseline_memory_bytes > 0 and e.peak_memory_kind == "process"
    for m in e.misclassified[:3]:  # each points at its validation image: the thumbnail is that image
        image, label = validation_image(SMALL, settings, m.index)
        assert label == m.true and m.pixels == (image.float() * 255 / 16).round().to(torch.uint8).numpy().tobytes()
    assert e.misclassified  # two batches of training leave wrong answers to show
    config = effective_config(TINY, settings)
    assert e.estimated_memory_bytes == compute_ledger(config).train_step_bytes(32, False)

    resumed = Trainer.from_checkpoint(tmp_path / "checkpoint.pt", SMALL, out_dir=tmp_path, epochs=2)
    resumed.run()
    again = load_insights(tmp_path)
    assert [x.epoch for x in again.epochs] == [1, 2] and again == resumed.insights
    # Earlier epochs keep everything but their misclassified images (the last epoch's gallery is kept); the
    # epoch-1 report a callback was given is not changed afterwards.
    assert again.epochs[0] == dataclasses.replace(e, misclassified=[]) and e.misclassified
    assert again.epochs[1].misclassified and again.epochs[0].confusion == e.confusion
    # The reuse heatmaps per epoch: the last is Figure 5 of the trained weights, and they moved with training.
    last = [m.values.tolist() for m in reuse_heatmaps(resumed.model, config)]
    assert _nan_as_none(last) == _nan_as_none(again.epochs[1].reuse, 5)
    assert again.epochs[0].reuse != again.epochs[1].reuse and len(again.epochs[1].reuse) == 2
    assert len(again.epochs[1].reuse[0]) == 3  # 2 dense layers + the transition


def _nan_as_none(blocks, digits=5):
    return [[[None if v is None or math.isnan(v) else round(v, digits) for v in row] for row in m] for m in blocks]


def test_other_families_have_no_reuse_and_insights_can_be_off():
    torch.set_num_threads(1)
    trainer = Trainer(PLAIN, SMALL, TrainSettings(epochs=1, batch_size=32, max_batches=1))
    trainer.run()
    assert trainer.insights.epochs[0].reuse is None and trainer.insights.family == "plain"
    off = Trainer(PLAIN, SMALL, TrainSettings(epochs=1, batch_size=32, max_batches=1), insights=False)
    assert off.run().status == "completed" and off.insights is None


def test_the_recording_cost_is_measured_interleaved():
    torch.set_num_threads(1)
    figures = measure_grad_norm_overhead(TINY, batch_size=4, rounds=1, steps=2, every=1)
    assert figures["layers"] == len(GradNormRecorder(build_model(TINY), 1).layers)
    assert figures["step_s"] > 0 and figures["recorded_step_s"] > 0 and figures["record_s"] > 0


def test_the_detailed_pass_gives_the_same_loss_and_accuracy_as_evaluate():
    from explorer.core.training import evaluate

    torch.manual_seed(0)
    model = build_model(TINY)
    args = (DIGITS.images[:50], DIGITS.labels[:50], torch.tensor(DIGITS.mean), torch.tensor(DIGITS.std),
            DIGITS.pixel_max, torch.device("cpu"))
    detail = detailed_evaluate(model, *args, 10, batch_size=16)
    loss, acc = evaluate(model, *args, batch_size=16)
    assert (detail.loss, detail.accuracy) == pytest.approx((loss, acc), rel=1e-6) and model.training


def test_a_damaged_insights_file_is_named_and_an_old_run_has_none(tmp_path):
    from explorer.core.io import FileFormatError

    assert load_insights(tmp_path) is None
    (tmp_path / "insights.json").write_text("{\"layers\": 3", encoding="utf-8")
    with pytest.raises(FileFormatError, match="insights.json: is not a run's insights file"):
        load_insights(tmp_path)
    with pytest.raises(Exception, match="grad_norm_every = 0"):
        GradNormRecorder(nn.Linear(2, 2), every=0)


def test_the_insights_report_types_need_no_torch(tmp_path):
    """The window reads a saved run's insights before torch has loaded."""
    import subprocess
    import sys

    trainer = Trainer(TINY, SMALL, TrainSettings(epochs=1, batch_size=32, max_batches=1), out_dir=tmp_path)
    trainer.run()
    code = ("import sys; from explorer.core.training import load_insights; i = load_insights(sys.argv[1]); "
            "print(len(i.layers), len(i.epochs[0].confusion), 'torch' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == [str(len(trainer.insights.layers)), "10", "False"]


@settings(max_examples=25, deadline=None)
@given(n=st.integers(1, 40), c=st.integers(2, 12), batch=st.integers(1, 17), seed=st.integers(0, 99))
def test_the_confusion_matrix_counts_every_image_once_in_any_batching(n, c, batch, seed):
    g = torch.Generator().manual_seed(seed)
    labels = torch.randint(0, c, (n,), generator=g)
    logits = torch.randn(n, c, generator=g)
    images = torch.randint(0, 17, (n, 1, 8, 8), generator=g, dtype=torch.uint8)
    detail = detailed_evaluate(_Fixed(logits), images, labels, torch.tensor([0.3]), torch.tensor([0.2]), 16.0,
                               torch.device("cpu"), c, batch_size=batch)
    pred = logits.argmax(1)
    for t in range(c):
        for p in range(c):
            assert detail.confusion[t][p] == int(((labels == t) & (pred == p)).sum())
    hits = sum(detail.confusion[k][k] for k in range(c))
    assert detail.misclassified_total == int((pred != labels).sum()) == n - hits
    assert (detail.top5 is None) == (c <= 5)


def test_a_long_run_keeps_big_confusion_matrices_and_galleries_for_the_last_epoch_only():
    from explorer.core.training.insights import EpochInsights, Misclassified, RunInsights

    def epoch(n, classes):
        return EpochInsights(n, [1.0], 1, confusion=[[n] * classes for _ in range(classes)],
                             per_class_acc=[0.5] * classes, misclassified=[Misclassified(0, 1, 2, 1, 1, 1, b"\x07")])

    for classes, kept in ((25, []), (20, [[1] * 20 for _ in range(20)])):
        run = RunInsights(["fc"], [str(c) for c in range(classes)], 10)
        first = epoch(1, classes)
        for n in (1, 2, 3):
            run.keep(first if n == 1 else epoch(n, classes))
        assert [e.epoch for e in run.epochs] == [1, 2, 3]
        assert run.epochs[0].confusion == kept and run.epochs[0].per_class_acc == [0.5] * classes
        assert run.epochs[2].confusion[0][0] == 3 and len(run.epochs[2].misclassified) == 1
        assert not run.epochs[0].misclassified and len(first.misclassified) == 1 and first.confusion[0][0] == 1
        run.keep(epoch(2, classes))  # a resumed epoch replaces the one saved, and later ones go
        assert [e.epoch for e in run.epochs] == [1, 2]
