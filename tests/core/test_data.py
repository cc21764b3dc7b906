"""Data sources: the shipped digits, generated shapes, the torchvision formats from tiny real-format files."""

from __future__ import annotations

import gzip
import pickle
import struct
import tarfile

import numpy as np
import pytest
import torch

from explorer.core.config import ConfigError, DenseNetConfig
from explorer.core.data import (
    SHAPE_CLASSES,
    DataError,
    apply_dataset,
    augment_batch,
    dataset_shape,
    download,
    epoch_order,
    load_dataset,
    load_digits,
    make_batch,
    make_shapes,
    split_indices,
)


def test_digits_are_the_shipped_1797_images():
    d = load_digits()
    assert d.images.shape == (1797, 1, 8, 8)
    assert d.images.dtype == torch.uint8 and int(d.images.max()) == 16
    assert d.pixel_max == 16.0
    assert torch.bincount(d.labels).tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    # The first image of scikit-learn's digits is a 0 with this top row.
    assert d.images[0, 0, 0].tolist() == [0, 0, 5, 13, 9, 1, 0, 0]
    assert d.shape.in_channels == 1 and d.shape.input_size == 8 and d.shape.num_classes == 10
    assert 0.25 < d.mean[0] < 0.35 and 0.3 < d.std[0] < 0.45


def test_shapes_are_seeded_balanced_and_distinct():
    a, b, c = make_shapes(160, seed=3), make_shapes(160, seed=3), make_shapes(160, seed=4)
    assert a.images.shape == (160, 3, 32, 32) and len(a.classes) == len(SHAPE_CLASSES)
    assert torch.equal(a.images, b.images) and torch.equal(a.labels, b.labels)
    assert not torch.equal(a.images, c.images)
    assert torch.bincount(a.labels).tolist() == [20] * 8
    with pytest.raises(DataError, match="at least 8"):
        make_shapes(3)


def test_dataset_shape_and_apply_dataset_keep_user_fields():
    cfg = DenseNetConfig(block_layers=(2, 2, 2))
    digits = apply_dataset(cfg, dataset_shape("digits"))
    assert (digits.in_channels, digits.input_size, digits.num_classes) == (1, 8, 10)
    kept = apply_dataset(cfg.replace(num_classes=12), dataset_shape("digits"), keep={"num_classes"})
    assert kept.num_classes == 12 and kept.input_size == 8
    assert dataset_shape("cifar100").num_classes == 100
    with pytest.raises(DataError, match="not a known dataset"):
        dataset_shape("imagenet-22k")
    with pytest.raises(ConfigError, match="input_size"):  # 8x8 digits cannot pass an ImageNet stem + 3 pools
        apply_dataset(DenseNetConfig(stem="imagenet", block_layers=(1, 1, 1, 1)), dataset_shape("digits"))


def test_split_and_epoch_order_are_seeded():
    tr, va = split_indices(100, 0.1, seed=0)
    assert len(va) == 10 and len(tr) == 90 and set(tr.tolist()).isdisjoint(va.tolist())
    assert torch.equal(split_indices(100, 0.1, 0)[1], va)
    assert not torch.equal(split_indices(100, 0.1, 1)[1], va)
    assert torch.equal(epoch_order(50, 0, 2), epoch_order(50, 0, 2))
    assert not torch.equal(epoch_order(50, 0, 2), epoch_order(50, 0, 3))
    with pytest.raises(ConfigError, match="val_fraction"):
        split_indices(10, 1.5, 0)


def test_augmentation_is_a_shifted_crop_or_its_mirror():
    x = torch.arange(2 * 3 * 8 * 8, dtype=torch.float32).view(2, 3, 8, 8) + 1
    g = torch.Generator().manual_seed(0)
    out = augment_batch(x, g, pad=2)
    assert out.shape == x.shape
    padded = torch.nn.functional.pad(x, (2, 2, 2, 2))
    for i in range(2):
        windows = [padded[i, :, dy:dy + 8, dx:dx + 8] for dy in range(5) for dx in range(5)]
        assert any(torch.equal(out[i], w) or torch.equal(out[i], w.flip(-1)) for w in windows)
    mean, std = torch.zeros(3), torch.ones(3)
    xb, yb = make_batch(x.to(torch.uint8), torch.tensor([4, 7]), torch.tensor([1]), mean, std, 255.0)
    assert yb.tolist() == [7] and torch.allclose(xb, x[1:].to(torch.uint8).float() / 255)


# -- tiny files in the real formats ----------------------------------------------------------------------


def _cifar_batch(n: int, seed: int, label_key: str = "labels", classes: int = 10) -> dict:
    rng = np.random.default_rng(seed)
    return {"batch_label": "testing batch", label_key: [int(v) for v in rng.integers(0, classes, n)],
            "data": rng.integers(0, 256, (n, 3072), dtype=np.uint8), "filenames": [f"f{i}.png" for i in range(n)]}


def _write_cifar10(root, n=4):
    d = root / "cifar-10-batches-py"
    d.mkdir(parents=True)
    for i in range(1, 6):
        (d / f"data_batch_{i}").write_bytes(pickle.dumps(_cifar_batch(n, i), protocol=2))
    (d / "test_batch").write_bytes(pickle.dumps(_cifar_batch(n, 9), protocol=2))
    meta = {"label_names": ["airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship",
                            "truck"], "num_cases_per_batch": n}
    (d / "batches.meta").write_bytes(pickle.dumps(meta, protocol=2))
    return d


def test_cifar10_from_python_pickles(tmp_path):
    d = _write_cifar10(tmp_path)
    data = load_dataset("cifar10", tmp_path)
    assert data.images.shape == (20, 3, 32, 32) and data.test_images.shape == (4, 3, 32, 32)
    first = _cifar_batch(4, 1)
    assert data.images[0].flatten().tolist() == first["data"][0].tolist()
    assert data.labels[:4].tolist() == first["labels"]
    assert data.classes[0] == "airplane"
    # A batch that carries code is refused, not run.
    (d / "data_batch_3").write_bytes(pickle.dumps({"data": print}, protocol=2))
    with pytest.raises(DataError, match="refusing to load .*print"):
        load_dataset("cifar10", tmp_path)


def test_cifar100_from_python_pickles(tmp_path):
    d = tmp_path / "cifar-100-python"
    d.mkdir()
    (d / "train").write_bytes(pickle.dumps(_cifar_batch(6, 1, "fine_labels", 100), protocol=2))
    (d / "test").write_bytes(pickle.dumps(_cifar_batch(3, 2, "fine_labels", 100), protocol=2))
    (d / "meta").write_bytes(pickle.dumps({"fine_label_names": [f"c{i}" for i in range(100)]}, protocol=2))
    data = load_dataset("cifar100", tmp_path)
    assert len(data) == 6 and len(data.classes) == 100 and data.test_labels.tolist() == \
        _cifar_batch(3, 2, "fine_labels", 100)["fine_labels"]


def _idx(array: np.ndarray) -> bytes:
    return bytes([0, 0, 8, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape) + array.tobytes()


@pytest.mark.parametrize("name,sub", [("mnist", "MNIST"), ("fashion-mnist", "FashionMNIST")])
def test_mnist_idx_files(tmp_path, name, sub):
    raw = tmp_path / sub / "raw"
    raw.mkdir(parents=True)
    rng = np.random.default_rng(0)
    x = rng.integers(0, 256, (5, 28, 28), dtype=np.uint8)
    y = np.array([3, 1, 4, 1, 5], dtype=np.uint8)
    with gzip.open(raw / "train-images-idx3-ubyte.gz", "wb") as fh:
        fh.write(_idx(x))
    (raw / "train-labels-idx1-ubyte").write_bytes(_idx(y))
    (raw / "t10k-images-idx3-ubyte").write_bytes(_idx(x[:2]))
    (raw / "t10k-labels-idx1-ubyte").write_bytes(_idx(y[:2]))
    data = load_dataset(name, tmp_path)
    assert data.images.shape == (5, 1, 28, 28) and data.labels.tolist() == [3, 1, 4, 1, 5]
    assert torch.equal(data.images[2, 0], torch.from_numpy(x[2]))
    (raw / "t10k-labels-idx1-ubyte").write_bytes(_idx(y[:2])[:-1])  # truncated
    with pytest.raises(DataError, match="truncated"):
        load_dataset(name, tmp_path)


def test_missing_files_say_what_was_expected(tmp_path):
    with pytest.raises(DataError, match="data_batch_1"):
        load_dataset("cifar10", tmp_path)
    with pytest.raises(DataError, match="train-images-idx3-ubyte"):
        load_dataset("mnist", tmp_path)
    with pytest.raises(DataError, match="train_32x32.mat"):
        load_dataset("svhn", tmp_path)


def test_svhn_mat_files(tmp_path):
    scipy_io = pytest.importorskip("scipy.io", reason="SVHN's .mat files need scipy, which is not installed")
    rng = np.random.default_rng(0)
    for f, n in (("train_32x32.mat", 4), ("test_32x32.mat", 2)):
        scipy_io.savemat(tmp_path / f, {"X": rng.integers(0, 256, (32, 32, 3, n), dtype=np.uint8),
                                        "y": np.array([[10], [1], [2], [3]][:n], dtype=np.uint8)})
    data = load_dataset("svhn", tmp_path)
    assert data.images.shape == (4, 3, 32, 32) and data.labels.tolist() == [0, 1, 2, 3]


def test_svhn_without_scipy_says_so(tmp_path, monkeypatch):
    import builtins

    for f in ("train_32x32.mat", "test_32x32.mat"):
        (tmp_path / f).write_bytes(b"MATLAB 5.0 MAT-file")
    real_import = builtins.__import__

    def no_scipy(name, *args, **kwargs):
        if name.startswith("scipy"):
            raise ImportError("no scipy")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_scipy)
    with pytest.raises(DataError, match="needs scipy"):
        load_dataset("svhn", tmp_path)


def test_image_folder(tmp_path):
    from PIL import Image

    for cls, colour in (("cats", (200, 10, 10)), ("dogs", (10, 10, 200))):
        (tmp_path / cls).mkdir()
        for i in range(3):
            Image.new("RGB", (20 + i, 16), colour).save(tmp_path / cls / f"{i}.png")
    (tmp_path / "cats" / "notes.txt").write_text("not an image")
    data = load_dataset(f"folder:{tmp_path}", image_size=12)
    assert data.images.shape == (6, 3, 12, 12) and data.classes == ["cats", "dogs"]
    assert data.labels.tolist() == [0, 0, 0, 1, 1, 1]
    assert data.images[0, 0, 0, 0] == 200 and data.images[5, 2, 0, 0] == 200
    assert dataset_shape(f"folder:{tmp_path}").num_classes == 2
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="at least 2 subfolders"):
        load_dataset(f"folder:{tmp_path / 'cats'}")


def test_download_from_a_url_unpacks_where_the_loader_looks(tmp_path):
    src = tmp_path / "src"
    _write_cifar10(src, n=2)
    archive = tmp_path / "cifar-10-python.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        tar.add(src / "cifar-10-batches-py", arcname="cifar-10-batches-py")
    seen = []
    root = tmp_path / "data"
    download("cifar10", root, progress=lambda done, total: seen.append((done, total)),
             urls=[(archive.as_uri(), None, "")])
    assert seen and seen[-1][0] == archive.stat().st_size
    assert len(load_dataset("cifar10", root)) == 10
    with pytest.raises(DataError, match="MD5"):
        download("cifar10", tmp_path / "other", urls=[(archive.as_uri(), "0" * 32, "")])
    assert not (tmp_path / "other" / "cifar-10-python.tar.gz").exists()
    with pytest.raises(DataError, match="could not be downloaded"):
        download("cifar10", tmp_path / "x", urls=[((tmp_path / "absent.tar.gz").as_uri(), None, "")])


# -- the registry, KMNIST, one list of image suffixes, one seeded order ---------------------------------------


def test_every_registered_dataset_says_what_it_asks_of_a_network():
    from explorer.core.data import DATASET_NAMES, DATASETS, dataset_spec

    assert DATASET_NAMES == tuple(DATASETS) and "kmnist" in DATASET_NAMES
    for name, spec in DATASETS.items():
        assert dataset_spec(name) is spec and dataset_shape(name) == spec.shape
        assert spec.train_count > 0 and len(spec.classes) == spec.shape.num_classes
        assert spec.offline == (spec.reader is None or spec.shipped_file is not None)
        assert spec.offline or spec.downloads, name
        assert all(f.md5 is None or len(f.md5) == 32 for f in spec.downloads)
    assert [s.name for s in DATASETS.values() if s.offline] == ["digits", "shapes"]
    assert dataset_spec("cifar100").classes[:2] == ("apple", "aquarium_fish")
    with pytest.raises(DataError, match="not a known dataset"):
        dataset_spec("imagenet-22k")


def test_kmnist_is_registered_as_torchvision_has_it():
    from explorer.core.data import DATASETS

    spec = DATASETS["kmnist"]
    assert spec.shape.in_channels == 1 and spec.shape.input_size == 28 and spec.shape.num_classes == 10
    assert (spec.train_count, spec.test_count) == (60000, 10000)
    assert spec.classes == ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo")
    assert spec.class_label(0) == "o (お)" and spec.class_label(9) == "wo (を)"
    from explorer.core.data import class_labels

    assert class_labels("kmnist", list(spec.classes))[3] == "tsu (つ)"
    assert class_labels("kmnist", ["a", "b"]) == ["a", "b"] and class_labels("mnist", ["0", "1"]) == ["0", "1"]
    assert class_labels(None, ["x"]) == ["x"]
    assert [f.file_name for f in spec.downloads] == ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
                                                     "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]
    assert all(f.url.startswith("http://codh.rois.ac.jp/kmnist/dataset/kmnist/") for f in spec.downloads)
    assert {f.folder for f in spec.downloads} == {"KMNIST/raw"} and spec.licence == "CC BY-SA 4.0"
    assert spec.downloads[0].md5 == "bdb82020997e1d708af4cf47b453dcf7"


def _write_gz_idx_set(folder, x, y, tx, ty):
    folder.mkdir(parents=True, exist_ok=True)
    for name, array in (("train-images-idx3-ubyte", x), ("train-labels-idx1-ubyte", y),
                        ("t10k-images-idx3-ubyte", tx), ("t10k-labels-idx1-ubyte", ty)):
        with gzip.open(folder / f"{name}.gz", "wb") as fh:
            fh.write(_idx(array))


@pytest.mark.parametrize("layout", ["KMNIST/raw", "raw", ""])
def test_kmnist_from_its_four_gzip_idx_files(tmp_path, layout):
    rng = np.random.default_rng(1)
    x = rng.integers(0, 256, (6, 28, 28), dtype=np.uint8)
    y = np.array([0, 9, 3, 3, 5, 1], dtype=np.uint8)
    _write_gz_idx_set(tmp_path / layout if layout else tmp_path, x, y, x[:3], y[:3])
    data = load_dataset("kmnist", tmp_path)
    assert data.name == "kmnist" and data.images.shape == (6, 1, 28, 28) and data.test_images.shape == (3, 1, 28, 28)
    assert data.labels.tolist() == [0, 9, 3, 3, 5, 1] and data.test_labels.tolist() == [0, 9, 3]
    assert torch.equal(data.images[4, 0], torch.from_numpy(x[4]))
    assert data.classes[3] == "tsu" and data.shape == dataset_shape("kmnist")


def test_kmnist_refuses_a_label_outside_its_ten_classes(tmp_path):
    x = np.zeros((2, 28, 28), dtype=np.uint8)
    _write_gz_idx_set(tmp_path / "KMNIST" / "raw", x, np.array([1, 10], dtype=np.uint8), x, np.array([0, 1],
                                                                                                     dtype=np.uint8))
    with pytest.raises(DataError, match="label 10; expected 0 to 9"):
        load_dataset("kmnist", tmp_path)
    with pytest.raises(DataError, match="KMNIST/raw"):
        load_dataset("kmnist", tmp_path / "elsewhere")


def test_kmnist_downloads_into_torchvisions_layout(tmp_path):
    from explorer.core.data import DATASETS, DownloadFile

    src = tmp_path / "mirror"
    x = np.full((2, 28, 28), 7, dtype=np.uint8)
    _write_gz_idx_set(src, x, np.array([2, 8], dtype=np.uint8), x[:1], np.array([4], dtype=np.uint8))
    official = DATASETS["kmnist"].downloads
    local = [DownloadFile((src / f.file_name).as_uri(), None, f.folder) for f in official]
    root = download("kmnist", tmp_path / "data", urls=local)
    assert sorted(p.name for p in (root / "KMNIST" / "raw").iterdir()) == sorted(f.file_name for f in official)
    assert load_dataset("kmnist", root).labels.tolist() == [2, 8]


def test_a_pgm_image_in_an_image_folder_trains_as_it_predicts(tmp_path):
    from PIL import Image

    from explorer.core.images import IMAGE_SUFFIXES, load_image

    assert {".pgm", ".pbm"} <= set(IMAGE_SUFFIXES)
    for cls, grey in (("dark", 30), ("light", 220)):
        (tmp_path / cls).mkdir()
        Image.new("L", (10, 10), grey).save(tmp_path / cls / "a.png")
    Image.new("L", (10, 10), 200).save(tmp_path / "light" / "b.pgm")
    Image.new("1", (10, 10), 1).save(tmp_path / "light" / "c.pbm")
    data = load_dataset(f"folder:{tmp_path}", image_size=10)
    assert data.labels.tolist() == [0, 1, 1, 1]  # the .pgm and .pbm are trained on, not skipped
    assert data.images[2, :, 0, 0].tolist() == [200, 200, 200] and data.images[3, :, 0, 0].tolist() == [255] * 3
    assert np.asarray(load_image(tmp_path / "light" / "b.pgm"))[0, 0].tolist() == [200, 200, 200]


def test_every_seeded_order_comes_from_one_mixing_formula():
    from explorer.core.data import mixed_seed, seeded_generator

    assert mixed_seed(3) == 3 and mixed_seed(3, 2) == 3 * 1_000_003 + 2
    assert mixed_seed(3, 2, 5) == (3 * 1_000_003 + 2) * 100_003 + 5 and mixed_seed(3, stream=7919) == 3 + 7919
    assert torch.equal(epoch_order(50, 3, 2), torch.randperm(50, generator=seeded_generator(3, 2)))
    g = torch.Generator().manual_seed(3 + 7919)  # the split's stream, as before the formula had one name
    assert torch.equal(split_indices(40, 0.25, 3)[1], torch.randperm(40, generator=g)[:10].sort().values)
    with pytest.raises(ValueError, match="at most 2 levels"):
        mixed_seed(1, 2, 3, 4)
