"""Input widgets that behave as a person expects of a desktop tool.

- ``NumberSpinBox`` / ``NumberDoubleSpinBox``: what is typed stays visible until Enter or leaving the field;
  a number outside the valid range is passed on (the config explains it beside the field) or, where
  ``pass_out_of_range`` is off, refused with the range in words; letters are refused with a message, never
  silently dropped. The arrows and the keyboard's up/down keys step inside the valid range only. Numbers
  are read by the core's strict parsers (explorer.core.config.parse_int/parse_float), as on the command line:
  the digits 0-9 only ('１２' is refused, not read as 12).
- ``ScientificSpinBox``: rates such as a learning rate, typed and shown as ``1e-4`` or ``0.0001``.
- ``ElidedLabel``: one line that ends in "…" where the text is wider than the label; the whole text on hover.
- ``ElidedCombo``: a combo box narrower than its longest item shows the chosen one ending in "…" (Qt's own cuts
  it mid-word with no mark); the whole text on hover, and every item whole in its list.
- ``WheelGuard``: the mouse wheel changes a spin box, combo box or slider only while it has the focus, so
  scrolling a panel never edits a value under the pointer; the wheel then scrolls the panel instead.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QValidator
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)

from ..core.config import ConfigError, parse_float, parse_int
from .messages import field_label  # the field as a person reads it ("성장률 k")

__all__ = ["NumberSpinBox", "NumberDoubleSpinBox", "ScientificSpinBox", "WheelGuard", "install_wheel_guard",
           "format_rate", "read_int", "read_float", "parse_int_list", "ElidedLabel",
           "ElidedCombo"]

_TYPING_LIMIT = 2**31 - 1
_MAX_SHOWN = 40  # characters of a refused entry echoed in the message


def _shorten(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _MAX_SHOWN else text[:_MAX_SHOWN - 1] + "…"


def _tr(text: str) -> str:
    return QCoreApplication.translate("NumberField", text)


def read_int(text: str) -> int | None:
    """The whole number ``text`` holds by the core's reading (digits 0-9, an optional sign), or None."""
    try:
        return parse_int(text)
    except ConfigError:
        return None


def read_float(text: str) -> float | None:
    """The finite number ``text`` holds by the core's reading (a decimal comma read as a point), or None."""
    try:
        value = parse_float(text.replace(",", "."))
    except ConfigError:
        return None
    return value if math.isfinite(value) else None


def parse_int_list(text: str, name: str = "block_layers") -> tuple[int, ...]:
    """A list typed into a form: items apart by commas or semicolons, spaces around them and empty items
    forgiven; each item read by the core's parse_int (so the digits 0-9 only). Too many items are left to the
    config, which names the valid number of blocks."""
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    parts = [p for p in parts if p]
    if not parts:
        raise ConfigError(name, text, _tr("is empty: give a count per block, e.g. 16, 16, 16"),
                          _tr("1 to 8 numbers"))
    try:
        return tuple(parse_int(p, name) for p in parts)
    except ConfigError:
        raise ConfigError(name, text, _tr("must be whole numbers separated by commas"),
                          _tr("e.g. 6, 12, 24, 16")) from None



def format_rate(value: float) -> str:
    """A rate as a person writes it: 0.1, 0.01, 0.0001 -> 1e-04 style only for small or tiny values."""
    if value == 0:
        return "0"
    if 1e-3 <= abs(value) < 1e4:
        return f"{value:.6g}"
    mantissa, exponent = f"{value:.6e}".split("e")
    mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}"


class _Entry:
    """What the three spin boxes share: Enter and focus-out check the typed text before Qt reverts it."""

    sig_invalid: Signal
    # Class defaults: Qt calls validate() and textFromValue() from inside the constructor, before _setup.
    field_name = ""
    soft_min, soft_max = -math.inf, math.inf
    pass_out_of_range = True

    def _setup(self, field: str, lo: float, hi: float, pass_out_of_range: bool) -> None:
        self.field_name = field
        self.soft_min, self.soft_max = lo, hi
        self.pass_out_of_range = pass_out_of_range
        self.setKeyboardTracking(False)  # typed numbers apply on Enter or leaving the box
        self.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToPreviousValue)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def valid_range_text(self) -> str:
        return _tr("{lo} to {hi}").format(lo=self.textFromValue(self.soft_min), hi=self.textFromValue(self.soft_max))

    def _hint_change(self) -> int:
        """Qt sizes a spin box for the widest number of its range: for a field that passes typed numbers on, the
        typing range (-2147483647 or -1e9), 20-40 px wider than any valid value, which pushed the Network panel
        past a 1280×720 side column. The hints are for the valid range instead (a longer typed number scrolls
        inside the box, as in any line edit)."""
        if not self.pass_out_of_range or not (math.isfinite(self.soft_min) and math.isfinite(self.soft_max)):
            return 0
        fm = self.fontMetrics()

        def widest(lo: float, hi: float) -> int:
            return max(fm.horizontalAdvance(self.textFromValue(v)[:18]) for v in (lo, hi))

        return min(0, widest(self.soft_min, self.soft_max) - widest(self.minimum(), self.maximum()))

    def sizeHint(self):  # noqa: N802 - Qt's name
        size = super().sizeHint()
        size.setWidth(size.width() + self._hint_change())
        return size

    def minimumSizeHint(self):  # noqa: N802 - Qt's name
        size = super().minimumSizeHint()
        size.setWidth(size.width() + self._hint_change())
        return size

    def _complete(self, text: str) -> bool:
        raise NotImplementedError

    def _in_soft_range(self, value: float) -> bool:
        return self.soft_min <= value <= self.soft_max

    def _check_typed(self) -> None:
        """Called on Enter and focus-out: refuse a text that is not a number (or out of range, where it is not
        passed on) with a message, before Qt puts the previous value back."""
        text = self.cleanText()
        if text == self.textFromValue(self.value()):
            return
        if not self._complete(text):
            kind = _tr("a whole number") if isinstance(self, QSpinBox) else _tr("a number")
            self.sig_invalid.emit(_tr("{field} = '{text}': must be {kind} (valid: {range})").format(
                field=field_label(self.field_name), text=_shorten(text), kind=kind, range=self.valid_range_text()))
            return
        value = self.valueFromText(text)
        if not self.pass_out_of_range and not self._in_soft_range(value):
            self.sig_invalid.emit(_tr("{field} = {text}: is out of range (valid: {range})").format(
                field=field_label(self.field_name), text=_shorten(text), range=self.valid_range_text()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._check_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._check_typed()
        super().focusOutEvent(event)

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value() + steps * self.singleStep()
        self.setValue(min(max(value, self.soft_min), self.soft_max))
        self.selectAll()

    def stepEnabled(self):  # noqa: N802 - Qt's name
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.value() > self.soft_min:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        if self.value() < self.soft_max:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        return flags


class NumberSpinBox(_Entry, QSpinBox):
    """A whole number field. ``pass_out_of_range``: a typed number outside [lo, hi] is still emitted
    (valueChanged), for a model that explains why it is invalid (the config panel)."""

    sig_invalid = Signal(str)  # a message naming the field, the text and the valid range

    def __init__(self, field: str, lo: int, hi: int, parent: QWidget | None = None,
                 pass_out_of_range: bool = True) -> None:
        super().__init__(parent)
        self._setup(field, lo, hi, pass_out_of_range)
        if pass_out_of_range:
            self.setRange(-_TYPING_LIMIT, _TYPING_LIMIT)
        else:
            self.setRange(lo, hi)

    def _complete(self, text: str) -> bool:
        value = read_int(text)
        return value is not None and abs(value) <= _TYPING_LIMIT

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        value = read_int(text.strip())
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        t = text.strip()
        if self._complete(t):
            value = int(t)
            if self.pass_out_of_range or self._in_soft_range(value):
                return QValidator.State.Acceptable, text, pos
        # Letters, signs, out-of-range: kept as typed (Intermediate) and explained on Enter / focus-out.
        return QValidator.State.Intermediate, text, pos

    def valid_range_text(self) -> str:
        return _tr("{lo} to {hi}").format(lo=f"{int(self.soft_min):,}", hi=f"{int(self.soft_max):,}")


class NumberDoubleSpinBox(_Entry, QDoubleSpinBox):
    """A decimal field (compression θ, dropout); see NumberSpinBox."""

    sig_invalid = Signal(str)

    def __init__(self, field: str, lo: float, hi: float, decimals: int = 2, parent: QWidget | None = None,
                 pass_out_of_range: bool = True) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self._setup(field, lo, hi, pass_out_of_range)
        if pass_out_of_range:
            self.setRange(-1e9, 1e9)
        else:
            self.setRange(lo, hi)

    def _complete(self, text: str) -> bool:
        return read_float(text) is not None

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        value = read_float(text.strip())
        return self.value() if value is None else value

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return f"{value:.{self.decimals()}f}"

    def validate(self, text: str, pos: int):
        t = text.strip()
        if self._complete(t):
            value = read_float(t)
            if (self.pass_out_of_range and abs(value) <= 1e9) or self._in_soft_range(value):
                return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


class ScientificSpinBox(_Entry, QDoubleSpinBox):
    """A rate: typed as 0.0001 or 1e-4, shown as typed numbers are written (``format_rate``). The arrows
    double or halve it, the steps a rate is usually tuned by."""

    sig_invalid = Signal(str)

    def __init__(self, field: str, lo: float, hi: float, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(15)  # the value is kept exactly; the text is formatted by textFromValue
        self._setup(field, lo, hi, pass_out_of_range=False)
        self.setRange(lo, hi)

    def _complete(self, text: str) -> bool:
        return "," not in text and read_float(text) is not None

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt's name
        return format_rate(value)

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt's name
        value = read_float(text.strip()) if "," not in text else None
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):
        t = text.strip()
        if self._complete(t) and self._in_soft_range(float(t)):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos

    def fixup(self, text: str) -> str:
        return text

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt's name
        value = self.value() * (2.0 ** steps)
        self.setValue(min(max(value, self.soft_min), self.soft_max))
        self.selectAll()


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" where its text is wider than it; the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        p = QPainter(self)
        self.style().drawItemText(p, self.contentsRect(), int(self.alignment()), self.palette(), self.isEnabled(),
                                  self.shown_text(), self.foregroundRole())
        p.end()


class ElidedCombo(QComboBox):
    """A combo box that may be narrower than its longest item (``setMinimumContentsLength`` with
    ``AdjustToMinimumContentsLengthWithIcon``): the chosen item's text ends in "…" where it is cut, and is the
    tooltip then; the drop-down list shows every item in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentIndexChanged.connect(self._sync_tooltip)

    def _field_width(self, opt: QStyleOptionComboBox) -> int:
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, opt,
                                            QStyle.SubControl.SC_ComboBoxEditField, self)
        return field.width() - (opt.iconSize.width() + 4 if not opt.currentIcon.isNull() else 0)

    def shown_text(self) -> str:
        """The chosen item's text as the closed combo draws it."""
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        return self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight, self._field_width(opt))

    def _sync_tooltip(self) -> None:
        text = self.currentText()
        self.setToolTip(text if self.shown_text() != text else "")

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._sync_tooltip()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        opt = QStyleOptionComboBox()
        self.initStyleOption(opt)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, opt)
        opt.currentText = self.fontMetrics().elidedText(opt.currentText, Qt.TextElideMode.ElideRight,
                                                        self._field_width(opt))
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, opt)
        painter.end()


_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


class WheelGuard(QObject):
    """Installed on the application: a wheel turned over an unfocused spin box, combo box or slider scrolls
    the panel around it instead of changing the value. Such widgets get the focus by click or Tab only."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.Polish:
            if isinstance(watched, _GUARDED) and not _is_scroll_bar(watched):
                policy = watched.focusPolicy()
                if policy == Qt.FocusPolicy.WheelFocus:
                    watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, _GUARDED) or _is_scroll_bar(watched):
            return False
        if watched.hasFocus() or (isinstance(watched, QComboBox) and watched.view().isVisible()):
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            bar = area.verticalScrollBar()
            if bar is not None and bar.isVisible():
                QCoreApplication.sendEvent(bar, event)
        event.ignore()
        return True


def _is_scroll_bar(widget: QObject) -> bool:
    from PySide6.QtWidgets import QScrollBar

    return isinstance(widget, QScrollBar)


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


_GUARD: WheelGuard | None = None


def install_wheel_guard(app: QApplication | None = None) -> WheelGuard:
    """Once per application (idempotent)."""
    global _GUARD
    app = app or QApplication.instance()
    if _GUARD is None:
        _GUARD = WheelGuard()
        app.installEventFilter(_GUARD)
    return _GUARD
