"""The inference panel's feature-maps tab: one layer's maps as tiles, and for a dense layer its input, framed by
the layer each slice came from (the concatenation made visible); a click enlarges one map."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from .inference_grids import MapGrid
from .inference_tabs import source_label
from .inference_widgets import ImageView, StripBar

__all__ = ["FeatureMapsTab"]


class FeatureMapsTab(QWidget):
    """The maps as tiles of at least 64 px (96 channels no longer shrink to 16 px), scrolled for the rest; the
    clicked one enlarged beside them with its layer, channel and source."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.features: Any = None
        self._shown: tuple[str, bool, np.ndarray] | None = None  # (layer, dense input?, the maps drawn)
        self.layer_label = QLabel(self)
        self.layer = QComboBox(self)
        self.layer_label.setBuddy(self.layer)
        self.show_input = QCheckBox(self)
        self.show_input.setChecked(True)
        self.strip_text = QLabel(self)
        self.strip_text.setWordWrap(True)
        self.strips = StripBar(self)
        self.strips.setVisible(False)
        self.grid_view = MapGrid(self, tile=64)
        self.grid_scroll = QScrollArea(self)
        self.grid_scroll.setWidgetResizable(True)
        self.grid_scroll.setWidget(self.grid_view)
        self.grid_scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.grid_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.zoom_view = ImageView(self, 160)
        self.zoom_text = QLabel(self)
        self.zoom_text.setWordWrap(True)
        self.zoom_text.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.zoom_text.setMinimumWidth(160)
        self._lay_out()
        self.grid_view.sig_selected.connect(self._show_zoom)
        self.show_input.toggled.connect(lambda _b: self._draw())

    def _lay_out(self) -> None:
        zoom = QVBoxLayout()
        zoom.addWidget(self.zoom_view, 1)
        zoom.addWidget(self.zoom_text)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.layer_label)
        top.addWidget(self.layer, 1)
        top.addWidget(self.show_input)
        lay.addLayout(top)
        lay.addWidget(self.strip_text)
        lay.addWidget(self.strips)
        maps_row = QHBoxLayout()
        maps_row.addWidget(self.grid_scroll, 3)
        maps_row.addLayout(zoom, 2)
        lay.addLayout(maps_row, 1)

    def set_layers(self, names: Sequence[str], preferred: str | None) -> None:
        """A newly loaded network's layers, in forward order (signals blocked: the panel asks for the maps).
        ``preferred`` stays chosen if the network has it, else the second layer of the first block."""
        self.layer.blockSignals(True)
        self.layer.clear()
        for name in names:
            self.layer.addItem(name.removeprefix("features."), name)
        index = self.layer.findData(preferred) if preferred else -1
        if index < 0:
            index = self.layer.findData("features.denseblock1.denselayer2")
        self.layer.setCurrentIndex(max(index, 0))
        self.layer.blockSignals(False)

    def set_features(self, features: Any) -> None:
        self.features = features
        self._draw()

    def _draw(self) -> None:
        f = self.features
        if f is None:
            return
        dense = f.input is not None and self.show_input.isChecked()
        self.show_input.setEnabled(f.input is not None)
        name = f.name.removeprefix("features.")
        if dense:
            maps, owners = f.input, f.owners
            segments = [(source_label(s.label), s.source, s.width) for s in f.strips]
            widths = [s.width for s in f.strips]
            k0, layer = widths[0], len(widths)
            k = widths[1] if len(widths) > 1 else 0
            formula = f"k₀ + k×(ℓ−1) = {k0} + {k}×{layer - 1} = {sum(widths)}" if k else f"k₀ = {k0}"
            self.strip_text.setText(self.tr(
                "Input of {name}: the concatenation of the block input and every earlier layer's maps, "
                "{formula} channels (framed by source).").format(name=name, formula=formula))
            self.strips.set_segments(segments)
        else:
            maps, owners = f.output, None
            c, h, w = f.output.shape
            self.strip_text.setText(self.tr("Output of {name}: {c} maps of {h}×{w}").format(name=name, c=c, h=h, w=w))
            self.strips.set_segments([])
        self.grid_view.set_maps(maps, owners=owners, max_maps=1024)
        self._shown = (name, dense, maps)
        self._show_zoom(self.grid_view.selected)

    def _show_zoom(self, index: int | None) -> None:
        """The clicked map, enlarged, with its layer, channel and (for a dense layer's input) its source."""
        if self._shown is None or index is None or index >= self.grid_view.count():
            self.zoom_view.set_array(None)
            self.zoom_text.setText(self.tr("Click a map to enlarge it."))
            return
        name, dense, maps = self._shown
        m = maps[index]
        lo, hi = float(m.min()), float(m.max())
        grey = ((m - lo) / ((hi - lo) or 1.0) * 255).round().astype(np.uint8)
        self.zoom_view.set_array(grey)
        h, w = m.shape
        n = maps.shape[0]
        if dense and self.features is not None:
            strip = next((s for s in self.features.strips if s.start <= index < s.stop), None)
            source = source_label(strip.label) if strip else "?"
            text = self.tr("{layer}, input channel {c} of {n}: from {source} (its map {j} of {m}); {h}×{w}, "
                           "values {lo:.3g} to {hi:.3g}").format(
                layer=name, c=index + 1, n=n, source=source, j=index - strip.start + 1 if strip else 0,
                m=strip.width if strip else 0, h=h, w=w, lo=lo, hi=hi)
        else:
            text = self.tr("{layer}, output channel {c} of {n}; {h}×{w}, values {lo:.3g} to {hi:.3g}").format(
                layer=name, c=index + 1, n=n, h=h, w=w, lo=lo, hi=hi)
        self.zoom_text.setText(text)

    def retranslate(self) -> None:
        self.layer_label.setText(self.tr("La&yer:"))
        self.show_input.setText(self.tr("Show a dense layer's input, by source"))
        self._draw()
