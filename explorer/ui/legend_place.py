"""A plot's legend in the corner its curves leave free, so that it never hides the data.

pyqtgraph pins a legend to one corner of the view; a loss curve falls from the top left, an accuracy curve
rises to the top right, so any fixed corner sits on some curve. ``place_legend`` counts, for each corner, the
curve points (and points sampled along the lines between them) that the legend would cover at the current
view range, and moves the legend to the emptiest corner (top right first on a tie). ``follow`` does it again
whenever the view is resized or re-ranged.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

__all__ = ["CORNERS", "place_legend", "follow", "covered_points"]

MARGIN = 8.0  # pixels between the legend and the view's edge
# (item/parent anchor, offset direction) per corner, in the order preferred on a tie.
CORNERS = {"top-right": ((1, 0), (-1, 1)), "top-left": ((0, 0), (1, 1)),
           "bottom-right": ((1, 1), (-1, -1)), "bottom-left": ((0, 1), (1, -1))}
MAX_POINTS = 4000  # a long per-batch curve is sampled down to this many points for the count


def _scene_points(plot: pg.PlotItem) -> np.ndarray:
    """Every data item's points (and 6 points along each segment) in the view box's pixel coordinates."""
    vb = plot.getViewBox()
    (x0, x1), (y0, y1) = vb.viewRange()
    rect = vb.boundingRect()
    if x1 == x0 or y1 == y0 or rect.width() <= 0 or rect.height() <= 0:
        return np.zeros((0, 2))
    chunks = []
    for item in plot.listDataItems():
        if not item.isVisible():
            continue
        xs, ys = item.getData()
        if xs is None or ys is None or len(xs) == 0:
            continue
        xs, ys = np.asarray(xs, dtype=float), np.asarray(ys, dtype=float)  # (log-mapped already, if log axes)
        if len(xs) > MAX_POINTS:
            step = int(np.ceil(len(xs) / MAX_POINTS))
            xs, ys = xs[::step], ys[::step]
        if len(xs) > 1:  # the lines between the points, not only the markers
            t = np.linspace(0.0, 1.0, 7)[:-1]
            xs = (xs[:-1, None] + (xs[1:, None] - xs[:-1, None]) * t).ravel()
            ys = (ys[:-1, None] + (ys[1:, None] - ys[:-1, None]) * t).ravel()
        px = (xs - x0) / (x1 - x0) * rect.width()
        py = (y1 - ys) / (y1 - y0) * rect.height()
        ok = np.isfinite(px) & np.isfinite(py)
        chunks.append(np.stack([px[ok], py[ok]], axis=1))
    return np.concatenate(chunks) if chunks else np.zeros((0, 2))


def _corner_rect(corner: str, view: QRectF, width: float, height: float) -> QRectF:
    (ax, ay), _ = CORNERS[corner]
    x = view.width() - width - MARGIN if ax == 1 else MARGIN
    y = view.height() - height - MARGIN if ay == 1 else MARGIN
    return QRectF(x, y, width, height)


def covered_points(plot: pg.PlotItem, corner: str | None = None) -> int:
    """How many curve points the legend covers (where it is now, or at ``corner``)."""
    legend = plot.legend
    if legend is None:
        return 0
    pts = _scene_points(plot)
    rect = _corner_rect(corner or getattr(legend, "corner", "top-right"), plot.getViewBox().boundingRect(),
                        legend.boundingRect().width(), legend.boundingRect().height())
    inside = ((pts[:, 0] >= rect.left()) & (pts[:, 0] <= rect.right()) & (pts[:, 1] >= rect.top())
              & (pts[:, 1] <= rect.bottom()))
    return int(inside.sum())


def place_legend(plot: pg.PlotItem) -> str | None:
    """Move the legend to the corner covering the fewest curve points; returns the corner chosen."""
    legend = plot.legend
    if legend is None:
        return None
    counts = {corner: covered_points(plot, corner) for corner in CORNERS}
    best = min(CORNERS, key=lambda c: counts[c])  # dicts keep order: top right wins a tie
    if getattr(legend, "corner", None) != best:
        (ax, ay), (dx, dy) = CORNERS[best]
        legend.anchor(itemPos=(ax, ay), parentPos=(ax, ay), offset=(dx * MARGIN, dy * MARGIN))
        legend.corner = best
    return best


def follow(plot: pg.PlotItem) -> None:
    """Place the legend now and whenever the view is resized or its range changes."""
    vb = plot.getViewBox()
    vb.sigResized.connect(lambda *_a: place_legend(plot))
    vb.sigRangeChanged.connect(lambda *_a: place_legend(plot))
    place_legend(plot)
