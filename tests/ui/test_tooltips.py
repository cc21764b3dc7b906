"""Every tooltip of the window renders whole: where Qt takes a tooltip for rich text (Qt.mightBeRichText), a raw
"<" starts a tag and the rest is swallowed (the compression θ tooltip once stopped at "θ = 1: no compression
(DenseNet); θ"). Each such tooltip, of every widget, action, combo-box item and tab, in English and Korean, is
rendered as Qt renders it (QTextDocument.setHtml) and must show every word of its source."""

from __future__ import annotations

import html
import re
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QApplication, QComboBox, QTabBar, QWidget

from explorer.ui.app import Translations

from .drive import choose

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_WORD = re.compile(r"\w+")


def swallowed(tip: str) -> list[str]:
    """The words of ``tip`` that Qt's rendering of it does not show (none when it renders whole)."""
    doc = QTextDocument()
    doc.setHtml(tip)
    shown = Counter(_WORD.findall(doc.toPlainText()))
    source = Counter(_WORD.findall(html.unescape(_TAG.sub(" ", tip))))
    return sorted((source - shown).elements())


def _tooltips(window) -> list[tuple[str, str]]:
    """(where, tooltip) for every tooltip the window holds now."""
    found: list[tuple[str, str]] = []
    objects = [window, *window.findChildren(QWidget)]
    for w in objects:
        name = f"{type(w).__name__} {w.objectName() or ''}".strip()
        if w.toolTip():
            found.append((name, w.toolTip()))
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and tip:
                    found.append((f"{name} item {w.itemText(i)!r}", tip))
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabToolTip(i):
                    found.append((f"tab {w.tabText(i)!r}", w.tabToolTip(i)))
    actions = set(window.findChildren(QAction))
    for w in objects:
        actions.update(w.actions())
    for a in actions:
        if a.toolTip() and a.toolTip() != a.text().replace("&", ""):
            found.append((f"action {a.text()!r}", a.toolTip()))
    return found


def _rich_and_cut(window) -> tuple[int, list[str]]:
    rich = [(where, tip) for where, tip in _tooltips(window) if QtGuiNamespace.mightBeRichText(tip)]
    cut = [f"{where}: {tip!r} loses {swallowed(tip)}" for where, tip in rich if swallowed(tip)]
    return len(rich), cut


def _settle(qtbot) -> None:
    """Until the language change has been handled and what it queued has run (the window restores its layout at
    the next turn of the event loop, closing any popup open then): two zero-time timers, one after the other."""
    fired: list[int] = []
    for turn in (1, 2):
        QTimer.singleShot(0, lambda turn=turn: fired.append(turn))
        qtbot.waitUntil(lambda turn=turn: turn in fired, timeout=10000)


def test_the_check_catches_a_raw_less_than_sign():
    broken = ("<b>Compression θ</b>: a transition keeps ⌊θ·m⌋ of the m maps it receives.<br>θ = 1: no "
              "compression (DenseNet); θ < 1: DenseNet-C; the paper uses θ = 0.5.")
    assert QtGuiNamespace.mightBeRichText(broken)
    assert {"DenseNet", "C", "paper", "uses"} <= set(swallowed(broken))
    assert swallowed(broken.replace("θ < 1", "θ &lt; 1")) == []
    assert swallowed("<b>k₀</b> of the first block: 2k for DenseNet-BC<br>(64 for DenseNet-121)") == []


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_tooltip_renders_whole(qtbot, app_window, language):
    window = app_window
    translations = Translations(QApplication.instance())
    try:
        translations.set_language(language)
        _settle(qtbot)
        count, cut = _rich_and_cut(window)
        assert count >= 10  # the config panel's teaching tooltips at least
        tip = window.config_panel.fields["compression"].editor.toolTip()
        assert "DenseNet-C" in tip and swallowed(tip) == []
        # Other families' forms, built from their dataclasses, and their tooltips (a different one per language).
        family = window.config_panel.family
        wanted = {"en": "resnet", "ko": "preact_resnet"}[language]
        other = next(i for i in range(family.count()) if family.itemData(i)[0] == wanted)
        choose(qtbot, family, text=family.itemText(other))
        QCoreApplication.processEvents()
        more, cut_other = _rich_and_cut(window)
        assert cut + cut_other == []
        assert more >= 1
    finally:
        translations.set_language("en")
        QCoreApplication.processEvents()
