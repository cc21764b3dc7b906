"""Input as a person gives it: clicks at the place a person clicks, typing into the focused field, keys.

Every UI test that changes a control goes through these (or qtbot's own mouse and key functions), never
through a widget's setter or a slot: a test that calls the slot tests the slot, not the control.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QWidget,
)

LEFT = Qt.MouseButton.LeftButton


def _ensure_on_screen(widget: QWidget) -> None:
    window = widget.window()
    if not window.isVisible():
        window.show()
    window.activateWindow()
    window.raise_()


def click(qtbot, button: QAbstractButton) -> None:
    """Click a push button, tool button or radio button at its centre; a check box at its indicator."""
    assert button.isVisible(), f"{button.text()!r} is not on screen"
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    pos = QPoint(9, button.height() // 2) if isinstance(button, QCheckBox) else button.rect().center()
    qtbot.mouseClick(button, LEFT, pos=pos)


def hover(qtbot, widget: QWidget) -> str:
    """Rest the mouse on ``widget``'s centre, as a person does to read its tooltip: the pointer moves there and the
    tooltip event Qt sends after its hover delay arrives at the same point. Returns the tooltip then on screen."""
    from PySide6.QtWidgets import QToolTip

    _ensure_on_screen(widget)
    assert widget.isVisible(), f"{widget!r} is not on screen"
    pos = widget.rect().center()
    qtbot.mouseMove(widget, pos)
    under = widget.childAt(pos) or widget  # Qt asks the widget under the pointer (a child without a tip passes it up)
    local = under.mapFrom(widget, pos) if under is not widget else pos
    QApplication.sendEvent(under, QHelpEvent(QEvent.Type.ToolTip, local, widget.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    return QToolTip.text()


def type_into(qtbot, widget: QWidget, text: str, enter: bool = True) -> None:
    """Click into a text or number field, select what is there (Ctrl+A), type ``text``, press Enter."""
    _ensure_on_screen(widget)
    assert widget.isEnabled(), f"{widget.objectName() or type(widget).__name__} is disabled"
    qtbot.mouseClick(widget, LEFT, pos=QPoint(widget.width() // 3, widget.height() // 2))
    widget.setFocus(Qt.FocusReason.MouseFocusReason)  # offscreen windows may not pass the click's focus
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    if enter:
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def field_text(widget: QWidget) -> str:
    if isinstance(widget, QAbstractSpinBox):
        return widget.lineEdit().text()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget))


def keys(qtbot, widget: QWidget, key: Qt.Key, times: int = 1) -> None:
    """Focus ``widget`` by clicking it, then press ``key`` ``times`` times (sliders, spin box arrows)."""
    _ensure_on_screen(widget)
    if not isinstance(widget, QAbstractSpinBox):  # a click on a spin box's corner could hit an arrow
        qtbot.mouseClick(widget, LEFT, pos=QPoint(2, 2))
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    for _ in range(times):
        qtbot.keyClick(widget, key)


def choose(qtbot, combo: QComboBox, text: str | None = None, data=None) -> None:
    """Open the combo box with a click and click the item whose text (or data) matches."""
    _ensure_on_screen(combo)
    index = combo.findText(text) if text is not None else combo.findData(data)
    assert index >= 0, f"{text or data!r} is not in {[combo.itemText(i) for i in range(combo.count())]}"
    opened_at = combo.mapToGlobal(combo.rect().center())
    qtbot.mouseClick(combo, LEFT)
    view = combo.view()
    qtbot.waitUntil(view.isVisible, timeout=2000)
    model_index = combo.model().index(index, combo.modelColumn(), combo.rootModelIndex())
    view.scrollTo(model_index)
    rect = view.visualRect(model_index)
    # Qt ignores a release that comes sooner than a double-click interval after the popup opened (it would be
    # the opening click's own release) unless the mouse has moved more than 9 px from that click since: a person
    # whose item lies under the opening click waits; one who moves onto another item clicks it at once. The
    # mouse travels across the item to its centre (a move to where the pointer already is makes no event).
    if (view.viewport().mapToGlobal(rect.center()) - opened_at).manhattanLength() <= 9:
        qtbot.wait(QApplication.doubleClickInterval() + 60)
    qtbot.mouseMove(view.viewport(), rect.center() - QPoint(max(1, rect.width() // 4), 0))
    qtbot.mouseMove(view.viewport(), rect.center())
    qtbot.mouseClick(view.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: not view.isVisible(), timeout=2000)
    assert combo.currentIndex() == index


def dock_tab(window: QMainWindow, dock: QDockWidget) -> tuple[QTabBar, int] | None:
    """The tab that raises ``dock`` when it is tabbed with others (Qt puts such tabs in a QTabBar)."""
    title = dock.windowTitle()
    for bar in window.findChildren(QTabBar):
        if not bar.isVisible():
            continue
        for i in range(bar.count()):
            if bar.tabText(i) == title:
                return bar, i
    return None


def raise_dock(qtbot, window: QMainWindow, dock: QDockWidget) -> None:
    """Click the dock's tab, as a person brings a tabbed panel to the front."""
    found = dock_tab(window, dock)
    if found is None:
        assert dock.isVisible(), f"{dock.windowTitle()} is neither tabbed nor on screen"
        return
    bar, i = found
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(i).center())
    qtbot.waitUntil(lambda: not dock.visibleRegion().isEmpty(), timeout=3000)


def trigger_menu(qtbot, window: QMainWindow, *path: str) -> None:
    """Find the entry by the texts a person reads in the menu bar (ampersands ignored), e.g. File → Export →
    Ledger as CSV…, check each step is enabled, and trigger the last entry (what clicking it does)."""
    def plain(t: str) -> str:
        return t.replace("&", "")

    actions = window.menuBar().actions()
    menu = None
    for depth, name in enumerate(path):
        match = next((a for a in actions if plain(a.text()) == name), None)
        assert match is not None, f"{name!r} not in {[plain(a.text()) for a in actions]}"
        assert match.isEnabled(), f"{name!r} is disabled"
        if depth == len(path) - 1:
            match.trigger()
            if menu is not None:
                menu.close()
            return
        menu = match.menu()
        assert menu is not None, f"{name!r} is not a menu"
        actions = menu.actions()



def drag_dock_edge(qtbot, window: QMainWindow, dock: QDockWidget, width: int) -> None:
    """Drag the separator between the central widget and a right-hand dock with the mouse, towards a dock
    ``width`` px wide (Qt stops the separator where a neighbour's minimum size allows no further). The events go
    to the window's QWindow, as the window system delivers them, so the button stays held during the moves."""
    central, edge = window.centralWidget().geometry(), dock.geometry()
    assert central.right() < edge.left(), "the dock is not right of the central widget"
    x, y = (central.right() + edge.left()) // 2, edge.center().y()
    handle = window.windowHandle()
    none = Qt.KeyboardModifier.NoModifier
    QTest.mouseMove(handle, QPoint(x, y))
    QTest.mousePress(handle, LEFT, none, QPoint(x, y))
    dx = dock.width() - width
    for i in range(1, 11):
        QTest.mouseMove(handle, QPoint(x + dx * i // 10, y))
    QTest.mouseRelease(handle, LEFT, none, QPoint(x + dx, y))
    QApplication.processEvents()
