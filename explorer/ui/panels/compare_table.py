"""The Compare view's table: rows are figures (parameters, multiply-adds, memory, connections, the paper's
errors), columns the chosen networks, numbers aligned right, each row explained in its tooltip."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.compare import Entry
from ...core.format import human, human_bytes
from ...core.reference import COLUMN_HELP
from ..messages import tr_msg
from .compare_model import COLOURS, CURRENT, matched_family, size_text

__all__ = ["CompareTableModel", "shown_name"]


def shown_name(name: str) -> str:
    """A chosen network's name as the person reads it: a preset's own name, "Current network", or a family sized
    to the current network's budget by its family's name ("ResNet": a column header has room for little more)."""
    if name == CURRENT:
        return QCoreApplication.translate("CompareView", "Current network")
    family = matched_family(name)
    if family is not None:
        from ...core.compare import FAMILY_LABELS

        return tr_msg(FAMILY_LABELS.get(family, family))  # the line above the table says they share the budget
    return name


class CompareTableModel(QAbstractTableModel):
    """Rows are figures, columns the chosen networks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[Entry] = []
        self._matches: dict[str, Any] = {}  # matched name -> core.budget.Match, while comparing at a budget
        self._by = "params"
        self._batch = 64
        self._rows = self._row_specs()

    def _row_specs(self) -> list[tuple[str, str]]:
        rows = self._base_rows()
        if self._matches:
            what = self.tr("Mismatch in parameters") if self._by == "params" else self.tr("Mismatch in multiply-adds")
            at = [k for k, _t in rows].index("family") + 1
            rows[at:at] = [("size", self.tr("Chosen size")), ("mismatch", what)]
        return rows

    def _base_rows(self) -> list[tuple[str, str]]:
        return [
            ("network", self.tr("Network")), ("family", self.tr("Family")), ("depth", self.tr("Depth L")),
            ("params", self.tr("Parameters")), ("paper_params", self.tr("Parameters in the paper's table")),
            ("macs", self.tr("Multiply-adds per image")), ("param_bytes", self.tr("Parameter memory")),
            ("train_bytes", self.tr("Training activations (batch 64)")),
            ("connections", self.tr("Connections in blocks")), ("pattern", self.tr("Connection pattern")),
            ("C10+", self.tr("Paper's error C10+")), ("C100+", self.tr("Paper's error C100+")),
        ]

    def retranslate(self) -> None:
        """The row titles again in the window's language (the view then sets the entries, which resets)."""
        self._rows = self._row_specs()

    def set_entries(self, entries: list[Entry], matches: dict[str, Any] | None = None, by: str = "params") -> None:
        """The chosen networks; with ``matches`` (core.budget.Match by matched name) the table also shows each
        one's chosen size and its mismatch to the budget (``by``: "params" or "macs")."""
        self.beginResetModel()
        self._entries = list(entries)
        self._matches, self._by = dict(matches or {}), by
        self._rows = self._row_specs()
        self.endResetModel()

    def matches(self) -> dict[str, Any]:
        return dict(self._matches)

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._entries):
                return shown_name(self._entries[section].name)
            return None
        if 0 <= section < len(self._rows):
            return self._rows[section][1]
        return None

    def _text(self, key: str, e: Entry) -> str:
        if key == "size":
            return size_text(e.config)
        if key == "mismatch":
            m = self._matches.get(e.name)
            if m is None:
                return self.tr("the budget: {value}").format(value=f"{e.params if self._by == 'params' else e.macs:,}")
            return f"{m.mismatch_pct:+.1f}%"
        if key == "network":
            return tr_msg(e.title)
        if key == "family":
            return tr_msg(e.family_label)
        if key == "depth":
            return str(e.depth)
        if key == "params":
            return f"{e.params:,} ({e.params_rounded})"
        if key == "paper_params":
            if e.paper_params is None:
                return "—"
            return e.paper_params + (self.tr(" (differs)") if e.disagrees_with_table else "")
        if key == "macs":
            return human(e.macs)
        if key == "param_bytes":
            return human_bytes(e.param_bytes)
        if key == "train_bytes":
            return human_bytes(e.train_bytes(self._batch))
        if key == "connections":
            return f"{e.connections:,}"
        if key == "pattern":
            names = {"chain": self.tr("chain"), "residual": self.tr("residual sum"),
                     "dense": self.tr("dense concatenation"), "fractal": self.tr("fractal (mean joins)")}
            return ", ".join(names.get(p, p) for p in e.patterns)
        value = e.paper_errors.get(key)
        return "—" if value is None else f"{value:.2f}%"

    def _tooltip(self, key: str, e: Entry) -> str | None:
        if key == "mismatch":
            m = self._matches.get(e.name)
            if m is None:
                return self.tr("The current network: every other column is sized to its figure.")
            return self.tr("{value} against {target}. {note}").format(value=f"{m.value:,}", target=f"{m.target:,}",
                                                                      note=tr_msg(m.note))
        if key == "paper_params" and e.note:
            return tr_msg(e.note)
        if key == "connections":
            return self.tr("Links that carry a feature map into a layer H_l or a join, inside the blocks: "
                           "L for a chain, 2L for residual units, L(L+1)/2 for a dense block.")
        if key == "train_bytes":
            return self.tr("What autograd keeps for the backward pass of one training step (float32).")
        if key in COLUMN_HELP:
            return tr_msg(COLUMN_HELP[key]) + (f" — {tr_msg(e.paper_label)}" if e.paper_label else "")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self._entries)):
            return None
        key = self._rows[index.row()][0]
        e = self._entries[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(key, e)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, e)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "paper_params" and e.disagrees_with_table:
                return QBrush(QColor("#b35900"))
            if key == "network":
                return QBrush(QColor(COLOURS[index.column() % len(COLOURS)]))
            if key == "mismatch":
                m = self._matches.get(e.name)
                if m is not None and not m.within_tolerance:
                    return QBrush(QColor("#b35900"))
        return None
