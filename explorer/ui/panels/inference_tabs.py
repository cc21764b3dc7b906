"""Three tabs of the inference panel: the prediction (preprocessing steps and top-k), Grad-CAM and the feature
reuse heatmap. Each draws a core result it is given (plain numpy arrays) and sets its own texts in
``retranslate``; the panel runs the jobs that make the results."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from ..messages import tr_msg
from .inference_grids import ReuseHeatmap
from .inference_widgets import ColourBar, ImageView, Thumbnail, TopKChart, compose_cam

__all__ = ["PredictionTab", "GradCamTab", "ReuseTab", "source_label"]


def source_label(label: str) -> str:
    """A strip's or a heatmap row's core label ("block input", "layer 3") in the window's language."""
    if label == "block input":
        return QCoreApplication.translate("InferencePanel", "block input")
    return QCoreApplication.translate("InferencePanel", "layer {n}").format(n=label.split()[-1])


class PredictionTab(QWidget):
    """The preprocessing steps beside the top-k chart: fits a wide, short dock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prediction: Any = None
        self.steps = [Thumbnail(self) for _ in range(4)]
        steps_grid = QGridLayout()
        for i, t in enumerate(self.steps):
            steps_grid.addWidget(t, i // 2, i % 2)
        self.chart = TopKChart(self)
        lay = QHBoxLayout(self)
        lay.addLayout(steps_grid, 1)
        lay.addWidget(self.chart, 1)

    def show_original(self, width: int, height: int, image: np.ndarray) -> None:
        """An image opened before any network: its first step only."""
        self.steps[0].set_step(self.tr("Original"), f"{width}×{height}", image)

    def set_prediction(self, prediction: Any) -> None:
        self.prediction = prediction
        self._draw()

    def _draw(self) -> None:
        prediction = self.prediction
        if prediction is None:
            return
        titles = {"Original": self.tr("Original"), "Resize": self.tr("Resize"),
                  "Centre crop": self.tr("Centre crop"), "Normalise": self.tr("Normalise")}
        for thumb, step in zip(self.steps, prediction.steps):
            thumb.set_step(titles.get(step.title, step.title), tr_msg(step.detail), step.image)
        self.chart.set_bars([tr_msg(t.label) for t in prediction.top], [t.probability for t in prediction.top])
        best = prediction.top[0]
        self.chart.setTitle(self.tr("Top {k}: {label} ({p:.1f}%)").format(
            k=len(prediction.top), label=tr_msg(best.label), p=100 * best.probability))

    def retranslate(self) -> None:
        self.chart.setLabel("bottom", self.tr("Probability"))
        self._draw()


class GradCamTab(QWidget):
    """The crop the network saw beside its Grad-CAM overlay (small pictures upscaled nearest-neighbour), the
    scale, the class and the overlay's opacity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cam: Any = None
        self.cam_class_label = QLabel(self)
        self.cam_class = QComboBox(self)
        self.cam_class_label.setBuddy(self.cam_class)
        self.opacity_label = QLabel(self)
        self.opacity = QSlider(Qt.Orientation.Horizontal, self)
        self.opacity.setRange(0, 80)  # at most 80 %: a fifth of the picture always shows through (an 8x8 digit)
        self.opacity.setValue(50)
        self.opacity_label.setBuddy(self.opacity)
        self.cam_text = QLabel(self)
        self.cam_text.setWordWrap(True)
        self.cam_original = ImageView(self, 140)
        self.cam_original_title = QLabel(self)
        self.cam_view = ImageView(self, 140)
        self.cam_view_title = QLabel(self)
        for title in (self.cam_original_title, self.cam_view_title):
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.cam_bar = ColourBar("jet", 0.0, 1.0, self)
        grid = QGridLayout()
        grid.addWidget(self.cam_class_label, 0, 0)
        grid.addWidget(self.cam_class, 0, 1)
        grid.addWidget(self.opacity_label, 1, 0)
        grid.addWidget(self.opacity, 1, 1)
        pictures = QGridLayout()
        pictures.addWidget(self.cam_original_title, 0, 0)
        pictures.addWidget(self.cam_view_title, 0, 1)
        pictures.addWidget(self.cam_original, 1, 0)
        pictures.addWidget(self.cam_view, 1, 1)
        pictures.addWidget(self.cam_bar, 1, 2)
        pictures.setRowStretch(1, 1)
        pictures.setColumnStretch(0, 1)
        pictures.setColumnStretch(1, 1)
        lay = QVBoxLayout(self)
        lay.addLayout(grid)
        lay.addWidget(self.cam_text)
        lay.addLayout(pictures, 1)
        self.opacity.valueChanged.connect(lambda _v: self._draw())

    def set_classes(self, classes: Sequence[str]) -> None:
        """The classes of a newly loaded network, after "the predicted class" (signals blocked: no job)."""
        self.cam_class.blockSignals(True)
        self.cam_class.clear()
        self.cam_class.addItem(self.tr("Predicted class"), None)
        for i, label in enumerate(classes):
            self.cam_class.addItem(f"{i}: {tr_msg(label)}", i)
        self.cam_class.blockSignals(False)

    def set_cam(self, cam: Any) -> None:
        self.cam = cam
        self._draw()

    def _draw(self) -> None:
        if self.cam is None:
            return
        opacity = self.opacity.value() / 100
        self.cam_original.set_array(self.cam.image)
        self.cam_view.set_array(compose_cam(self.cam.image, self.cam.heat, opacity))
        self.cam_text.setText(self.tr("Grad-CAM for “{label}” (p = {p:.1%}), from the last feature maps; "
                                      "opacity {o}%").format(label=tr_msg(self.cam.label), p=self.cam.probability,
                                                            o=self.opacity.value()))

    def retranslate(self) -> None:
        self.cam_class_label.setText(self.tr("&Class:"))
        self.opacity_label.setText(self.tr("&Opacity:"))
        self.cam_original_title.setText(self.tr("What the network saw"))
        self.cam_view_title.setText(self.tr("Grad-CAM over it"))
        self.cam_bar.set_title(self.tr("Grad-CAM, relative to its maximum"))
        self.cam_bar.set_ticks([(0.0, self.tr("0 (none)")), (0.5, "0.5"), (1.0, self.tr("1 (most)"))])
        if self.cam_class.count():
            self.cam_class.setItemText(0, self.tr("Predicted class"))
        self._draw()


class ReuseTab(QWidget):
    """One dense block's feature-reuse matrix (the paper's Figure 5) and its colour scale."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heatmaps: list[Any] = []
        self.block_label = QLabel(self)
        self.block = QComboBox(self)
        self.block_label.setBuddy(self.block)
        self.reuse_text = QLabel(self)
        self.reuse_text.setWordWrap(True)
        self.heatmap = ReuseHeatmap(self)
        self.reuse_bar = ColourBar("viridis", 0.0, 1.0, self)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.block_label)
        top.addWidget(self.block, 1)
        lay.addLayout(top)
        lay.addWidget(self.reuse_text)
        heat_row = QHBoxLayout()
        heat_row.addWidget(self.heatmap, 1)
        heat_row.addWidget(self.reuse_bar)
        lay.addLayout(heat_row, 1)
        self.block.currentIndexChanged.connect(lambda _i: self._draw())

    def set_heatmaps(self, heatmaps: list[Any]) -> None:
        """One entry per dense block; the chosen block stays chosen where it still exists."""
        self.heatmaps = list(heatmaps)
        current = self.block.currentIndex()
        self.block.blockSignals(True)
        self.block.clear()
        for m in self.heatmaps:
            self.block.addItem(self.tr("Dense block {b} ({n} layers)").format(b=m.block, n=m.num_layers), m.block)
        self.block.setCurrentIndex(min(max(current, 0), self.block.count() - 1))
        self.block.blockSignals(False)
        self._draw()

    def _caption(self) -> str:
        return self.tr("Mean absolute weight each target layer gives to the feature maps of each source layer, "
                       "normalised per target (the paper's Figure 5). Computed from the weights alone. Colour: "
                       "dark purple 0 to yellow 1 (the target's strongest source); grey: no connection.")

    def _draw(self) -> None:
        i = self.block.currentIndex()
        if not (0 <= i < len(self.heatmaps)):
            return
        m = self.heatmaps[i]
        targets = [source_label(t) if t.startswith("layer") else
                   (self.tr("classifier") if t == "classifier" else self.tr("transition {b}").format(b=m.block))
                   for t in m.target_labels]
        sources = [source_label(s) for s in m.source_labels]
        short_t = [t.split()[-1] if t.startswith("layer") else
                   (self.tr("cls") if t == "classifier" else self.tr("T{b}").format(b=m.block))
                   for t in m.target_labels]
        short_s = [self.tr("in") if s == "block input" else s.split()[-1] for s in m.source_labels]
        self.heatmap.set_matrix(m.values, targets, sources, self.tr("Source layer (s)"),
                                self.tr("Target layer (ℓ)"), short_targets=short_t, short_sources=short_s)
        self.reuse_text.setText(self._caption())

    def retranslate(self) -> None:
        self.block_label.setText(self.tr("&Block:"))
        self.reuse_bar.set_title(self.tr("Mean |weight| ÷ the target's largest"))
        self.set_heatmaps(self.heatmaps)
