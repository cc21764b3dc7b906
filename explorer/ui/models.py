"""Qt table models over core objects (never QStandardItemModel: see tests/ui/test_pyside_leak.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ..core.format import human, human_bytes
from ..core.ledger import BYTES_PER_ELEM, Ledger, LedgerRow
from .messages import tr_msg

__all__ = ["LedgerTableModel", "SORT_ROLE", "NAME_ROLE"]

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the raw value, for sorting
NAME_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's module name
_Index = QModelIndex | QPersistentModelIndex

# (key, numeric) in display order
COLUMNS: tuple[tuple[str, bool], ...] = (
    ("name", False), ("kind", False), ("block", True), ("in", True), ("out", True), ("size", True),
    ("params", True), ("macs", True), ("saved", True),
)


class LedgerTableModel(QAbstractTableModel):
    """One row per ledger row: numbers formatted for reading, right-aligned, raw values under SORT_ROLE."""

    def __init__(self, ledger: Ledger | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LedgerRow] = list(ledger.rows) if ledger is not None else []
        self._bold = QFont()
        self._bold.setBold(True)
        self._tints: tuple[QColor, QColor] = (QColor(), QColor())
        self.update_palette()

    # -- feeding -------------------------------------------------------------------------------------
    def set_ledger(self, ledger: Ledger) -> None:
        """Same layers (a number changed): update in place, keeping the view's selection and scroll position;
        otherwise reset."""
        rows = list(ledger.rows)
        if len(rows) == len(self._rows) and all(a.name == b.name for a, b in zip(rows, self._rows)):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> LedgerRow:
        return self._rows[row]

    def row_of(self, name: str) -> int:
        for i, r in enumerate(self._rows):
            if r.name == name:
                return i
        return -1

    def update_palette(self) -> None:
        """Block tints derived from the palette's highlight colour, so light and dark themes both read."""
        pal = QGuiApplication.palette() if QGuiApplication.instance() else QPalette()
        hi = pal.color(QPalette.ColorRole.Highlight)
        even, odd = QColor(hi), QColor(hi)
        even.setAlpha(18)
        odd.setAlpha(48)
        self._tints = (even, odd)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(COLUMNS) - 1))

    # -- QAbstractTableModel ---------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if role == Qt.ItemDataRole.DisplayRole else None
        if not 0 <= section < len(COLUMNS):
            return None
        key, numeric = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles()[key]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips()[key]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) or not 0 <= index.column() < len(COLUMNS):
            return None
        r = self._rows[index.row()]
        key, numeric = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, key)
        if role == SORT_ROLE:
            return self._raw(r, key, index.row())
        if role == NAME_ROLE:
            return r.name
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight if numeric else Qt.AlignmentFlag.AlignLeft)
                       | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(r)
        if role == Qt.ItemDataRole.BackgroundRole:
            if r.block is None:
                return None
            return self._tints[r.block % 2]
        if role == Qt.ItemDataRole.FontRole and r.kind in ("transition", "classifier"):
            return self._bold
        return None

    # -- formatting ----------------------------------------------------------------------------------
    def _display(self, r: LedgerRow, key: str) -> str:
        if key == "name":
            return r.name.removeprefix("features.")
        if key == "kind":
            return self._kinds().get(r.kind, r.kind)
        if key == "block":
            return "" if r.block is None else str(r.block)
        if key == "in":
            return r.formula or f"{r.in_channels:,}"
        if key == "out":
            return f"{r.out_channels:,}"
        if key == "size":
            return f"{r.out_h}×{r.out_w}"
        if key == "params":
            return f"{r.params:,}"
        if key == "macs":
            return human(r.macs)
        return human_bytes(r.saved * BYTES_PER_ELEM)

    @staticmethod
    def _raw(r: LedgerRow, key: str, row: int) -> Any:
        return {"name": row, "kind": r.kind, "block": -1 if r.block is None else r.block, "in": r.in_channels,
                "out": r.out_channels, "size": r.out_h * r.out_w, "params": r.params, "macs": r.macs,
                "saved": r.saved}[key]

    def _tooltip(self, r: LedgerRow) -> str:
        lines = [f"<b>{r.name}</b>", self._kinds().get(r.kind, r.kind) + (f": {tr_msg(r.detail)}" if r.detail else "")]
        if r.formula:
            lines.append(self.tr("Input channels: k₀ + k·(ℓ−1) = {formula}").format(formula=r.formula))
        lines.append(self.tr("Parameters: {params}; multiply-adds: {macs}").format(
            params=f"{r.params:,}", macs=f"{r.macs:,}"))
        lines.append(self.tr("Kept for backward per image: {plain} (memory-efficient: {eff})").format(
            plain=human_bytes(r.saved * BYTES_PER_ELEM), eff=human_bytes(r.saved_efficient * BYTES_PER_ELEM)))
        return "<br>".join(lines)

    def _titles(self) -> dict[str, str]:
        return {"name": self.tr("Layer"), "kind": self.tr("Kind"), "block": self.tr("Block"),
                "in": self.tr("Input channels (k₀ + k·(ℓ−1))"), "out": self.tr("Output channels"),
                "size": self.tr("Output size"), "params": self.tr("Parameters"), "macs": self.tr("Multiply-adds"),
                "saved": self.tr("Kept for backward")}

    def _header_tips(self) -> dict[str, str]:
        return {"name": self.tr("The module's path in the built network"),
                "kind": self.tr("What the row is"),
                "block": self.tr("The dense block the row belongs to (a transition follows its block)"),
                "in": self.tr("Feature maps a layer receives: the block's k₀ plus k from each earlier layer"),
                "out": self.tr("Feature maps the row produces (k for a dense layer, ⌊θ·m⌋ for a transition)"),
                "size": self.tr("Height × width of the output"),
                "params": self.tr("Learnable parameters (weights and BatchNorm scales and shifts)"),
                "macs": self.tr("Multiply-adds for one image"),
                "saved": self.tr("Activation memory autograd keeps for the backward pass, one image")}

    def _kinds(self) -> dict[str, str]:
        return {"conv": self.tr("Convolution"), "norm": self.tr("BatchNorm-ReLU"), "pool": self.tr("Pooling"),
                "dense_layer": self.tr("Dense layer"), "transition": self.tr("Transition"),
                "classifier": self.tr("Classifier")}
