"""The paper plot's label placement without Qt: a label goes beside its point where that is free, farther out
where it is not, never outside the view or over an obstacle, and nowhere where no place is free."""

import subprocess
import sys

from explorer.ui.panels.paper_layout import inside, label_spot, leader_end, marker_label_spot, overlap

VIEW = ((0.0, 100.0), (0.0, 100.0))  # one unit a pixel


def test_the_layout_imports_no_qt():
    code = "import sys, explorer.ui.panels.paper_layout; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_a_label_goes_right_of_its_point_when_that_is_free():
    x, y, ax, ay, box = label_spot(50, 50, 20, 10, [], VIEW, 1, 1)
    assert (ax, ay) == (0, 0.5) and box[0] > 50 and inside(box, VIEW, 1, 1)
    assert leader_end(50, 50, box, 1, 1) is None  # beside its point: no leader line


def test_a_label_moves_round_obstacles_and_stays_in_view():
    right = (55, 40, 80, 60)
    spot = label_spot(90, 50, 20, 10, [right], VIEW, 1, 1)  # at the right edge, with the left side taken
    assert spot is not None
    box = spot[4]
    assert inside(box, VIEW, 1, 1) and not overlap(box, right)


def test_no_place_no_label():
    everything = [(-1000, -1000, 1000, 1000)]
    assert label_spot(50, 50, 20, 10, everything, VIEW, 1, 1) is None


def test_the_marker_label_takes_the_side_where_it_fits():
    side, top, box = marker_label_spot(95, 20, 10, [], VIEW, 1, 1)  # no room right of a line at x = 95
    assert side == -1 and box[2] <= 95 and inside(box, VIEW, 1, 1)
    side, _top, box = marker_label_spot(10, 20, 10, [], VIEW, 1, 1)
    assert side == 1 and box[0] >= 10
