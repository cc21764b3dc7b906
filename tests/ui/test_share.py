"""Edit → Copy network / Paste network / Show network as QR code, driven by the menu and the shortcuts: the clipboard
holds the network's text, a pasted network becomes the window's (one undo step), anything else leaves it unchanged
and says why (in English and in Korean), and the QR dialog draws segno's matrix module for module."""

from __future__ import annotations

import os
from dataclasses import replace

import pytest
import segno
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from explorer.core.config import DEFAULT_PRESET, config_to_json, preset_config
from explorer.core.share import share_text
from explorer.ui.app import Translations
from explorer.ui.main_window import MainWindow
from explorer.ui.qr_dialog import QUIET_MODULES

from .drive import field_text, trigger_menu

DEFAULT = preset_config(DEFAULT_PRESET)
WIDER = replace(DEFAULT, growth_rate=24)


@pytest.fixture
def window(qtbot, tmp_path):
    w = MainWindow(settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat), restore=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    yield w
    for box in (w.share.refusal, w.share.dialog):
        if box is not None and isValid(box):  # each deletes itself on closing
            box.close()


@pytest.fixture
def korean(window):
    translations = Translations(QApplication.instance())
    translations.set_language("ko")
    QCoreApplication.processEvents()
    try:
        yield window
    finally:
        translations.set_language("en")
        QCoreApplication.processEvents()


def action(window, key: str) -> QAction:
    found = window.findChild(QAction, f"action_{key}")
    assert found is not None
    return found


def clipboard():
    return QGuiApplication.clipboard()


def test_copy_puts_the_networks_text_on_the_clipboard(qtbot, window):
    clipboard().setText("")
    trigger_menu(qtbot, window, "Edit", "Copy network")
    assert clipboard().text() == share_text(DEFAULT)
    assert window.statusBar().currentMessage().startswith("Copied DenseNet-BC (L=100, k=12) to the clipboard as text")


def test_the_shortcuts(qtbot, window):
    assert action(window, "copy_network").shortcut().toString() == "Ctrl+Shift+C"
    assert action(window, "paste_network").shortcut().toString() == "Ctrl+Shift+V"
    window.state.set_config(WIDER)
    clipboard().setText("")
    qtbot.keyClick(window, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert clipboard().text() == share_text(WIDER)
    window.state.set_config(DEFAULT)
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.config == WIDER


@pytest.mark.parametrize("text", [share_text(WIDER), config_to_json(WIDER), share_text(WIDER) + "\n"],
                         ids=["shared text", "pretty config JSON", "with a line break"])
def test_paste_makes_it_the_windows_network(qtbot, window, text):
    clipboard().setText(text)
    trigger_menu(qtbot, window, "Edit", "Paste network")
    assert window.state.config == WIDER
    assert field_text(window.config_panel.growth) == "24"
    assert window.windowTitle() == "DenseNet-BC (L=100, k=24) — DenseNet Explorer"
    assert window.statusBar().currentMessage() == "Pasted DenseNet-BC (L=100, k=24)"
    window.undo_stack.undo()  # one undo step, as an opened config file is
    assert window.state.config == DEFAULT


def test_a_network_of_another_family(qtbot, window):
    clipboard().setText(share_text(preset_config("resnet-110")))
    action(window, "paste_network").trigger()
    assert window.state.config == preset_config("resnet-110")
    assert window.windowTitle().startswith("ResNet-110")


@pytest.mark.parametrize("text, said", [
    ("hello", "network = 'hello': is neither a network's text nor a config JSON object"),
    ("densenet-explorer:v1:{\"family\":\"densenet\",\"growth_rate\":0}", "growth_rate = 0: is out of range"),
    ("densenet-explorer:v2:{}", "is in version 2 of the format"),
    ("", "The clipboard holds no text"),
])
def test_anything_else_is_refused_and_the_network_kept(qtbot, window, text, said):
    clipboard().setText(text)
    trigger_menu(qtbot, window, "Edit", "Paste network")
    assert window.state.config == DEFAULT and window.undo_stack.count() == 0
    assert window.statusBar().currentMessage().startswith("Could not paste a network: ")
    assert said in window.statusBar().currentMessage()
    box = window.share.refusal
    assert box.isVisible() and said in box.informativeText()
    assert box.text() == "The clipboard holds no network; the window's network is unchanged."


def test_the_refusal_in_korean(qtbot, korean):
    window = korean
    clipboard().setText("hello")
    trigger_menu(qtbot, window, "편집(E)", "네트워크 붙여넣기(P)")
    assert window.state.config == DEFAULT
    assert window.statusBar().currentMessage() == (
        "네트워크를 붙여 넣을 수 없습니다: 네트워크 = 'hello': 네트워크 텍스트도 설정 JSON 객체도 아닙니다 "
        "(가능한 값: 네트워크 텍스트(densenet-explorer:v1:{…}) 또는 설정 JSON 객체)")
    assert window.share.refusal.text() == "클립보드에 네트워크가 없습니다. 창의 네트워크는 바뀌지 않았습니다."
    clipboard().setText(share_text(WIDER))
    trigger_menu(qtbot, window, "편집(E)", "네트워크 붙여넣기(P)")
    assert window.state.config == WIDER
    assert window.statusBar().currentMessage() == "DenseNet-BC (L=100, k=24)을(를) 붙여 넣었습니다"


def _module_grid(image: QImage, size: int, scale: int) -> list[list[bool]]:
    """The drawing read back: each module's centre pixel, dark or not."""
    return [[image.pixelColor(int((QUIET_MODULES + c + 0.5) * scale), int((QUIET_MODULES + r + 0.5) * scale))
             .lightness() < 128 for c in range(size)] for r in range(size)]


def test_the_qr_code_is_segnos_matrix_of_the_text(qtbot, window):
    window.state.set_config(WIDER)
    trigger_menu(qtbot, window, "Edit", "Show network as QR code…")
    dialog = window.share.dialog
    qtbot.waitExposed(dialog)
    text = share_text(WIDER)
    assert dialog.text == text and dialog.text_view.toPlainText() == text
    assert dialog.title_label.text() == "DenseNet-BC (L=100, k=24)"
    expected = segno.make_qr(text, error="m", boost_error=False)
    assert dialog.qr.error == "M" and dialog.qr.matrix == expected.matrix  # the dialog encoded exactly the text
    image = dialog.code_label.pixmap().toImage()
    size = len(expected.matrix)
    assert image.width() == image.height() == (size + 2 * QUIET_MODULES) * dialog.scale
    assert image.width() >= 500 and dialog.scale >= 6  # readable from the back of a room
    assert dialog.sizeHint().height() <= window.screen().availableGeometry().height()  # and on the screen whole
    drawn = _module_grid(image, size, dialog.scale)
    assert drawn == [[bool(bit) for bit in row] for row in expected.matrix]
    quiet = [image.pixelColor(x, y) for x in range(0, image.width(), 3) for y in range(QUIET_MODULES * dialog.scale)]
    assert all(color == QColor("white") for color in quiet)  # the quiet zone (top band) is white
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_qr_dialog_copies_and_saves(qtbot, window, dialogs, tmp_path):
    action(window, "qr_network").trigger()
    dialog = window.share.dialog
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard().image().size() == dialog.image.size()
    out = tmp_path / "qr.png"
    dialogs.answers.append(str(out))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.asked == ["Save the QR code as PNG"]
    saved = QImage(str(out))
    assert saved.size() == dialog.image.size()
    assert _module_grid(saved, len(dialog.qr.matrix), dialog.scale) == \
        [[bool(bit) for bit in row] for row in dialog.qr.matrix]
    assert window.statusBar().currentMessage() == f"Saved {out}"
    fifo = tmp_path / "pipe.png"
    os.mkfifo(fifo)
    assert not dialog.save_png(str(fifo))
    assert "is a named pipe" in dialog.note_label.text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".png") == ["pipe.png", "qr.png"]


def test_the_qr_dialog_in_korean(qtbot, korean):
    trigger_menu(qtbot, korean, "편집(E)", "네트워크를 QR 코드로 보기(Q)…")
    dialog = korean.share.dialog
    assert dialog.windowTitle() == "네트워크 QR 코드"
    assert dialog.copy_button.text() == "이미지 복사(&C)" and dialog.save_button.text() == "PNG로 저장(&S)…"
