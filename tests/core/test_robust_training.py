"""Faults in building and training: huge networks refused from the ledger before anything is allocated,
out-of-memory turned into words with what to reduce (the app goes on: a second run works), a cancelled
download leaves no file, a write that fails leaves the previous file intact."""

from __future__ import annotations

import os

import pytest
import torch

import explorer.core.devices as devices
from explorer.core.checkpoint import load_checkpoint, model_from_checkpoint, save_checkpoint
from explorer.core.config import DEFAULT_PRESET, ConfigError, DenseNetConfig, preset_config
from explorer.core.data import DataError, DownloadCancelled, download_file, load_digits
from explorer.core.instantiate import instantiate
from explorer.core.io import FileWriteError, atomic_write_text, save_config
from explorer.core.ledger import compute_ledger
from explorer.core.ledger_csv import write_ledger_csv
from explorer.core.memory import MEMORY_MARGIN, MemoryRefusal, OutOfMemory, check_memory, is_out_of_memory
from explorer.core.models import build_model, registry
from explorer.core.training import Trainer, TrainSettings, effective_config, metrics_csv

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
DIGITS = load_digits().subset(200, seed=3)
HUGE_K = preset_config(DEFAULT_PRESET, growth_rate=10_000)  # 1.9 TiB of parameters
HUGE_L = preset_config(DEFAULT_PRESET).with_depth(10_000)  # 19.6 GiB of parameters
GIB = 2**30


def _quick(**kw) -> TrainSettings:
    return TrainSettings(**{"epochs": 2, "batch_size": 32, "max_batches": 2, "val_fraction": 0.1, **kw})


# ------------------------------------------------------------------------------ huge networks, refused


def test_k_10000_is_refused_by_build_model_with_the_estimate_before_allocating():
    ledger = compute_ledger(HUGE_K)
    with pytest.raises(MemoryRefusal) as info:
        build_model(HUGE_K, "cpu")  # the real free memory of this machine: nothing has 4 TiB
    err = info.value
    assert err.estimate == int(MEMORY_MARGIN * 2 * ledger.param_bytes)
    assert err.estimate > 4 * 2**40
    assert "TiB" in str(err) and "growth rate k" in str(err) and err.field == "network"
    # meta never refuses: the structure alone, nothing allocated
    meta = build_model(HUGE_K, "meta")
    assert sum(p.numel() for p in meta.parameters()) == ledger.total_params


def test_depth_10000_refused_with_a_fixed_amount_free(monkeypatch):
    monkeypatch.setattr(devices, "device_free_bytes", lambda device: 16 * GIB)
    with pytest.raises(MemoryRefusal) as info:
        build_model(HUGE_L, "cpu")
    assert "depth" in str(info.value) and "16.0 GiB is free" in str(info.value)
    assert info.value.estimate == int(MEMORY_MARGIN * 2 * compute_ledger(HUGE_L).param_bytes)


def test_training_is_refused_from_train_step_bytes_with_the_largest_batch_that_fits(monkeypatch):
    settings = _quick(batch_size=64)
    ledger = compute_ledger(effective_config(TINY, settings))  # the network as trained (dropout 0.2)
    need_8 = int(MEMORY_MARGIN * ledger.train_step_bytes(8))
    monkeypatch.setattr(devices, "device_free_bytes", lambda device: need_8)
    with pytest.raises(MemoryRefusal) as info:
        Trainer(TINY, DIGITS, settings).run()
    err = info.value
    assert err.field == "batch_size" and err.value == 64 and err.purpose == "training"
    assert err.estimate == int(MEMORY_MARGIN * ledger.train_step_bytes(64))
    assert err.max_batch == 8 and "at most 8 images" in str(err) and "memory-efficient" in str(err)
    # memory-efficient mode is estimated with the smaller saved set
    assert check_memory(TINY, "cpu", batch_size=8, training=True, memory_efficient=True) <= need_8


def test_instantiate_predict_and_export_use_the_same_check(monkeypatch, tmp_path):
    with pytest.raises(MemoryRefusal, match="TiB"):
        instantiate(HUGE_K, "cpu", 1)
    # a checkpoint whose config is huge: refused when its network would be built, nothing allocated
    path = tmp_path / "huge.pt"
    save_checkpoint(path, config=HUGE_K, model_state={}, classes=["a"], mean=[0.5], std=[0.5])
    with pytest.raises(MemoryRefusal, match="growth rate k"):
        model_from_checkpoint(path)
    from explorer.core.onnx_export import export_onnx, onnx_missing

    if not onnx_missing():
        with pytest.raises(MemoryRefusal):
            export_onnx(HUGE_K, tmp_path / "huge.onnx")
        assert not (tmp_path / "huge.onnx").exists()


def test_a_network_that_fits_is_not_refused():
    assert check_memory(TINY, "cpu") == int(MEMORY_MARGIN * 2 * compute_ledger(TINY).param_bytes)
    assert check_memory(HUGE_K, "meta") is None
    assert sum(p.numel() for p in build_model(TINY).parameters()) == compute_ledger(TINY).total_params


# ------------------------------------------------------------------------------------ out of memory


OOM_ERRORS = [
    lambda: torch.OutOfMemoryError("CUDA out of memory. Tried to allocate 2.00 GiB"),
    lambda: RuntimeError("CUDA out of memory. Tried to allocate 20.00 MiB"),
    lambda: MemoryError(),
]


@pytest.mark.parametrize("make_error", OOM_ERRORS, ids=["OutOfMemoryError", "RuntimeError", "MemoryError"])
def test_out_of_memory_in_a_training_step_is_reported_and_the_checkpoint_kept(tmp_path, monkeypatch, make_error):
    import torch.nn.functional as F

    real = F.cross_entropy
    calls = []

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 4:  # epoch 2, batch 1 (epoch 1: 2 batches and the validation pass)
            raise make_error()
        return real(*args, **kwargs)

    monkeypatch.setattr(F, "cross_entropy", failing)
    trainer = Trainer(TINY, DIGITS, _quick(), out_dir=tmp_path)
    with pytest.raises(OutOfMemory) as info:
        trainer.run()
    err = info.value
    assert isinstance(err, ConfigError) and err.field == "batch_size" and err.value == 32
    assert "ran out of memory on cpu while training (epoch 2, batch 1)" in str(err)
    assert "a smaller batch size" in str(err) and "growth rate k" in str(err)
    assert trainer.model is None  # the network is let go, so the memory returns
    ckpt = load_checkpoint(tmp_path / "checkpoint.pt")  # the last good checkpoint, intact
    assert ckpt["epoch"] == 1 and len(ckpt["history"]) == 1
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".part")]
    monkeypatch.setattr(F, "cross_entropy", real)
    again = Trainer(TINY, DIGITS, _quick(), out_dir=tmp_path / "again").run()  # the app goes on
    assert again.status == "completed" and again.epochs_completed == 2


def test_out_of_memory_while_building_says_what_to_reduce(monkeypatch):
    def oom_builder(spec, config, memory_efficient=False):
        raise RuntimeError("[enforce fail at alloc_cpu.cpp:117] DefaultCPUAllocator: can't allocate memory: "
                           "you tried to allocate 83886080000 bytes. Error code 12 (Cannot allocate memory)")

    monkeypatch.setattr(registry, "construct", oom_builder)
    with pytest.raises(OutOfMemory, match="while building DenseNet") as info:
        build_model(TINY)
    assert "growth rate k" in str(info.value)


def test_other_errors_are_not_taken_for_out_of_memory(monkeypatch):
    import torch.nn.functional as F

    def broken(*args, **kwargs):
        raise RuntimeError("mat1 and mat2 shapes cannot be multiplied")

    monkeypatch.setattr(F, "cross_entropy", broken)
    with pytest.raises(RuntimeError, match="shapes cannot be multiplied"):
        Trainer(TINY, DIGITS, _quick()).run()
    assert not is_out_of_memory(RuntimeError("shapes"))
    assert is_out_of_memory(MemoryError()) and is_out_of_memory(torch.OutOfMemoryError("x"))


# ------------------------------------------------------------------------------ downloads and writes


def test_a_cancelled_or_interrupted_download_leaves_no_file(tmp_path):
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(1 << 20))
    dest = tmp_path / "out" / "big.bin"
    seen = []

    def cancel_after_two_chunks() -> bool:
        return len(seen) >= 2

    with pytest.raises(DownloadCancelled):
        download_file(src.as_uri(), dest, progress=lambda d, t: seen.append(d), chunk=1 << 12,
                      should_cancel=cancel_after_two_chunks)
    assert seen == [4096, 8192] and not dest.exists() and not (tmp_path / "out" / "big.bin.part").exists()

    def interrupt(done, total):
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        download_file(src.as_uri(), dest, progress=interrupt)
    assert list((tmp_path / "out").iterdir()) == []
    with pytest.raises(DataError, match="could not be downloaded"):
        download_file("not a url", dest)
    download_file(src.as_uri(), dest)  # and a following download works
    assert dest.read_bytes() == src.read_bytes()


WRITERS = {
    "config": lambda p: save_config(p, TINY),
    "ledger csv": lambda p: write_ledger_csv(p, compute_ledger(TINY)),
    "metrics.csv": lambda p: atomic_write_text(p, metrics_csv([])),
    "checkpoint": lambda p: save_checkpoint(p, config=TINY, model_state={}, classes=["a"], mean=[0.5], std=[0.5]),
}


@pytest.mark.parametrize("kind", sorted(WRITERS))
def test_a_write_that_fails_keeps_the_previous_file_and_names_it(tmp_path, monkeypatch, kind):
    path = tmp_path / "out.file"
    path.write_bytes(b"previous")

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(FileWriteError) as info:
        WRITERS[kind](path)
    assert str(info.value) == f"{path}: cannot be written (No space left on device)"
    assert path.read_bytes() == b"previous" and sorted(os.listdir(tmp_path)) == ["out.file"]


def test_unwritable_places_are_named(tmp_path):
    (tmp_path / "a_file").write_text("x")
    (tmp_path / "a_folder").mkdir()
    with pytest.raises(FileWriteError, match="a_file/x.json: cannot be written"):
        save_config(tmp_path / "a_file" / "x.json", TINY)
    with pytest.raises(FileWriteError, match="a_folder: cannot be written"):
        save_config(tmp_path / "a_folder", TINY)
    assert (tmp_path / "a_folder").is_dir() and sorted(os.listdir(tmp_path)) == ["a_file", "a_folder"]
