"""The paper plot marks the current network among the paper's methods; the cards show the ledger's totals."""

import math

import pytest

from explorer.core.config import preset_config
from explorer.core.reference import COLUMNS, rows_with
from explorer.ui.panels.cards_view import CardsView
from explorer.ui.panels.paper_plot import PaperPlot
from explorer.ui.state import AppState


@pytest.mark.parametrize("column", COLUMNS)
def test_every_method_of_a_column_is_plotted_and_labelled(qtbot, column):
    state = AppState()
    plot = PaperPlot(state)
    qtbot.addWidget(plot)
    plot.column.setCurrentIndex(COLUMNS.index(column))
    rows = rows_with(column)
    xs = list(plot.scatter_dense.data["x"]) + list(plot.scatter_other.data["x"])
    ys = list(plot.scatter_dense.data["y"]) + list(plot.scatter_other.data["y"])
    got = sorted((round(x, 9), round(y, 9)) for x, y in zip(xs, ys))
    assert got == sorted((round(math.log10(r.params_m), 9), round(r.errors[column], 9)) for r in rows)
    labels = [item.textItem.toPlainText() for item in plot.labels]
    assert len(labels) == len(rows)
    for r in rows:
        assert any(t.startswith(r.label) for t in labels)


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
    qtbot.wait(50)
    assert plot.deferred.runs == cards.deferred.runs == 0 and plot.deferred.pending and cards.deferred.pending
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
