"""The ledger table model (qtmodeltester), its formatting, sorting, copy and CSV export."""

import csv
import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from explorer.core.config import preset_config
from explorer.core.ledger import compute_ledger
from explorer.core.ledger_csv import LEDGER_CSV_COLUMNS, ledger_csv_text, write_ledger_csv
from explorer.ui.models import SORT_ROLE, LedgerTableModel
from explorer.ui.panels.ledger_view import LedgerView
from explorer.ui.state import AppState


def test_model_passes_qtmodeltester(qtmodeltester):
    model = LedgerTableModel(compute_ledger(preset_config("densenet121")))
    qtmodeltester.check(model, force_py=True)
    model.set_ledger(compute_ledger(preset_config("densenet-l40-k12")))
    qtmodeltester.check(model, force_py=True)


def test_formatting_alignment_and_raw_values():
    ledger = compute_ledger(preset_config("densenet-bc-l100-k12"))
    model = LedgerTableModel(ledger)
    row = next(i for i, r in enumerate(ledger.rows) if r.name == "features.denseblock2.denselayer5")
    assert model.index(row, 0).data() == "denseblock2.denselayer5"
    assert model.index(row, 3).data() == "108 + 12×(5−1) = 156"
    assert model.index(row, 3).data(SORT_ROLE) == 156
    assert model.index(row, 5).data() == "16×16"
    assert model.index(row, 6).data() == f"{ledger.rows[row].params:,}"
    assert model.index(row, 6).data(SORT_ROLE) == ledger.rows[row].params
    align = model.index(row, 6).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & int(Qt.AlignmentFlag.AlignRight)
    assert not model.index(row, 0).data(Qt.ItemDataRole.TextAlignmentRole) & int(Qt.AlignmentFlag.AlignRight)
    # Blocks are tinted alternately; rows outside blocks are not.
    b1 = model.index(1, 0).data(Qt.ItemDataRole.BackgroundRole)
    b2 = model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert b1 is not None and b2 is not None and b1.alpha() != b2.alpha()
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    trans = next(i for i, r in enumerate(ledger.rows) if r.kind == "transition")
    assert model.index(trans, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert "BN-ReLU-Conv(1x1)" in model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole)


def test_view_sorts_by_raw_numbers_and_selects(qtbot):
    state = AppState()
    view = LedgerView(state)
    qtbot.addWidget(view)
    view.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)
    top = view.proxy.index(0, 6).data(SORT_ROLE)
    assert top == max(r.params for r in state.ledger.rows)
    received = []
    state.sig_layer_selected.connect(received.append)
    view.table.selectRow(3)
    view.table.setCurrentIndex(view.proxy.index(3, 0))
    assert received and received[-1] == view.proxy.index(3, 0).data(Qt.ItemDataRole.UserRole + 2)
    # Selecting from elsewhere shows the row without announcing it again.
    received.clear()
    state.sig_layer_selected.emit("features.denseblock3.denselayer16")
    assert received == ["features.denseblock3.denselayer16"]
    current = view.proxy.mapToSource(view.table.currentIndex()).row()
    assert state.ledger.rows[current].name == "features.denseblock3.denselayer16"


def test_filter_copy_and_csv(qtbot, tmp_path):
    state = AppState()
    view = LedgerView(state)
    qtbot.addWidget(view)
    view.filter.setText("transition")
    assert view.proxy.rowCount() == 2
    view.table.selectAll()
    text = view.copy_selection()
    assert QGuiApplication.clipboard().text() == text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(LEDGER_CSV_COLUMNS)
    assert [r[0] for r in rows[1:]] == ["features.transition1", "features.transition2"]
    path = tmp_path / "ledger.csv"
    view.export_csv(str(path))
    rows = list(csv.DictReader(path.open()))
    assert len(rows) == len(state.ledger.rows)
    assert sum(int(r["params"]) for r in rows) == state.ledger.total_params == 769162


def test_csv_writer_is_atomic_and_complete(tmp_path):
    ledger = compute_ledger(preset_config("densenet121"))
    path = tmp_path / "x.csv"
    write_ledger_csv(path, ledger)
    assert path.read_text() == ledger_csv_text(ledger)
    assert [p.name for p in tmp_path.iterdir()] == ["x.csv"]
    rows = list(csv.DictReader(io.StringIO(ledger_csv_text(ledger))))
    assert sum(int(r["macs"]) for r in rows) == ledger.total_macs
