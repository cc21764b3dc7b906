"""Series (a growable numpy buffer) and PeakPyramid (its min/max envelope), without Qt or torch."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from explorer.core.series import MIN_CAPACITY, PeakPyramid, Series, visible_range

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)
value = st.one_of(finite, st.just(float("nan")), st.just(float("inf")))


def test_imports_neither_qt_nor_torch():
    code = ("import sys; import explorer.core.series; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'shiboken6', 'pyqtgraph', 'torch'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.strip() == "[]"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(finite.map(lambda v: [v]), st.lists(finite, max_size=300)), max_size=30))
def test_a_series_holds_what_was_added_like_a_list(chunks):
    s, ref = Series(), []
    for chunk in chunks:
        if len(chunk) == 1:
            s.append(chunk[0])
        else:
            s.extend(chunk)
        ref += chunk
    assert len(s) == len(ref) and s == ref and list(s) == ref and s.tolist() == ref
    assert ref == s  # from the list's side too (one bool, not an element-wise array)
    assert np.array_equal(s.view(), np.array(ref, dtype=float).reshape(-1))
    if ref:
        assert s[-1] == ref[-1] and s[0] == ref[0]
    assert s != ref + [1.0]


def test_capacity_doubles_and_views_taken_before_keep_their_values():
    s = Series(range(MIN_CAPACITY))
    before = s.view()
    assert before.flags.writeable is False
    grows = []
    for i in range(10 * MIN_CAPACITY):
        cap = len(s._buf)
        s.append(float(i))
        if len(s._buf) != cap:
            grows.append(len(s._buf))
    assert grows == [2 * MIN_CAPACITY, 4 * MIN_CAPACITY, 8 * MIN_CAPACITY, 16 * MIN_CAPACITY]  # amortised O(1)
    assert before.tolist() == list(map(float, range(MIN_CAPACITY)))  # an old view is not overwritten
    with pytest.raises(IndexError, match="holds 704 values"):
        s[704]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(value, max_size=400), min_size=1, max_size=8))
def test_every_level_of_the_pyramid_is_the_min_and_max_of_its_buckets(chunks):
    s = Series()
    for chunk in chunks:  # updated chunk by chunk: only the new values are worked on
        s.extend(chunk)
        pyramid = s.peaks()
        y = s.view()
        assert pyramid.n == len(y)
        for k, (lo, hi) in enumerate(zip(pyramid.lo, pyramid.hi, strict=True), start=1):
            size = 1 << k
            expect = [(np.fmin.reduce(y[i:i + size]), np.fmax.reduce(y[i:i + size])) for i in range(0, len(y), size)]
            assert np.array_equal(lo.view(), [e[0] for e in expect], equal_nan=True)
            assert np.array_equal(hi.view(), [e[1] for e in expect], equal_nan=True)
        if pyramid.lo:
            assert len(pyramid.lo[-1]) == 1  # the top bucket holds everything


@settings(max_examples=120, deadline=None)
@given(n=st.integers(1, 5000), width=st.integers(1, 700), data=st.data())
def test_the_envelope_is_bounded_by_the_width_and_keeps_every_extreme(n, width, data):
    rng = np.random.default_rng(data.draw(st.integers(0, 2**32 - 1)))
    x = np.cumsum(rng.uniform(0.001, 1.0, n))
    y = rng.normal(size=n)
    spike = data.draw(st.integers(0, n - 1))
    y[spike] = 50.0  # one batch's loss jumps: the curve must show it at any zoom that contains it
    i0 = data.draw(st.integers(0, n - 1))
    i1 = data.draw(st.integers(i0 + 1, n))
    pyramid = PeakPyramid()
    pyramid.update(y)
    px, py = pyramid.envelope(x, y, i0, i1, width)
    assert len(px) == len(py) <= max(2 * width + 3, 1)
    part = y[i0:i1]
    assert py.max() == part.max() and py.min() == part.min()  # nothing lost, nothing from outside the range
    assert px[0] == x[i0] and px[-1] == x[i1 - 1] and np.all(np.diff(px) >= 0)
    if i1 - i0 <= 2 * width:  # where the values fit they are drawn as they are
        assert np.array_equal(px, x[i0:i1]) and np.array_equal(py, part)


def test_a_million_values_draw_as_a_few_hundred_points_with_the_peaks():
    n = 1_000_000
    x = Series(np.arange(n) / 782)
    y = Series(np.abs(np.random.default_rng(1).normal(size=n)))
    y._buf[123_457] = 40.0  # one spike, one dip, far from any bucket edge at the top levels
    y._buf[876_543] = -5.0
    for step in range(3):  # the series grows between looks; the pyramid follows
        y.extend([1.0] * 10)
        x.extend(np.arange(n + 10 * step, n + 10 * (step + 1)) / 782)
        px, py = y.peaks().envelope(x.view(), y.view(), 0, len(y), 400)
        assert len(px) <= 2 * 400 + 3 and py.max() == 40.0 and py.min() == -5.0 and px[-1] == x[-1]


def test_nan_buckets_and_a_series_that_shrinks():
    pyramid = PeakPyramid()
    pyramid.update(np.array([np.nan, np.nan, 1.0, np.nan]))
    assert np.isnan(pyramid.lo[0][0]) and pyramid.lo[0][1] == 1.0 and pyramid.hi[1][0] == 1.0
    with pytest.raises(ValueError, match="only grows"):
        pyramid.update(np.array([1.0]))


def test_the_visible_range_reaches_one_value_past_each_edge():
    x = np.arange(10.0)
    assert visible_range(x, 2.5, 6.5) == (2, 8)
    assert visible_range(x, -5, 100) == (0, 10)
    assert visible_range(x, 20, 30) == (9, 10)
