"""Growable numeric series and their min/max envelope: what the live plots draw from, at any run length.

A training run adds one loss per batch: 234,600 for 300 CIFAR epochs, a million for a long one. A Python list
copied into the plot at every 10-Hz tick makes each tick cost more than the last. Here:

- ``Series`` keeps the values in a numpy buffer that doubles when full (amortised O(1) per value) and hands out
  views of the filled part, never copies. It is append-only, so a view, once taken, never changes.
- ``PeakPyramid`` keeps, for every power of two 2**k, the min and max of each run of 2**k values, updated only
  for the values added since the last look (O(new values + levels) per update). A query for a range of values and
  a pixel width picks the level with at most ``width`` buckets in the range and returns two points per bucket
  (its max and its min), so the drawn curve never loses a peak and never has more than ``2 * width + 3`` points,
  whether the series has a hundred values or a million.

numpy only: no torch, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

import numpy as np

__all__ = ["Series", "PeakPyramid", "visible_range", "MIN_CAPACITY"]

MIN_CAPACITY = 64


class Series(Sequence):
    """An append-only sequence of float64 values in a numpy buffer that grows by doubling.

    It reads like a list (``len``, indexing, iteration, ``==`` against any sequence of numbers gives one bool)
    and ``view()`` gives the filled part as a numpy array without copying."""

    __slots__ = ("_buf", "_n", "_peaks")

    def __init__(self, values: Iterable[float] | None = None) -> None:
        self._buf = np.empty(MIN_CAPACITY, dtype=np.float64)
        self._n = 0
        self._peaks: PeakPyramid | None = None
        if values is not None:
            self.extend(values)

    # -- growing ---------------------------------------------------------------------------------------------

    def _reserve(self, n: int) -> None:
        if n <= len(self._buf):
            return
        cap = len(self._buf)
        while cap < n:
            cap *= 2
        buf = np.empty(cap, dtype=np.float64)
        buf[: self._n] = self._buf[: self._n]
        self._buf = buf  # views handed out before keep the old buffer: their values never change

    def append(self, value: float) -> None:
        if self._n == len(self._buf):
            self._reserve(self._n + 1)
        self._buf[self._n] = value
        self._n += 1

    def extend(self, values: Iterable[float]) -> None:
        arr = np.asarray(values if isinstance(values, np.ndarray | Series) else list(values), dtype=np.float64)
        arr = arr.reshape(-1)
        self._reserve(self._n + len(arr))
        self._buf[self._n: self._n + len(arr)] = arr
        self._n += len(arr)

    # -- reading ---------------------------------------------------------------------------------------------

    def view(self) -> np.ndarray:
        """The values so far, as a read-only numpy view (no copy)."""
        v = self._buf[: self._n]
        v.flags.writeable = False
        return v

    def peaks(self) -> PeakPyramid:
        """This series' min/max pyramid, brought up to date with the values added since it was last asked for."""
        if self._peaks is None:
            self._peaks = PeakPyramid()
        self._peaks.update(self.view())
        return self._peaks

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> np.ndarray:
        v = self._buf[: self._n]
        if dtype is not None and np.dtype(dtype) != v.dtype:
            return v.astype(dtype)
        return v.copy() if copy else v

    def __len__(self) -> int:
        return self._n

    @overload
    def __getitem__(self, i: int) -> float: ...

    @overload
    def __getitem__(self, i: slice) -> np.ndarray: ...

    def __getitem__(self, i: int | slice) -> float | np.ndarray:
        if isinstance(i, slice):
            return self.view()[i]
        if not -self._n <= i < self._n:
            raise IndexError(f"series index {i} out of range (it holds {self._n} values)")
        return float(self._buf[i % self._n])

    def __iter__(self) -> Iterator[float]:
        return iter(self.view().tolist())

    def _filled(self) -> np.ndarray:
        return self._buf[: self._n]

    def _truncate(self, n: int) -> None:
        """Forget the values from ``n`` on (the pyramid rewrites its last buckets; a plain Series only grows)."""
        self._n = min(max(int(n), 0), self._n)

    def tolist(self) -> list[float]:
        return self.view().tolist()

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence of the same numbers (as a list is), one bool, not numpy's element-wise array."""
        if isinstance(other, np.ndarray | Series):
            other_arr = np.asarray(other)
            return other_arr.shape == (self._n,) and bool(np.array_equal(self.view(), other_arr))
        if isinstance(other, Sequence) and not isinstance(other, str | bytes):
            return len(other) == self._n and all(a == b for a, b in zip(self.tolist(), other, strict=True))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        head = ", ".join(f"{v:g}" for v in self.view()[:6].tolist())
        return f"Series([{head}{', ...' if self._n > 6 else ''}], n={self._n})"


class PeakPyramid:
    """Min and max of every aligned run of 2**k values, k = 1, 2, ...; NaN values are ignored (a bucket of only
    NaN is NaN). Fed the whole series each time (``update(values)``), it works only on what was added."""

    def __init__(self) -> None:
        self.n = 0  # values seen
        self.lo: list[Series] = []  # lo[k-1][i] = nanmin(values[i * 2**k : (i + 1) * 2**k])
        self.hi: list[Series] = []

    def update(self, values: np.ndarray) -> None:
        n = len(values)
        if n < self.n:
            raise ValueError(f"a series only grows: it had {self.n} values, now {n}")
        if n == self.n:
            return
        old, self.n = self.n, n
        child_lo = child_hi = np.asarray(values, dtype=np.float64)  # level 0: the values themselves
        k = 0
        while True:
            k += 1
            if len(self.lo) < k:
                self.lo.append(Series())
                self.hi.append(Series())
            lo, hi = self.lo[k - 1], self.hi[k - 1]
            first = min(old >> k, len(lo))  # the first bucket that changed holds the first new value
            c_lo, c_hi = child_lo[2 * first:], child_hi[2 * first:]
            if len(c_lo) % 2:  # the last bucket is partial: its one child is its min and max
                c_lo, c_hi = np.append(c_lo, c_lo[-1]), np.append(c_hi, c_hi[-1])
            lo._truncate(first)  # the changed buckets are written again
            hi._truncate(first)
            lo.extend(np.fmin(c_lo[0::2], c_lo[1::2]))
            hi.extend(np.fmax(c_hi[0::2], c_hi[1::2]))
            if len(lo) <= 1:
                break
            child_lo, child_hi = lo._filled(), hi._filled()

    def level_for(self, count: int, width: int) -> int:
        """The smallest level k whose buckets of 2**k values cover ``count`` values in at most ``width`` of them
        (plus the two a range's unaligned ends can add)."""
        width = max(int(width), 1)
        k = 0
        while (count + (1 << k) - 1) >> k > width:
            k += 1
        return min(k, len(self.lo))

    def envelope(self, x: np.ndarray, y: np.ndarray, i0: int, i1: int, width: int) -> tuple[np.ndarray, np.ndarray]:
        """Points to draw for values ``i0:i1`` of (x, y) on ``width`` pixels: the values themselves where they
        fit, else two per bucket (max then min at the bucket's first x), then the last value of the range, so the
        curve ends where the data does and its min/max are the data's."""
        i0, i1 = max(int(i0), 0), min(int(i1), self.n)
        if i1 <= i0:
            return x[:0], y[:0]
        count = i1 - i0
        if count <= 2 * width:
            return x[i0:i1], y[i0:i1]
        k = self.level_for(count, width)
        if k == 0:
            return x[i0:i1], y[i0:i1]
        b0, b1 = i0 >> k, ((i1 - 1) >> k) + 1
        lo = self.lo[k - 1].view()[b0:b1].copy()
        hi = self.hi[k - 1].view()[b0:b1].copy()
        size = 1 << k
        for j, (a, b) in ((0, (i0, min((b0 + 1) * size, i1))), (-1, (max((b1 - 1) * size, i0), i1))):
            part = y[a:b]  # a bucket the range cuts: its own values only, so nothing beyond the range is drawn
            lo[j], hi[j] = np.fmin.reduce(part), np.fmax.reduce(part)
        m = b1 - b0
        px = np.empty(2 * m + 1)
        py = np.empty(2 * m + 1)
        starts = x[np.arange(b0, b1) * size]
        starts[0] = x[i0]
        px[0:-1:2] = starts
        px[1:-1:2] = starts
        py[0:-1:2] = hi
        py[1:-1:2] = lo
        px[-1], py[-1] = x[i1 - 1], y[i1 - 1]
        return px, py


def visible_range(x: np.ndarray, left: float, right: float) -> tuple[int, int]:
    """Indices ``i0:i1`` of an increasing ``x`` that a view from ``left`` to ``right`` shows, with one value
    beyond each edge so that the curve runs to the edges."""
    n = len(x)
    i0 = int(np.searchsorted(x, left, side="left")) - 1
    i1 = int(np.searchsorted(x, right, side="right")) + 1
    return max(i0, 0), min(max(i1, 0), n)
