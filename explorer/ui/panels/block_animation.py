"""A dense block built layer by layer: the maps of each layer arrive, are concatenated, the channel count grows
by k, and the connections into the new layer light up.

The numbers are the current network's first block (explorer.core.explain.block_steps, from the ledger); where to
draw comes from the Qt-free ``animation_geometry``. A QTimer on the GUI thread advances one layer a tick; the
painting is a few rectangles, arcs and texts (no torch, nothing computed per frame).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...core.connectivity import subscript
from ...core.explain import BlockStep, animation_geometry, block_steps
from ...core.ledger import Ledger
from ..messages import tr_msg
from ..state import AppState
from .base import Panel

__all__ = ["BlockAnimation", "BlockCanvas", "SPEEDS", "STEP_MS"]

STEP_MS = 1200  # one layer a tick at 1×
SPEEDS = (0.5, 1.0, 2.0, 4.0)


@dataclass(frozen=True)
class _Ink:
    """The palette's colours one frame is drawn with."""

    text: QColor
    hi: QColor
    base: QColor
    button: QColor
    faint: QColor


class BlockCanvas(QWidget):
    """Draws ``steps[current]``: the boxes x₀, H₁ … H_L in a row, the links into each layer built so far (those
    into the newest lit), each built box's input channels above it, the concatenation bar under them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps: list[BlockStep] = []
        self.current = 0
        self.labels: dict[int, str] = {}  # box -> the channel count drawn above it (what a person reads)
        self.bar_text = ""
        self.legend = ""  # what the numbers under the boxes are
        self.setMinimumHeight(170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 220)

    def show_step(self, steps: list[BlockStep], current: int, bar_text: str) -> None:
        self.steps, self.current, self.bar_text = steps, current, bar_text
        step = steps[current] if steps else None
        self.labels = {}
        if step is not None:
            self.labels[0] = str(step.k0)
            for s in steps[1:current + 1]:
                self.labels[s.layer] = str(s.in_channels)
        self.update()

    def paintEvent(self, _event: Any) -> None:  # noqa: N802 - Qt's name
        if not self.steps:
            return
        step = self.steps[self.current]
        metrics = QFontMetricsF(self.font())
        g = animation_geometry(self.steps[-1], self.width(), self.height(), text_h=metrics.height())
        pal = self.palette()
        faint = QColor(pal.color(QPalette.ColorRole.WindowText))
        faint.setAlpha(60)
        ink = _Ink(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Highlight),
                   pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Button), faint)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), ink.base)
        centre = [x + w / 2 for x, _y, w, _h in g.nodes]
        self._draw_links(p, ink, g, step, centre)
        self._draw_boxes(p, ink, g, step, metrics, centre)
        p.setPen(ink.text)
        p.drawText(QRectF(8, 4, self.width() - 16, metrics.height() + 2), Qt.AlignmentFlag.AlignLeft,
                   self.legend)
        self._draw_bar(p, ink, g, step, metrics)
        p.end()

    @staticmethod
    def _draw_links(p: QPainter, ink: _Ink, g: Any, step: BlockStep, centre: list[float]) -> None:
        """Links into the layers built so far; those into the newest layer lit."""
        top = g.nodes[0][1]
        for t in range(1, step.layer + 1):
            p.setPen(QPen(ink.hi, 2.4) if t == step.layer else QPen(ink.faint, 1))
            for s in range(t):
                rise = g.arc(s, t)
                path = QPainterPath(QPointF(centre[s], top))
                path.cubicTo(QPointF(centre[s], top - rise), QPointF(centre[t], top - rise), QPointF(centre[t], top))
                p.drawPath(path)

    def _draw_boxes(self, p: QPainter, ink: _Ink, g: Any, step: BlockStep, metrics: QFontMetricsF,
                    centre: list[float]) -> None:
        """The boxes: built ones filled, the newest outlined in the highlight, those to come dashed."""
        n = step.layers
        pitch = (centre[1] - centre[0]) if n else self.width()
        for i, (x, y, w, h) in enumerate(g.nodes):
            rect = QRectF(x, y, w, h)
            built = i <= step.layer
            fill = QColor(ink.hi) if i == 0 else QColor(ink.button)
            if i == 0:
                fill.setAlpha(90)
            if built:
                p.fillRect(rect, fill)
            pen = QPen(ink.hi, 3) if (i == step.layer and i > 0) else QPen(ink.text if built else ink.faint, 1)
            if not built:
                pen.setStyle(Qt.PenStyle.DashLine)
            p.setPen(pen)
            p.drawRect(rect)
            name = "x₀" if i == 0 else f"H{subscript(i)}"
            p.setPen(ink.text if built else ink.faint)
            if metrics.horizontalAdvance(name) <= w + 2:
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
            label = self.labels.get(i)
            # Under its box, where the boxes leave room (a long block shows the first, the newest and the last).
            if label and (metrics.horizontalAdvance(label) < pitch - 2 or i in (0, step.layer, n)):
                p.setPen(ink.hi if i == step.layer else ink.text)
                p.drawText(QRectF(x - pitch / 2, y + h + 3, w + pitch, metrics.height()),
                           Qt.AlignmentFlag.AlignCenter, label)

    def _draw_bar(self, p: QPainter, ink: _Ink, g: Any, step: BlockStep, metrics: QFontMetricsF) -> None:
        """The concatenation: each source's channels to scale, those not yet there empty."""
        bx, by, bw, bh = g.bar
        p.setPen(QPen(ink.faint, 1))
        p.drawRect(QRectF(bx, by, bw, bh))
        for i, (sx, sw) in enumerate(g.segments[:step.layer + 1]):
            color = QColor(ink.hi)
            color.setAlpha(90 if i == 0 else (230 if i == step.layer else 150))
            p.fillRect(QRectF(sx, by, sw, bh), color)
            p.setPen(QPen(ink.base, 1))
            p.drawLine(QPointF(sx, by), QPointF(sx, by + bh))
        p.setPen(ink.text)
        p.drawText(QRectF(bx, by + bh + 2, bw, metrics.height() + 4), Qt.AlignmentFlag.AlignLeft, self.bar_text)


class BlockAnimation(Panel):
    """Play, pause, step and speed controls over a BlockCanvas, and a caption that says what the step did."""

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("BlockAnimation", "Dense block animation")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.canvas = BlockCanvas(self)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.play_button = QPushButton(self)
        self.play_button.clicked.connect(self.toggle_play)
        self.step_button = QPushButton(self)
        self.step_button.clicked.connect(self.step)
        self.restart_button = QPushButton(self)
        self.restart_button.clicked.connect(self.restart)
        self.speed_label = QLabel(self)
        self.speed = QComboBox(self)
        for s in SPEEDS:
            self.speed.addItem(f"{s:g}×", s)
        self.speed.setCurrentIndex(SPEEDS.index(1.0))
        self.speed.setMinimumContentsLength(8)  # its list as wide as its items (readable from the back row)
        self.speed_label.setBuddy(self.speed)
        self.speed.currentIndexChanged.connect(self._speed_changed)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._tick)
        bar = QHBoxLayout()
        for w in (self.play_button, self.step_button, self.restart_button):
            bar.addWidget(w)
        bar.addSpacing(12)
        bar.addWidget(self.speed_label)
        bar.addWidget(self.speed)
        bar.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(bar)
        lay.addWidget(self.canvas, 1)
        lay.addWidget(self.caption)
        self.steps: list[BlockStep] = []
        self.current = 0
        self._speed_changed()
        state.sig_config_changed.connect(self._on_config)
        self._load(state.ledger)
        self.retranslate()

    # -- the network -----------------------------------------------------------------------------------
    def _on_config(self, _config: Any, ledger: Ledger) -> None:
        self._load(ledger)

    def _load(self, ledger: Ledger) -> None:
        """The first block of the new network, at the same layer where it has one (cheap: one pass over it)."""
        self.steps = block_steps(ledger, 1)
        self.current = min(self.current, len(self.steps) - 1) if self.steps else 0
        if not self.steps:
            self.pause()
        for w in (self.play_button, self.step_button, self.restart_button, self.speed):
            w.setEnabled(bool(self.steps))
        self._show()

    # -- controls --------------------------------------------------------------------------------------
    @property
    def playing(self) -> bool:
        return self.timer.isActive()

    def toggle_play(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def play(self) -> None:
        if not self.steps:
            return
        if self.current >= len(self.steps) - 1:
            self.current = 0  # played to the end: again from x₀
            self._show()
        self.timer.start()
        self._show_buttons()

    def pause(self) -> None:
        self.timer.stop()
        self._show_buttons()

    def step(self) -> None:
        """One layer on (by hand: pauses a running animation); after the last layer, back to x₀."""
        self.pause()
        self._advance(wrap=True)

    def restart(self) -> None:
        self.current = 0
        self._show()

    def _tick(self) -> None:
        self._advance(wrap=False)
        if self.current >= len(self.steps) - 1:
            self.pause()

    def _advance(self, wrap: bool) -> None:
        if not self.steps:
            return
        if self.current < len(self.steps) - 1:
            self.current += 1
        elif wrap:
            self.current = 0
        self._show()

    def _speed_changed(self, *_args: Any) -> None:
        factor = self.speed.currentData() or 1.0
        self.timer.setInterval(round(STEP_MS / factor))

    # -- showing -----------------------------------------------------------------------------------------
    def _show_buttons(self) -> None:
        self.play_button.setText(self.tr("Pause") if self.playing else self.tr("Play"))

    def _show(self) -> None:
        if not self.steps:
            self.canvas.show_step([], 0, "")
            self.caption.setText(self.tr("The current network has no dense block: choose a DenseNet in the Network "
                                         "panel to see one built layer by layer."))
            return
        s = self.steps[self.current]
        sources = self._sources(s.layer)
        bar = self.tr("{sources}: {c} channels").format(sources=sources, c=s.channels)
        self.canvas.show_step(self.steps, self.current, bar)
        if s.layer == 0:
            text = self.tr("Block 1 of {title}: its input x₀ has k₀ = {k0} channels. Each of its {n} layers will "
                           "add k = {k}.").format(title=tr_msg(self.state.config.title), k0=s.k0, n=s.layers,
                                                  k=s.growth_rate)
        else:
            text = self.tr(
                "Layer ℓ = {l} of {n} receives {inputs}, concatenated: k₀ + k·(ℓ−1) = {k0} + "
                "{k}·{m} = {cin} channels, and adds k = {k}: the block now holds {c} channels. {new} new "
                "connections, {total} of {all} = L(L+1)/2 so far (L = {n}, the layers of this block).").format(
                l=s.layer, n=s.layers, inputs=self._sources(s.layer - 1), k0=s.k0, k=s.growth_rate, m=s.layer - 1,
                cin=s.in_channels, c=s.channels,
                new=len(s.new_connections), total=s.connections, all=self.steps[-1].connections)
        self.caption.setText(text)

    @staticmethod
    def _sources(last: int) -> str:
        """x₀ … x_last, as the concatenation lists them."""
        if last == 0:
            return "x₀"
        return "[x₀, x₁]" if last == 1 else f"[x₀, …, x{subscript(last)}]"

    def retranslate(self) -> None:
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Add the next layer (after the last, start again from x₀)"))
        self.restart_button.setText(self.tr("Restart"))
        self.restart_button.setToolTip(self.tr("Back to the block input x₀"))
        self.play_button.setToolTip(self.tr("Add one layer after another at the chosen speed"))
        self.speed_label.setText(self.tr("Speed:"))
        self.canvas.legend = self.tr("Under each box: the channels it receives (k₀ + k·(ℓ−1)); the bar: the "
                                     "concatenation so far, each part one layer's maps to scale.")
        self.speed.setToolTip(self.tr("At 1×, one layer every {s:g} seconds").format(s=STEP_MS / 1000))
        self._show_buttons()
        self._show()
