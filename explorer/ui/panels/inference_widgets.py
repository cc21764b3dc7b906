"""Small widgets of the inference panel: a picture that scales with its box, a preprocessing step, the
concatenation strip bar, the top-k bar chart, a colour bar and the Grad-CAM overlay. They draw numpy arrays;
none touches a tensor."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.images import STRIP_COLOURS, colormap
from .. import plot_theme

__all__ = ["array_to_qimage", "ImageView", "Thumbnail", "StripBar", "TopKChart", "ColourBar", "compose_cam"]


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
        plot_theme.install(self, lambda _theme: self.set_bars(self.labels, self.values))

    def set_bars(self, labels: Sequence[str], probabilities: Sequence[float]) -> None:
        self.labels, self.values = list(labels), [float(p) for p in probabilities]
        k = len(self.labels)
        ys = [k - 1 - i for i in range(k)]
        theme = plot_theme.theme_for(self)
        self.bars.setOpts(x0=[0.0] * k, y=ys, height=0.7, width=self.values, brush=theme.colour(0), pen=None)
        short = [lab if len(lab) <= 28 else lab[:27] + "…" for lab in self.labels]
        self.getAxis("left").setTicks([[(y, s) for y, s in zip(ys, short)]])
        for t in self.texts:
            self.removeItem(t)
        self.texts = []
        for y, v in zip(ys, self.values):
            t = pg.TextItem(f"{100 * v:.1f}%", anchor=(0, 0.5), color=theme.foreground)
            t.setPos(min(v, 0.82) + 0.01, y)
            self.addItem(t)
            self.texts.append(t)
        self.setYRange(-0.6, max(k, 1) - 0.4, padding=0)
        self.setXRange(0, 1, padding=0.02)


class ColourBar(QWidget):
    """A vertical colour scale: the colormap from ``lo`` (bottom) to ``hi`` (top), ticked, with a title
    written up its side. Text in the palette's colours."""

    def __init__(self, cmap: str = "viridis", lo: float = 0.0, hi: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cmap, self.lo, self.hi = cmap, lo, hi
        self.title = ""
        self.ticks: list[tuple[float, str]] = []
        self.set_ticks([(lo, f"{lo:g}"), ((lo + hi) / 2, f"{(lo + hi) / 2:g}"), (hi, f"{hi:g}")])
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(120)

    def set_title(self, title: str) -> None:
        self.title = title
        self.setToolTip(title)
        self.updateGeometry()
        self.update()

    def set_ticks(self, ticks: Sequence[tuple[float, str]]) -> None:
        self.ticks = list(ticks)
        self.updateGeometry()
        self.update()

    def colour_at(self, value: float) -> QColor:
        t = (value - self.lo) / ((self.hi - self.lo) or 1.0)
        r, g, b = (int(v) for v in colormap(np.array([t]), self.cmap)[0])
        return QColor(r, g, b)

    def bar_rect(self) -> QRect:
        fm = self.fontMetrics()
        margin = fm.height() // 2 + 1
        return QRect(4, margin, 16, max(10, self.height() - 2 * margin))

    def sizeHint(self) -> QSize:  # noqa: N802
        fm = self.fontMetrics()
        text = max((fm.horizontalAdvance(t) for _v, t in self.ticks), default=0)
        return QSize(4 + 16 + 6 + text + 6 + (fm.height() + 4 if self.title else 0), 200)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.sizeHint().width(), 120)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        bar = self.bar_rect()
        n = max(2, bar.height())
        ramp = colormap(np.linspace(1.0, 0.0, n), self.cmap)  # top row: hi
        img = array_to_qimage(np.repeat(ramp[:, None, :], 2, axis=1))
        p.drawImage(bar, img)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        p.setPen(QPen(text))
        p.drawRect(bar.adjusted(0, 0, -1, -1))
        fm = p.fontMetrics()
        for value, label in self.ticks:
            t = (value - self.lo) / ((self.hi - self.lo) or 1.0)
            y = round(bar.bottom() - t * (bar.height() - 1))
            p.drawLine(bar.right() + 1, y, bar.right() + 4, y)
            p.drawText(QPoint(bar.right() + 6, y + fm.ascent() // 2 - 1), label)
        if self.title:
            p.save()
            p.translate(self.width() - 2, self.height() / 2)
            p.rotate(-90)
            title = fm.elidedText(self.title, Qt.TextElideMode.ElideRight, self.height() - 4)
            p.drawText(QPoint(-fm.horizontalAdvance(title) // 2, 0), title)
            p.restore()
        p.end()


def compose_cam(image: np.ndarray, heat: np.ndarray, opacity: float) -> np.ndarray:
    """The Grad-CAM overlay that keeps the picture readable: the heat's colour (jet) is shaded by the image's
    own brightness before it is blended in at ``opacity``, so that strokes stay lighter than the ground even
    at full opacity (a plain blend covers an 8x8 digit with a flat colour)."""
    img = np.asarray(image)
    if img.ndim == 2:
        img = img[:, :, None]
    if img.shape[2] == 1:
        img = np.repeat(img, 3, axis=2)
    if heat.shape != img.shape[:2]:
        raise ValueError(f"heatmap {heat.shape} and image {img.shape[:2]} differ in size")
    a = float(np.clip(opacity, 0.0, 1.0))
    rgb = img[:, :, :3].astype(np.float64)
    lum = (0.299 * rgb[:, :, 0] + 0.587 * rgb[:, :, 1] + 0.114 * rgb[:, :, 2]) / 255.0
    shade = 0.25 + 0.75 * lum[:, :, None]
    out = rgb * (1 - a) + colormap(heat, "jet").astype(np.float64) * shade * a
    return np.clip(np.rint(out), 0, 255).astype(np.uint8)
