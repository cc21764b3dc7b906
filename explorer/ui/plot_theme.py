"""One look for every pyqtgraph plot of the app, taken from the widget's palette (light or dark).

pyqtgraph draws on black with grey text unless told otherwise; here every plot gets the palette's base colour
as its background, the palette's text colour for axes, ticks, titles and legends, SI-prefix scaling switched
off (an accuracy axis read "(x0.001)" with ticks 700-950), and curves coloured from a cycle whose every colour
keeps at least 3:1 contrast against that background (WCAG's figure for graphics). ``install`` applies the
theme now and again whenever the palette or the style changes, so a plot follows a switch to a dark palette.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from explorer.ui import theme as theme_colours

__all__ = ["PlotTheme", "theme_for", "apply", "install", "with_contrast", "contrast_ratio", "relative_luminance",
           "MIN_CONTRAST"]

MIN_CONTRAST = 3.0  # curves and markers against the background (WCAG 2.1, non-text contrast)

# Colour-blind-aware cycles (after Tableau/Okabe-Ito), darker for light backgrounds, lighter for dark ones.
_LIGHT_CYCLE = ("#1f5fa8", "#c0392b", "#1e7d32", "#7b3fa0", "#b35900", "#00838f", "#6d4c41", "#c2185b")
_DARK_CYCLE = ("#6fb1ff", "#ff7b72", "#7ee787", "#d2a8ff", "#ffa657", "#56d4dd", "#e3b341", "#ff9bce")


# WCAG 2's luminance and contrast, computed once for text and plots (explorer.ui.theme)
relative_luminance = theme_colours.luminance
contrast_ratio = theme_colours.contrast


def with_contrast(colour: QColor, background: QColor, minimum: float) -> QColor:
    """``colour`` darkened (on a light background) or lightened (on a dark one) until it has ``minimum``
    contrast against ``background``."""
    out = QColor(colour)
    dark_bg = relative_luminance(background) < 0.18
    for _ in range(40):
        if contrast_ratio(out, background) >= minimum:
            break
        out = out.lighter(110) if dark_bg else out.darker(110)
    return out


@dataclass(frozen=True)
class PlotTheme:
    background: QColor
    foreground: QColor  # axes, ticks, titles, legend text
    cycle: tuple[QColor, ...]  # curve colours, each >= MIN_CONTRAST against the background
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette) -> PlotTheme:
        bg = QColor(palette.color(QPalette.ColorRole.Base))
        fg = QColor(palette.color(QPalette.ColorRole.Text))
        if contrast_ratio(fg, bg) < 4.5:  # a palette whose text does not read on its base: black or white
            fg = QColor("#ffffff") if relative_luminance(bg) < 0.18 else QColor("#000000")
        dark = relative_luminance(bg) < 0.18
        names = _DARK_CYCLE if dark else _LIGHT_CYCLE
        return cls(bg, fg, tuple(with_contrast(QColor(n), bg, MIN_CONTRAST) for n in names), dark)

    def colour(self, i: int) -> QColor:
        return QColor(self.cycle[i % len(self.cycle)])

    def muted(self, alpha: int = 120) -> QColor:
        """The foreground, translucent: reference points, leader lines."""
        c = QColor(self.foreground)
        c.setAlpha(alpha)
        return c


def theme_for(widget: QWidget) -> PlotTheme:
    return PlotTheme.from_palette(widget.palette())


def _plot_items(target: object) -> list[pg.PlotItem]:
    if isinstance(target, pg.PlotItem):
        return [target]
    if isinstance(target, pg.PlotWidget):
        return [target.getPlotItem()]
    if isinstance(target, pg.GraphicsLayoutWidget):
        return _layout_plot_items(target.ci)
    if isinstance(target, pg.GraphicsLayout):
        return _layout_plot_items(target)
    return []


def _layout_plot_items(layout: pg.GraphicsLayout) -> list[pg.PlotItem]:
    out: list[pg.PlotItem] = []
    for item in layout.items:
        if isinstance(item, pg.PlotItem):
            out.append(item)
        elif isinstance(item, pg.GraphicsLayout):
            out.extend(_layout_plot_items(item))
    return out


def style_plot_item(item: pg.PlotItem, theme: PlotTheme) -> None:
    fg = theme.foreground
    for name in ("left", "bottom", "right", "top"):
        axis = item.getAxis(name)
        axis.setPen(pg.mkPen(fg))
        axis.setTextPen(pg.mkPen(fg))  # also the axis title's colour
        axis.enableAutoSIPrefix(False)
    label = item.titleLabel
    label.opts["color"] = fg.name()
    if label.text:
        label.setText(label.text)
    legend = item.legend
    if legend is not None:
        legend.setLabelTextColor(fg)
        for _sample, text in legend.items:
            text.setText(text.text)
        fill = QColor(theme.background)
        fill.setAlpha(200)
        legend.setBrush(pg.mkBrush(fill))
        legend.setPen(pg.mkPen(theme.muted(90)))


def apply(target: QWidget | pg.PlotItem | pg.GraphicsLayout, theme: PlotTheme | None = None) -> PlotTheme:
    """Theme a PlotWidget, GraphicsLayoutWidget (every plot in it), pyqtgraph ImageView or a single PlotItem."""
    if theme is None:
        widget = target if isinstance(target, QWidget) else None
        theme = theme_for(widget) if widget is not None else PlotTheme.from_palette(QPalette())
    if isinstance(target, pg.ImageView):
        target.ui.graphicsView.setBackground(theme.background)
        items = [target.view] if isinstance(target.view, pg.PlotItem) else []
    else:
        if isinstance(target, pg.GraphicsView):
            target.setBackground(theme.background)
        items = _plot_items(target)
    for item in items:
        style_plot_item(item, theme)
    return theme


class _Watcher(QObject):
    """Re-applies the theme when the palette or style of the watched widget changes."""

    EVENTS = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange, QEvent.Type.StyleChange)

    def __init__(self, widget: QWidget, on_change: Callable[[PlotTheme], None] | None) -> None:
        super().__init__(widget)
        self.widget = widget
        self.on_change = on_change

    def refresh(self) -> PlotTheme:
        theme = apply(self.widget)
        if self.on_change is not None:
            self.on_change(theme)
        return theme

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if obj is self.widget and event.type() in self.EVENTS:
            self.refresh()
        return False


def install(widget: QWidget, on_change: Callable[[PlotTheme], None] | None = None) -> PlotTheme:
    """Theme ``widget`` now and whenever its palette changes; ``on_change(theme)`` re-colours what the caller
    drew itself (curves, bars, text items)."""
    watcher = getattr(widget, "_plot_theme_watcher", None)
    if watcher is None:
        watcher = _Watcher(widget, on_change)
        widget.installEventFilter(watcher)
        widget._plot_theme_watcher = watcher  # type: ignore[attr-defined]
    elif on_change is not None:
        watcher.on_change = on_change
    return watcher.refresh()
