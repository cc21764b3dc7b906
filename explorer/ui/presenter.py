"""The window on the screen it has: fitted inside the available area (a projector's 1280×720 included), and
presenter mode (full screen, every font scaled by a factor kept between runs).

A mixin of MainWindow: it holds no texts of its own (its menu entries are worded by WindowMenus).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication

__all__ = ["PresenterMixin", "PRESENTER_SCALES", "DEFAULT_SIZE", "fit_rect"]

DEFAULT_SIZE = QSize(1500, 920)  # the first window where the screen has room for it
FRAME_ALLOWANCE = QSize(16, 40)  # a title bar and borders, before the window system has told us its own
PRESENTER_SCALES = (100, 125, 150, 175, 200)  # percent; presenter mode scales the UI's fonts by one of these


def fit_rect(rect: QRect, available: QRect) -> QRect:
    """``rect`` moved (and shrunk where it is larger) so that it lies inside ``available``."""
    w, h = min(rect.width(), available.width()), min(rect.height(), available.height())
    x = min(max(rect.x(), available.left()), available.left() + available.width() - w)
    y = min(max(rect.y(), available.top()), available.top() + available.height() - h)
    return QRect(x, y, w, h)


class PresenterMixin:
    """Needs ``settings``, ``actions_by_key`` and ``_lay_out_now`` from the window."""

    settings: QSettings
    actions_by_key: dict[str, QAction]

    def _init_presenter(self) -> None:
        self.presenter = False
        self._normal_geometry: QByteArray | None = None
        self._base_font: QFont | None = None
        self.ui_scale = 100

    # -- presenter mode -----------------------------------------------------------------------------------
    def set_presenter(self, on: bool) -> None:
        """Full screen with the UI's text scaled by the chosen factor (View → Presenter scale), or back."""
        if on == self.presenter:
            self.actions_by_key["presenter"].setChecked(on)
            return
        self.presenter = on
        self.actions_by_key["presenter"].setChecked(on)
        if on:
            self._normal_geometry = self.saveGeometry()
            self._apply_scale(self.ui_scale)
            self.showFullScreen()
        else:
            self._apply_scale(100)
            self.showNormal()
            if self._normal_geometry is not None:
                self.restoreGeometry(self._normal_geometry)
        QTimer.singleShot(0, self, self._lay_out_now)

    def set_ui_scale(self, percent: int) -> None:
        """The presenter scale (100–200 %), kept between runs; applied at once while presenting."""
        percent = int(percent)
        if percent not in PRESENTER_SCALES:
            raise ValueError(f"presenter scale = {percent}: valid {', '.join(map(str, PRESENTER_SCALES))}")
        self.ui_scale = percent
        action = self.actions_by_key.get(f"scale_{percent}")
        if action is not None:
            action.setChecked(True)
        self.settings.setValue("presenter/scale", percent)
        if self.presenter:
            self._apply_scale(percent)

    def _restore_scale(self) -> None:
        """The saved presenter scale, or 100 % where the setting is missing or not one of PRESENTER_SCALES."""
        scale = self.settings.value("presenter/scale", 100)
        try:
            scale = int(scale)
        except (TypeError, ValueError):
            scale = 100
        self.set_ui_scale(scale if scale in PRESENTER_SCALES else 100)

    def _apply_scale(self, percent: int) -> None:
        """Scales the application font (every widget that inherits it: labels, fields, buttons, tabs, menus,
        the diagram's and the plots' text) and every font a widget set for itself (the cards' values, headings)
        by the same ratio: the layouts follow the fonts' size hints, so nothing needs a restart."""
        app = QApplication.instance()
        if self._base_font is None:
            self._base_font = QFont(app.font())
        base = self._base_font
        current = app.font()
        if base.pointSizeF() > 0:
            new_size = base.pointSizeF() * percent / 100
            ratio = new_size / current.pointSizeF()
        else:
            new_size = base.pixelSize() * percent / 100
            ratio = new_size / current.pixelSize()
        if abs(ratio - 1) < 1e-6:
            return
        own = [(w, QFont(w.font())) for w in app.allWidgets() if w.testAttribute(Qt.WidgetAttribute.WA_SetFont)]
        font = QFont(current)
        if base.pointSizeF() > 0:
            font.setPointSizeF(new_size)
        else:
            font.setPixelSize(round(new_size))
        app.setFont(font)
        for widget, before in own:
            if widget.font() != before:  # it set its font again itself, from the new application font
                continue
            scaled = QFont(before)
            if before.pointSizeF() > 0:
                scaled.setPointSizeF(before.pointSizeF() * ratio)
            elif before.pixelSize() > 0:
                scaled.setPixelSize(max(1, round(before.pixelSize() * ratio)))
            widget.setFont(scaled)

    # -- fitting the screen -------------------------------------------------------------------------------
    def _screen_for(self, rect: QRect | None = None) -> QScreen:
        screen = QGuiApplication.screenAt(rect.center()) if rect is not None else None
        return screen or self.screen() or QGuiApplication.primaryScreen()

    def fit_to_screen(self, screen: QScreen | None = None) -> None:
        """The window (its frame included) inside the screen's available area; where the default size does not
        fit (a projector's 1280×720 or 1366×768), it fills that area, maximised."""
        screen = screen or self._screen_for(self.geometry())
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        margins = QSize(frame.width() - self.width(), frame.height() - self.height())
        if not self.isVisible():  # the window system has not framed it yet: allow for a title bar and borders
            margins = FRAME_ALLOWANCE if QGuiApplication.platformName() not in ("offscreen", "minimal") \
                else QSize(0, 0)
        room = QSize(available.width() - margins.width(), available.height() - margins.height())
        if self.width() <= room.width() and self.height() <= room.height():
            outer = QRect(frame.topLeft(), self.size() + margins)
            if not available.contains(outer):
                self.move(fit_rect(outer, available).topLeft())
            return
        size = self.size().boundedTo(room)
        self.resize(size)
        self.move(fit_rect(QRect(available.topLeft(), size + margins), available).topLeft())
        if self.size().width() >= room.width() - 1 or self.size().height() >= room.height() - 1:
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _place_first_time(self) -> None:
        """No saved geometry: the default size, centred on the screen, fitted to it."""
        screen = self._screen_for()
        available = screen.availableGeometry()
        self.resize(DEFAULT_SIZE)
        self.move(available.center() - QRect(0, 0, DEFAULT_SIZE.width(), DEFAULT_SIZE.height()).center())
        self.fit_to_screen(screen)
