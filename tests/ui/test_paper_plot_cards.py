"""The paper plot marks the current network among the paper's methods; the cards show the ledger's totals."""

import math

import pytest

from explorer.core.config import preset_config
from explorer.core.reference import COLUMNS, rows_with
from explorer.ui.panels.cards_view import CardsView
from explorer.ui.panels.paper_plot import PaperPlot
from explorer.ui.state import AppState


@pytest.mark.parametrize("column", COLUMNS)
def test_every_method_of_a_column_is_plotted_and_readable(qtbot, column):
    """Every row of the column is a point (its method on hover); the DenseNet rows are labelled on the plot, each
    label inside the view, none overlapping another or the current network's label, at the default dock size."""
    state = AppState()
    plot = PaperPlot(state)
    qtbot.addWidget(plot)
    plot.resize(470, 420)
    plot.show()
    qtbot.waitExposed(plot)
    plot.column.setCurrentIndex(COLUMNS.index(column))
    rows = rows_with(column)
    points = [(x, y, d) for sc in plot.scatters.values()
              for x, y, d in zip(sc.data["x"], sc.data["y"], sc.data["data"])]
    got = sorted((round(x, 9), round(y, 9)) for x, y, _d in points)
    assert got == sorted((round(math.log10(r.params_m), 9), round(r.errors[column], 9)) for r in rows)
    tips = [d for _x, _y, d in points]
    for r in rows:
        assert any(t.startswith(r.label) for t in tips)
    dense = [r for r in rows if r.method.startswith("DenseNet")]
    labels = [item.textItem.toPlainText() for item in plot.labels]
    assert len(labels) == len(dense) and {r.label for r in plot.labelled} == {r.label for r in dense}
    for r, text in zip(plot.labelled, labels):
        assert text.startswith(f"L={r.depth}, k=") and f"{r.params_m:g}M" in text
    view, boxes = plot.label_boxes_px()
    boxes.append(plot.marker_label.sceneBoundingRect())
    for i, box in enumerate(boxes):
        assert view.contains(box), (labels + ["marker"])[i]
        for other in boxes[i + 1:]:
            assert not box.intersects(other)
    legend = plot.legend.text()
    for family in ("DenseNet-BC", "DenseNet", "ResNet"):
        assert family in legend


def test_big_network_stays_in_view(qtbot):
    """A network larger than any of the table's: the view widens to keep its line and label in sight."""
    from explorer.core.config import PRESETS

    state = AppState()
    plot = PaperPlot(state)
    qtbot.addWidget(plot)
    plot.resize(470, 420)
    plot.show()
    state.set_config(PRESETS["densenet264"].config.replace(growth_rate=64))
    qtbot.waitUntil(lambda: not plot.deferred.pending, timeout=2000)
    assert state.ledger.total_params > 100e6
    (x0, x1), _ = plot.plot.getViewBox().viewRange()
    assert x0 < plot.marker.value() < x1
    view, _boxes = plot.label_boxes_px()
    assert view.contains(plot.marker_label.sceneBoundingRect())


def test_marker_follows_the_network(qtbot):
    state = AppState()
    plot = PaperPlot(state)
    qtbot.addWidget(plot)
    plot.show()
    qtbot.waitExposed(plot)
    assert plot.marked_params_m == pytest.approx(0.769162)
    assert "0.8M" in plot.marker_label.textItem.toPlainText()
    state.set_config(preset_config("densenet-bc-l250-k24"))
    qtbot.waitUntil(lambda: not plot.deferred.pending, timeout=2000)
    assert plot.marked_params_m == pytest.approx(state.ledger.total_params / 1e6)
    assert "15.3M" in plot.marker_label.textItem.toPlainText()


def test_cards_batch_size_and_deltas(qtbot):
    state = AppState()
    cards = CardsView(state)
    qtbot.addWidget(cards)
    cards.show()
    qtbot.waitExposed(cards)
    cards.batch.setValue(8)
    ledger = state.ledger
    from explorer.core.format import human_bytes

    assert cards.cards["train_mem"].value.text() == human_bytes(ledger.train_step_bytes(8))
    assert cards.cards["macs"].value.toolTip() == f"{ledger.total_macs:,}"
    state.set_config(state.config.replace(growth_rate=6))
    qtbot.waitUntil(lambda: not cards.deferred.pending, timeout=2000)
    diff = state.ledger.connections - ledger.connections
    assert diff == 0 and cards.cards["connections"].delta.text() == "unchanged"
    assert cards.cards["params"].delta.text().startswith("−")


def test_hidden_panels_do_no_work_until_shown(qtbot):
    """A config change reaches a hidden plot and hidden cards as a request only; showing them catches up once."""
    state = AppState()
    plot, cards = PaperPlot(state), CardsView(state)
    for w in (plot, cards):
        qtbot.addWidget(w)
    params_before = cards.cards["params"].value.text()
    for k in (16, 20, 24):  # a burst of changes
        state.set_config(state.config.replace(growth_rate=k))
    assert plot.deferred.runs == cards.deferred.runs == 0 and plot.deferred.pending and cards.deferred.pending
    assert not plot.deferred.scheduled() and not cards.deferred.scheduled()  # nothing runs them until shown
    assert plot.marked_params_m == pytest.approx(0.769162)
    assert cards.cards["params"].value.text() == params_before
    for w in (plot, cards):
        w.show()
    qtbot.waitUntil(lambda: not plot.deferred.pending and not cards.deferred.pending, timeout=2000)
    assert plot.deferred.runs == cards.deferred.runs == 1  # the burst, drawn once
    assert plot.marked_params_m == pytest.approx(state.ledger.total_params / 1e6)
    assert cards.cards["params"].value.text() == f"{state.ledger.total_params / 1e6:.2f}M"
    # The change is still counted from the previous setting (k = 20), not from what was last drawn.
    assert cards.cards["params"].delta.text().startswith("+")
