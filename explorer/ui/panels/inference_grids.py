"""The inference panel's grids of cells: the feature maps as clickable tiles framed by their source, and the
feature-reuse heatmap with tick labels thinned to what fits. They draw numpy arrays; none touches a tensor."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.images import STRIP_COLOURS, colormap, map_grid
from .. import plot_theme
from .inference_widgets import array_to_qimage

__all__ = ["ReuseHeatmap", "MapGrid", "thin_ticks"]


class ReuseHeatmap(pg.GraphicsLayoutWidget):
    """One block's feature-reuse matrix: x = source (block input, layers), y = target (layers, then the
    transition or classifier), colour = normalised mean |weight| (viridis); window-coloured cells: no
    connection. Tick labels are thinned to what fits the pixels a cell has, measured in the axis font."""

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
        self.short_targets: list[str] = []
        self.short_sources: list[str] = []
        self.cell_texts: list[pg.TextItem] = []  # each cell's value, shown where the cells are large enough
        self.hover_text = ""
        self.image.setAcceptHoverEvents(True)
        self.image.hoverEvent = self._hover  # type: ignore[method-assign]
        for name in ("bottom", "left"):
            self.plot.getAxis(name).setStyle(tickFont=self.font())
        self.plot.getViewBox().sigResized.connect(self._thin)
        plot_theme.install(self, lambda _theme: self._recolour())

    def set_matrix(self, values: np.ndarray, targets: Sequence[str], sources: Sequence[str],
                   x_title: str, y_title: str, short_targets: Sequence[str] | None = None,
                   short_sources: Sequence[str] | None = None) -> None:
        self.values = np.asarray(values, dtype=np.float64)
        self.targets, self.sources = list(targets), list(sources)
        self.short_targets = list(short_targets or [self._short(t) for t in targets])
        self.short_sources = list(short_sources or [self._short(s) for s in sources])
        self._recolour()
        n_t, n_s = self.values.shape
        self.image.setRect(QRectF(0, 0, n_s, n_t))
        for item in self.cell_texts:
            self.plot.removeItem(item)
        self.cell_texts = []
        if n_t * n_s <= 400:
            for (r, c), v in np.ndenumerate(self.values):
                if np.isnan(v):
                    continue
                item = pg.TextItem(f"{v:.2f}", color=(0, 0, 0) if v > 0.45 else (255, 255, 255), anchor=(0.5, 0.5))
                item.setPos(c + 0.5, r + 0.5)
                item.setVisible(False)
                self.plot.addItem(item)
                self.cell_texts.append(item)
        self.plot.setLabel("bottom", x_title)
        self.plot.setLabel("left", y_title)
        self.plot.setRange(xRange=(0, n_s), yRange=(0, n_t), padding=0.02)
        self._thin()

    def _recolour(self) -> None:
        if self.values is None:
            return
        # No connection: a grey between the base and the text, plain on a projector (the window colour was all but
        # white on white), in light and dark palettes.
        pal = self.palette()
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        nan = tuple(round(b + 0.25 * (t - b)) for b, t in zip(base.getRgb()[:3], text.getRgb()[:3]))
        rgb = colormap(self.values, "viridis", nan_rgb=nan)
        self.image.setImage(np.ascontiguousarray(rgb.transpose(1, 0, 2)), levels=(0, 255))

    def tick_steps(self) -> tuple[int, int]:
        """(every how many sources, every how many targets) a tick is labelled, from the pixels of a cell."""
        px, py = self.plot.getViewBox().viewPixelSize()
        metrics = QFontMetrics(self.font())
        return (thin_ticks(self.short_sources, 1 / px if px > 0 else 0, metrics),
                thin_ticks(self.short_targets, 1 / py if py > 0 else 0, metrics, vertical=True))

    def _thin(self, *_args) -> None:
        if self.values is None:
            return
        step_s, step_t = self.tick_steps()
        n_t, n_s = self.values.shape
        px, py = self.plot.getViewBox().viewPixelSize()
        metrics = QFontMetrics(self.font())
        roomy = px > 0 and py > 0 and 1 / px >= metrics.horizontalAdvance("0.00") + 8 and 1 / py >= metrics.height() + 4
        for item in self.cell_texts:
            item.setVisible(roomy)
        self.plot.getAxis("bottom").setTicks([[(i + 0.5, self.short_sources[i]) for i in range(n_s)
                                               if i % step_s == 0]])
        self.plot.getAxis("left").setTicks([[(i + 0.5, self.short_targets[i]) for i in range(n_t)
                                             if (n_t - 1 - i) % step_t == 0]])  # the last row (T, cls) always

    def shown_ticks(self, axis: str) -> list[tuple[float, str]]:
        """The labelled ticks of ``axis`` ("bottom" or "left") as (position in cells, text)."""
        ticks = self.plot.getAxis(axis)._tickLevels  # what setTicks was given
        return list(ticks[0]) if ticks else []

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


def thin_ticks(labels: Sequence[str], cell_px: float, metrics: QFontMetrics, vertical: bool = False,
               gap: int = 6) -> int:
    """Every how many cells a label fits: the widest label (or, on a vertical axis, one line) and a gap,
    divided by the pixels one cell has."""
    if not labels:
        return 1
    need = metrics.height() + 2 if vertical else max(metrics.horizontalAdvance(t) for t in labels) + gap
    return max(1, math.ceil(need / cell_px)) if cell_px > 0 else len(labels)


class MapGrid(QWidget):
    """Feature maps as tiles of at least ``tile`` pixels (nearest-neighbour, each map scaled to its own range),
    as many columns as the width holds and as many rows as needed (put it in a scroll area), each tile framed
    in the colour of the strip it came from. Click a tile to select it (``sig_selected``)."""

    sig_selected = Signal(int)
    GAP = 4
    FRAME = 2

    def __init__(self, parent: QWidget | None = None, tile: int = 64) -> None:
        super().__init__(parent)
        self.tile = tile
        self.maps: np.ndarray | None = None
        self.owners: list[int] | None = None
        self.tiles: list[QImage] = []
        self.selected: int | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_maps(self, maps: np.ndarray | None, owners: Sequence[int] | None = None, max_maps: int = 1024) -> None:
        self.maps = None if maps is None else np.asarray(maps, dtype=np.float64)[:max_maps]
        self.owners = None if owners is None else list(owners)
        self.tiles = []
        if self.maps is not None:
            flat = self.maps.reshape(len(self.maps), -1)
            lo, hi = flat.min(axis=1), flat.max(axis=1)
            span = np.where(hi > lo, hi - lo, 1.0)
            grey = ((self.maps - lo[:, None, None]) / span[:, None, None] * 255).round().astype(np.uint8)
            self.tiles = [array_to_qimage(g) for g in grey]
        if self.selected is not None and self.selected >= len(self.tiles):
            self.selected = None
        self.setMinimumHeight(self.heightForWidth(self.width()))  # rows for every tile: the scroll area scrolls
        self.updateGeometry()
        self.update()

    def count(self) -> int:
        return len(self.tiles)

    def columns(self, width: int | None = None) -> int:
        w = self.width() if width is None else width
        return max(1, (w - self.GAP) // (self.tile + self.GAP))

    def tile_rect(self, index: int) -> QRect:
        r, c = divmod(index, self.columns())
        step = self.tile + self.GAP
        return QRect(self.GAP + c * step, self.GAP + r * step, self.tile, self.tile)

    def index_at(self, pos: QPoint) -> int | None:
        step = self.tile + self.GAP
        c, r = (pos.x() - self.GAP) // step, (pos.y() - self.GAP) // step
        if pos.x() < self.GAP or pos.y() < self.GAP or c >= self.columns():
            return None
        index = r * self.columns() + c
        return index if 0 <= index < len(self.tiles) and self.tile_rect(index).contains(pos) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        rows = math.ceil(len(self.tiles) / self.columns(width)) if self.tiles else 1
        return self.GAP + rows * (self.tile + self.GAP)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(8 * (self.tile + self.GAP) + self.GAP, self.heightForWidth(8 * (self.tile + self.GAP)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.tile + 2 * self.GAP, self.tile + 2 * self.GAP)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        want = self.heightForWidth(self.width())
        if self.minimumHeight() != want:
            self.setMinimumHeight(want)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        index = self.index_at(event.position().toPoint())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.selected = index
            self.update()
            self.sig_selected.emit(index)
        super().mousePressEvent(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        visible = event.rect()
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        for i, img in enumerate(self.tiles):
            rect = self.tile_rect(i)
            if not rect.intersects(visible):
                continue
            if self.owners is not None and i < len(self.owners):
                p.fillRect(rect, QColor(*STRIP_COLOURS[self.owners[i] % len(STRIP_COLOURS)]))
            inner = rect.adjusted(self.FRAME, self.FRAME, -self.FRAME, -self.FRAME)
            p.drawImage(inner, img)
            if i == self.selected:
                p.setPen(QPen(highlight, 3))
                p.drawRect(rect.adjusted(-1, -1, 0, 0))
        p.end()

    def image(self) -> QImage | None:
        """All the maps as one picture (the mosaic the panel exports), or None."""
        if self.maps is None:
            return None
        return array_to_qimage(map_grid(self.maps, owners=self.owners))
