"""Small widgets of the inference panel: a picture that scales with its box, the concatenation strip bar,
the top-k bar chart and the feature-reuse heatmap. They draw numpy arrays; none touches a tensor."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.images import STRIP_COLOURS, colormap

__all__ = ["array_to_qimage", "ImageView", "Thumbnail", "StripBar", "TopKChart", "ReuseHeatmap"]


def array_to_qimage(rgb: np.ndarray) -> QImage:
    """H x W x 3 (or x 1) uint8 -> a QImage that owns a copy of the pixels."""
    arr = np.asarray(rgb, dtype=np.uint8)
    if arr.ndim == 2:
        arr = arr[:, :, None]
    if arr.shape[2] == 1:
        arr = np.repeat(arr, 3, axis=2)
    arr = np.ascontiguousarray(arr[:, :, :3])
    h, w, _ = arr.shape
    return QImage(arr.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()


class ImageView(QLabel):
    """A picture scaled to fit its box, aspect kept; small pictures (a 16x16 input) stay crisp."""

    def __init__(self, parent: QWidget | None = None, min_size: int = 96) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(min_size, min_size)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_array(self, rgb: np.ndarray | None) -> None:
        self._image = None if rgb is None else array_to_qimage(rgb)
        self._rescale()

    def image(self) -> QImage | None:
        return self._image

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._image is None:
            self.setPixmap(QPixmap())
            return
        size = self.size()
        smooth = self._image.width() >= size.width() or self._image.width() >= 128
        mode = Qt.TransformationMode.SmoothTransformation if smooth else Qt.TransformationMode.FastTransformation
        scaled = self._image.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, mode)
        self.setPixmap(QPixmap.fromImage(scaled))


class Thumbnail(QWidget):
    """One preprocessing step: the picture, its title and what the step did."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(self, 72)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.caption)

    def set_step(self, title: str, detail: str, rgb: np.ndarray) -> None:
        self.view.set_array(rgb)
        self.caption.setText(f"<b>{title}</b><br><small>{detail}</small>")


class StripBar(QWidget):
    """A dense layer's input as coloured segments, one per source (block input, layer 1, ...), each as
    wide as its channel count: the concatenation made visible."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments: list[tuple[str, int, int]] = []  # (label, source, channels)
        self.setMinimumHeight(26)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_segments(self, segments: Sequence[tuple[str, int, int]]) -> None:
        self.segments = list(segments)
        self.setToolTip("\n".join(f"{label}: {n}" for label, _s, n in self.segments))
        self.setVisible(bool(self.segments))
        self.update()

    def total(self) -> int:
        return sum(n for _l, _s, n in self.segments)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, 26)

    def paintEvent(self, _event) -> None:  # noqa: N802
        total = self.total()
        if not total:
            return
        p = QPainter(self)
        w, h = self.width() - 1, self.height() - 1
        x = 0.0
        for label, source, n in self.segments:
            seg = w * n / total
            rect = QRectF(x, 0, seg, h)
            colour = QColor(*STRIP_COLOURS[source % len(STRIP_COLOURS)])
            p.fillRect(rect, colour)
            p.setPen(self.palette().color(QPalette.ColorRole.Base))
            p.drawRect(rect)
            text = f"{label} ({n})"
            if p.fontMetrics().horizontalAdvance(text) + 6 > seg:
                text = str(n)
            if p.fontMetrics().horizontalAdvance(text) + 4 <= seg:
                p.setPen(QColor(255, 255, 255) if colour.lightness() < 150 else QColor(0, 0, 0))
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += seg
        p.end()


class TopKChart(pg.PlotWidget):
    """Top-k probabilities as horizontal bars, the top class at the top, labels on the left axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.showGrid(x=True, y=False, alpha=0.25)
        self.setXRange(0, 1, padding=0.02)
        self.bars = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self.addItem(self.bars)
        self.texts: list[pg.TextItem] = []
        self.labels: list[str] = []
        self.values: list[float] = []

    def set_bars(self, labels: Sequence[str], probabilities: Sequence[float]) -> None:
        self.labels, self.values = list(labels), [float(p) for p in probabilities]
        k = len(self.labels)
        ys = [k - 1 - i for i in range(k)]
        pal = self.palette()
        self.setBackground(pal.color(QPalette.ColorRole.Base))
        self.bars.setOpts(x0=[0.0] * k, y=ys, height=0.7, width=self.values,
                          brush=pal.color(QPalette.ColorRole.Highlight), pen=None)
        short = [lab if len(lab) <= 28 else lab[:27] + "…" for lab in self.labels]
        self.getAxis("left").setTicks([[(y, s) for y, s in zip(ys, short)]])
        for t in self.texts:
            self.removeItem(t)
        self.texts = []
        for y, v in zip(ys, self.values):
            t = pg.TextItem(f"{100 * v:.1f}%", anchor=(0, 0.5), color=pal.color(QPalette.ColorRole.Text))
            t.setPos(min(v, 0.82) + 0.01, y)
            self.addItem(t)
            self.texts.append(t)
        self.setYRange(-0.6, max(k, 1) - 0.4, padding=0)
        self.setXRange(0, 1, padding=0.02)


class ReuseHeatmap(pg.GraphicsLayoutWidget):
    """One block's feature-reuse matrix: x = source (block input, layers), y = target (layers, then the
    transition or classifier), colour = normalised mean |weight| (viridis); grey cells: no connection."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = self.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.invertY(True)
        self.plot.setAspectLocked(True)
        self.image = pg.ImageItem()
        self.plot.addItem(self.image)
        self.values: np.ndarray | None = None
        self.targets: list[str] = []
        self.sources: list[str] = []
        self.hover_text = ""
        self.image.setAcceptHoverEvents(True)
        self.image.hoverEvent = self._hover  # type: ignore[method-assign]

    def set_matrix(self, values: np.ndarray, targets: Sequence[str], sources: Sequence[str],
                   x_title: str, y_title: str) -> None:
        self.values = np.asarray(values, dtype=np.float64)
        self.targets, self.sources = list(targets), list(sources)
        pal = self.palette()
        self.setBackground(pal.color(QPalette.ColorRole.Base))
        base = pal.color(QPalette.ColorRole.Window)
        rgb = colormap(self.values, "viridis", nan_rgb=(base.red(), base.green(), base.blue()))
        self.image.setImage(np.ascontiguousarray(rgb.transpose(1, 0, 2)), levels=(0, 255))
        n_t, n_s = self.values.shape
        self.image.setRect(QRectF(0, 0, n_s, n_t))
        step = max(1, len(self.sources) // 12)
        self.plot.getAxis("bottom").setTicks([[(i + 0.5, self._short(s)) for i, s in enumerate(self.sources)
                                               if i % step == 0 or i == n_s - 1]])
        self.plot.getAxis("left").setTicks([[(i + 0.5, self._short(t)) for i, t in enumerate(self.targets)
                                             if i % step == 0 or i >= n_t - 1]])
        self.plot.setLabel("bottom", x_title)
        self.plot.setLabel("left", y_title)
        self.plot.setRange(xRange=(0, n_s), yRange=(0, n_t), padding=0.02)

    @staticmethod
    def _short(label: str) -> str:
        return label.replace("layer ", "").replace("block input", "in").replace("transition ", "T") \
            .replace("classifier", "cls")

    def cell_text(self, row: int, col: int) -> str:
        if self.values is None or not (0 <= row < self.values.shape[0] and 0 <= col < self.values.shape[1]):
            return ""
        v = self.values[row, col]
        value = "—" if np.isnan(v) else f"{v:.2f}"
        return f"{self.targets[row]} ← {self.sources[col]}: {value}"

    def _hover(self, event) -> None:
        if event.isExit():
            self.hover_text = ""
            self.setToolTip("")
            return
        pos = event.pos()
        self.hover_text = self.cell_text(int(pos.y()), int(pos.x()))
        self.setToolTip(self.hover_text)
