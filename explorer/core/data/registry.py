"""The datasets the app knows, one ``DatasetSpec`` each: adding a dataset is one entry here (and a reader in
``readers.py`` when its format is new). The training panel, the CLI help and the compare view read this table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..messages import M, Message
from .base import DataError, DatasetShape, ImageData
from .readers import MNIST_FILES, load_cifar10, load_cifar100, load_idx_set, load_svhn
from .synthetic import DIGITS_FILE, SHAPE_CLASSES, load_digits, make_shapes

__all__ = ["DownloadFile", "DatasetSpec", "DATASETS", "DATASET_NAMES", "dataset_spec", "class_labels"]


@dataclass(frozen=True)
class DownloadFile:
    """One official file of a dataset: where it is fetched from, its MD5, the subfolder of the data folder it
    goes to (an archive is unpacked there)."""

    url: str
    md5: str | None = None
    folder: str = ""

    @property
    def file_name(self) -> str:
        return self.url.rstrip("/").rsplit("/", 1)[-1]


@dataclass(frozen=True)
class DatasetSpec:
    """What the app knows about a dataset before reading a byte of it."""

    name: str  # what a person types: --dataset NAME, the combo's entry
    title: str  # the dataset's own name, e.g. "Kuzushiji-MNIST"
    description: Message  # one line for a tooltip: size, colour, classes, where it comes from
    channels: int
    size: int  # images are size x size
    classes: tuple[str, ...]  # as torchvision names them (a CIFAR reader takes the names its meta file holds)
    train_count: int  # images in the training split (the default count for a generated set)
    test_count: int  # images in the test split; 0 where the set has none (validation is held out instead)
    availability: str  # "shipped" (a file in the package), "generated" (from a seed) or "folder" (the user's)
    reader: Callable[[Path], ImageData] | None = None  # reads the shipped file, or the user's data folder
    generate: Callable[[int, int], ImageData] | None = None  # (count, seed) -> images, for a generated set
    shipped_file: Path | None = None
    downloads: tuple[DownloadFile, ...] = ()
    licence: str = ""
    source: str = ""  # the dataset's home page
    class_glyphs: tuple[str, ...] = ()  # a script beside the class names where they are romanised (KMNIST)

    @property
    def offline(self) -> bool:
        """Available without a data folder or a download."""
        return self.availability in ("shipped", "generated")

    @property
    def shape(self) -> DatasetShape:
        return DatasetShape(self.name, self.channels, self.size, len(self.classes))

    def class_label(self, index: int) -> str:
        """Class ``index``'s name, with its glyph beside it where the spec has one: "tsu (つ)"."""
        name = self.classes[index]
        return f"{name} ({self.class_glyphs[index]})" if self.class_glyphs else name


_TEN = tuple(str(i) for i in range(10))
# CIFAR-100's fine labels in their index order (alphabetical), as its meta file lists them.
_CIFAR100_CLASSES = tuple("""
apple aquarium_fish baby bear beaver bed bee beetle bicycle bottle bowl boy bridge bus butterfly camel can castle
caterpillar cattle chair chimpanzee clock cloud cockroach couch crab crocodile cup dinosaur dolphin elephant flatfish
forest fox girl hamster house kangaroo keyboard lamp lawn_mower leopard lion lizard lobster man maple_tree motorcycle
mountain mouse mushroom oak_tree orange orchid otter palm_tree pear pickup_truck pine_tree plain plate poppy porcupine
possum rabbit raccoon ray road rocket rose sea seal shark shrew skunk skyscraper snail snake spider squirrel streetcar
sunflower sweet_pepper table tank telephone television tiger tractor train trout tulip turtle wardrobe whale
willow_tree wolf woman worm""".split())
_MNIST_URL = "https://ossci-datasets.s3.amazonaws.com/mnist/"
_FASHION_URL = "http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"
_KMNIST_URL = "http://codh.rois.ac.jp/kmnist/dataset/kmnist/"


def _idx_downloads(base: str, folder: str, md5s: tuple[str, str, str, str]) -> tuple[DownloadFile, ...]:
    """The four gzip IDX files of an MNIST-like set, in torchvision's order and layout (SUB/raw)."""
    return tuple(DownloadFile(base + f + ".gz", md5, f"{folder}/raw") for f, md5 in zip(MNIST_FILES, md5s,
                                                                                          strict=True))


def _idx_spec(name: str, title: str, folder: str, classes: tuple[str, ...], description: Message, base: str,
              md5s: tuple[str, str, str, str], licence: str, source: str, **extra) -> DatasetSpec:
    return DatasetSpec(name, title, description, 1, 28, classes, 60000, 10000, "folder",
                       reader=partial(load_idx_set, name=name, sub=folder, classes=classes),
                       downloads=_idx_downloads(base, folder, md5s), licence=licence, source=source, **extra)


def _cifar_spec(name: str, title: str, description: Message, classes: tuple[str, ...], reader: Callable,
                archive: str, md5: str) -> DatasetSpec:
    """CIFAR-10 and CIFAR-100: one page, one licence statement, 50,000 + 10,000 colour 32x32 images each."""
    return DatasetSpec(name, title, description, 3, 32, classes, 50000, 10000, "folder", reader=reader,
                       downloads=(DownloadFile(f"https://www.cs.toronto.edu/~kriz/{archive}", md5),),
                       licence="none stated by its authors (Krizhevsky 2009)",
                       source="https://www.cs.toronto.edu/~kriz/cifar.html")


_SPECS = (
    DatasetSpec("digits", "Optical Recognition of Handwritten Digits (UCI)",
                M("dataset.digits", "8x8 grey handwritten digits, 10 classes; shipped, works offline"),
                1, 8, _TEN, 1797, 0, "shipped", reader=load_digits, shipped_file=DIGITS_FILE,
                licence="CC BY 4.0", source="https://doi.org/10.24432/C50P49"),
    DatasetSpec("shapes", "Shapes (generated)",
                M("dataset.shapes", "32x32 colour shapes and textures, 8 classes; generated, works offline"),
                3, 32, SHAPE_CLASSES, 2400, 0, "generated", generate=lambda count, seed: make_shapes(count, seed=seed),
                licence="MIT (project code)"),
    _cifar_spec("cifar10", "CIFAR-10",
                M("dataset.cifar10", "32x32 colour photographs, 10 classes; from the data folder or a download"),
                ("airplane", "automobile", "bird", "cat", "deer", "dog", "frog", "horse", "ship", "truck"),
                load_cifar10, "cifar-10-python.tar.gz", "c58f30108f718f92721af3b95e74349a"),
    _cifar_spec("cifar100", "CIFAR-100",
                M("dataset.cifar100", "32x32 colour photographs, 100 classes; from the data folder or a download"),
                _CIFAR100_CLASSES, load_cifar100, "cifar-100-python.tar.gz", "eb9058c3a382ffc7106e4002c42a8d85"),
    DatasetSpec("svhn", "SVHN (cropped digits)",
                M("dataset.svhn", "32x32 colour house-number digits, 10 classes; from the data folder or a download"),
                3, 32, _TEN, 73257, 26032, "folder", reader=load_svhn,
                downloads=(DownloadFile("http://ufldl.stanford.edu/housenumbers/train_32x32.mat",
                                        "e26dedcc434d2e4c54c9b2d4a06d8373"),
                           DownloadFile("http://ufldl.stanford.edu/housenumbers/test_32x32.mat",
                                        "eb5a983be6a315427106f1b164d9cef3")),
                licence="non-commercial use only (as its page states)", source="http://ufldl.stanford.edu/housenumbers/"),
    _idx_spec("mnist", "MNIST", "MNIST", _TEN,
              M("dataset.mnist", "28x28 grey handwritten digits, 10 classes; from the data folder or a download"),
              _MNIST_URL, ("f68b3c2dcbeaaa9fbdd348bbdeb94873", "d53e105ee54ea40749a09fcbcd1e9432",
                           "9fb629c4189551a2d022fa330f9573f3", "ec29112dd5afa0611ce80d1b7f02629c"),
              "none stated by its authors (LeCun, Cortes, Burges)", "http://yann.lecun.com/exdb/mnist/"),
    _idx_spec("fashion-mnist", "Fashion-MNIST", "FashionMNIST",
              ("T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag",
               "Ankle boot"),
              M("dataset.fashion_mnist", "28x28 grey photographs of clothing, 10 classes; from the data folder or a "
                "download"),
              _FASHION_URL, ("8d4fb7e6c68d591d4c3dfef9ec88bf0d", "25c81989df183df01b3e8a0aad5dffbe",
                             "bef4ecab320f06d8554ea6380940ec79", "bb300cfdad3c16e7a12a480ee83cd310"),
              "MIT", "https://github.com/zalandoresearch/fashion-mnist"),
    _idx_spec("kmnist", "Kuzushiji-MNIST", "KMNIST", ("o", "ki", "su", "tsu", "na", "ha", "ma", "ya", "re", "wo"),
              M("dataset.kmnist", "28x28 grey handwritten cursive Japanese (kuzushiji) hiragana, 10 classes; from the "
                "data folder or a download"),
              _KMNIST_URL, ("bdb82020997e1d708af4cf47b453dcf7", "e144d726b3acfaa3e44228e80efcd344",
                            "5c965bf0a639b31b8f53240b1b52f4d7", "7320c461ea6c1c855c0b718fb2a4b134"),
              "CC BY-SA 4.0", "https://github.com/rois-codh/kmnist",
              class_glyphs=("お", "き", "す", "つ", "な", "は", "ま", "や", "れ", "を")),
)

DATASETS: dict[str, DatasetSpec] = {spec.name: spec for spec in _SPECS}
DATASET_NAMES: tuple[str, ...] = tuple(DATASETS)


def dataset_spec(name: str) -> DatasetSpec:
    """The spec of a named dataset (not ``folder:PATH``, whose classes are only known by scanning it)."""
    try:
        return DATASETS[name]
    except (KeyError, TypeError):
        raise DataError(name, M("data.unknown", "is not a known dataset"),
                        ", ".join(DATASET_NAMES) + ", folder:PATH") from None


def class_labels(dataset: str | None, classes: list[str] | tuple[str, ...]) -> list[str]:
    """Class names as a person reads them: a registered set's glyphs beside its romanised names ("tsu (つ)")
    when ``classes`` are that set's own (as a checkpoint of it stores them); any other list unchanged."""
    spec = DATASETS.get(dataset) if isinstance(dataset, str) else None
    if spec is None or not spec.class_glyphs or tuple(classes) != spec.classes:
        return list(classes)
    return [spec.class_label(i) for i in range(len(classes))]
