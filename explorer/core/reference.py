"""The paper's CIFAR/SVHN table (Huang et al. 2017, Table 2) as data: test error (%) per column.

Source: ../shared/reference/densenet-study-notes.txt (the project's ground truth). ``None`` is a "-" in
the table. Errors marked * in the paper (the pre-activation ResNet's C10 and C100, run by the DenseNet
authors) are flagged in ``starred``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .messages import M

__all__ = ["COLUMNS", "ReferenceRow", "CIFAR_TABLE", "rows_with", "row_for_preset"]

COLUMNS = ("C10", "C10+", "C100", "C100+", "SVHN")
COLUMN_HELP = {
    "C10": M("column.c10", "CIFAR-10, no augmentation"),
    "C10+": M("column.c10plus", "CIFAR-10 with standard augmentation (translation, mirroring)"),
    "C100": M("column.c100", "CIFAR-100, no augmentation"),
    "C100+": M("column.c100plus", "CIFAR-100 with standard augmentation"),
    "SVHN": M("column.svhn", "Street View House Numbers"),
}


@dataclass(frozen=True)
class ReferenceRow:
    method: str
    depth: int | None
    params_m: float | None  # millions, as printed
    errors: dict[str, float | None]
    preset: str | None = None  # the project's preset for this row, where there is one
    starred: frozenset[str] = field(default_factory=frozenset)

    @property
    def label(self) -> str:
        if not self.depth:
            return self.method
        return M("reference.label", "{method} (L={depth})")(method=self.method, depth=self.depth)


def _row(method, depth, params, c10, c10p, c100, c100p, svhn, preset=None, starred=()):
    errors = dict(zip(COLUMNS, (c10, c10p, c100, c100p, svhn), strict=True))
    return ReferenceRow(method, depth, params, errors, preset, frozenset(starred))


_SD = M("method.resnet_sd", "ResNet with Stochastic Depth")
_WIDE = M("method.wide", "Wide ResNet")
_PREACT = M("method.preact", "ResNet (pre-activation)")

CIFAR_TABLE: tuple[ReferenceRow, ...] = (
    _row("Network in Network", None, None, 10.41, 8.81, 35.68, None, 2.35),
    _row("All-CNN", None, None, 9.08, 7.25, None, 33.71, None),
    _row("Deeply Supervised Net", None, None, 9.69, 7.97, None, 34.57, 1.92),
    _row("Highway Network", None, None, None, 7.72, None, 32.39, None),
    _row("FractalNet", 21, 38.6, 10.18, 5.22, 35.34, 23.30, 2.01, "fractalnet-20"),
    _row(M("method.fractal_drop", "FractalNet with Dropout/Drop-path"), 21, 38.6, 7.33, 4.60, 28.20, 23.73, 1.87),
    _row("ResNet", 110, 1.7, None, 6.61, None, None, None, "resnet-110"),
    _row(M("method.resnet_huang", "ResNet (reported by Huang et al. 2016)"), 110, 1.7, 13.63, 6.41, 44.74, 27.22, 2.01),
    _row(_SD, 110, 1.7, 11.66, 5.23, 37.80, 24.58, 1.75),
    _row(_SD, 1202, 10.2, None, 4.91, None, None, None, "resnet-1202"),
    _row(_WIDE, 16, 11.0, None, 4.81, None, 22.07, None, "wrn-16-8"),
    _row(_WIDE, 28, 36.5, None, 4.17, None, 20.50, None, "wrn-28-10"),
    _row(M("method.wide_dropout", "Wide ResNet with Dropout"), 16, 2.7, None, None, None, None, 1.64),
    _row(_PREACT, 164, 1.7, 11.26, 5.46, 35.58, 24.33, None, "preact-resnet-164",
         starred=("C10", "C100")),
    _row(_PREACT, 1001, 10.2, 10.56, 4.62, 33.47, 22.71, None, "preact-resnet-1001",
         starred=("C10", "C100")),
    _row("DenseNet (k = 12)", 40, 1.0, 7.00, 5.24, 27.55, 24.42, 1.79, "densenet-l40-k12"),
    _row("DenseNet (k = 12)", 100, 7.0, 5.77, 4.10, 23.79, 20.20, 1.67, "densenet-l100-k12"),
    _row("DenseNet (k = 24)", 100, 27.2, 5.83, 3.74, 23.42, 19.25, 1.59, "densenet-l100-k24"),
    _row("DenseNet-BC (k = 12)", 100, 0.8, 5.92, 4.51, 24.15, 22.27, 1.76, "densenet-bc-l100-k12"),
    _row("DenseNet-BC (k = 24)", 250, 15.3, 5.19, 3.62, 19.64, 17.60, 1.74, "densenet-bc-l250-k24"),
    _row("DenseNet-BC (k = 40)", 190, 25.6, None, 3.46, None, 17.18, None, "densenet-bc-l190-k40"),
)


def rows_with(column: str) -> list[ReferenceRow]:
    """Rows that have both a parameter count and an error in ``column`` (plottable)."""
    if column not in COLUMNS:
        raise KeyError(f"{column!r} is not a column of the table: {', '.join(COLUMNS)}")
    return [r for r in CIFAR_TABLE if r.params_m is not None and r.errors[column] is not None]


def row_for_preset(preset: str) -> ReferenceRow | None:
    return next((r for r in CIFAR_TABLE if r.preset == preset), None)
