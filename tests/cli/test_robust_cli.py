"""Every command with bad input: one line on stderr naming the problem, exit status 2, no traceback.

A few run as real subprocesses (`python -m explorer ...`, chosen so they need no torch and stay fast);
the rest call ``main`` in-process, where any exception other than the one-line exit fails the test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.checkpoint import save_checkpoint
from explorer.core.config import DEFAULT_PRESET, DenseNetConfig, preset_config
from explorer.core.images import sample_images

ROOT = Path(__file__).resolve().parents[2]
TINY = ["--depth", "10", "--growth-rate", "2"]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli")
    (d / "a_folder").mkdir()
    (d / "a_file").write_text("x")
    (d / "random.bin").write_bytes(os.urandom(2048))
    (d / "empty.pt").write_bytes(b"")
    (d / "trunc.json").write_text('{"growth_rate": 12')
    (d / "list.json").write_text("[1, 2]")
    save_checkpoint(d / "huge.pt", config=preset_config(DEFAULT_PRESET, growth_rate=10_000), model_state={},
                    classes=["a"], mean=[0.5], std=[0.5])
    save_checkpoint(d / "tiny.pt", config=DenseNetConfig(growth_rate=2, block_layers=(1, 1)), model_state={},
                    classes=["a"], mean=[0.5], std=[0.5])
    return d


def _image() -> str:
    return str(sample_images()[0]) if sample_images() else str(next((ROOT / "explorer" / "resources").rglob("*.png")))


CASES = [
    # summary
    ("summary --torchinfo --growth-rate 10000", "needs about 4.5 TiB on cpu"),
    ("summary --config {d}/trunc.json", "is not valid JSON"),
    ("summary --config {d}/list.json", "must be a JSON object"),
    ("summary --config {d}/a_folder", "a_folder: is a folder, not a config file"),
    ("summary --config {d}/missing.json", "missing.json: cannot be read (No such file or directory)"),
    ("summary --config {d}/random.bin", "random.bin: is not a text (UTF-8 JSON) file"),
    ("summary --depth 10001", "depth = 10001"),
    # export
    ("export --csv {d}/a_folder", "a_folder: cannot be written (a folder has that name)"),
    ("export --csv {d}/a_file/x.csv", "a_file/x.csv: cannot be written"),
    ("export --config-json /proc/x.json", "/proc/x.json: cannot be written"),
    ("export --onnx {d}/huge.onnx --growth-rate 10000", "needs about 4.5 TiB"),
    # predict
    ("predict --checkpoint {d}/huge.pt {img}", "growth rate k"),
    ("predict --checkpoint {d}/random.bin {img}", "random.bin: is truncated or not a torch checkpoint"),
    ("predict --checkpoint {d}/empty.pt {img}", "empty.pt: is truncated or not a torch checkpoint"),
    ("predict --checkpoint {d}/a_folder {img}", "a_folder: is a folder, not a checkpoint file"),
    ("predict --checkpoint {d}/tiny.pt {img}", "weights do not fit"),
    ("predict --checkpoint {d}/tiny.pt {d}/a_folder", "a_folder: is a folder, not an image file"),
    ("predict --checkpoint {d}/tiny.pt {d}/random.bin", "random.bin: is not an image"),
    ("predict --checkpoint {d}/tiny.pt {img} --top-k 0", "top_k = 0"),
    ("predict --checkpoint {d}/tiny.pt {img} --device tpu", "device = 'tpu'"),
    ("predict --pretrained densenet121 --weights {d}/random.bin {img}", "random.bin: is not a PyTorch weights file"),
    ("predict --pretrained densenet121 --offline {img}", "no ImageNet weights in torch hub's cache"),
    # train
    ("train --epochs 0", "epochs = 0"),
    ("train --lr nan", "lr = nan"),
    ("train --dataset nosuch", "dataset = 'nosuch'"),
    ("train --dataset mnist --data-dir {d}/a_file", "no mnist files in"),
    ("train --dataset folder:{d}/a_folder", "has 0 class subfolders"),
    ("train --growth-rate 10000 --epochs 1", "needs about 6.9 TiB on cpu (parameters, gradients"),
    ("train --out {d}/a_file/run --epochs 1 " + " ".join(TINY), "a_file/run: cannot be written"),
    ("train --resume {d}/random.bin", "random.bin: is truncated or not a torch checkpoint"),
    ("train --resume {d}/a_folder", "a_folder: is a folder, not a checkpoint file"),
    ("train --resume {d}/tiny.pt", "is not recorded in the checkpoint"),
    # compare
    ("compare nonexist", "is not a known preset"),
    ("compare --config {d}/trunc.json", "trunc.json)"),
    ("compare --config {d}/a_folder", "a_folder: is a folder, not a config file"),
    ("compare --batch-size 0 resnet-110", "--batch-size = 0"),
    ("compare", "give at least one preset name"),
]


@pytest.mark.parametrize("command, words", CASES, ids=[c for c, _ in CASES])
def test_bad_input_is_one_line_and_exit_2(files, capsys, command, words):
    argv = command.format(d=files, img=_image()).split()
    code = main(argv)  # any exception escaping here (a traceback for the user) fails the test
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(f"explorer {argv[0]}: error: ") and err.count("\n") == 1, err
    assert words in err and "Traceback" not in err
    assert not list(Path(files).glob("**/.*.part"))  # no temp file left behind


@pytest.mark.parametrize("argv, words", [
    (["summary", "--growth-rate", "x"], "invalid int value"),
    (["presets", "--bogus"], "unrecognized arguments: --bogus"),
    (["export", "--csv", "{d}/a_folder"], "a_folder: cannot be written"),
    (["predict", "--checkpoint", "{d}/tiny.pt", "{d}/missing.png"], "missing.png: no such file"),
    (["train", "--epochs", "0"], "epochs = 0"),
    (["compare", "--config", "{d}/random.bin"], "is not a text (UTF-8 JSON) file"),
])
def test_as_a_real_process(files, argv, words):
    """`python -m explorer` itself: stderr is exactly one line, exit 2 (these need no torch, so they are quick)."""
    cmd = [sys.executable, "-m", "explorer", *(a.format(d=files) for a in argv)]
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 2, proc.stderr
    assert proc.stderr.count("\n") == 1 and words in proc.stderr and "Traceback" not in proc.stderr


def test_a_valid_command_after_the_bad_ones_works(files, capsys):
    assert main(["export", "--csv", str(files / "ok.csv"), *TINY]) == 0
    assert (files / "ok.csv").read_text().startswith("name,kind,block")
