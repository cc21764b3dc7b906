"""The Sweep panel, driven as a person drives it: the grid typed into its rows, Start / Stop / Resume clicked,
the table and the plots read, the trials exported through the file dialog, the labels read in Korean.

The sweeps train tiny DenseNets (depth L typed as 10 in the Config panel: one layer per block) on the shipped
digits for one epoch of a few batches, in one worker process each; the study lives in an SQLite file under
the test's own XDG_DATA_HOME.
"""

from __future__ import annotations

import csv
import math
import sqlite3
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, Qt

from explorer.core.config import DenseNetConfig
from explorer.core.data import apply_dataset, dataset_shape
from explorer.core.ledger import compute_ledger
from explorer.core.sweeps import TrialResult, parse_axis
from explorer.ui.panels.sweep_model import (
    SweepClock,
    SweepTableModel,
    fitted_base,
    make_spec,
    point_rows,
    read_axes,
    series_of,
)

from .drive import choose, click, raise_dock, type_into

# -- the model, without a window ----------------------------------------------------------------------------

BASE = fitted_base(DenseNetConfig(growth_rate=4, block_layers=(1, 1, 1)), "digits")


def _trial(number, point, seed, acc, state="complete", seconds=1.0):
    return TrialResult(number, dict(point), seed, state, acc, 0.5, 0, 0, seconds)


def test_rows_that_do_not_read_are_named_and_the_rest_kept():
    axes, errors = read_axes([("growth_rate", "4, 6"), ("compression", "0.5, x"), ("lr", ""),
                              ("depth", "0.1..1 x0 log")])
    assert [a.field for a in axes] == ["growth_rate"] and axes[0].values == (4, 6)
    assert set(errors) == {1, 3}  # the empty row is skipped, not an error
    assert errors[1].field == "compression" and errors[3].field == "depth"


def test_point_rows_mean_std_and_ledger_figures():
    axes, _ = read_axes([("growth_rate", "4, 6"), ("bottleneck", "true, false")])
    spec = make_spec(BASE, axes, "digits", epochs=1, max_batches=2, seeds=3)
    assert len(spec.points()) == 4 and len(spec.trials()) == 12
    p0 = spec.points()[0]
    results = [_trial(0, p0, 0, 0.5), _trial(1, p0, 1, 0.7), _trial(2, p0, 2, None, state="failed"),
               _trial(3, spec.points()[1], 0, 0.9, state="running")]
    rows = point_rows(spec, results)
    assert [r.point for r in rows] == spec.points()
    for r in rows:  # the parameters are the ledger's of the network the point trains (fitted to digits)
        cfg = apply_dataset(spec.config_for(r.point), dataset_shape("digits"))
        assert (r.params, r.macs) == (compute_ledger(cfg).total_params, compute_ledger(cfg).total_macs)
    assert rows[0].n == 2 and rows[0].acc_mean == pytest.approx(0.6)
    assert rows[0].acc_std == pytest.approx(math.sqrt(((0.5 - 0.6) ** 2 + (0.7 - 0.6) ** 2) / 1))
    assert rows[1].n == 0 and math.isnan(rows[1].acc_mean)  # a running trial does not count
    # growth_rate is a size axis (it runs along a line); bottleneck makes a series of its own.
    series = series_of(spec, rows)
    assert [s.label for s in series] == ["bottleneck=True", "bottleneck=False"]
    assert all([r.params for r in s.rows] == sorted(r.params for r in s.rows) for s in series)
    only_size = make_spec(BASE, [parse_axis("growth_rate", "4, 6, 8")], "digits", 1, 2, 1)
    assert [s.label for s in series_of(only_size, point_rows(only_size, []))] == [""]


def test_a_study_with_an_unfitted_base_is_measured_as_trained():
    """A study made on the command line may hold the base network as typed (3 channels, 32 px): its points'
    figures are those of the network the engine trains, fitted to the data set (1 channel, 8 px for digits)."""
    from explorer.core.config import config_to_dict

    raw = config_to_dict(DenseNetConfig(growth_rate=4, block_layers=(1, 1, 1)))
    spec = make_spec(raw, [parse_axis("growth_rate", "4, 6")], "digits", 1, 2, 1)
    for (params, macs), k in zip(spec.figures(), (4, 6)):
        fitted = compute_ledger(apply_dataset(DenseNetConfig(growth_rate=k, block_layers=(1, 1, 1)),
                                              dataset_shape("digits")))
        assert (params, macs) == (fitted.total_params, fitted.total_macs)
        assert params != compute_ledger(DenseNetConfig(growth_rate=k, block_layers=(1, 1, 1))).total_params


def test_clock_counts_finished_and_partial_trials():
    clock = SweepClock(complete=2, total=6, now=100.0)
    assert clock.eta(now=100.0) is None
    clock.progress({"trial": 7, "epoch": 1, "epochs": 2, "batch": 5, "batches": 10})  # a quarter of a trial
    assert clock.eta(now=110.0) == pytest.approx((4 - 0.25) * 10 / 0.25)
    clock.trial_done(7, complete=True)
    assert clock.complete == 3 and clock.eta(now=120.0) == pytest.approx(3 * 20 / 1)


@settings(max_examples=30, suppress_health_check=[HealthCheck.function_scoped_fixture])  # the tester is stateless
@given(st.lists(st.tuples(st.sampled_from([4, 6, 8]), st.integers(0, 2),
                          st.one_of(st.none(), st.floats(0, 1))), max_size=12))
def test_table_model_rows_sort_by_any_column(qtmodeltester, trials):
    spec = make_spec(BASE, [parse_axis("growth_rate", "4, 6, 8")], "digits", 1, 2, 3)
    results = [_trial(i, {"growth_rate": k}, s, a) for i, (k, s, a) in enumerate(trials)]
    model = SweepTableModel()
    model.set_rows(["growth_rate"], point_rows(spec, results), 3)
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        values = [model.value(r, model._column(column)) for r in model.rows]
        numbers = [-math.inf if (v is None or (isinstance(v, float) and math.isnan(v))) else v for v in values]
        assert numbers == sorted(numbers, reverse=True)


# -- the window ----------------------------------------------------------------------------------------------


@pytest.fixture
def sweep_home(tmp_path, monkeypatch):
    """The sweep database goes under the test's folder (platformdirs reads XDG_DATA_HOME)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg"


@pytest.fixture
def window(sweep_home, app_window):
    return app_window


def sweep_of(window):
    return window.panels["extra_sweep_panel"]


def open_sweep(qtbot, window):
    raise_dock(qtbot, window, window.docks["extra_sweep_panel"])
    panel = sweep_of(window)
    assert panel.isVisible()
    return panel


def test_a_bad_axis_says_why_and_start_waits(qtbot, window):
    panel = open_sweep(qtbot, window)
    row = panel.rows[0]
    type_into(qtbot, row.values_edit, "4, x", enter=False)
    assert row.message.isVisible() and "growth_rate" in row.message.text() and "x" in row.message.text()
    assert not panel.start_button.isEnabled()
    assert row.values_edit.text() == "4, x"  # what was typed is kept for mending
    type_into(qtbot, row.values_edit, "4, 6, 8", enter=False)
    assert not row.message.isVisible() and panel.start_button.isEnabled()
    type_into(qtbot, panel.seeds_spin, "3")
    assert panel.count_label.text() == "3 points × 3 seeds = 9 trials"
    click(qtbot, panel.add_button)
    second = panel.rows[1]
    choose(qtbot, second.field_combo, "compression")
    type_into(qtbot, second.values_edit, "0.5..1 x3", enter=False)
    assert panel.count_label.text() == "9 points × 3 seeds = 27 trials"
    type_into(qtbot, second.values_edit, "0.5..1 x1", enter=False)  # a range needs at least 2 values
    assert "compression" in second.message.text() and not panel.start_button.isEnabled()
    choose(qtbot, second.field_combo, "growth_rate")  # a field twice: said under the grid
    type_into(qtbot, second.values_edit, "12", enter=False)
    assert panel.spec_message.isVisible() and "growth_rate" in panel.spec_message.text()
    assert not panel.start_button.isEnabled()
    click(qtbot, panel.remove_button)
    assert len(panel.rows) == 1 and panel.start_button.isEnabled()


def _db_trials(path) -> list[tuple[int, str]]:
    """(number, state) of every trial in the sweep database, read with sqlite3 as a person would check it."""
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT number, state FROM trials ORDER BY number").fetchall()
    finally:
        con.close()


def _type_tiny_sweep(qtbot, window, panel):
    raise_dock(qtbot, window, window.docks["config"])
    type_into(qtbot, window.config_panel.depth, "10")  # DenseNet-BC L=10: one layer per block
    assert window.state.config.block_layers == (1, 1, 1)
    panel = open_sweep(qtbot, window)
    type_into(qtbot, panel.rows[0].values_edit, "4, 6", enter=False)
    choose(qtbot, panel.dataset_combo, "digits")
    type_into(qtbot, panel.epochs_spin, "1")
    type_into(qtbot, panel.batches_spin, "8")
    type_into(qtbot, panel.seeds_spin, "2")
    assert panel.count_label.text() == "2 points × 2 seeds = 4 trials"
    return panel


def test_sweep_start_stop_resume_export(qtbot, window, sweep_home, dialogs, tmp_path):
    panel = _type_tiny_sweep(qtbot, window, sweep_of(window))
    finished: list[TrialResult] = []
    panel.sig_trial_finished.connect(finished.append)
    click(qtbot, panel.start_button)
    assert not panel.start_button.isEnabled() and panel.stop_button.isEnabled()
    qtbot.waitUntil(lambda: any(t.state == "complete" for t in finished), timeout=60000)
    status = panel.status_label.text()  # progress with the trials done and the time left
    assert status.startswith(f"Study {panel.study_name}: ") and "of 4 trials done" in status and "ETA" in status
    t0 = time.monotonic()
    click(qtbot, panel.stop_button)
    assert panel.status_label.text() == "Stopping…" and not panel.stop_button.isEnabled()
    with qtbot.waitSignal(panel.sig_sweep_finished, timeout=15000) as stopped:
        pass
    print(f"\nsweep panel: Stop click to stopped {time.monotonic() - t0:.2f} s; trial seconds "
          f"{[round(t.seconds, 2) for t in finished]}")  # the figures, not asserted
    assert stopped.args == ["stopped"]
    db = sweep_home / "DenseNetExplorer" / "sweeps.db"
    assert db.is_file()
    kept = [n for n, state in _db_trials(db) if state == "COMPLETE"]
    assert 1 <= len(kept) < 4
    assert f"stopped; {len(kept)} of 4 trials kept" in panel.status_label.text()
    assert panel.plots.points_shown("params") == len(kept)  # the finished trials stay on the plots
    assert panel.start_button.isEnabled() and panel.resume_button.isEnabled()
    study = panel.study_name
    assert panel.study_combo.currentData() == study

    click(qtbot, panel.resume_button)
    with qtbot.waitSignal(panel.sig_sweep_finished, timeout=90000) as done:
        pass
    assert done.args == ["completed"]
    trials = _db_trials(db)
    complete = [n for n, state in trials if state == "COMPLETE"]
    assert len(complete) == 4 and set(kept) <= set(complete)  # the kept trials were not trained again
    assert "completed; 4 of 4 trials" in panel.status_label.text()

    # The table: a row per point, its parameters the ledger's, both seeds counted, sortable by a click.
    click_tab(qtbot, panel.views, panel.table)
    model = panel.model
    assert model.rowCount() == 2
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    col = {name: i for i, name in enumerate(header)}
    for r in range(2):
        k = int(model.index(r, col["growth_rate"]).data())
        cfg = apply_dataset(DenseNetConfig(growth_rate=k, block_layers=(1, 1, 1)), dataset_shape("digits"))
        assert model.index(r, col["Parameters"]).data() == f"{compute_ledger(cfg).total_params:,}"
        assert model.index(r, col["Trials"]).data() == "2/2"
        assert model.index(r, col["Mean accuracy"]).data().endswith("%")
    assert [int(model.index(r, col["growth_rate"]).data()) for r in range(2)] == [4, 6]  # the grid's order
    bar = panel.table.horizontalHeader()
    qtbot.mouseClick(bar.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(bar.sectionViewportPosition(col["Parameters"]) + 5, bar.height() // 2))
    params = [int(model.index(r, col["Parameters"]).data().replace(",", "")) for r in range(2)]
    assert len(set(params)) == 2 and params in (sorted(params), sorted(params, reverse=True))

    # The plots: a dot per trial on both, a mean line per series; hovering a dot says its trial.
    click_tab(qtbot, panel.views, panel.plots)
    assert panel.plots.points_shown("params") == 4 and panel.plots.points_shown("macs") == 4
    means = panel.plots.means["params"]
    assert len(means) == 1 and len(means[0].getData()[0]) == 2
    dot = next(d for d in panel.plots.dots if d.plot == "params")
    plot = panel.plots.plots["params"]
    qtbot.mouseMove(plot.viewport(), panel.plots.dot_position(dot).toPoint())
    qtbot.waitUntil(lambda: "seed" in panel.plots.hover_text, timeout=3000)
    assert "growth_rate=" in panel.plots.hover_text and "accuracy" in panel.plots.hover_text

    # Export: every trial of the study as a CSV row, through the file dialog.
    out = tmp_path / "trials.csv"
    dialogs.answers.append(str(out))
    click(qtbot, panel.export_csv_button)
    rows = list(csv.DictReader(out.open()))
    assert sorted(int(r["trial"]) for r in rows) == [n for n, _s in trials]
    assert sum(r["state"] == "complete" for r in rows) == 4
    # Later, in a panel opened afresh: the study is in the list, and choosing it shows its trials (none trained).
    from explorer.ui.panels.sweep_panel import SweepPanel

    later = SweepPanel(window.state)
    qtbot.addWidget(later)
    later.resize(1100, 400)
    later.show()
    qtbot.waitUntil(lambda: later.study_combo.findData(study) >= 0, timeout=10000)
    choose(qtbot, later.study_combo, data=study)
    qtbot.waitUntil(lambda: later.model.rowCount() == 2, timeout=10000)
    assert later.status_label.text() == f"Study {study}: 4 of 4 trials done"
    assert later.plots.points_shown("params") == 4 and later.resume_button.isEnabled()
    later.close()
    assert len(_db_trials(db)) == len(trials)  # showing a study trains nothing

    png = tmp_path / "plots.png"
    dialogs.answers.append(str(png))
    click(qtbot, panel.export_plots_button)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = tmp_path / "plots.svg"
    dialogs.answers.append(str(svg))
    click(qtbot, panel.export_plots_button)
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "Validation accuracy" in text  # the plots as vectors, their axis titles as text


def click_tab(qtbot, tabs, widget) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(widget)).center())
    assert tabs.currentWidget() is widget


def test_closing_the_window_during_a_sweep_asks_and_stops_it(qtbot, window, sweep_home):
    panel = _type_tiny_sweep(qtbot, window, sweep_of(window))
    asked = []
    panel.ask_close_during_sweep = lambda: asked.append(True) or False  # the person says Cancel first
    click(qtbot, panel.start_button)
    qtbot.waitUntil(lambda: panel.clock is not None, timeout=60000)  # the study is open, its worker starting
    window.close()
    assert asked == [True] and window.isVisible() and panel.running()  # Cancel: nothing stops
    panel.ask_close_during_sweep = lambda: asked.append(True) or True
    window.close()
    assert len(asked) == 2 and not window.isVisible()
    assert not panel.jobs.running()  # the sweep's job has ended: its workers were stopped
    db = sweep_home / "DenseNetExplorer" / "sweeps.db"
    assert all(state != "RUNNING" for _n, state in _db_trials(db))  # the interrupted trial is not left running


def test_korean_labels(qtbot, korean):
    window = korean
    panel = open_sweep(qtbot, window)
    assert window.docks["extra_sweep_panel"].windowTitle() == "스윕"
    assert panel.start_button.text() == "시작" and panel.resume_button.text() == "재개"
    assert panel.views.tabText(1) == "표"
    type_into(qtbot, panel.rows[0].values_edit, "4, 6", enter=False)
    assert "시드" in panel.count_label.text()


@settings(max_examples=300, deadline=None)
@given(lo=st.floats(2.0, 8.0), span=st.floats(0.05, 6.0), size=st.floats(80.0, 900.0))
def test_log_axis_labels_never_crowd(qapp, lo, span, size):
    """The labels of the plots' log axes (90K, 100K, 200K...) are a label's width apart, whatever the range
    and the plot's width: no two read as one ("90K100K")."""
    from explorer.ui.panels.sweep_plots import LogAxis

    axis = LogAxis("bottom")
    levels = axis.logTickValues(lo, lo + span, size, None)
    ticks = sorted(v for _, values in levels for v in values)
    assert all(lo <= t <= lo + span for t in ticks)
    px = [(t - lo) / span * size for t in ticks]
    assert all(b - a >= 50.0 - 1e-6 for a, b in zip(px, px[1:]))
    assert len(set(axis.logTickStrings(ticks, 1, 1))) == len(ticks)
