"""The ledger table: every row of the channel ledger, sortable, filterable, copyable, exportable as CSV."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.format import human, millions
from ...core.ledger import Ledger
from ...core.ledger_csv import ledger_csv_text, write_ledger_csv
from ..messages import error_text
from ..models import NAME_ROLE, SORT_ROLE, LedgerTableModel
from ..state import AppState
from .base import Panel
from .deferred import DeferredUpdate

__all__ = ["LedgerView"]


class LedgerView(Panel):
    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LedgerView", "Ledger")

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.model = LedgerTableModel(state.ledger, self)
        self.shown_ledger: Ledger = state.ledger  # what the table shows (it follows the state when on screen)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # ledger order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 6)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnsToContents()
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.copy_button = QPushButton(self)
        self.csv_button = QPushButton(self)
        self.totals = QLabel(self)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_action = QAction(self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.copy_action.triggered.connect(self.copy_selection)
        self.table.addAction(self.copy_action)
        self.copy_button.clicked.connect(self.copy_selection)
        self.csv_button.clicked.connect(self.export_csv_dialog)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.csv_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addLayout(top)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.totals)
        self._selecting = False
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.deferred = DeferredUpdate(self, self._show_ledger)
        state.sig_config_changed.connect(self._on_config)
        state.sig_layer_selected.connect(self.select_layer)
        self.retranslate()

    # -- updates -------------------------------------------------------------------------------------
    def _on_config(self, _config: Any, _ledger: Ledger) -> None:
        self.deferred.request()  # once per burst of changes, and only while the table is on screen

    def flush(self) -> None:
        """The table to the current ledger now (before it is read: selection, copy)."""
        self.deferred.flush()

    def _show_ledger(self) -> None:
        ledger = self.shown_ledger = self.state.ledger
        self.model.set_ledger(ledger)
        self._show_totals(ledger)

    def _show_totals(self, ledger: Ledger) -> None:
        text = self.tr("{rows} rows · {params} parameters ({m}) · {macs} multiply-adds · {conn} connections")
        self.totals.setText(text.format(rows=len(ledger.rows), params=f"{ledger.total_params:,}",
                                        m=millions(ledger.total_params), macs=human(ledger.total_macs),
                                        conn=f"{ledger.connections:,}"))

    def _on_current(self, current, _previous) -> None:
        if self._selecting or not current.isValid():
            return
        name = self.proxy.data(current, NAME_ROLE)
        if name:
            self._selecting = True
            try:
                self.state.sig_layer_selected.emit(name)
            finally:
                self._selecting = False

    def select_layer(self, name: str) -> None:
        """Show the row of ``name`` (from the diagram or any panel) without re-announcing it."""
        if self._selecting:
            return
        self.flush()
        row = self.model.row_of(name)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return
        self._selecting = True
        try:
            self.table.selectRow(index.row())
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self._selecting = False

    # -- copy and export -----------------------------------------------------------------------------
    def selected_source_rows(self) -> list[int]:
        self.flush()
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()})
        return rows

    def copy_selection(self) -> str:
        """Selected rows (all rows when none is selected) as CSV on the clipboard."""
        rows = self.selected_source_rows() or None
        text = ledger_csv_text(self.state.ledger, rows)
        QGuiApplication.clipboard().setText(text)
        count = len(rows) if rows else len(self.state.ledger.rows)
        self.state.status(self.tr("Copied {n} rows as CSV").format(n=count), 3000)
        return text

    def export_csv(self, path: str) -> None:
        write_ledger_csv(path, self.state.ledger)
        self.state.status(self.tr("Saved the ledger to {path}").format(path=path), 5000)

    def export_csv_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the ledger as CSV"), "ledger.csv",
                                              self.tr("CSV files (*.csv)"))
        if path:
            try:
                self.export_csv(path)
            except OSError as exc:
                self.state.status(self.tr("Could not write {path}: {error}").format(path=path, error=error_text(exc)),
                                  8000)

    # -- language and theme --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter layers by name, e.g. denseblock2"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected rows (or all) as CSV (Ctrl+C)"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.csv_button.setToolTip(self.tr("Save the whole ledger as a CSV file"))
        self.copy_action.setText(self.tr("Copy rows"))
        self.model.retranslate()
        self._show_totals(self.shown_ledger)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.PaletteChange:
            self.model.update_palette()
        super().changeEvent(event)
