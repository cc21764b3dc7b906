"""Data sources for training: the shipped digits, generated shapes, torchvision's sets, an image folder.

Every source becomes an in-memory ``ImageData`` (uint8 images N x C x H x W, int64 labels): the sets the
project targets fit in memory (CIFAR-10 is 150 MB as bytes), and batches cut from tensors with a seeded
permutation are both faster than a DataLoader on a small CPU and exactly reproducible, which is what
makes a resumed run retrace an unbroken one.

The readers parse the real file formats (CIFAR python pickles, MNIST idx, SVHN .mat, an ImageFolder
tree) from a folder the user picks; ``download`` fetches the official archives into that folder when the
user asks and is online. No torchvision dataset class is used: those refuse any file whose checksum
differs, so tiny test files in the real formats could not be read through the same code.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
import pickle
import struct
import tarfile
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:  # torch loads in the background in the window; these names are for annotations only
    import torch
    from torch import Tensor

from ..paths import RESOURCES, user_data_dir
from .config import ConfigError
from .format import first_line
from .io import FileFormatError, check_input_file, open_input
from .messages import M, Message

__all__ = ["DATASET_NAMES", "ImageData", "DatasetShape", "DataError", "dataset_shape", "load_dataset",
           "apply_dataset", "split_indices", "epoch_order", "make_batch", "augment_batch", "download",
           "make_shapes", "SHAPE_CLASSES", "default_data_dir", "load_digits", "load_image_folder",
           "download_file", "DownloadCancelled"]

DATASET_NAMES = ("digits", "shapes", "cifar10", "cifar100", "svhn", "mnist", "fashion-mnist")
DIGITS_FILE = RESOURCES / "data" / "digits.csv.gz"
SHAPE_CLASSES = ("circle", "square", "triangle", "cross", "ring", "horizontal stripes", "vertical stripes",
                 "checkerboard")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff", ".ppm")


class DataError(ConfigError):
    """A dataset that cannot be read or found; names the dataset and what was expected."""

    def __init__(self, value: Any, message: str, valid: str | None = None) -> None:
        super().__init__("dataset", value, message, valid)


class DownloadCancelled(Exception):
    """The user cancelled a download; its partial file is removed, nothing else is written."""


@dataclass(frozen=True)
class DatasetShape:
    """What a dataset asks of a network: input channels, input size and classes."""

    name: str
    in_channels: int
    input_size: int
    num_classes: int


@dataclass
class ImageData:
    name: str
    images: Tensor  # uint8 (N, C, H, W)
    labels: Tensor  # int64 (N,)
    classes: list[str]
    pixel_max: float = 255.0  # the value of a white pixel (16 for the digits)
    test_images: Tensor | None = None
    test_labels: Tensor | None = None
    mean: list[float] = field(default_factory=list)  # per channel, of images / pixel_max (train part)
    std: list[float] = field(default_factory=list)

    def __post_init__(self) -> None:
        import torch

        if not self.mean:
            x = self.images.to(torch.float64) / self.pixel_max
            self.mean = [float(v) for v in x.mean(dim=(0, 2, 3))]
            self.std = [max(float(v), 1e-3) for v in x.std(dim=(0, 2, 3))]

    def __len__(self) -> int:
        return int(self.labels.shape[0])

    @property
    def shape(self) -> DatasetShape:
        return DatasetShape(self.name, int(self.images.shape[1]), int(self.images.shape[2]), len(self.classes))

    def subset(self, count: int, seed: int = 0) -> ImageData:
        """A seeded random subset of ``count`` training images (for quick runs); keeps mean/std."""
        import torch

        g = torch.Generator().manual_seed(seed)
        idx = torch.randperm(len(self), generator=g)[:count]
        return replace(self, images=self.images[idx], labels=self.labels[idx])


# ----------------------------------------------------------------------------------------------- names


def default_data_dir(name: str) -> Path:
    return user_data_dir() / "datasets" / name


_KNOWN_SHAPES = {
    "digits": DatasetShape("digits", 1, 8, 10),
    "shapes": DatasetShape("shapes", 3, 32, len(SHAPE_CLASSES)),
    "cifar10": DatasetShape("cifar10", 3, 32, 10),
    "cifar100": DatasetShape("cifar100", 3, 32, 100),
    "svhn": DatasetShape("svhn", 3, 32, 10),
    "mnist": DatasetShape("mnist", 1, 28, 10),
    "fashion-mnist": DatasetShape("fashion-mnist", 1, 28, 10),
}


_A_FOLDER = M("data.a_folder", "a folder")
_REPLACE_FILE = M("data.replace_file", "remove or replace that file; every image file must open")


def _check_name(name: str) -> None:
    if isinstance(name, str) and name.startswith("folder:"):
        if not name[len("folder:"):].strip():  # never the working directory by accident
            raise DataError(name, M("data.no_folder", "has no folder after '{prefix}'")(prefix="folder:"),
                            M("data.want_folder_path", "{syntax}, a folder with one subfolder per class")(
                syntax="folder:PATH"))
        return
    if name in _KNOWN_SHAPES:
        return
    raise DataError(name, M("data.unknown", "is not a known dataset"), ", ".join(DATASET_NAMES) + ", folder:PATH")


def dataset_shape(name: str, image_size: int = 32) -> DatasetShape:
    """The input channels, size and classes a dataset gives a network, without loading its images
    (a folder is scanned for its class subfolders only)."""
    _check_name(name)
    if name in _KNOWN_SHAPES:
        return _KNOWN_SHAPES[name]
    root = Path(name[len("folder:"):]).expanduser()
    classes = _folder_classes(root)
    return DatasetShape(name, 3, image_size, len(classes))


def apply_dataset(config: Any, shape: DatasetShape, keep: set[str] | frozenset[str] = frozenset()) -> Any:
    """``config`` with the dataset's in_channels, input_size and num_classes, except the fields in
    ``keep`` (the ones the user set explicitly). Raises ConfigError if the result is not a valid network
    (e.g. 8x8 digits through an ImageNet stem)."""
    changes = {f: getattr(shape, f) for f in ("in_channels", "input_size", "num_classes") if f not in keep}
    changes = {k: v for k, v in changes.items() if getattr(config, k) != v}
    return config.replace(**changes) if changes else config


# ----------------------------------------------------------------------------------------------- loading


def load_dataset(name: str, data_dir: str | os.PathLike | None = None, download_missing: bool = False,
                 progress: Callable[[int, int], None] | None = None, image_size: int = 32,
                 shapes_count: int = 2400, seed: int = 0,
                 should_cancel: Callable[[], bool] | None = None) -> ImageData:
    """Load a dataset by name into memory. ``data_dir``: where torchvision-format files are (default: the
    user's data folder); with ``download_missing`` they are fetched there first when absent (a download
    raises DownloadCancelled between chunks once ``should_cancel()`` is true)."""
    _check_name(name)
    if name == "digits":
        return load_digits()
    if name == "shapes":
        return make_shapes(shapes_count, seed=seed)
    if name.startswith("folder:"):
        return load_image_folder(Path(name[len("folder:"):]).expanduser(), image_size)
    root = Path(data_dir).expanduser() if data_dir else default_data_dir(name)
    loader = _LOADERS[name]
    try:
        return loader(root)
    except DataError:
        if not download_missing:
            raise
    download(name, root, progress=progress, should_cancel=should_cancel)
    return loader(root)


def load_digits(path: Path = DIGITS_FILE) -> ImageData:
    """The 1,797 8x8 handwritten digits (UCI, as shipped by scikit-learn): 64 pixels 0..16 and a label."""
    import torch

    try:
        with gzip.open(path, "rt", encoding="ascii") as fh:
            table = np.loadtxt(fh, delimiter=",", dtype=np.int64)
    except (OSError, ValueError, EOFError) as exc:
        raise DataError("digits", M("data.digits_unreadable", "the shipped file {path} cannot be read ({error})")(
            path=str(path), error=str(exc))) from None
    if table.ndim != 2 or table.shape[1] != 65:
        raise DataError("digits", M("data.digits_shape", "{path} has {shape} values; expected rows of 64 pixels and a "
                                    "label")(path=str(path), shape=table.shape))
    images = torch.from_numpy(table[:, :64].astype(np.uint8).reshape(-1, 1, 8, 8))
    labels = torch.from_numpy(table[:, 64].copy())
    return ImageData("digits", images, labels, [str(i) for i in range(10)], pixel_max=16.0)


def make_shapes(count: int = 2400, size: int = 32, seed: int = 0) -> ImageData:
    """A generated colour dataset: eight shape/texture classes at random positions, sizes and colours on a
    noisy background. The same seed gives the same images on every machine (numpy's PCG64)."""
    import torch

    if count < len(SHAPE_CLASSES):
        raise DataError("shapes", M("data.shapes_count", "count {count} is too small")(count=count),
                        M("data.at_least", "at least {n}")(n=len(SHAPE_CLASSES)))
    rng = np.random.default_rng(seed)
    n = count
    labels = np.arange(n) % len(SHAPE_CLASSES)
    rng.shuffle(labels)
    yy, xx = np.mgrid[0:size, 0:size].astype(np.float32)
    yy, xx = yy[None], xx[None]
    cx = rng.uniform(10, size - 10, n).astype(np.float32)[:, None, None]
    cy = rng.uniform(10, size - 10, n).astype(np.float32)[:, None, None]
    r = rng.uniform(5, 9, n).astype(np.float32)[:, None, None]
    dx, dy = xx - cx, yy - cy
    dist = np.sqrt(dx * dx + dy * dy)
    period = rng.integers(3, 6, n)[:, None, None]
    inside_box = (np.abs(dx) <= r) & (np.abs(dy) <= r)
    masks = {
        0: dist <= r,
        1: inside_box,
        2: (dy <= r * 0.8) & (dy >= -r) & (np.abs(dx) <= (dy + r) * 0.6),
        3: ((np.abs(dx) <= r * 0.3) | (np.abs(dy) <= r * 0.3)) & inside_box,
        4: (dist <= r) & (dist >= r * 0.55),
        5: inside_box & ((yy.astype(np.int64) // period) % 2 == 0),
        6: inside_box & ((xx.astype(np.int64) // period) % 2 == 0),
        7: inside_box & (((xx.astype(np.int64) // period) + (yy.astype(np.int64) // period)) % 2 == 0),
    }
    mask = np.zeros((n, size, size), dtype=bool)
    for cls, m in masks.items():
        sel = labels == cls
        mask[sel] = np.broadcast_to(m, (n, size, size))[sel]
    fg = rng.uniform(0.35, 1.0, (n, 3, 1, 1)).astype(np.float32)
    bg = rng.uniform(0.0, 0.45, (n, 3, 1, 1)).astype(np.float32)
    img = np.where(mask[:, None], fg, bg) + rng.normal(0, 0.06, (n, 3, size, size)).astype(np.float32)
    images = torch.from_numpy((np.clip(img, 0, 1) * 255).round().astype(np.uint8))
    return ImageData("shapes", images, torch.from_numpy(labels.astype(np.int64)), list(SHAPE_CLASSES))


# -- CIFAR (python pickles) ------------------------------------------------------------------------------


class _ArrayUnpickler(pickle.Unpickler):
    """Unpickles dicts, lists, numbers, strings and numpy arrays only: no code can run from the file."""

    _ALLOWED = {("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
                ("numpy", "ndarray"), ("numpy", "dtype"), ("numpy.core.multiarray", "scalar"),
                ("numpy._core.multiarray", "scalar"), ("_codecs", "encode")}

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in self._ALLOWED:
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"refusing to load {module}.{name}")


def _read_cifar_pickle(path: Path) -> dict:
    fh = _open_data_file(path)
    try:
        with fh:
            data = _ArrayUnpickler(fh, encoding="latin1").load()
    except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError, AttributeError) as exc:
        raise DataError(str(path), M("data.not_cifar", "is not a CIFAR python batch ({detail})")(detail=str(exc))) \
            from None
    if not isinstance(data, dict):
        raise DataError(str(path), M("data.not_cifar_dict", "is not a CIFAR python batch (not a dict)"))
    return data


def _check_labels(path: Path, labels: Any, count: int, classes: int) -> np.ndarray:
    """Labels as int64, as many as the images, each a class index: a bad file is refused here, by name,
    not later inside a training step."""
    try:
        y = np.asarray(labels, dtype=np.int64).reshape(-1)
    except (ValueError, TypeError, OverflowError):
        raise DataError(str(path), M("data.labels_not_int", "holds labels that are not whole numbers")) from None
    if y.shape[0] != count:
        raise DataError(str(path), M("data.label_count", "holds {count} images but {labels} labels; expected one label "
                                      "per image")(count=count, labels=y.shape[0]))
    if y.size and (y.min() < 0 or y.max() >= classes):
        raise DataError(str(path), M("data.label_range", "holds label {label}; expected 0 to {last}")(
            label=int(y.min() if y.min() < 0 else y.max()), last=classes - 1))
    return y


def _cifar_arrays(files: list[Path], label_key: str, classes: int = 10) -> tuple[Tensor, Tensor]:
    import torch

    xs, ys = [], []
    for f in files:
        d = _read_cifar_pickle(f)
        if "data" not in d or label_key not in d:
            raise DataError(str(f), M("data.cifar_keys", "has no '{data}' and '{key}' entries (keys: {keys})")(
                data="data", key=label_key, keys=", ".join(map(str, d))))
        try:
            x = np.asarray(d["data"], dtype=np.uint8)
        except (ValueError, TypeError, OverflowError):
            raise DataError(str(f), M("data.not_bytes", "holds image data that is not bytes (0..255)")) from None
        if x.ndim != 2 or x.shape[1] != 3072:
            raise DataError(str(f), M("data.cifar_shape", "holds images of shape {shape}; expected N x 3072 (3x32x32)")(
                shape=x.shape))
        xs.append(x.reshape(-1, 3, 32, 32))
        ys.append(_check_labels(f, d[label_key], x.shape[0], classes))
    return torch.from_numpy(np.concatenate(xs)), torch.from_numpy(np.concatenate(ys))


# The largest file a reader here takes (SVHN's train_32x32.mat is 182 MB; CIFAR's batches 31 MB each).
MAX_DATA_FILE_BYTES = 4 * 2**30


def _open_data_file(path: Path):
    """A dataset file opened for reading once it is known to be a regular file (a pipe or device found in a
    dataset folder is refused by name, never opened)."""
    try:
        return open_input(path, "data file", MAX_DATA_FILE_BYTES)
    except FileFormatError as exc:
        raise DataError(str(path), _io_reason(exc, path)) from None


def _io_reason(exc: FileFormatError, path: Path) -> str:
    """The reason of an io refusal without the path it starts with (the DataError names the path)."""
    said = exc.args[0] if exc.args else None
    if isinstance(said, Message) and said.id == "io.path_reason":
        return said.params["reason"]
    return str(exc).removeprefix(f"{path}: ")


def _check_data_files(paths: list[Path]) -> None:
    """Refuse, by name, a dataset file that is there but is not a plain file (a pipe, a device, a folder)."""
    for p in paths:
        if os.path.lexists(p):
            try:
                check_input_file(p, "data file", MAX_DATA_FILE_BYTES)
            except FileFormatError as exc:
                raise DataError(str(p), _io_reason(exc, p)) from None


def _find_dir(root: Path, sub: str, expected: list[str], name: str) -> Path:
    for cand in (root / sub, root):
        _check_data_files([cand / f for f in expected])
        if all((cand / f).is_file() for f in expected):
            return cand
    raise DataError(name, M("data.no_cifar_files", "no {name} files in {root}: expected {sub}/ with {files} (the "
                            "python version); choose the folder that holds them or download")(
        name=name, root=str(root), sub=sub, files=", ".join(expected)), _A_FOLDER)


def load_cifar10(root: Path) -> ImageData:
    files = [f"data_batch_{i}" for i in range(1, 6)] + ["test_batch", "batches.meta"]
    d = _find_dir(root, "cifar-10-batches-py", files, "cifar10")
    x, y = _cifar_arrays([d / f"data_batch_{i}" for i in range(1, 6)], "labels")
    tx, ty = _cifar_arrays([d / "test_batch"], "labels")
    classes = [str(c) for c in _read_cifar_pickle(d / "batches.meta").get("label_names", range(10))]
    return ImageData("cifar10", x, y, classes, test_images=tx, test_labels=ty)


def load_cifar100(root: Path) -> ImageData:
    d = _find_dir(root, "cifar-100-python", ["train", "test", "meta"], "cifar100")
    x, y = _cifar_arrays([d / "train"], "fine_labels", 100)
    tx, ty = _cifar_arrays([d / "test"], "fine_labels", 100)
    classes = [str(c) for c in _read_cifar_pickle(d / "meta").get("fine_label_names", range(100))]
    return ImageData("cifar100", x, y, classes, test_images=tx, test_labels=ty)


# -- MNIST / Fashion-MNIST (idx) --------------------------------------------------------------------------


def _read_idx(path: Path) -> np.ndarray:
    fh = _open_data_file(path)
    try:
        with fh, (gzip.open(fh, "rb") if path.suffix == ".gz" else contextlib.nullcontext(fh)) as data:
            raw = data.read(MAX_DATA_FILE_BYTES + 1)
        if len(raw) > MAX_DATA_FILE_BYTES:
            raise DataError(str(path), M("data.idx_too_big", "unpacks to more than {gib} GiB; not an idx file of "
                                         "this project's sets")(gib=MAX_DATA_FILE_BYTES >> 30))
    except (OSError, EOFError) as exc:
        raise DataError(str(path), M("io.cannot_read", "cannot be read ({reason})")(reason=str(exc))) from None
    if len(raw) < 4 or raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise DataError(str(path), M("data.not_idx", "is not an idx file of unsigned bytes (magic 0x0000080N)"))
    ndim = raw[3]
    if len(raw) < 4 + 4 * ndim:
        raise DataError(str(path), M("data.idx_header", "is truncated: its header holds fewer than {n} dimensions")(
            n=ndim))
    dims = struct.unpack(f">{ndim}I", raw[4:4 + 4 * ndim])
    body = np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim)
    if body.size != int(np.prod(dims)):
        raise DataError(str(path), M("data.idx_body", "is truncated: {n} values for dimensions {dims}")(
            n=body.size, dims=dims))
    return body.reshape(dims)


MNIST_FILES = ("train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte",
               "t10k-labels-idx1-ubyte")
FASHION_CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
                   "Ankle boot"]


def _load_idx_set(root: Path, name: str, sub: str, classes: list[str]) -> ImageData:
    import torch

    for cand in (root / sub / "raw", root / "raw", root):
        found = []
        for f in MNIST_FILES:
            _check_data_files([cand / f, cand / (f + ".gz")])
            path = next((p for p in (cand / f, cand / (f + ".gz")) if p.is_file()), None)
            found.append(path)
        if all(found):
            x, y, tx, ty = (_read_idx(p) for p in found)
            if x.ndim != 3 or tx.ndim != 3:
                raise DataError(str(found[0] if x.ndim != 3 else found[2]), M("data.idx_not_images", "is not an "
                                "idx file of images (expected 3 dimensions: count, height, width)"))
            if x.shape[0] != y.shape[0] or tx.shape[0] != ty.shape[0]:
                raise DataError(name, M("data.idx_counts", "{folder}: image and label counts differ")(folder=str(cand)))
            for p, labels in ((found[1], y), (found[3], ty)):
                _check_labels(p, labels, labels.shape[0], len(classes))
            return ImageData(name, torch.from_numpy(x.copy()).unsqueeze(1), torch.from_numpy(y.astype(np.int64)),
                             classes, test_images=torch.from_numpy(tx.copy()).unsqueeze(1),
                             test_labels=torch.from_numpy(ty.astype(np.int64)))
    raise DataError(name, M("data.no_idx_files", "no {name} files in {root}: expected {sub}/ with {files} "
                            "(optionally {gz}); choose the folder that holds them or download")(
        name=name, root=str(root), sub=f"{sub}/raw", files=", ".join(MNIST_FILES), gz=".gz"), _A_FOLDER)


def load_mnist(root: Path) -> ImageData:
    return _load_idx_set(root, "mnist", "MNIST", [str(i) for i in range(10)])


def load_fashion_mnist(root: Path) -> ImageData:
    return _load_idx_set(root, "fashion-mnist", "FashionMNIST", FASHION_CLASSES)


# -- SVHN (.mat, needs scipy) ------------------------------------------------------------------------------


def load_svhn(root: Path) -> ImageData:
    import torch

    files = [root / "train_32x32.mat", root / "test_32x32.mat"]
    _check_data_files(files)
    if not all(f.is_file() for f in files):
        raise DataError("svhn", M("data.no_svhn_files", "no SVHN files in {root}: expected {train} and {test} (the "
                                  "cropped digits); choose the folder that holds them or download")(
            root=str(root), train=files[0].name, test=files[1].name), _A_FOLDER)
    try:
        import scipy.io
    except ImportError:
        raise DataError("svhn", M("data.no_scipy", "reading SVHN's {ext} files needs scipy, which is not "
                                  "installed")(ext=".mat"), "pip install scipy") from None
    out = []
    for f in files:
        try:
            m = scipy.io.loadmat(str(f))
        except Exception as exc:  # noqa: BLE001 - scipy raises many kinds for a bad file
            raise DataError(str(f), M("data.not_svhn", "is not a MATLAB file of SVHN digits ({detail})")(
                detail=str(exc))) from None
        if "X" not in m or "y" not in m:
            raise DataError(str(f), M("data.svhn_arrays", "has no X and y arrays"))
        x = np.transpose(np.asarray(m["X"], dtype=np.uint8), (3, 2, 0, 1))  # (32, 32, 3, N) -> (N, 3, 32, 32)
        y = np.asarray(m["y"], dtype=np.int64).reshape(-1) % 10  # SVHN labels the digit 0 as 10
        out.append((torch.from_numpy(x.copy()), torch.from_numpy(y)))
    (x, y), (tx, ty) = out
    return ImageData("svhn", x, y, [str(i) for i in range(10)], test_images=tx, test_labels=ty)


# -- ImageFolder ---------------------------------------------------------------------------------------------


def _folder_classes(root: Path) -> list[str]:
    if not root.is_dir():
        raise DataError(f"folder:{root}", M("data.not_a_folder", "is not a folder"),
                        M("data.want_class_folders", "a folder with one subfolder of images per class"))
    try:
        with os.scandir(root) as entries:
            classes = sorted(d.name for d in entries if d.is_dir() and not d.name.startswith("."))
    except OSError as exc:
        raise DataError(f"folder:{root}", M("io.cannot_read", "cannot be read ({reason})")(
            reason=exc.strerror or str(exc)), M("data.want_readable", "a folder this user may read")) from None
    if len(classes) < 2:
        raise DataError(f"folder:{root}", M("data.class_count", "has {n} class subfolders")(n=len(classes)),
                        M("data.want_two_classes", "at least 2 subfolders, one per class, each holding images"))
    return classes


def load_image_folder(root: Path, image_size: int = 32) -> ImageData:
    """An ImageFolder tree (root/class_name/*.png ...), every image as RGB resized to image_size."""
    import torch
    from PIL import Image, UnidentifiedImageError

    from .images import ImageError, open_image

    classes = _folder_classes(root)
    xs, ys = [], []
    for label, cls in enumerate(classes):
        for p in _class_files(root, cls):
            try:  # what the path is, first: a pipe, device or socket named like an image is refused unopened
                check_input_file(p, "image file")
            except FileFormatError as exc:
                raise DataError(f"folder:{root}", M("data.bad_file", "{path} {reason}")(path=str(p),
                                                                                      reason=_io_reason(exc, p)),
                                _REPLACE_FILE) from None
            try:
                with open_image(p) as im:
                    im = im.convert("RGB").resize((image_size, image_size), Image.BILINEAR)
                    xs.append(np.asarray(im, dtype=np.uint8).transpose(2, 0, 1).copy())
            except (OSError, UnidentifiedImageError, ValueError, Image.DecompressionBombError, ImageError) as exc:
                # Refused rather than skipped: a silently smaller dataset would train on other data than chosen.
                reason = first_line(exc, 120)
                raise DataError(f"folder:{root}", M("data.bad_image", "{path} is not a readable image ({reason})")(
                    path=str(p), reason=reason), _REPLACE_FILE) from None
            ys.append(label)
    if not xs:
        raise DataError(f"folder:{root}", M("data.no_images", "holds no readable images"),
                        "images (" + ", ".join(IMAGE_SUFFIXES) + ") in one subfolder per class")
    return ImageData(f"folder:{root}", torch.from_numpy(np.stack(xs)), torch.tensor(ys, dtype=torch.int64),
                     classes)


def _class_files(root: Path, cls: str) -> list[Path]:
    """The image files of one class folder (and its subfolders, links to folders not followed), sorted. A
    folder that cannot be read is refused: training on the other classes would be training on other data."""

    def unreadable(exc: OSError) -> None:
        where = exc.filename or str(root / cls)
        raise DataError(f"folder:{root}", M("data.class_unreadable", "class folder {folder} cannot be read "
                                            "({reason})")(folder=str(where), reason=exc.strerror or str(exc)),
                        M("data.want_readable_or_remove", "a folder this user may read, or remove it")) from None

    files = []
    for folder, _dirs, names in os.walk(root / cls, onerror=unreadable):
        files.extend(Path(folder) / n for n in names if Path(n).suffix.lower() in IMAGE_SUFFIXES)
    return sorted(files)


_LOADERS: dict[str, Callable[[Path], ImageData]] = {
    "cifar10": load_cifar10, "cifar100": load_cifar100, "svhn": load_svhn, "mnist": load_mnist,
    "fashion-mnist": load_fashion_mnist,
}

# ------------------------------------------------------------------------------------------------ download

# (url, md5, extract?) per file, the addresses torchvision uses.
_MNIST = "https://ossci-datasets.s3.amazonaws.com/mnist/"
_FASHION = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"
DOWNLOADS: dict[str, list[tuple[str, str | None, str]]] = {
    "cifar10": [("https://www.cs.toronto.edu/~kriz/cifar-10-python.tar.gz", "c58f30108f718f92721af3b95e74349a",
                 "")],
    "cifar100": [("https://www.cs.toronto.edu/~kriz/cifar-100-python.tar.gz", "eb9058c3a382ffc7106e4002c42a8d85",
                  "")],
    "svhn": [("http://ufldl.stanford.edu/housenumbers/train_32x32.mat", "e26dedcc434d2e4c54c9b2d4a06d8373", ""),
             ("http://ufldl.stanford.edu/housenumbers/test_32x32.mat", "eb5a983be6a315427106f1b164d9cef3", "")],
    "mnist": [(_MNIST + f + ".gz", None, "MNIST/raw") for f in MNIST_FILES],
    "fashion-mnist": [(_FASHION + f + ".gz", None, "FashionMNIST/raw") for f in MNIST_FILES],
}


def download_file(url: str, dest: Path, md5: str | None = None,
                  progress: Callable[[int, int], None] | None = None, chunk: int = 1 << 16,
                  should_cancel: Callable[[], bool] | None = None) -> Path:
    """Fetch ``url`` to ``dest`` through the app's one writer (a temporary .part file beside it, renamed at
    the end; a pipe or device in ``dest``'s place refused), reporting (done, total) bytes; checks the MD5
    when given. Works for http(s):// and file:// addresses. Cancelled (between chunks) or failed, the .part
    file is removed and ``dest`` is left as it was."""
    from .io import atomic_writer

    digest = hashlib.md5()

    def failed(exc: BaseException) -> DataError:
        return DataError(url, f"could not be downloaded ({getattr(exc, 'reason', exc)}); are you online?")

    try:
        response = urllib.request.urlopen(url, timeout=30)
    except (OSError, ValueError) as exc:  # ValueError: not a URL urllib can open
        raise failed(exc) from None
    with response as resp, atomic_writer(dest, "wb") as out:
        total = int(resp.headers.get("Content-Length") or 0)
        done = 0
        while True:
            if should_cancel is not None and should_cancel():
                raise DownloadCancelled(url)
            try:
                block = resp.read(chunk)
            except (OSError, ValueError) as exc:
                raise failed(exc) from None
            if not block:
                break
            out.write(block)
            digest.update(block)
            done += len(block)
            if progress is not None:
                progress(done, total)
        if md5 is not None and digest.hexdigest() != md5:  # raised inside: the .part file is discarded
            raise DataError(url, M("data.md5", "downloaded file has MD5 {found}, expected {md5}")(
                found=digest.hexdigest(), md5=md5))
    return dest


def download(name: str, root: str | os.PathLike, progress: Callable[[int, int], None] | None = None,
             urls: list[tuple[str, str | None, str]] | None = None,
             should_cancel: Callable[[], bool] | None = None) -> Path:
    """Download a torchvision dataset's official files into ``root`` and unpack them where the loader looks.
    ``urls`` replaces the official list (tests pass file:// addresses)."""
    if name not in DOWNLOADS and urls is None:
        raise DataError(name, M("data.no_download", "cannot be downloaded"), ", ".join(DOWNLOADS))
    root = Path(root).expanduser()
    for url, md5, sub in urls if urls is not None else DOWNLOADS[name]:
        target_dir = root / sub if sub else root
        fname = url.rstrip("/").rsplit("/", 1)[-1]
        path = download_file(url, target_dir / fname, md5, progress, should_cancel=should_cancel)
        if fname.endswith((".tar.gz", ".tgz", ".tar")):
            _safe_extract(path, target_dir)
    return root


def _safe_extract(archive: Path, dest: Path) -> None:
    try:
        with tarfile.open(archive) as tar:
            tar.extractall(dest, filter="data")  # refuses absolute paths, '..' and links out of dest
    except (tarfile.TarError, OSError) as exc:
        raise DataError(str(archive), M("data.bad_archive", "is not a readable archive ({detail})")(detail=str(exc))) \
            from None


# ----------------------------------------------------------------------------------------- splits, batches


def split_indices(n: int, val_fraction: float, seed: int) -> tuple[Tensor, Tensor]:
    """A seeded split of range(n) into (train, val) index tensors; val has round(n * fraction) items."""
    import torch

    if not 0.0 <= val_fraction < 1.0:
        raise ConfigError("val_fraction", val_fraction, M("config.out_of_range", "is out of range"), "[0, 1)")
    g = torch.Generator().manual_seed(seed + 7919)
    perm = torch.randperm(n, generator=g)
    n_val = int(round(n * val_fraction))
    if n_val and n - n_val < 1:
        raise ConfigError("val_fraction", val_fraction, M("data.val_fraction", "leaves no training images of {n}")(n=n),
                          M("data.smaller", "smaller"))
    return perm[n_val:].sort().values, perm[:n_val].sort().values


def epoch_order(n: int, seed: int, epoch: int) -> Tensor:
    """The order of training examples in ``epoch``: depends on (seed, epoch) only, so a resumed run
    visits them exactly as an unbroken one."""
    import torch

    g = torch.Generator().manual_seed(seed * 1_000_003 + epoch)
    return torch.randperm(n, generator=g)


def make_batch(images: Tensor, labels: Tensor, index: Tensor, mean: Tensor, std: Tensor, pixel_max: float,
               augment: bool = False, generator: torch.Generator | None = None) -> tuple[Tensor, Tensor]:
    """Float images normalised per channel (and augmented when asked) for the given example indices."""
    import torch

    x = images[index].to(torch.float32).div_(pixel_max)
    if augment:
        x = augment_batch(x, generator)
    x = x.sub_(mean.view(1, -1, 1, 1)).div_(std.view(1, -1, 1, 1))
    return x, labels[index]


def augment_batch(x: Tensor, generator: torch.Generator | None = None, pad: int = 4) -> Tensor:
    """The paper's "+" augmentation: zero-pad 4 pixels, random crop back to size, random horizontal flip."""
    import torch

    n, _c, h, w = x.shape
    padded = torch.nn.functional.pad(x, (pad, pad, pad, pad))
    dy = torch.randint(0, 2 * pad + 1, (n,), generator=generator)
    dx = torch.randint(0, 2 * pad + 1, (n,), generator=generator)
    flip = torch.rand(n, generator=generator) < 0.5
    rows = (dy.view(n, 1) + torch.arange(h).view(1, h))  # (n, h)
    cols = (dx.view(n, 1) + torch.arange(w).view(1, w))  # (n, w)
    cols = torch.where(flip.view(n, 1), cols.flip(1), cols)
    bidx = torch.arange(n).view(n, 1, 1)
    out = padded.permute(0, 2, 3, 1)[bidx, rows.view(n, h, 1), cols.view(n, 1, w)]  # (n, h, w, c)
    return out.permute(0, 3, 1, 2).contiguous()
