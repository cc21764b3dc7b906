"""The Compare view's gradient flow: after (and during) a joint run, a layer x epoch heatmap of log10 gradient
norm per network side by side, on one colour scale (the Training panel's GradFlowPlot), so a deep plain net's
vanishing gradient reads beside the dense net's. Plain numbers in (the joint run's JointProgress and results)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.training.insights import EpochInsights
from .compare_table import shown_name
from .insights_tabs import GradFlowPlot, RunInsightsView

__all__ = ["GradientsBox"]

RUN_WIDTH = 240  # pixels per heatmap (its layer names, its columns): six side by side scroll rather than squeeze


class GradientsBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.plot = GradFlowPlot(self)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.plot)
        self.names: list[str] = []
        self.views: list[RunInsightsView] = []
        self.dirty = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(self.note)
        lay.addWidget(self.scroll, 1)

    def start(self, names: Sequence[str]) -> None:
        """A new run: one empty heatmap per network."""
        self.names = list(names)
        self.views = [RunInsightsView() for _ in self.names]
        self._changed()

    def add_epoch(self, index: int, epoch: int, layers: Sequence[str], norms: Sequence[float]) -> None:
        """One network's epoch (a JointProgress's gradient norms)."""
        if not (0 <= index < len(self.views)) or not norms:
            return
        view = self.views[index]
        view.layers = list(layers)
        view.epochs = [e for e in view.epochs if e.epoch < epoch] + [EpochInsights(epoch, list(norms), 0)]
        self._changed()

    def set_results(self, results: Sequence[Mapping[str, Any]]) -> None:
        """The finished run's numbers (what every network reached, the authoritative copy)."""
        self.names = [r["name"] for r in results]
        self.views = [RunInsightsView(layers=list(r.get("grad_layers", [])),
                                      epochs=[EpochInsights(i + 1, list(norms), 0)
                                              for i, norms in enumerate(r.get("grad_norms", []))])
                      for r in results]
        self._changed()

    def _changed(self) -> None:
        """Redraw now when on screen, else when next shown (a hidden tab costs nothing per epoch)."""
        self.dirty = True
        if self.isVisible():
            self.redraw()

    def redraw(self) -> None:
        self.dirty = False
        runs = [(shown_name(name), view) for name, view in zip(self.names, self.views)]
        self.plot.setMinimumWidth(RUN_WIDTH * max(1, len(runs)) + 40)
        self.plot.show_runs(runs, self.tr("Epoch"), self.tr("Layer (input at the top)"))
        if not self.names:
            self.note.setText(self.tr("Train the networks together: each one's gradient norms per layer and epoch "
                                      "appear here side by side."))
        else:
            self.note.setText(self.tr(
                "log10 of each conv/linear layer's gradient norm (RMS over sampled batches), one row per layer, one "
                "column per epoch, one colour scale for all: in a deep plain network the layers near the input get "
                "far smaller gradients than near the output; dense connections give every layer a short path to "
                "the loss."))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.dirty or not self.note.text():
            self.redraw()

    def retranslate(self) -> None:
        if self.isVisible():
            self.redraw()
        else:
            self.dirty = True
