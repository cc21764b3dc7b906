"""Text colours that stay readable: muted and error text computed from the palette, at least WCAG AA (4.5:1).

Qt's disabled-text colour (#BEBEBE on #EFEFEF in Fusion's light palette, about 1.6:1) was used for every
muted text (card titles, hints, captions, notes): unreadable on a projector. ``mute(label)`` and
``mark_error(label)`` give a label a colour of its own, picked from the palette so that it reaches
``TARGET`` against both the window and the base colour, and pick it again when the palette changes
(light, dark, or a system theme switch). ``contrast`` is WCAG 2's contrast ratio; the tests use it on every
label of every panel. ``dark_palette`` is the dark palette the tests check (Fusion's dark colours).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

__all__ = ["AA", "contrast", "luminance", "over", "muted_color", "error_color", "mute", "mark_error", "plain",
           "dark_palette", "light_palette", "is_dark", "install"]

AA = 4.5  # WCAG 2 AA, normal text
TARGET = 5.2  # what muted and error text aim for: AA with a margin for antialiasing on a projector
ROLE = "theme_role"  # widget property: "muted" or "error"


def _channel(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG 2 relative luminance (sRGB), alpha ignored."""
    return 0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF()) + 0.0722 * _channel(color.blueF())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` (0..1) of the way to ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def over(colour: QColor, base: QColor) -> QColor:
    """A translucent colour as it looks over ``base`` (rich text draws colours without alpha)."""
    a = colour.alphaF()
    return QColor.fromRgbF(*(a * c + (1 - a) * b for c, b in zip(colour.getRgbF()[:3], base.getRgbF()[:3])))


def _readable(wanted: QColor, text: QColor, backgrounds: list[QColor], target: float = TARGET) -> QColor:
    """``wanted`` moved towards ``text`` just far enough to reach ``target`` on every background."""
    for step in range(0, 101, 2):
        c = _mix(wanted, text, step / 100)
        if all(contrast(c, bg) >= target for bg in backgrounds):
            return c
    return QColor(text)


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _backgrounds(palette: QPalette) -> list[QColor]:
    return [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.AlternateBase)]


def muted_color(palette: QPalette) -> QColor:
    """Half-way between the text and the window colour, pulled back to the text until it reads at TARGET."""
    text = palette.color(QPalette.ColorRole.WindowText)
    half = _mix(text, palette.color(QPalette.ColorRole.Window), 0.5)
    return _readable(half, text, _backgrounds(palette))


def error_color(palette: QPalette) -> QColor:
    red = QColor("#ff8a80" if is_dark(palette) else "#c62828")
    return _readable(red, palette.color(QPalette.ColorRole.WindowText), _backgrounds(palette))


def _apply(widget: QWidget, palette: QPalette) -> None:
    role = widget.property(ROLE)
    if role not in ("muted", "error"):
        return
    color = muted_color(palette) if role == "muted" else error_color(palette)
    pal = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        for r in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
            pal.setColor(group, r, color)
    widget.setPalette(pal)


def _mark(widget: QWidget, role: str) -> QWidget:
    install()
    widget.setProperty(ROLE, role)
    _apply(widget, QApplication.palette())
    return widget


def mute(widget: QWidget) -> QWidget:
    """Secondary text (titles of cards, hints, captions, notes): quieter than the text, still at TARGET."""
    return _mark(widget, "muted")


def mark_error(widget: QWidget) -> QWidget:
    """An error message: red, readable on the window and on input fields, in light and dark palettes."""
    return _mark(widget, "error")


def plain(widget: QWidget) -> QWidget:
    """Back to the palette's own text colour."""
    if widget.property(ROLE):
        widget.setProperty(ROLE, None)
        widget.setPalette(QPalette())
    return widget


class _PaletteWatcher(QObject):
    """Picks the colours again for every marked widget when the application's palette changes."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ApplicationPaletteChange and watched is QApplication.instance():
            palette = QApplication.palette()
            for widget in QApplication.allWidgets():
                if widget.property(ROLE):
                    _apply(widget, palette)
        return False


_watcher: _PaletteWatcher | None = None


def install() -> None:
    global _watcher
    app = QApplication.instance()
    if _watcher is None and app is not None:
        _watcher = _PaletteWatcher(app)
        app.installEventFilter(_watcher)


def light_palette() -> QPalette:
    from PySide6.QtWidgets import QStyleFactory

    style = QStyleFactory.create("Fusion")
    return style.standardPalette() if style is not None else QPalette()


def dark_palette() -> QPalette:
    """Fusion's dark colours (what Qt uses when the system asks for a dark scheme)."""
    p = QPalette()
    window, text, base = QColor("#353535"), QColor("#ffffff"), QColor("#2a2a2a")
    roles = {QPalette.ColorRole.Window: window, QPalette.ColorRole.WindowText: text,
             QPalette.ColorRole.Base: base, QPalette.ColorRole.AlternateBase: QColor("#424242"),
             QPalette.ColorRole.ToolTipBase: QColor("#2a2a2a"), QPalette.ColorRole.ToolTipText: text,
             QPalette.ColorRole.PlaceholderText: QColor("#a8a8a8"), QPalette.ColorRole.Text: text,
             QPalette.ColorRole.Button: QColor("#3c3c3c"), QPalette.ColorRole.ButtonText: text,
             QPalette.ColorRole.BrightText: QColor("#ff5252"), QPalette.ColorRole.Highlight: QColor("#2f65ca"),
             QPalette.ColorRole.HighlightedText: text, QPalette.ColorRole.Link: QColor("#8ab4f8"),
             QPalette.ColorRole.LinkVisited: QColor("#c58af9"), QPalette.ColorRole.Light: QColor("#505050"),
             QPalette.ColorRole.Midlight: QColor("#404040"), QPalette.ColorRole.Mid: QColor("#2c2c2c"),
             QPalette.ColorRole.Dark: QColor("#232323"), QPalette.ColorRole.Shadow: QColor("#141414")}
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8c8c8c"))
    return p
