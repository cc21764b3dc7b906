"""PySide6 6.12.0 drops None's reference count by one on every QStandardItemModel.appendRow/setItem and
QTableWidget.setItem call; after a few thousand calls CPython aborts with "none_dealloc". The app never uses
those classes for its tables (explorer.ui.models is a QAbstractTableModel), and pyproject pins PySide6 < 6.12;
this test catches the bug if a broken version is installed anyway."""

import sys

import PySide6
import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

CALLS = 1000  # per method, 3,000 in all
TOLERANCE = 50

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")


def test_installed_pyside_is_before_the_broken_release():
    major, minor = (int(p) for p in PySide6.__version__.split(".")[:2])
    assert (major, minor) < (6, 12), f"PySide6 {PySide6.__version__}: pyproject.toml requires < 6.12"


def _none_refs_after(calls) -> int:
    before = sys.getrefcount(None)
    calls()
    return sys.getrefcount(None) - before


def test_item_model_setters_keep_none_refcount(qtbot):
    model = QStandardItemModel()
    rows = [QStandardItem(f"r{i}") for i in range(CALLS)]
    cells = [QStandardItem(f"c{i}") for i in range(CALLS)]
    model.setColumnCount(2)

    def append():
        for item in rows:
            model.appendRow(item)

    def set_items():
        for i, item in enumerate(cells):
            model.setItem(i, 1, item)

    assert abs(_none_refs_after(append)) <= TOLERANCE
    assert abs(_none_refs_after(set_items)) <= TOLERANCE
    assert model.rowCount() == CALLS and model.item(CALLS - 1, 1).text() == f"c{CALLS - 1}"


def test_table_widget_set_item_keeps_none_refcount(qtbot):
    table = QTableWidget(CALLS, 1)
    qtbot.addWidget(table)
    items = [QTableWidgetItem(str(i)) for i in range(CALLS)]

    def set_items():
        for i, item in enumerate(items):
            table.setItem(i, 0, item)

    assert abs(_none_refs_after(set_items)) <= TOLERANCE
    assert table.item(CALLS - 1, 0).text() == str(CALLS - 1)
