"""Files that are not what they claim: checkpoints (truncated, random, empty, a foreign zip, another network
or family, hand-edited entries, pickles that try to run code), dataset folders (empty, half-written), and
any bytes at all through every file loader (hypothesis, bounded). Each is refused in one line naming the
file and what was expected; nothing else is raised and no code runs."""

from __future__ import annotations

import gzip
import os
import pickle
import struct
import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.checkpoint import FORMAT, load_checkpoint, model_from_checkpoint, save_checkpoint
from explorer.core.config import CONFIG_TYPES, ConfigError, DenseNetConfig
from explorer.core.data import DataError, load_dataset
from explorer.core.images import load_image
from explorer.core.inference import predictor_from_checkpoint
from explorer.core.io import FileFormatError, load_config
from explorer.core.models import build_model
from explorer.core.pretrained import read_state_dict
from explorer.core.training import Trainer

CFG = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)
ROOT = Path(__file__).resolve().parents[2]


def _checkpoint(path: Path, net=CFG, **changes) -> Path:
    save_checkpoint(path, config=net, model_state=build_model(net).state_dict(),
                    classes=[str(i) for i in range(net.num_classes)], mean=[0.5], std=[0.25], epoch=1,
                    history=[{"epoch": 1, "val_acc": 0.5}], dataset="digits")
    if changes:
        data = torch.load(path, weights_only=True)
        data.update(changes)
        torch.save(data, path)
    return path


GOOD_BYTES = _checkpoint(Path(tempfile.mkdtemp(prefix="robust-")) / "good.pt").read_bytes()


# ------------------------------------------------------------------------------------------ checkpoints


class _WritesMarker:
    """Unpickling this would run os.system and write a file: a stand-in for code carried by a file."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"echo pwned > {self.marker}",))


@pytest.mark.parametrize("legacy", [False, True], ids=["zip format", "legacy format"])
def test_a_pickle_that_would_run_code_is_refused_and_runs_nothing(tmp_path, legacy):
    marker = tmp_path / "marker"
    path = tmp_path / "evil.pt"
    torch.save({"format": FORMAT, "version": 1, "model": {"x": _WritesMarker(str(marker))}}, path,
               _use_new_zipfile_serialization=not legacy)
    with pytest.raises(FileFormatError, match="refused: the file holds Python objects or code") as info:
        load_checkpoint(path)
    assert "evil.pt" in str(info.value) and "\n" not in str(info.value)
    for loader in (predictor_from_checkpoint, read_state_dict, lambda p: Trainer.from_checkpoint(p)):
        with pytest.raises((FileFormatError, ConfigError)):
            loader(path)
    # a plain pickle (not torch's format) with the same payload
    (tmp_path / "plain.pt").write_bytes(pickle.dumps(_WritesMarker(str(marker))))
    with pytest.raises(FileFormatError):
        load_checkpoint(tmp_path / "plain.pt")
    assert not marker.exists()


def test_a_zip_that_is_not_a_checkpoint(tmp_path):
    with zipfile.ZipFile(tmp_path / "photos.pt", "w") as zf:
        zf.writestr("holiday/readme.txt", "not weights")
    with pytest.raises(FileFormatError, match="photos.pt: is truncated or not a torch checkpoint"):
        load_checkpoint(tmp_path / "photos.pt")
    torch.save([1, 2, 3], tmp_path / "list.pt")
    with pytest.raises(FileFormatError, match="not a DenseNet Explorer checkpoint .it is list"):
        load_checkpoint(tmp_path / "list.pt")


def test_a_checkpoint_of_another_family_names_the_keys(tmp_path):
    resnet = CONFIG_TYPES["resnet"]().replace(depth=8, num_classes=10, in_channels=1, input_size=8)
    path = _checkpoint(tmp_path / "resnet.pt", resnet)
    with pytest.raises(FileFormatError) as info:
        model_from_checkpoint(path, config=CFG)
    msg = str(info.value)
    assert "resnet.pt: weights do not fit DenseNet-BC (L=11, k=4)" in msg
    assert "missing" in msg and "features.denseblock1.denselayer1.norm1.weight" in msg and "unexpected" in msg
    model, _ = model_from_checkpoint(path)  # its own config: it loads as the ResNet it is
    assert type(model).__name__ != "DenseNet"


@pytest.mark.parametrize("entry, value, words", [
    ("model", {"features.conv0.weight": 1}, "model entry 'features.conv0.weight' is not a tensor"),
    ("classes", 5, "classes entry is int, expected a list of class names"),
    ("mean", ["x"], "mean entry is list, expected a list of numbers"),
    ("std", [0.0], "expected a list of positive numbers"),
    ("epoch", "x", "epoch entry is str"),
    ("history", "zz", "history entry is str"),
    ("config", {"family": "nosuch"}, "invalid (family = 'nosuch'"),
    ("config", {"growth_rate": -3}, "invalid (growth_rate = -3"),
    ("version", 99, "version 99 is newer"),
])
def test_hand_edited_entries_are_refused_by_name(tmp_path, entry, value, words):
    path = _checkpoint(tmp_path / "edited.pt", **{entry: value})
    for use in (predictor_from_checkpoint, model_from_checkpoint,
                lambda p: Trainer.from_checkpoint(p, dataset="digits").run()):
        with pytest.raises(FileFormatError) as info:
            use(path)
        assert words in str(info.value) and "edited.pt" in str(info.value)


def test_resume_with_weights_of_another_shape_names_them(tmp_path):
    path = _checkpoint(tmp_path / "ck.pt")
    data = torch.load(path, weights_only=True)
    data["model"]["features.conv0.weight"] = torch.zeros(3, 3, 3, 3)
    torch.save(data, path)
    with pytest.raises(FileFormatError, match=r"features.conv0.weight: \(3, 3, 3, 3\) in the file"):
        Trainer.from_checkpoint(path, dataset="digits").run()
    data = torch.load(_checkpoint(tmp_path / "opt.pt"), weights_only=True)
    data["optimizer"] = {"state": {}, "param_groups": [{"params": [0]}]}
    torch.save(data, tmp_path / "opt.pt")
    with pytest.raises(FileFormatError, match="optimiser or schedule state does not fit"):
        Trainer.from_checkpoint(tmp_path / "opt.pt", dataset="digits").run()


# ------------------------------------------------------------------------------------- dataset folders


def _cifar_batch(n: int, labels=None) -> bytes:
    data = {"data": np.zeros((n, 3072), np.uint8), "labels": list(range(n)) if labels is None else labels}
    return pickle.dumps(data, protocol=2)


def _cifar10(root: Path, n: int = 4) -> Path:
    d = root / "cifar-10-batches-py"
    d.mkdir(parents=True)
    for name in [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch"]:
        (d / name).write_bytes(_cifar_batch(n))
    (d / "batches.meta").write_bytes(pickle.dumps({"label_names": list("abcdefghij")}))
    return d


def _idx(path: Path, array: np.ndarray) -> None:
    path.write_bytes(struct.pack(">BBBB", 0, 0, 8, array.ndim) + struct.pack(f">{array.ndim}I", *array.shape)
                     + array.astype(np.uint8).tobytes())


def _mnist(root: Path, n: int = 3) -> Path:
    raw = root / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for prefix in ("train", "t10k"):
        _idx(raw / f"{prefix}-images-idx3-ubyte", np.zeros((n, 28, 28)))
        _idx(raw / f"{prefix}-labels-idx1-ubyte", np.arange(n))
    return raw


def test_empty_folders_say_what_was_expected(tmp_path):
    for name, words in (("cifar10", "expected cifar-10-batches-py/ with data_batch_1"),
                        ("cifar100", "expected cifar-100-python/ with train, test, meta"),
                        ("mnist", "expected MNIST/raw/ with train-images-idx3-ubyte"),
                        ("svhn", "expected train_32x32.mat and test_32x32.mat")):
        with pytest.raises(DataError, match=words):
            load_dataset(name, tmp_path)
    with pytest.raises(DataError, match="has 0 class subfolders"):
        load_dataset(f"folder:{tmp_path}")


@pytest.mark.parametrize("damage, words", [
    (lambda d: (d / "data_batch_3").unlink(), "expected cifar-10-batches-py/ with data_batch_1"),
    (lambda d: (d / "test_batch").write_bytes(_cifar_batch(4)[:40]), "test_batch: is not a CIFAR python batch"),
    (lambda d: (d / "data_batch_2").write_bytes(b""), "data_batch_2: is not a CIFAR python batch (Ran out of input)"),
    (lambda d: (d / "data_batch_1").write_bytes(_cifar_batch(4, [0, 1, 2])), "holds 4 images but 3 labels"),
    (lambda d: (d / "data_batch_1").write_bytes(_cifar_batch(4, [0, 1, 2, 10])), "holds label 10; expected 0 to 9"),
    (lambda d: (d / "data_batch_1").write_bytes(_cifar_batch(4, "abcd")), "labels that are not whole numbers"),
    (lambda d: (d / "data_batch_1").write_bytes(pickle.dumps(_WritesMarker(str(d / "marker")))),
     "data_batch_1: is not a CIFAR python batch (refusing to load posix.system)"),
])
def test_half_written_cifar_is_named(tmp_path, damage, words):
    d = _cifar10(tmp_path)
    assert len(load_dataset("cifar10", tmp_path)) == 20
    damage(d)
    with pytest.raises(DataError) as info:
        load_dataset("cifar10", tmp_path)
    assert words in str(info.value).replace("'", "")  # dataset = '.../data_batch_2': ...
    assert not (d / "marker").exists()


@pytest.mark.parametrize("damage, words", [
    (lambda raw: (raw / "t10k-images-idx3-ubyte").write_bytes(
        (raw / "t10k-images-idx3-ubyte").read_bytes()[:100]), "t10k-images-idx3-ubyte: is truncated"),
    (lambda raw: (raw / "train-labels-idx1-ubyte").write_bytes(b"\x00\x00\x08\x03\x00"), "is truncated: its header"),
    (lambda raw: (raw / "train-labels-idx1-ubyte").write_bytes(b"GIF89a"), "is not an idx file of unsigned bytes"),
    (lambda raw: _idx(raw / "train-labels-idx1-ubyte", np.array([0, 1, 12])), "holds label 12; expected 0 to 9"),
    (lambda raw: _idx(raw / "train-labels-idx1-ubyte", np.arange(2)), "image and label counts differ"),
    (lambda raw: (raw / "train-images-idx3-ubyte").unlink(), "expected MNIST/raw/ with train-images-idx3-ubyte"),
])
def test_half_written_mnist_is_named(tmp_path, damage, words):
    raw = _mnist(tmp_path)
    assert len(load_dataset("mnist", tmp_path)) == 3
    damage(raw)
    with pytest.raises(DataError) as info:
        load_dataset("mnist", tmp_path)
    assert words in str(info.value).replace("'", "")


def test_mnist_gz_truncated(tmp_path):
    raw = _mnist(tmp_path)
    data = (raw / "train-images-idx3-ubyte").read_bytes()
    (raw / "train-images-idx3-ubyte").unlink()
    packed = gzip.compress(data)
    (raw / "train-images-idx3-ubyte.gz").write_bytes(packed[: len(packed) // 2])
    with pytest.raises(DataError) as info:
        load_dataset("mnist", tmp_path)
    assert "train-images-idx3-ubyte.gz: cannot be read" in str(info.value).replace("'", "")


def test_image_folder_without_images_or_with_an_unreadable_one(tmp_path):
    from PIL import Image

    for cls in ("cats", "dogs"):
        (tmp_path / cls).mkdir()
        (tmp_path / cls / "notes.txt").write_text("no images here")
    with pytest.raises(DataError, match="holds no readable images"):
        load_dataset(f"folder:{tmp_path}")
    for cls in ("cats", "dogs"):
        Image.new("RGB", (9, 9), (200, 0, 0)).save(tmp_path / cls / "a.png")
    assert len(load_dataset(f"folder:{tmp_path}", image_size=8)) == 2
    (tmp_path / "dogs" / "b.jpg").write_bytes(b"\xff\xd8\xff\xe0 half a jpeg")
    with pytest.raises(DataError) as info:
        load_dataset(f"folder:{tmp_path}", image_size=8)
    assert f"{tmp_path / 'dogs' / 'b.jpg'} is not a readable image" in str(info.value)
    assert "remove or replace that file" in str(info.value)
    with pytest.raises(DataError, match="is not a folder"):
        load_dataset(f"folder:{tmp_path / 'cats' / 'a.png'}")


# ------------------------------------------------------------------------- any bytes through the loaders


LOADERS = {
    "checkpoint": (load_checkpoint, (FileFormatError,)),
    "weights": (read_state_dict, (FileFormatError,)),
    "config": (load_config, (FileFormatError, ConfigError)),
    "image": (load_image, (FileFormatError,)),
}


def _bytes_strategy():
    flips = st.lists(st.tuples(st.integers(0, len(GOOD_BYTES) - 1), st.integers(0, 255)), min_size=1, max_size=8)
    damaged = flips.map(lambda fs: _flip(GOOD_BYTES, fs))
    cut = st.integers(0, len(GOOD_BYTES)).map(lambda n: GOOD_BYTES[:n])
    png = (ROOT / "explorer" / "resources").rglob("*.png")
    first_png = next(png, None)
    images = [first_png.read_bytes()] if first_png is not None else [b"\x89PNG\r\n\x1a\n"]
    image_cut = st.integers(0, len(images[0])).map(lambda n: images[0][:n])
    return st.one_of(st.binary(max_size=512), damaged, cut, image_cut,
                     st.text(max_size=200).map(lambda t: t.encode("utf-8")))


def _flip(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    out = bytearray(data)
    for pos, value in flips:
        out[pos] = value
    return bytes(out)


@settings(max_examples=60)
@given(data=_bytes_strategy())
def test_any_bytes_through_every_file_loader_is_loaded_or_refused_in_words(data):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "file.bin"
        path.write_bytes(data)
        for name, (loader, allowed) in LOADERS.items():
            try:
                loader(path)
            except allowed as exc:
                assert "\n" not in str(exc).strip(), name
            # anything else (TypeError, KeyError, struct.error, ...) fails the test
