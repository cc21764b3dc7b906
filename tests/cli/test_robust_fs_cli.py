"""The CLI on paths that are not plain files, on work that would overwrite other work, and on many images:
one line on stderr, exit 2, and nothing a person made is lost.

Pipes, links and sockets are made in a temporary folder. Readers that would block on a pipe (or read
/dev/zero for ever) run as real processes with a timeout, so a regression fails instead of hanging."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

import explorer.core.images as images
import explorer.core.inference as inference
from explorer.cli import main
from explorer.cli.predict import gradcam_paths
from explorer.core.checkpoint import save_checkpoint
from explorer.core.config import DenseNetConfig, config_to_dict
from explorer.core.io import RunFolderLock
from explorer.core.models import build_model

from ..run_lock import held_by_another_process

ROOT = Path(__file__).resolve().parents[2]
TINY = ["--depth", "10", "--growth-rate", "2"]
CONFIG = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=16, num_classes=3, init_features=8)


@pytest.fixture
def checkpoint(tmp_path):
    torch.manual_seed(0)
    path = tmp_path / "run" / "checkpoint.pt"
    path.parent.mkdir()
    torch.save({"format": "densenet-explorer-checkpoint", "version": 1, "config": config_to_dict(CONFIG),
                "model": build_model(CONFIG).state_dict(), "classes": ["circle", "square", "ring"],
                "mean": [0.5, 0.5, 0.5], "std": [0.25, 0.25, 0.25], "epoch": 1, "history": []}, path)
    return path


def _photo(path: Path, seed: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.fromarray(np.random.default_rng(seed).integers(0, 255, (20, 24, 3), dtype=np.uint8)).save(path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _one_line_exit_2(capsys, argv: list[str], words: str) -> str:
    code = main([str(a) for a in argv])  # any exception escaping here (a traceback) fails the test
    err = capsys.readouterr().err
    assert code == 2, err
    assert err.startswith(f"explorer {argv[0]}: error: ") and err.count("\n") == 1, err
    assert words in err and "Traceback" not in err, err
    return err


# One process runs many command lines (starting Python and torch once instead of once a case): each through
# ``main(argv)`` with the process's own stderr (file descriptor 2) caught in a file, so what a command would print
# on a terminal is what is checked, and an alarm per case, so a reader that blocks fails that case instead of
# hanging (``Hung`` is no OSError: the CLI's own handlers cannot turn it into a one-line refusal).
_DRIVER = r"""
import json, os, signal, sys, tempfile
from explorer.cli import main

class Hung(BaseException):
    pass

def alarm(*_):
    raise Hung()

signal.signal(signal.SIGALRM, alarm)
cases, out, limit = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
results = []
for argv in cases:
    saved = os.dup(2)
    with tempfile.TemporaryFile() as err:
        os.dup2(err.fileno(), 2)
        signal.alarm(limit)
        try:
            code = main(argv)
        except SystemExit as exc:
            code = exc.code
        except Hung:
            code = "hung"
        finally:
            signal.alarm(0)
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
        err.seek(0)
        results.append({"argv": argv, "code": code, "stderr": err.read().decode("utf-8", "replace")})
with open(out, "w", encoding="utf-8") as fh:
    json.dump(results, fh)
"""


def _processes(cases: list[list], tmp_path: Path, per_case: int = 60) -> list[dict]:
    """Each command line's exit status and stderr, run one after another in one separate process."""
    out = tmp_path / "results.json"
    argvs = json.dumps([[str(a) for a in argv] for argv in cases])
    proc = subprocess.run([sys.executable, "-c", _DRIVER, argvs, str(out), str(per_case)], capture_output=True,
                          text=True, cwd=ROOT, timeout=per_case * len(cases) + 120,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert proc.returncode == 0 and out.is_file(), proc.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


@contextlib.contextmanager
def _socket(path: Path):
    s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    s.bind(str(path))
    try:
        yield
    finally:
        s.close()


# ------------------------------------------------------------------------------ outputs


EXPORTS = {"csv": ["export", "--csv"], "config json": ["export", "--config-json"]}


@pytest.mark.parametrize("kind", sorted(EXPORTS))
def test_exports_refuse_a_pipe_and_a_socket_and_write_through_a_link(tmp_path, capsys, kind):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _one_line_exit_2(capsys, [*EXPORTS[kind], fifo, *TINY], f"{fifo}: is a named pipe, not a file; nothing was written")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    with _socket(tmp_path / "sock"):
        _one_line_exit_2(capsys, [*EXPORTS[kind], tmp_path / "sock", *TINY], "sock: is a socket, not a file")
    target = tmp_path / "kept" / "real.out"
    target.parent.mkdir()
    target.write_text("old")
    os.chmod(target, 0o640)
    (tmp_path / "link.out").symlink_to(target)
    assert main([*EXPORTS[kind], str(tmp_path / "link.out"), *TINY]) == 0
    assert (tmp_path / "link.out").is_symlink() and target.read_text() != "old"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert not list(tmp_path.glob("**/.*.part"))


def test_a_gradcam_named_like_its_input_image_is_refused_and_the_photograph_kept(checkpoint, tmp_path, capsys):
    photo = _photo(tmp_path / "holiday.png", 1)
    before = _digest(photo)
    _one_line_exit_2(capsys, ["predict", "--checkpoint", checkpoint, photo, "--gradcam", photo],
                     f"is the input {photo}; it is kept and nothing was written")
    (tmp_path / "alias.png").symlink_to(photo)  # the same file by another name
    _one_line_exit_2(capsys, ["predict", "--checkpoint", checkpoint, photo, "--gradcam", tmp_path / "alias.png"],
                     "is the input")
    # several images: the name made for one (cam-holiday.png) is another input
    other = _photo(tmp_path / "cam-holiday.png", 2)
    kept = _digest(other)
    _one_line_exit_2(capsys, ["predict", "--checkpoint", checkpoint, photo, other, "--gradcam", tmp_path / "cam.png"],
                     f"cam-holiday.png: is the input {other}; it is kept")
    assert _digest(photo) == before and _digest(other) == kept


def test_two_images_with_one_name_in_different_folders_get_two_gradcam_files(checkpoint, tmp_path, capsys):
    a, b = _photo(tmp_path / "a" / "cat.png", 1), _photo(tmp_path / "b" / "cat.png", 2)
    c = _photo(tmp_path / "c" / "dog.png", 3)
    out = tmp_path / "out" / "cam.png"
    out.parent.mkdir()
    assert main(["predict", "--checkpoint", str(checkpoint), str(a), str(b), str(c), str(a), "--gradcam", str(out),
                 "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    names = [Path(r["gradcam"]).name for r in records]
    assert names == ["cam-cat-1.png", "cam-cat-2.png", "cam-dog.png", "cam-cat-1.png"]  # a twice: one file
    assert sorted(p.name for p in out.parent.iterdir()) == ["cam-cat-1.png", "cam-cat-2.png", "cam-dog.png"]
    assert _digest(out.parent / "cam-cat-1.png") != _digest(out.parent / "cam-cat-2.png")
    assert gradcam_paths(str(out), [a]) == [out]


def test_a_trainer_into_a_folder_another_run_holds_is_refused_and_its_checkpoint_kept(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", *TINY, "--epochs", "1", "--max-batches", "1", "--quiet", "--out", str(out)]) == 0
    before = _digest(out / "checkpoint.pt")
    with held_by_another_process(out) as holder:
        _one_line_exit_2(capsys, ["train", *TINY, "--epochs", "1", "--max-batches", "1", "--quiet", "--out", out],
                         f"another training run (pid {holder.pid} on ")
        _one_line_exit_2(capsys, ["train", "--resume", out / "checkpoint.pt", "--epochs", "2", "--quiet"],
                         "its checkpoint and metrics are kept and nothing was written")
    assert _digest(out / "checkpoint.pt") == before
    with RunFolderLock(out):  # free once its holder is gone
        pass


def test_out_inside_the_source_tree_an_empty_folder_dataset_and_an_unwritable_out(tmp_path, capsys):
    probe = ROOT / "runs-robust-fs-cli-probe"
    try:
        _one_line_exit_2(capsys, ["train", *TINY, "--epochs", "1", "--out", probe],
                         "is inside the program's own source tree")
        assert not probe.exists()
    finally:
        if probe.exists():
            import shutil

            shutil.rmtree(probe)
    for name in ("folder:", "folder: "):
        _one_line_exit_2(capsys, ["train", *TINY, "--epochs", "1", "--dataset", name, "--out", tmp_path / "x"],
                         "has no folder after 'folder:'")
    assert not (tmp_path / "x").exists()
    err = _one_line_exit_2(capsys, ["train", *TINY, "--epochs", "1", "--out", "/proc"], "/proc: cannot be written")
    assert "epoch 1/1" not in err  # said before training, not after an epoch


# ------------------------------------------------------------------------------ inputs


def test_special_inputs_are_named_as_what_they_are_without_blocking(checkpoint, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    (tmp_path / "img-pipe.png").symlink_to(fifo)
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(64 * 2**20)
    photo = _photo(tmp_path / "p.png", 4)
    cases = [
        (["summary", "--config", fifo], "pipe.json: is a named pipe, not a config file"),
        (["summary", "--config", "/dev/zero"], "/dev/zero: is a device, not a config file"),
        (["summary", "--config", tmp_path / "loop.json"], "loop.json: is a symbolic link loop"),
        (["summary", "--config", big], "big.json: is 64.0 MiB, more than a config file can be"),
        (["predict", "--checkpoint", checkpoint, tmp_path / "img-pipe.png"], "is a named pipe, not an image file"),
        (["predict", "--checkpoint", "/dev/zero", photo], "/dev/zero: is a device, not a checkpoint file"),
        (["predict", "--checkpoint", fifo, photo], "is a named pipe, not a checkpoint file"),
        (["predict", "--pretrained", "densenet121", "--weights", fifo, photo], "is a named pipe, not a weights file"),
        (["train", "--resume", fifo], "is a named pipe, not a checkpoint file"),
    ]
    results = _processes([argv for argv, _ in cases], tmp_path)
    assert len(results) == len(cases)
    for (argv, words), result in zip(cases, results, strict=True):
        stderr = result["stderr"]
        assert result["code"] == 2, (argv, result["code"], stderr)
        assert stderr.count("\n") == 1 and words in stderr and "Traceback" not in stderr, stderr
        assert "no such" not in stderr and "empty (0 bytes)" not in stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_predict_checks_every_image_first_and_decodes_one_at_a_time(checkpoint, tmp_path, capsys, monkeypatch):
    paths = [_photo(tmp_path / f"{n}.png", i) for i, n in enumerate("abc")]
    events: list[str] = []
    real_load, real_predict, real_network = images.load_image, inference.predict, inference.predictor_from_checkpoint
    monkeypatch.setattr(images, "load_image", lambda p, *a, **k: events.append(f"decode {Path(p).stem}")
                        or real_load(p, *a, **k))
    monkeypatch.setattr(inference, "predict", lambda *a, **k: events.append("predict") or real_predict(*a, **k))
    monkeypatch.setattr(inference, "predictor_from_checkpoint",
                        lambda *a, **k: events.append("network") or real_network(*a, **k))
    assert main(["predict", "--checkpoint", str(checkpoint), *map(str, paths), "--json"]) == 0
    assert events == ["network", "decode a", "predict", "decode b", "predict", "decode c", "predict"]
    # an image too large to decode among good ones: refused from its header before the network loads
    events.clear()
    monkeypatch.setattr(images, "_decode_limit", lambda max_bytes: 1000)  # as on a machine with little memory
    capsys.readouterr()
    _one_line_exit_2(capsys, ["predict", "--checkpoint", checkpoint, *paths], "would take 0 MiB to decode, more than")
    assert events == []


def test_a_checkpoint_saved_through_a_link_lands_in_its_target(tmp_path):
    target = tmp_path / "store" / "ck.pt"
    target.parent.mkdir()
    (tmp_path / "ck.pt").symlink_to(target)
    save_checkpoint(tmp_path / "ck.pt", config=CONFIG, model_state={}, classes=["a"], mean=[0.5], std=[0.5])
    assert (tmp_path / "ck.pt").is_symlink() and target.stat().st_size > 0


def test_an_export_over_its_own_config_file_is_refused_and_the_config_kept(tmp_path, capsys):
    config = tmp_path / "net.json"
    assert main(["export", "--config-json", str(config), *TINY]) == 0
    before = _digest(config)
    for flag in ("--csv", "--config-json"):
        _one_line_exit_2(capsys, ["export", flag, config, "--config", config],
                         f"{config}: is the input {config}; it is kept and nothing was written")
    assert _digest(config) == before
