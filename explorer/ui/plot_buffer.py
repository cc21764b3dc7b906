"""A live curve that costs the same per tick at a million points as at a hundred.

``PeakCurve`` binds one pyqtgraph ``PlotDataItem`` to an (x, y) pair of ``Series`` and gives it only what the
view can show: the visible range (clip to view) reduced to two points per pixel column, each column's max and
min (``PeakPyramid.envelope``), so no peak is lost. The pyramid is updated for the new values only, so a tick is
O(new values + view width), not O(run length) as pyqtgraph's own ``autoDownsample`` + ``clipToView`` are (they
re-read the whole array on every ``setData``: bounds, finiteness, the decimation). It draws again only when new
values arrived, the visible range moved or the view was resized.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg

from ..core.series import Series, visible_range

__all__ = ["PeakCurve", "MIN_WIDTH_PX"]

MIN_WIDTH_PX = 200  # columns assumed before the view has a size (not yet shown)


class PeakCurve:
    """Feeds ``item`` (already in a plot) from Series ``x`` (increasing) and ``y``; call ``refresh()`` on a tick."""

    def __init__(self, item: pg.PlotDataItem) -> None:
        self.item = item
        self.x: Series | None = None
        self.y: Series | None = None
        self._drawn: tuple[Any, ...] | None = None
        self.draws = 0  # setData calls made: a tick with nothing new makes none
        item.setDownsampling(auto=False)  # the envelope is already per pixel: pyqtgraph's own pass would re-read
        item.setClipToView(False)  # the whole array at every setData
        self._view: pg.ViewBox | None = None
        self._connect()

    def _connect(self) -> None:
        view = self.item.getViewBox()
        if view is None or view is self._view:
            return
        self._disconnect()
        self._view = view
        view.sigXRangeChanged.connect(self._on_view_changed)
        view.sigResized.connect(self._on_view_changed)

    def _disconnect(self) -> None:
        if self._view is None:
            return
        for signal in (self._view.sigXRangeChanged, self._view.sigResized):
            try:
                signal.disconnect(self._on_view_changed)
            except (RuntimeError, TypeError):  # already gone with the view
                pass
        self._view = None

    def detach(self) -> None:
        """Stop following the view (the item is being removed)."""
        self._disconnect()
        self.x = self.y = None

    def set_series(self, x: Series, y: Series) -> None:
        """Draw these series from now on (the same ones again: only what is new)."""
        if x is not self.x or y is not self.y:
            self.x, self.y = x, y
            self._drawn = None
        self.refresh()

    def _on_view_changed(self, *_args: Any) -> None:
        self.refresh()

    def _range(self, xs, n: int) -> tuple[int, int, int]:
        """(first, end, pixel width) of what the view shows."""
        view = self._view
        if view is None:
            return 0, n, MIN_WIDTH_PX
        width = int(view.width()) if view.width() >= 1 else MIN_WIDTH_PX
        if view.autoRangeEnabled()[0]:  # the view follows the data: all of it is shown
            return 0, n, width
        left, right = view.viewRange()[0]
        i0, i1 = visible_range(xs, left, right)
        return i0, i1, width

    def refresh(self, force: bool = False) -> bool:
        """Draw what is new, if anything; True when the curve was given new points."""
        self._connect()
        if self.x is None or self.y is None:
            return False
        n = min(len(self.x), len(self.y))
        xs, ys = self.x.view()[:n], self.y.view()[:n]
        i0, i1, width = self._range(xs, n)
        key = (i0, i1, width)  # values past the view's right edge change nothing drawn
        if not force and key == self._drawn:
            return False
        self._drawn = key
        if n == 0:
            self.item.setData([], [])
        else:
            px, py = self.y.peaks().envelope(xs, ys, i0, i1, width)
            self.item.setData(px, py)
        self.draws += 1
        return True

    def shown_points(self) -> int:
        """How many points the curve draws now."""
        x, _y = self.item.getData()
        return 0 if x is None else len(x)
