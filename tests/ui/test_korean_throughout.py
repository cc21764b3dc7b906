"""Korean throughout: switched to 한국어 through the Language menu, every text a person can read in the window is
Korean, apart from names and symbols (DenseNet, CIFAR, k, L, θ, units, file patterns).

The walk covers every visible widget's text, tool tip, placeholder, combo and item-view items with their headers,
the window title, dock titles, menu entries, the status bar, text in graphics scenes (the diagram, plots), each
family's form, and the messages that a set of invalid inputs typed into fields produces (under the field and in
the status bar). A failure lists each offending place (panel / object) with its text and the Latin words found.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from .drive import choose, raise_dock, type_into

# Names, symbols and units that stay as they are in a Korean UI (Korean deep-learning courses write them so).
# Not English words: a real word found here is translated in explorer/resources/i18n/*.ts, never added to this list.
ALLOWED = {
    # network and family names, variant letters, the paper's notation
    "DenseNet", "ResNet", "FractalNet", "WRN", "BC", "ReLU", "BN", "Grad", "CAM", "BibTeX", "CVPR", "Netron",
    "Huang", "Liu", "van", "der", "Maaten", "Weinberger", "Gao", "Zhuang", "Laurens", "Kilian", "He",
    "Larsson", "Zagoruyko", "Komodakis", "et", "al",
    # data sets, formats, libraries, devices
    "CIFAR", "ImageNet", "SVHN", "MNIST", "Fashion", "PNG", "SVG", "CSV", "JSON", "ONNX", "JPEG", "JPG", "BMP",
    "torch", "torchvision", "torchinfo", "PyTorch", "Python", "python", "Qt", "PySide", "CUDA", "cuda", "CPU",
    "cpu", "GPU", "MPS", "QR",
    "mps", "meta", "DDP", "OOM", "RGB", "MAC", "MACs", "FLOP", "FLOPs", "SGD", "Adam", "AdamW", "Nesterov",
    "English", "CNN", "Apple", "macOS", "autograd", "onnx", "Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "F11",
    # a sweep's range as it is typed (explorer.core.sweeps.spec: 0.05..0.2 x4 log)
    "LO", "HI", "xN", "log",
    # units
    "ms", "MB", "GB", "KB", "MiB", "GiB", "KiB", "px", "Hz", "M", "K", "G",
}
# The app's own name, Qt's and the paper's title as written on it, pattern-like strings and what came from files.
_APP_NAME = re.compile(r"DenseNet Explorer")
# A command line as typed: the program with its elided arguments, and its options (explorer … --config -).
_COMMAND = re.compile(r"\bexplorer …|(?<![\w-])--[a-z][a-z-]*")
_FILE_LIKE = re.compile(r"(\*\.[A-Za-z0-9]+)|([\w~.-]*[/\\][^\s,;:()]*)|(\b[\w-]+\.(png|jpg|jpeg|svg|csv|json|pt|"
                        r"onnx|ini|log|gz|pth)\b)|(\b\w+(\.\w+)+\b)|(\b\w*_\w*\b)|(https?://\S+)|(#[0-9a-fA-F]{6})")
_WORD = re.compile(r"[A-Za-z]+")
# Identifiers a person types or reads in the CLI and the code: words with digits (conv0, transition1, float32,
# cifar10, densenet121), and the names of presets, data sets and the network's modules (set in `identifiers`).
_WITH_DIGITS = re.compile(r"\b[A-Za-z]+\d+[A-Za-z\d]*\b")
_EXTENSION = re.compile(r"(?<![\w])\.[A-Za-z]{2,5}\b")
IDENTIFIERS: set[str] = set()


def identifiers(window) -> set[str]:
    """Preset names, data set names, device names and module names of the shown network, split into words."""
    from explorer.core.config import PRESETS

    names: set[str] = set()
    for name in PRESETS:
        names.update(re.findall(r"[A-Za-z]+", name))
    try:
        from explorer.core.data import DATASET_NAMES as DATASETS

        for name in DATASETS:
            names.update(re.findall(r"[A-Za-z]+", name))
    except ImportError:  # pragma: no cover
        pass
    for row in window.state.ledger.rows:
        names.update(re.findall(r"[A-Za-z]+", row.name))
    return names


def plain(text: str) -> str:
    if GuiQt.mightBeRichText(text) or "<br>" in text or "<b>" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text.replace("&&", "§").replace("&", "").replace("§", "&")


def latin_words(text: str) -> list[str]:
    """The Latin words of ``text`` that are neither allowed names/symbols nor a single letter (k, L, n, x)."""
    text = _FILE_LIKE.sub(" ", _COMMAND.sub(" ", _APP_NAME.sub(" ", plain(text))))
    text = _EXTENSION.sub(" ", _WITH_DIGITS.sub(" ", text))
    return [w for w in _WORD.findall(text) if len(w) > 1 and w not in ALLOWED and w not in IDENTIFIERS]


class Findings:
    def __init__(self) -> None:
        self.bad: dict[tuple[str, str], list[str]] = {}
        self.seen = 0

    def check(self, where: str, text: str | None) -> None:
        if not text or not text.strip():
            return
        self.seen += 1
        words = latin_words(text)
        if words:
            self.bad.setdefault((where, text), words)

    def report(self) -> str:
        lines = [f"{len(self.bad)} texts with Latin words outside the allow-list (of {self.seen} read):"]
        for (where, text), words in sorted(self.bad.items()):
            short = text if len(text) <= 200 else text[:197] + "…"
            lines.append(f"  {where}: {short!r}  -> {sorted(set(words))}")
        return "\n".join(lines)


def _name(widget: QWidget) -> str:
    parts = []
    w = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _models_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    from PySide6.QtCore import QModelIndex

    root = QModelIndex()

    def columns(parent) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model keeps columnCount private: one column
            return 1

    for orientation, count in ((Qt.Orientation.Horizontal, columns(root)),
                               (Qt.Orientation.Vertical, model.rowCount(root))):
        for i in range(min(count, 200)):
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.headerData(i, orientation, role)
                if isinstance(value, str):
                    yield f"header {orientation.name}[{i}]", value

    def walk(parent, depth=0):
        for row in range(min(model.rowCount(parent), 300)):
            for col in range(columns(parent)):
                index = model.index(row, col, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield f"item[{row},{col}]", value
                if depth < 3 and col == 0 and model.rowCount(index) > 0:
                    yield from walk(index, depth + 1)

    yield from walk(root)


def _graphics_texts(view: QGraphicsView) -> Iterator[tuple[str, str]]:
    scene = view.scene()
    if scene is None:
        return
    for item in scene.items():
        if not item.isVisible():
            continue
        if isinstance(item, QGraphicsTextItem):
            yield type(item).__name__, item.toPlainText()
        elif isinstance(item, QGraphicsSimpleTextItem):
            yield type(item).__name__, item.text()
        tip = item.toolTip()
        if tip:
            yield type(item).__name__ + ".toolTip", tip


def widget_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(place, text) for every visible widget under ``root``: what a person reads or hovers."""
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or isinstance(w, QMenu):
            continue
        name = _name(w)
        yield f"{name}.toolTip", w.toolTip()
        if isinstance(w, (QLabel, QAbstractButton)):
            yield f"{name}.text", w.text()
        if isinstance(w, QLineEdit):
            if not (w.parent() and isinstance(w.parent(), (QAbstractSpinBox, QComboBox))):
                yield f"{name}.text", w.text()
            yield f"{name}.placeholder", w.placeholderText()
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            yield f"{name}.text", w.toPlainText()
            yield f"{name}.placeholder", w.placeholderText()
        if isinstance(w, QAbstractSpinBox):
            yield f"{name}.prefix/suffix", getattr(w, "prefix", lambda: "")() + " " + getattr(w, "suffix", lambda: "")()
            yield f"{name}.specialValueText", w.specialValueText()
        if isinstance(w, QGroupBox):
            yield f"{name}.title", w.title()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}.item[{i}]", w.itemText(i)
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield f"{name}.item[{i}].toolTip", tip
        if isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name}.tab[{i}]", w.tabText(i)
                yield f"{name}.tab[{i}].toolTip", w.tabToolTip(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab[{i}]", w.tabText(i)
        if (isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView)
                and not (w.parent() and isinstance(w.parent().parent(), QComboBox))):
            for where, text in _models_texts(w):
                yield f"{name}.{where}", text
        if isinstance(w, QGraphicsView):
            for where, text in _graphics_texts(w):
                yield f"{name}.{where}", text
        for where, text in _pyqtgraph_texts(w):
            yield f"{name}.{where}", text


def _pyqtgraph_texts(w: QWidget) -> Iterator[tuple[str, str]]:
    """Axis titles, plot titles and legend entries of a pyqtgraph widget (they are graphics items)."""
    try:
        import pyqtgraph as pg
    except ImportError:  # pragma: no cover - pyqtgraph is a dependency
        return
    if not isinstance(w, pg.GraphicsView):
        return
    for item in w.scene().items():
        if not item.isVisible():
            continue
        if isinstance(item, pg.AxisItem):
            yield "axis", item.labelText + " " + (item.labelUnits or "")
        elif isinstance(item, pg.LabelItem):
            yield "label", item.text
        elif isinstance(item, pg.TextItem):
            yield "textitem", item.textItem.toPlainText()
        elif isinstance(item, pg.LegendItem):
            for _sample, label in item.items:
                yield "legend", label.text


def menu_texts(window) -> Iterator[tuple[str, str]]:
    def walk(actions, path):
        for action in actions:
            if action.isSeparator():
                continue
            where = f"menu {path}/{plain(action.text())}"
            yield where, action.text()
            if action.toolTip() != action.text().replace("&", "") and action.toolTip():
                yield where + ".toolTip", action.toolTip()
            yield where + ".statusTip", action.statusTip()
            if action.menu() is not None:
                action.menu().aboutToShow.emit()  # what the menu shows once a person opens it
                yield from walk(action.menu().actions(), where)

    yield from walk(window.menuBar().actions(), "")


def read_window(window, findings: Findings, label: str) -> None:
    findings.check(f"{label}: window title", window.windowTitle())
    for where, text in menu_texts(window):
        findings.check(f"{label}: {where}", text)
    for key, dock in window.docks.items():
        findings.check(f"{label}: dock {key}.title", dock.windowTitle())
    findings.check(f"{label}: status bar", window.statusBar().currentMessage())
    for where, text in widget_texts(window):
        findings.check(f"{label}: {where}", text)



# Invalid inputs a student types: (field attribute of the config panel, text).
INVALID_DENSE = [("depth", "101"), ("depth", "abc"), ("growth", "0"), ("compression", "2"),
                 ("compression", "x"), ("blocks", "16, x, 16"), ("blocks", ""), ("blocks", "1,2,3,4,5,6,7,8,9"),
                 ("input_size", "1"), ("num_classes", "0"), ("dropout", "1"), ("in_channels", "100"),
                 ("bn_size", "40")]


def test_every_text_is_korean(qtbot, korean):
    window = korean
    IDENTIFIERS.update(identifiers(window))
    findings = Findings()
    panel = window.config_panel
    read_window(window, findings, "start")
    for key, dock in window.docks.items():
        raise_dock(qtbot, window, dock)
        QCoreApplication.processEvents()
        for where, text in widget_texts(dock):
            findings.check(f"dock {key}: {where}", text)
    # Invalid values typed into the DenseNet form: the message under the field and in the status bar.
    raise_dock(qtbot, window, window.docks["config"])
    for attr, text in INVALID_DENSE:
        IDENTIFIERS.update(re.findall(r"[A-Za-z]+", text))  # the person's own text, echoed in the message
        field = getattr(panel, attr)
        type_into(qtbot, field, text)
        QCoreApplication.processEvents()
        for f in panel.fields.values():
            if f.error.isVisibleTo(panel):
                findings.check(f"typed {text!r} into {attr}: error under {f.key}", f.error.text())
        findings.check(f"typed {text!r} into {attr}: status bar", window.statusBar().currentMessage())
    # Every family's form, its heading, note and fields; an invalid depth in each.
    for i in range(panel.family.count()):
        choose(qtbot, panel.family, panel.family.itemText(i))
        QCoreApplication.processEvents()
        family = panel.family.itemText(i)
        for where, text in widget_texts(window.docks["config"]):
            findings.check(f"family {family}: {where}", text)
        findings.check(f"family {family}: window title", window.windowTitle())
        findings.check(f"family {family}: status bar", window.statusBar().currentMessage())
        depth = next((f for k, f in panel.fields.items() if k.endswith(".depth")), None)
        if depth is not None and depth.editor.isVisible():
            type_into(qtbot, depth.editor, "7")
            QCoreApplication.processEvents()
            findings.check(f"family {family}: depth 7, error", depth.error.text())
            findings.check(f"family {family}: depth 7, status bar", window.statusBar().currentMessage())
    # Every preset: the heading, the note, the cards and the other panels as they then read.
    for i in range(panel.preset.count()):
        if not panel.preset.itemData(i):
            continue
        choose(qtbot, panel.preset, panel.preset.itemText(i))
        QCoreApplication.processEvents()
        name = panel.preset.itemData(i)
        IDENTIFIERS.update(identifiers(window))
        for where, text in widget_texts(window.docks["config"]):
            findings.check(f"preset {name}: {where}", text)
        for key in ("cards", "ledger"):
            for where, text in widget_texts(window.docks[key]):
                findings.check(f"preset {name}: dock {key}: {where}", text)
        for where, text in widget_texts(window.panels["diagram"]):
            findings.check(f"preset {name}: diagram: {where}", text)
        findings.check(f"preset {name}: window title", window.windowTitle())
    assert findings.seen > 300, findings.seen
    assert not findings.bad, findings.report()


def test_latin_word_check_finds_english():
    assert latin_words("Validation accuracy") == ["Validation", "accuracy"]
    assert latin_words("검증 정확도 (DenseNet-BC, k=12, L=100, 0.8M, 12 ms, *.pt, /tmp/run/x.png)") == []
    assert latin_words("<b>성장률 k</b>: <i>layer</i>") == ["layer"]
    assert latin_words("features.denseblock1.denselayer1 · conv_1") == []
