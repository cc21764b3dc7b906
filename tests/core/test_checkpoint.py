"""Checkpoints: round trip, safe loading (weights_only), clear refusals, atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import torch

import explorer.core.checkpoint as ckmod
from explorer.core.checkpoint import FORMAT, load_checkpoint, model_from_checkpoint, save_checkpoint
from explorer.core.config import DenseNetConfig, config_to_dict
from explorer.core.io import FileFormatError
from explorer.core.models import build_model

CFG = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)


def _save(path, model=None, **kw):
    model = model or build_model(CFG)
    return save_checkpoint(path, config=CFG, model_state=model.state_dict(), classes=list("0123456789"),
                           mean=[0.3], std=[0.37], epoch=kw.pop("epoch", 2),
                           history=[{"epoch": 1, "val_acc": 0.5}, {"epoch": 2, "val_acc": 0.75}], **kw)


def test_round_trip_keeps_everything(tmp_path):
    torch.manual_seed(0)
    model = build_model(CFG)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    model(torch.randn(2, 1, 8, 8)).sum().backward()
    opt.step()
    rng = {"torch": torch.get_rng_state()}
    path = _save(tmp_path / "a.pt", model, optimizer_state=opt.state_dict(), rng_state=rng, dataset="digits",
                 settings={"lr": 0.1, "milestones": (0.5, 0.75)})
    data = load_checkpoint(path)
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["config"] == config_to_dict(CFG)
    assert data["classes"] == list("0123456789") and data["mean"] == [0.3] and data["std"] == [0.37]
    assert data["epoch"] == 2 and data["history"][1]["val_acc"] == 0.75 and data["dataset"] == "digits"
    assert data["settings"]["milestones"] == [0.5, 0.75]
    for k, v in model.state_dict().items():
        assert torch.equal(data["model"][k], v), k
    assert torch.equal(data["rng"]["torch"], rng["torch"])
    assert data["optimizer"]["param_groups"][0]["momentum"] == 0.9
    m2, d2 = model_from_checkpoint(path)
    assert not m2.training and d2["epoch"] == 2
    x = torch.randn(3, 1, 8, 8)
    model.eval()
    assert torch.equal(m2(x), model(x))


def test_ddp_prefixes_are_removed(tmp_path):
    state = {"module." + k: v for k, v in build_model(CFG).state_dict().items()}
    save_checkpoint(tmp_path / "d.pt", config=CFG, model_state=state, classes=["a"], mean=[0], std=[1])
    assert all(not k.startswith("module.") for k in load_checkpoint(tmp_path / "d.pt")["model"])


def test_bad_files_are_refused_in_one_line(tmp_path):
    good = _save(tmp_path / "good.pt")
    raw = good.read_bytes()
    cases = {
        "truncated.pt": raw[: len(raw) // 2],
        "random.pt": os.urandom(4096),
        "empty.pt": b"",
    }
    for name, content in cases.items():
        (tmp_path / name).write_bytes(content)
        with pytest.raises(FileFormatError) as err:
            load_checkpoint(tmp_path / name)
        assert name in str(err.value) and "\n" not in str(err.value)
    torch.save(build_model(CFG).state_dict(), tmp_path / "plain_state.pt")
    with pytest.raises(FileFormatError, match="not a DenseNet Explorer checkpoint"):
        load_checkpoint(tmp_path / "plain_state.pt")
    with pytest.raises(FileFormatError, match="no such checkpoint"):
        load_checkpoint(tmp_path / "absent.pt")


class _Trap:
    """Unpickling this would create a file: a stand-in for code carried by a checkpoint."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (Path(self.marker),))


def test_code_carrying_file_is_refused_and_not_run(tmp_path):
    marker = tmp_path / "ran"
    torch.save({"format": FORMAT, "payload": _Trap(str(marker))}, tmp_path / "evil.pt")
    with pytest.raises(FileFormatError, match="refused"):
        load_checkpoint(tmp_path / "evil.pt")
    assert not marker.exists()


def test_weights_of_another_network_are_refused_naming_the_difference(tmp_path):
    path = _save(tmp_path / "k4.pt")
    with pytest.raises(FileFormatError) as err:
        model_from_checkpoint(path, config=CFG.replace(growth_rate=6))
    msg = str(err.value)
    assert "features.conv0.weight: (8, 1, 3, 3) in the file, (12, 1, 3, 3) in the network" in msg
    with pytest.raises(FileFormatError, match="missing .* keys"):
        model_from_checkpoint(path, config=CFG.replace(block_layers=(2, 3)))


def test_crash_mid_write_leaves_the_old_file_intact(tmp_path, monkeypatch):
    path = _save(tmp_path / "ck.pt", epoch=1)
    before = path.read_bytes()
    real_save = torch.save

    def crashing_save(obj, fh, *a, **kw):
        fh.write(b"PK\x03\x04 half a checkpoint")
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(ckmod.torch, "save", crashing_save)
    with pytest.raises(OSError, match="simulated"):
        _save(path, epoch=5)
    monkeypatch.setattr(ckmod.torch, "save", real_save)
    assert path.read_bytes() == before
    assert load_checkpoint(path)["epoch"] == 1
    assert [p.name for p in tmp_path.iterdir()] == ["ck.pt"]  # no temp file left behind
