"""Teaching inside the app, driven as a person does: Help → "DenseNet in 5 minutes" with the network's own numbers
(following the config panel), its formulas linked to their fields and the diagram, and the dense-block animation
(play, pause, step, speed), whose numbers follow the network too."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QPalette, QTextCursor
from PySide6.QtWidgets import QApplication, QTextBrowser

from explorer.ui.app import Translations

from .drive import LEFT, choose, click, drag_dock_edge, raise_dock, trigger_menu, type_into


def _page_text(window) -> str:
    return window.help_page.browser.toPlainText()


def _anchor_point(browser: QTextBrowser, href: str) -> QPoint:
    """Where a person clicks the link ``href`` (the page scrolled to it, as a reader scrolls)."""
    doc = browser.document()
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(doc)
                cursor.setPosition(fragment.position() + max(fragment.length() // 2, 1))
                browser.setTextCursor(cursor)
                browser.ensureCursorVisible()
                QCoreApplication.processEvents()
                return browser.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link {href!r} on the page")


def _hrefs(browser: QTextBrowser) -> list[str]:
    out = []
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            href = it.fragment().charFormat().anchorHref()
            if href:
                out.append(href)
            it += 1
        block = block.next()
    return out


def _click_link(qtbot, window, href: str) -> None:
    browser = window.help_page.browser
    pos = _anchor_point(browser, href)
    assert browser.viewport().rect().contains(pos), (pos, browser.viewport().rect())
    qtbot.mouseClick(browser.viewport(), LEFT, pos=pos)


def _open_help(qtbot, window) -> None:
    trigger_menu(qtbot, window, "Help", "DenseNet in 5 minutes")
    qtbot.waitUntil(lambda: not window.help_page.visibleRegion().isEmpty(), timeout=3000)
    window.help_page.flush()


def test_help_page_opens_from_the_menu_with_the_networks_numbers_and_follows_the_growth_rate(qtbot, app_window):
    window = app_window
    _open_help(qtbot, window)
    text = _page_text(window)
    # DenseNet-BC (L=100, k=12): k0 = 24, 16 layers per block; L(L+1)/2 of one block, not of the depth.
    assert "xℓ = Hℓ([x0, x1, …, xℓ−1])" in text and "xℓ = Hℓ(xℓ−1) + xℓ−1" in text  # dense beside ResNet
    for shown in ("24 + 12·(2−1) = 36", "24 + 12·(16−1) = 204", "24 + 12·16 = 216", "16·17/2 = 136",
                  "408 in all", "not 100·101/2 = 5,050", "4·12 = 48", "⌊0.5·216⌋ = 108", "(100−4)/6 = 16",
                  "265 (the name says 264)", "7,978,856"):
        assert shown in text, shown
    assert "Here L is the number of layers in one block, not the network's depth." in text
    # The person types a new growth rate into the config panel: the page's numbers follow (k0 = 2k = 40).
    type_into(qtbot, window.config_panel.growth, "20")
    qtbot.waitUntil(lambda: "40 + 20·(2−1) = 60" in _page_text(window), timeout=3000)
    text = _page_text(window)
    assert "40 + 20·16 = 360" in text and "⌊0.5·360⌋ = 180" in text and "4·20 = 80" in text
    assert "24 + 12·(2−1)" not in text
    # Another layout: the per-block count changes, the depth's wrong count with it.
    type_into(qtbot, window.config_panel.blocks, "6, 12")
    qtbot.waitUntil(lambda: "6·7/2 = 21, 12·13/2 = 78" in _page_text(window), timeout=3000)
    assert f"not {window.state.config.depth}·" in _page_text(window)


def test_clicking_a_formula_focuses_its_field_and_lights_its_part_of_the_diagram(qtbot, app_window):
    window = app_window
    _open_help(qtbot, window)
    panel, canvas = window.config_panel, window.diagram.canvas
    label = panel.fields["growth_rate"].label
    normal = label.palette().color(QPalette.ColorRole.Window)
    _click_link(qtbot, window, "explain:growth_rate/layer/1/2")
    qtbot.waitUntil(lambda: panel.highlighted == "growth_rate", timeout=2000)
    assert panel.growth.hasFocus() and panel.growth.lineEdit().selectedText() == "12"
    assert label.autoFillBackground()
    assert label.palette().color(QPalette.ColorRole.Window) == label.palette().color(QPalette.ColorRole.Highlight)
    assert canvas.selected == (1, 2) and canvas.highlighted_arcs(1, 2) == 2  # x0 and x1 feed layer 2
    assert "layer ℓ=2" in window.diagram.info.text()
    # The compression formula: θ's field, and the transition after block 1 outlined.
    _click_link(qtbot, window, "explain:compression/transition/1/0")
    qtbot.waitUntil(lambda: panel.highlighted == "compression", timeout=2000)
    assert panel.compression.hasFocus() and not label.autoFillBackground()  # the growth rate's glow has gone
    assert canvas.transition_boxes[1].pen().color() == canvas.c_hi
    assert canvas.transition_boxes[2].pen().color() != canvas.c_hi
    # L(L+1)/2: the layers-per-block field, and every connection of block 1 lit.
    _click_link(qtbot, window, "explain:block_layers/block/1/0")
    qtbot.waitUntil(lambda: panel.highlighted == "block_layers", timeout=2000)
    assert panel.blocks.hasFocus()
    assert canvas.transition_boxes[1].pen().color() != canvas.c_hi
    lit = sum(1 for arcs in canvas.blocks[1].arcs_into.values() for _s, arc in arcs if arc.pen().color() == canvas.c_hi)
    assert lit == sum(len(a) for a in canvas.blocks[1].arcs_into.values()) > 20
    # The glow goes after a while; the field keeps the focus for typing.
    qtbot.waitUntil(lambda: panel.highlighted is None, timeout=panel.HIGHLIGHT_MS + 3000)
    assert panel.fields["block_layers"].label.palette().color(QPalette.ColorRole.Window) == normal
    # The link at the end opens the animation.
    _click_link(qtbot, window, "animation:")
    qtbot.waitUntil(lambda: not window.block_animation.visibleRegion().isEmpty(), timeout=3000)


def test_another_family_says_which_numbers_it_shows_and_links_nothing_it_cannot_show(qtbot, app_window):
    window = app_window
    _open_help(qtbot, window)
    assert any(h.startswith("explain:") for h in _hrefs(window.help_page.browser))
    choose(qtbot, window.config_panel.preset, data="resnet-110")
    qtbot.waitUntil(lambda: "is not a DenseNet" in _page_text(window), timeout=3000)
    text = _page_text(window)
    assert "18, 18, 18 layers and 36, 36, 36 connections" in text
    assert "DenseNet-BC (L=100, k=12)" in text and "16·17/2 = 136" in text
    assert not any(h.startswith("explain:") for h in _hrefs(window.help_page.browser))
    assert "animation:" in _hrefs(window.help_page.browser)


def test_help_page_and_animation_in_korean(qtbot, app_window):
    window = app_window
    translations = Translations(QApplication.instance())
    try:
        translations.set_language("ko")
        QCoreApplication.processEvents()
        trigger_menu(qtbot, window, "도움말(H)", "5분 만에 보는 DenseNet(5)")
        qtbot.waitUntil(lambda: not window.help_page.visibleRegion().isEmpty(), timeout=3000)
        window.help_page.flush()
        text = _page_text(window)
        assert "밀집 연결" in text and "성장률" in text and "압축률" in text
        assert "16·17/2 = 136" in text and "100·101/2 = 5,050" in text
        assert "Dense connectivity" not in text and "channels" not in text
        assert window.docks["help"].windowTitle() == "5분 만에 보는 DenseNet"
        anim = window.block_animation
        assert anim.step_button.text() == "한 층씩" and "채널" in anim.caption.text()
    finally:
        translations.set_language("en")
        QCoreApplication.processEvents()
    assert "Dense connectivity" in _page_text(window)



def test_help_page_reads_without_a_sideways_scroll_bar_in_both_languages(qtbot, app_window):
    """At 1280×720 the page sits in the narrow side column: its tables fit the column's width, at the first
    start's width and wherever its separator is dragged with the mouse between 300 and 520 px. (Qt laid a
    bordered table that fills the page out 1 px wider than the page at about half of those widths, and a
    horizontal scroll bar showed under the text: seen at 1280×720 under Xvfb.)"""
    window = app_window
    translations = Translations(QApplication.instance())
    bar = window.help_page.browser.horizontalScrollBar()
    try:
        for language, menu, item in (("en", "Help", "DenseNet in 5 minutes"),
                                     ("ko", "도움말(H)", "5분 만에 보는 DenseNet(5)")):
            translations.set_language(language)
            QCoreApplication.processEvents()
            trigger_menu(qtbot, window, menu, item)
            qtbot.waitUntil(lambda: not window.help_page.visibleRegion().isEmpty(), timeout=3000)
            window.help_page.flush()
            assert "7,978,856" in _page_text(window)  # the tables are on the page
            qtbot.waitUntil(lambda: not bar.isVisible(), timeout=2000)
            for width in range(300, 521, 7):
                drag_dock_edge(qtbot, window, window.docks["help"], width)
                assert bar.maximum() == 0 and not bar.isVisible(), (language, window.docks["help"].width())
    finally:
        translations.set_language("en")
        QCoreApplication.processEvents()

def _open_animation(qtbot, window):
    trigger_menu(qtbot, window, "Help", "Dense block animation")
    anim = window.block_animation
    qtbot.waitUntil(lambda: not anim.visibleRegion().isEmpty(), timeout=3000)
    return anim


def test_animation_steps_plays_pauses_and_changes_speed(qtbot, app_window):
    window = app_window
    anim = _open_animation(qtbot, window)
    assert anim.current == 0 and anim.canvas.labels == {0: "24"}  # x0 of DenseNet-BC (L=100, k=12): k0 = 24
    click(qtbot, anim.step_button)
    click(qtbot, anim.step_button)
    # Layer 2 receives k0 + k = 36 channels; the block then holds 48; x0 and x1 feed it.
    assert anim.canvas.labels[2] == "36" and anim.canvas.labels[1] == "24"
    assert "24 + 12·1 = 36 channels" in anim.caption.text() and "holds 48 channels" in anim.caption.text()
    assert "3 of 136" in anim.caption.text()
    assert anim.canvas.bar_text.endswith("48 channels")
    frame = anim.canvas.grab().toImage()
    assert not frame.isNull()
    # Speed: 4× is a quarter of the 1× interval.
    one = anim.timer.interval()
    choose(qtbot, anim.speed, "4×")
    assert anim.timer.interval() == one // 4
    click(qtbot, anim.play_button)
    assert anim.playing and anim.play_button.text() == "Pause"
    qtbot.waitUntil(lambda: anim.current >= 4, timeout=10000)
    assert anim.canvas.labels[4] == "60"
    click(qtbot, anim.play_button)  # pause
    assert not anim.playing and anim.play_button.text() == "Play"
    held = anim.current
    assert not anim.timer.isActive() and anim.current == held  # nothing left to advance it
    # Played to the end, it stops there; Play again starts from x0.
    click(qtbot, anim.play_button)
    qtbot.waitUntil(lambda: not anim.playing, timeout=20000)
    assert anim.current == 16 and anim.canvas.labels[16] == "204" and "136 of 136" in anim.caption.text()
    click(qtbot, anim.play_button)
    assert anim.current == 0 and anim.playing
    click(qtbot, anim.restart_button)
    assert anim.current == 0


def test_animation_follows_the_growth_rate_typed_in_the_config_panel(qtbot, app_window):
    window = app_window
    anim = _open_animation(qtbot, window)
    for _ in range(2):
        click(qtbot, anim.step_button)
    type_into(qtbot, window.config_panel.growth, "20")
    qtbot.waitUntil(lambda: window.state.config.growth_rate == 20, timeout=3000)
    # k0 = 2k = 40; layer 2 receives 40 + 20 = 60.
    assert anim.current == 2 and anim.canvas.labels[2] == "60"
    assert "40 + 20·1 = 60 channels" in anim.caption.text()
    # A network without a dense block: the controls are off and the caption says why.
    choose(qtbot, window.config_panel.preset, data="resnet-20")
    assert not anim.step_button.isEnabled() and not anim.playing
    assert "no dense block" in anim.caption.text()
    choose(qtbot, window.config_panel.preset, data="densenet121")
    assert anim.step_button.isEnabled() and anim.canvas.labels[0] == "64"
    assert anim.steps[-1].layers == 6


def test_f1_opens_the_page_and_the_help_menu_lists_both(qtbot, app_window):
    window = app_window
    texts = [a.text().replace("&", "") for a in window.menu_help.actions() if not a.isSeparator()]
    assert texts[:2] == ["DenseNet in 5 minutes", "Dense block animation"]
    raise_dock(qtbot, window, window.docks["paper"])
    qtbot.waitUntil(lambda: window.help_page.visibleRegion().isEmpty(), timeout=3000)
    qtbot.keyClick(window.diagram.canvas, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: not window.help_page.visibleRegion().isEmpty(), timeout=3000)
