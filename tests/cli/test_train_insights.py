"""`explorer train --json`: the per-epoch insights arrays (gradient norms per layer, per-class and top-5 accuracy,
the confusion matrix, peak memory beside the ledger's estimate), the same as the run's insights.json."""

from __future__ import annotations

import json

import pytest

from explorer.cli import main
from explorer.core.training.insights import load_insights

NET = ["--blocks", "2,2", "--growth-rate", "4"]


def test_train_json_has_per_epoch_insight_arrays(tmp_path, capsys):
    out = tmp_path / "run"
    code = main(["train", *NET, "--dataset", "digits", "--epochs", "2", "--max-batches", "3", "--grad-norm-every",
                 "2", "--json", "--quiet", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = json.loads(captured.out)
    saved = load_insights(out)
    layers = result["grad_norms"]["layers"]
    assert layers == saved.layers and layers[0] == "features.conv0" and layers[-1] == "classifier"
    assert "features.denseblock2.denselayer2.conv1" in layers and result["grad_norms"]["every"] == 2
    per_epoch = result["grad_norms"]["per_epoch"]
    assert len(per_epoch) == 2 and all(len(row) == len(layers) for row in per_epoch)
    assert per_epoch == [e.grad_norms for e in saved.epochs] and all(v > 0 for row in per_epoch for v in row)
    assert saved.epochs[0].grad_samples == 2  # batch 2 (every 2nd) and batch 3 (the last)
    assert result["classes"] == [str(d) for d in range(10)]
    assert len(result["per_class_acc"]) == 2 and len(result["per_class_acc"][1]) == 10
    confusion = result["confusion"]
    assert len(confusion) == 10 and all(len(row) == 10 for row in confusion)
    val_count = saved.epochs[-1].val_count
    assert sum(map(sum, confusion)) == val_count > 0
    assert result["top1"][-1] == pytest.approx(result["val_acc"], rel=1e-6)
    assert result["top1"][-1] == pytest.approx(sum(confusion[k][k] for k in range(10)) / val_count)
    assert all(t5 >= t1 for t1, t5 in zip(result["top1"], result["top5"]))
    assert result["misclassified_total"][-1] == val_count - sum(confusion[k][k] for k in range(10))
    assert all(b > 0 for b in result["peak_memory_bytes"]) and result["peak_memory_kind"] == "process"
    assert all(b > 0 for b in result["estimated_memory_bytes"])
    assert max(result["peak_memory_bytes"]) >= result["baseline_memory_bytes"] > 0


def test_train_help_documents_the_insights(capsys):
    with pytest.raises(SystemExit):
        main(["train", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    for word in ("grad_norms", "per_class_acc", "top5", "confusion", "peak_memory_bytes", "--grad-norm-every"):
        assert word in text
