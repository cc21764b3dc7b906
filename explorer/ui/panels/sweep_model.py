"""The Sweep panel's model: the grid typed as rows read into a SweepSpec, every grid point's figures (the
ledger's parameters and multiply-adds, the trials' mean and std accuracy), the plot series, the ETA, and the
sortable table over them.

Everything but the table model is Qt-free arithmetic on explorer.core.sweeps; the grid's parameters come
from the ledger alone (instant), so the table lists every point before any trial has finished.
"""

from __future__ import annotations

import json
import math
import time
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from ...core.config import ConfigError, config_to_dict
from ...core.format import human
from ...core.sweeps import SweepSpec, TrialResult, parse_axis, summarize
from ..messages import field_label

__all__ = ["SIZE_FIELDS", "PointRow", "Series", "read_axes", "make_spec", "point_rows", "series_of",
           "point_label", "trial_tip", "SweepClock", "SweepTableModel", "fitted_base"]

# Axes that change a network's size along one architecture (Figure 3 and 4 of the paper draw one line per
# architecture through its sizes): they run along a series; every other axis (family, bottleneck, θ, the
# learning rate, ...) makes series of its own.
SIZE_FIELDS = frozenset({"growth_rate", "depth", "width", "widen_factor", "columns", "bn_size"})


def fitted_base(config: Any, dataset: str) -> dict:
    """The base network fitted to the dataset's images (channels, size, classes), as a config dict."""
    from ...core.data import apply_dataset, dataset_shape

    return config_to_dict(apply_dataset(config, dataset_shape(dataset)))


def read_axes(rows: list[tuple[str, str]]) -> tuple[list[Any], dict[int, ConfigError]]:
    """Each row's (field, text) read as an Axis; rows whose text does not read are returned by index with
    the core's error (naming the field and the valid form). Empty rows are skipped."""
    axes, errors = [], {}
    for i, (name, text) in enumerate(rows):
        if not text.strip():
            continue
        try:
            axes.append(parse_axis(name, text))
        except ConfigError as exc:
            errors[i] = exc
    return axes, errors


def make_spec(base_config: dict, axes: list[Any], dataset: str, epochs: int, max_batches: int,
              seeds: int) -> SweepSpec:
    """The sweep, every point checked (ConfigError names the field and the invalid combination)."""
    settings: dict[str, Any] = {"epochs": int(epochs)}
    if max_batches > 0:
        settings["max_batches"] = int(max_batches)
    spec = SweepSpec(base_config, tuple(axes), dataset, settings, int(seeds))
    spec.validate()
    return spec


def _key(point: dict) -> str:
    return json.dumps(point, sort_keys=True)


@dataclass
class PointRow:
    """One grid point as the table shows it."""

    point: dict
    params: int
    macs: int
    n: int  # complete trials
    acc_mean: float  # nan until a trial is complete
    acc_std: float
    seconds: float  # mean seconds of a complete trial (nan before)
    trials: list = field(default_factory=list)  # its TrialResults


def point_rows(spec: SweepSpec, results: list[TrialResult],
               figures: list[tuple[int, int]] | None = None) -> list[PointRow]:
    """Every point of the grid in the spec's order, with the ledger's figures and what its trials reached."""
    by_point = {_key(s.point): s for s in summarize(results)}
    figures = figures if figures is not None else spec.figures()
    rows = []
    for point, (params, macs) in zip(spec.points(), figures):
        s = by_point.get(_key(point))
        if s is None:
            rows.append(PointRow(dict(point), params, macs, 0, math.nan, math.nan, math.nan))
        else:
            rows.append(PointRow(dict(point), params, macs, s.n, s.acc_mean, s.acc_std, s.seconds_mean,
                                 list(s.trials)))
    return rows


def point_label(point: dict) -> str:
    """"growth_rate=12, lr=0.1", the fields named as the window's language names them."""
    return ", ".join(f"{field_label(k)}={v}" for k, v in point.items())


def state_text(state: str) -> str:
    """A trial's state in the window's language."""
    return {"complete": QCoreApplication.translate("SweepTableModel", "complete"),
            "running": QCoreApplication.translate("SweepTableModel", "running"),
            "failed": QCoreApplication.translate("SweepTableModel", "failed"),
            "waiting": QCoreApplication.translate("SweepTableModel", "waiting")}.get(state, state)


def trial_tip(t: TrialResult, params: int, macs: int) -> str:
    """What hovering a trial's dot says: its config, seed and accuracy."""
    acc = "—" if t.accuracy is None else f"{t.accuracy:.2%}"
    seed = QCoreApplication.translate("SweepTableModel", "seed {seed} · accuracy {acc}")
    size = QCoreApplication.translate("SweepTableModel", "parameters {params} · multiply-adds {macs}")
    return "\n".join((point_label(t.point), seed.format(seed=t.seed, acc=acc),
                      size.format(params=human(params), macs=human(macs))))


@dataclass
class Series:
    """One line of the plots: the points sharing the non-size axes' values, ordered by parameters."""

    label: str
    rows: list  # PointRow, sorted by params


def series_of(spec: SweepSpec, rows: list[PointRow]) -> list[Series]:
    """Group the points by the values of the axes that are not size axes (one series when there are none)."""
    group_fields = [a.field for a in spec.axes if a.field not in SIZE_FIELDS]
    groups: dict[str, list[PointRow]] = {}
    for row in rows:
        label = point_label({k: row.point[k] for k in group_fields}) if group_fields else ""
        groups.setdefault(label, []).append(row)
    return [Series(label, sorted(g, key=lambda r: (r.params, r.macs))) for label, g in groups.items()]


class SweepClock:
    """Progress and ETA of a running sweep: trials finished in this session plus the running trials'
    fractions, over the time since the start (so that several workers count together)."""

    def __init__(self, complete: int, total: int, now: float | None = None) -> None:
        self.start = time.monotonic() if now is None else now
        self.complete_at_start = complete
        self.complete = complete
        self.total = total
        self.partial: dict[int, float] = {}  # running trial number -> fraction done

    def trial_done(self, number: int, complete: bool) -> None:
        self.partial.pop(number, None)
        if complete:
            self.complete = min(self.total, self.complete + 1)

    def progress(self, info: dict) -> None:
        epochs, batches = max(1, int(info.get("epochs") or 1)), max(1, int(info.get("batches") or 1))
        epoch, batch = int(info.get("epoch") or 1), int(info.get("batch") or 0)
        frac = ((epoch - 1) + min(batch, batches) / batches) / epochs
        self.partial[int(info.get("trial", -1))] = max(0.0, min(frac, 0.999))

    def eta(self, now: float | None = None) -> float | None:
        """Seconds left, or None before anything has moved."""
        now = time.monotonic() if now is None else now
        done = (self.complete - self.complete_at_start) + sum(self.partial.values())
        if done <= 0 or now <= self.start:
            return None
        left = max(0.0, (self.total - self.complete) - sum(self.partial.values()))
        return left * (now - self.start) / done


def _num(v: float) -> float:
    return -math.inf if v is None or (isinstance(v, float) and math.isnan(v)) else v


class SweepTableModel(QAbstractTableModel):
    """A row per grid point: its axes' values, parameters, multiply-adds, mean and std accuracy, trials done,
    mean seconds per trial. Numbers are right-aligned; a point's row tooltip lists its trials."""

    FIGURES = ("params", "macs", "mean", "std", "n", "time")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.fields: list[str] = []
        self.rows: list[PointRow] = []
        self.seeds = 1
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._titles = self._figure_titles()

    def _figure_titles(self) -> dict[str, str]:
        return {"params": self.tr("Parameters"), "macs": self.tr("Multiply-adds"),
                "mean": self.tr("Mean accuracy"), "std": self.tr("Std"), "n": self.tr("Trials"),
                "time": self.tr("Seconds/trial")}

    def retranslate(self) -> None:
        self._titles = self._figure_titles()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, self.columnCount() - 1))

    def set_rows(self, fields: list[str], rows: list[PointRow], seeds: int) -> None:
        self.beginResetModel()
        self.fields, self.rows, self.seeds = list(fields), list(rows), seeds
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def _column(self, col: int) -> str:
        return self.fields[col] if col < len(self.fields) else self.FIGURES[col - len(self.fields)]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.fields) + len(self.FIGURES)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if 0 <= section < len(self.rows) else None
        if not 0 <= section < self.columnCount():
            return None
        key = self._column(section)
        return field_label(key) if section < len(self.fields) else self._titles[key]

    def value(self, row: PointRow, key: str) -> Any:
        """The cell's value for sorting (numbers as numbers)."""
        if key in row.point:
            return row.point[key]
        return {"params": row.params, "macs": row.macs, "mean": row.acc_mean, "std": row.acc_std, "n": row.n,
                "time": row.seconds}[key]

    def text(self, row: PointRow, key: str) -> str:
        if key in row.point:
            return str(row.point[key])
        if key == "params":
            return f"{row.params:,}"
        if key == "macs":
            return human(row.macs)
        if key in ("mean", "std", "time"):
            v = self.value(row, key)
            if v is None or math.isnan(v):
                return "—"
            return f"{v:.1f}" if key == "time" else f"{v:.2%}"
        return f"{row.n}/{self.seeds}"

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)) or not (
                0 <= index.column() < self.columnCount()):
            return None
        row, key = self.rows[index.row()], self._column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [point_label(row.point)]
            for t in row.trials:
                acc = "—" if t.accuracy is None else f"{t.accuracy:.2%}"
                lines.append(self.tr("trial {n}, seed {seed}: {state}, {acc}").format(
                    n=t.number, seed=t.seed, state=state_text(t.state), acc=acc))
            return "\n".join(lines)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        if column >= self.columnCount():
            self._sort = None
            return
        key = self._column(column)

        def k(r: PointRow) -> tuple:
            v = self.value(r, key)
            return (0, _num(v), "") if isinstance(v, (int, float)) else (1, 0, str(v))

        self.rows.sort(key=k, reverse=order == Qt.SortOrder.DescendingOrder)
