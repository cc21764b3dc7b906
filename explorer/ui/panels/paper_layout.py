"""The paper plot's points and where their labels go, without Qt (no PySide6 import).

Each method family has its own symbol; only the DenseNet rows (and, on ImageNet, every row) carry a label on
the plot. A label is placed in pixels of the current view: beside its point (right, left, above or below), then
farther out, at the first place inside the view and clear of the other labels, every point and the current
network's line and label; where the full label finds no place its short form is tried, and where that finds
none the label is left off (the point still names its method on hover). Boxes are (x0, y0, x1, y1) in view
coordinates; ``px``/``py`` are a pixel's size in them.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...core.imagenet_reference import ImageNetRow
from ...core.reference import ReferenceRow

__all__ = ["FAMILIES", "IMAGENET_FAMILIES", "SYMBOL_CHARS", "X_PAD", "Y_PAD", "Point", "Box", "family_of",
           "short_label", "shorter_label", "imagenet_family", "label_spot", "marker_label_spot", "points_csv"]

# (family key, symbol, dense): the first family whose name starts a method's name is its family.
FAMILIES: tuple[tuple[str, str, bool], ...] = (
    ("DenseNet-BC", "o", True), ("DenseNet", "o", True), ("Wide ResNet", "h", False),
    ("ResNet (pre-activation)", "t", False), ("ResNet with Stochastic Depth", "d", False), ("ResNet", "s", False),
    ("FractalNet", "p", False),
)
# On ImageNet: the paper's Table 3, torchvision's DenseNet weights, torchvision's ResNets (all labelled).
IMAGENET_FAMILIES: tuple[tuple[str, str, bool], ...] = (
    ("ImageNet DenseNet, paper", "o", True), ("ImageNet DenseNet, torchvision", "d", True),
    ("ImageNet ResNet, torchvision", "s", True),
)
SYMBOL_CHARS = {"o": "●", "h": "⬢", "t": "▼", "d": "◆", "s": "■", "p": "⬟"}  # the legend's drawing of each symbol
X_PAD, Y_PAD = 0.28, 0.45  # around the points: log10 units of parameters, percentage points of error

Box = tuple[float, float, float, float]
View = tuple[tuple[float, float], tuple[float, float]]  # ((x0, x1), (y0, y1)), as pyqtgraph's viewRange()


def family_of(row: ReferenceRow) -> str:
    return next((key for key, _s, _d in FAMILIES if row.method.startswith(key)), "ResNet")


def short_label(row: ReferenceRow) -> str:
    """A DenseNet row on the plot: its depth, growth rate and size (the family is in the colour and legend)."""
    return f"{shorter_label(row)} · {row.params_m:g}M"


def shorter_label(row: ReferenceRow) -> str:
    """The label without the size (which the x axis shows), where the full one finds no free place."""
    k = row.method.split("k = ")[-1].rstrip(")") if "k = " in row.method else "?"
    return f"L={row.depth}, k={k}"


def imagenet_family(row: ImageNetRow) -> str:
    if row.family == "ResNet":
        return "ImageNet ResNet, torchvision"
    return "ImageNet DenseNet, paper" if row.source == "paper" else "ImageNet DenseNet, torchvision"


@dataclass
class Point:
    """One plotted method: where it is, its family, its labels (full and short) and its hover text."""

    row: Any  # ReferenceRow (CIFAR/SVHN) or ImageNetRow
    family: str
    x: float  # log10 of millions of parameters
    y: float  # error, %
    labelled: bool
    full: str = ""
    short: str = ""
    tip: str = ""
    starred: bool = False


def _candidates() -> tuple[tuple[float, float, float, float], ...]:
    """Where a label may go, nearest first: (dx in pixels, dy in label heights, anchor x, anchor y). Beside the
    point, above or below it, then farther out in both directions (joined to the point by a leader line)."""
    near = [(9, 0, 0, 0.5), (-9, 0, 1, 0.5), (0, 0.45, 0.5, 1), (0, -0.45, 0.5, 0)]
    far = [(dx * side, sign * step * 0.55, 0 if side > 0 else 1, 0.5)
           for step in range(0, 13) for sign in (1, -1) for dx in (9, 28, 56, 96) for side in (1, -1)
           if (step, dx) != (0, 9)]
    far += [(0, sign * (0.45 + step * 0.55), 0.5, 1 if sign > 0 else 0) for step in range(1, 8) for sign in (1, -1)]
    far.sort(key=lambda c: math.hypot(c[0], c[1] * 14))  # a label is about 14 px high
    seen: set[tuple[float, float, float, float]] = set()
    return tuple(c for c in near + far if not (c in seen or seen.add(c)))


CANDIDATES = _candidates()


def inside(box: Box, view: View, px: float, py: float) -> bool:
    (vx0, vx1), (vy0, vy1) = view
    return box[0] >= vx0 + 2 * px and box[2] <= vx1 - 2 * px and box[1] >= vy0 + py and box[3] <= vy1 - py


def overlap(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def label_spot(x0: float, y0: float, w_px: float, h_px: float, obstacles: Sequence[Box], view: View,
               px: float, py: float) -> tuple[float, float, float, float, Box] | None:
    """The first free place for a label ``w_px`` × ``h_px`` pixels of the point (x0, y0): (x, y, anchor x,
    anchor y, its box), or None."""
    w, h = w_px * px, h_px * py
    for dx, dy, ax, ay in CANDIDATES:
        x, y = x0 + dx * px, y0 + dy * h_px * py
        box = (x - ax * w, y - (1 - ay) * h, x + (1 - ax) * w, y + ay * h)
        if inside(box, view, px, py) and not any(overlap(box, o) for o in obstacles):
            return x, y, ax, ay, box
    return None


def leader_end(x0: float, y0: float, box: Box, px: float, py: float) -> tuple[float, float] | None:
    """Where the thin line from a point to its moved label ends (None: the label is beside its point)."""
    near = (min(max(x0, box[0]), box[2]), min(max(y0, box[1]), box[3]))
    return near if abs(near[0] - x0) > 12 * px or abs(near[1] - y0) > 12 * py else None


def marker_label_spot(x: float, w_px: float, h_px: float, obstacles: Sequence[Box], view: View,
                      px: float, py: float) -> tuple[int, float, Box]:
    """The current network's label near the top of its line at x, on a side where it fits, clear of the
    points: (side: 1 right or -1 left, its top, its box)."""
    (vx0, vx1), (_vy0, vy1) = view
    w, h = w_px * px, h_px * py
    sides = (1, -1) if x + 4 * px + w <= vx1 - 2 * px or x - 4 * px - w < vx0 else (-1, 1)
    first = None
    for step in range(0, 12):
        top = vy1 - 2 * py - step * h / 2
        for side in sides:
            box = (x + 4 * px, top - h, x + 4 * px + w, top) if side > 0 else (x - 4 * px - w, top - h, x - 4 * px, top)
            first = first or (side, top, box)
            if inside(box, view, px, py) and not any(overlap(box, o) for o in obstacles):
                return side, top, box
    return first


def points_csv(points: Sequence[Point], column: str) -> str:
    """The plotted points as a table: method, family, source, parameters, error, whether labelled."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["method", "family", "source", "parameters_millions", f"error_percent_{column}", "labelled"])
    for p in points:
        source = getattr(p.row, "source", "Huang et al. 2017, Table 2")
        source = {"paper": "Huang et al. 2017, Table 3", "torchvision": "torchvision weights"}.get(source, source)
        method = p.row.method if isinstance(p.row, ImageNetRow) else p.row.label
        w.writerow([method, p.family, source, f"{p.row.params_m:g}", f"{p.y:g}", int(p.labelled)])
    return buf.getvalue()
