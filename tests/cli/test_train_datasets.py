"""The registry reaches the CLI and the compare view: a dataset added to DATASETS is listed and trains."""

from __future__ import annotations

import gzip
import json
import struct

import numpy as np

from explorer.cli import main
from explorer.core.checkpoint import load_checkpoint
from explorer.core.data import DATASETS

NET = ["--blocks", "2,2", "--growth-rate", "4", "--bottleneck", "--compression", "0.5"]


def test_train_help_lists_every_registered_dataset(capsys):
    try:
        main(["train", "--help"])
    except SystemExit as exc:
        assert exc.code == 0
    text = " ".join(capsys.readouterr().out.split())
    for name in DATASETS:
        assert name in text
    assert "digits, shapes (offline)" in text and "kmnist or folder:PATH" in text


def test_the_joint_run_counts_the_offline_sets_from_the_registry():
    from explorer.core.compare import DATASET_IMAGES

    assert DATASET_IMAGES == {"digits": 1797, "shapes": 2400}


def _idx(array: np.ndarray) -> bytes:
    return bytes([0, 0, 8, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


def test_kmnist_trains_from_its_real_files_through_the_cli(tmp_path, capsys):
    raw = tmp_path / "data" / "KMNIST" / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (40, 28, 28), dtype=np.uint8)
    y = (np.arange(40) % 10).astype(np.uint8)
    for name, array in (("train-images-idx3-ubyte", x), ("train-labels-idx1-ubyte", y),
                        ("t10k-images-idx3-ubyte", x[:10]), ("t10k-labels-idx1-ubyte", y[:10])):
        with gzip.open(raw / f"{name}.gz", "wb") as fh:
            fh.write(_idx(array))
    out = tmp_path / "run"
    code = main(["train", *NET, "--dataset", "kmnist", "--data-dir", str(tmp_path / "data"), "--epochs", "1",
                 "--max-batches", "1", "--batch-size", "8", "--json", "--quiet", "--out", str(out)])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert json.loads(captured.out)["status"] == "completed"
    ck = load_checkpoint(out / "checkpoint.pt")
    assert (ck["config"]["in_channels"], ck["config"]["input_size"], ck["config"]["num_classes"]) == (1, 28, 10)
    assert ck["classes"] == list(DATASETS["kmnist"].classes)
