"""Where the inference panel's network and image come from: the network-source list (the network trained in the
app, a checkpoint file, torchvision's ImageNet weights, the current network untrained) and the sample images."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QWidget

from ...core.pretrained import PRETRAINED_NAMES
from ...paths import RESOURCES
from .inference_jobs import SOURCE_CHECKPOINT, SOURCE_PRETRAINED, SOURCE_TRAINED, SOURCE_UNTRAINED

__all__ = ["SourceCombo", "SampleCombo"]


class SourceCombo(QComboBox):
    """The network sources; each item's data is its kind, or "pretrained:NAME" for ImageNet weights."""

    def fill(self, trained: str | None) -> None:
        """Every source in the window's language, the choice kept; the trained network is offered once a
        checkpoint ``trained`` exists (chosen first then, else the first ImageNet network)."""
        current = self.currentData()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Network trained in the app"), SOURCE_TRAINED)
        self.addItem(self.tr("Checkpoint file…"), SOURCE_CHECKPOINT)
        for name in PRETRAINED_NAMES:
            self.addItem(self.tr("ImageNet-pretrained {name} (torchvision)").format(name=name),
                         f"{SOURCE_PRETRAINED}:{name}")
        self.addItem(self.tr("Current network, untrained (random weights)"), SOURCE_UNTRAINED)
        item = self.model().item(0)
        item.setEnabled(trained is not None)
        if not trained:
            item.setToolTip(self.tr("Train a network in the Training panel first"))
        index = self.findData(current) if current is not None else -1
        if index < 0:
            index = 0 if trained else 2
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def offer_trained(self, path: str) -> None:
        """A checkpoint of the network trained in the app exists now (its path as the item's tooltip)."""
        item = self.model().item(0)
        item.setEnabled(True)
        item.setToolTip(path)

    def current(self) -> tuple[str | None, str | None]:
        """(kind, pretrained name or None) of the chosen source."""
        data = self.currentData()
        if not data:
            return None, None
        kind, _sep, name = data.partition(":")
        return kind, name or None

    def select(self, kind: str, name: str | None = None) -> None:
        index = self.findData(f"{kind}:{name}" if name else kind)
        if index >= 0:
            self.setCurrentIndex(index)


class SampleCombo(QComboBox):
    """The shipped sample images by their path under resources/samples, and the open image if it is another."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.samples: list[Path] = []

    def fill(self, samples: Sequence[Path], open_image: Path | None) -> None:
        self.samples = list(samples)
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("Choose a sample image…"), None)
        root = RESOURCES / "samples"
        for path in self.samples:
            try:
                label = str(path.relative_to(root))
            except ValueError:
                label = path.name
            self.addItem(label, str(path))
        if open_image is not None:
            if self.findData(str(open_image)) < 0:
                self.addItem(open_image.name, str(open_image))
            self.setCurrentIndex(self.findData(str(open_image)))
        self.blockSignals(False)
