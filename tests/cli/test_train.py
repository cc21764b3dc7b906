"""`explorer train`: the same trainer headless, its files, its JSON, resume, one-line errors."""

from __future__ import annotations

import csv
import json

import pytest

from explorer.cli import main
from explorer.core.checkpoint import load_checkpoint

NET = ["--blocks", "2,2", "--growth-rate", "4", "--bottleneck", "--compression", "0.5"]


def test_train_writes_metrics_checkpoint_and_json(tmp_path, capsys):
    out = tmp_path / "run"
    code = main(["train", *NET, "--dataset", "digits", "--epochs", "2", "--max-batches", "4", "--json",
                 "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    result = json.loads(captured.out)
    assert result["epochs"] == 2 and result["status"] == "completed"
    assert result["checkpoint"] == str(out / "checkpoint.pt") and 0.0 <= result["val_acc"] <= 1.0
    rows = list(csv.DictReader((out / "metrics.csv").open()))
    assert [r["epoch"] for r in rows] == ["1", "2"]
    assert float(rows[1]["val_acc"]) == pytest.approx(result["val_acc"], rel=1e-5)
    assert "epoch 2/2" in captured.err
    ck = load_checkpoint(out / "checkpoint.pt")
    # The dataset set the network's input: 8x8 grey digits, 10 classes.
    assert (ck["config"]["in_channels"], ck["config"]["input_size"], ck["config"]["num_classes"]) == (1, 8, 10)
    assert ck["config"]["block_layers"] == [2, 2] and ck["settings"]["max_batches"] == 4

    # --resume continues the run to more epochs, in the same folder.
    code = main(["train", "--resume", str(out / "checkpoint.pt"), "--epochs", "3", "--json", "--quiet"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    resumed = json.loads(captured.out)
    assert resumed["epochs"] == 3 and [h["epoch"] for h in resumed["history"]] == [1, 2, 3]
    assert resumed["history"][:2] == result["history"]
    assert len((out / "metrics.csv").read_text().splitlines()) == 4


def test_user_fields_override_the_dataset(tmp_path, capsys):
    code = main(["train", *NET, "--dataset", "shapes", "--input-size", "16", "--epochs", "1", "--json"])
    err = capsys.readouterr().err
    assert code == 2 and "input_size = 16" in err and "32" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("argv,needle", [
    (["--dataset", "imagenet"], "dataset = 'imagenet': is not a known dataset"),
    (["--dataset", "cifar10", "--data-dir", "{tmp}"], "expected cifar-10-batches-py/"),
    (["--epochs", "0"], "epochs = 0: is out of range"),
    (["--lr", "-1"], "lr = -1.0: is out of range"),
    (["--device", "cuda:7"], "device = 'cuda:7'"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, needle):
    argv = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    code = main(["train", *NET, *argv, "--out", str(tmp_path / "o"), "--max-batches", "1"])
    err = capsys.readouterr().err
    assert code == 2 and needle in err and len(err.strip().splitlines()) == 1, err


def test_resume_of_a_bad_file_is_one_line(tmp_path, capsys):
    (tmp_path / "x.pt").write_bytes(b"not a checkpoint")
    assert main(["train", "--resume", str(tmp_path / "x.pt")]) == 2
    assert "is truncated or not a torch checkpoint" in capsys.readouterr().err


def test_channels_last_and_amp_flags(tmp_path, capsys):
    """channels_last is on by default (measured faster here); --no-channels-last and --amp change it, the JSON
    and the checkpoint say what trained; a resumed run keeps the checkpoint's choice unless told."""
    base = ["train", *NET, "--dataset", "digits", "--epochs", "1", "--max-batches", "2", "--json", "--quiet"]
    assert main([*base, "--out", str(tmp_path / "a")]) == 0
    default = json.loads(capsys.readouterr().out)
    assert default["channels_last"] is True and default["amp"] is False
    assert main([*base, "--no-channels-last", "--amp", "--out", str(tmp_path / "b")]) == 0
    chosen = json.loads(capsys.readouterr().out)
    assert chosen["channels_last"] is False and chosen["amp"] is True and chosen["status"] == "completed"
    ck = load_checkpoint(tmp_path / "b" / "checkpoint.pt")
    assert ck["settings"]["channels_last"] is False and ck["settings"]["amp"] is True
    assert main(["train", "--resume", str(tmp_path / "b" / "checkpoint.pt"), "--epochs", "2", "--json",
                 "--quiet"]) == 0
    resumed = json.loads(capsys.readouterr().out)
    assert resumed["channels_last"] is False and resumed["amp"] is True
    assert main(["train", "--resume", str(tmp_path / "b" / "checkpoint.pt"), "--epochs", "3", "--no-amp",
                 "--json", "--quiet"]) == 0
    assert json.loads(capsys.readouterr().out)["amp"] is False
