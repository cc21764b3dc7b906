"""The dense-block diagram: every connection drawn, hover/click highlight the inputs, collapse and expand, export."""

import xml.etree.ElementTree as ET

from PySide6.QtGui import QImage

from explorer.core.config import preset_config
from explorer.ui.panels.diagram_view import COLLAPSE_AT, HEAD, TAIL, DiagramView
from explorer.ui.state import AppState


def make(qtbot, preset="densenet-bc-l100-k12"):
    state = AppState(preset_config(preset))
    view = DiagramView(state)
    qtbot.addWidget(view)
    return state, view


def test_every_dense_connection_is_drawn(qtbot):
    state, view = make(qtbot)
    canvas = view.canvas
    # Three blocks of 16 layers: each layer l receives l arcs (x0 .. x_{l-1}); 136 per block, as the ledger says.
    assert canvas.arc_count() == state.ledger.connections == 3 * 136
    for b in state.ledger.blocks:
        lay = canvas.blocks[b.index]
        assert [len(lay.arcs_into[layer]) for layer in range(1, 17)] == list(range(1, 17))


def test_hover_highlights_inputs_and_tells_channels(qtbot):
    state, view = make(qtbot)
    texts = []
    view.canvas.sig_hover_text.connect(texts.append)
    view.canvas.hover(2, 5)
    assert view.canvas.highlighted_arcs(2, 5) == 5
    assert "108 + 12×(5−1) = 156" in texts[-1]
    assert view.info.text() == texts[-1]
    view.canvas.hover(None, None)
    assert view.canvas.highlighted_arcs(2, 5) == 0


def test_click_emits_layer_selected_and_selection_from_elsewhere(qtbot):
    state, view = make(qtbot)
    with qtbot.waitSignal(state.sig_layer_selected) as blocker:
        view.canvas.click(1, 3)
    assert blocker.args == ["features.denseblock1.denselayer3"]
    assert view.canvas.highlighted_arcs(1, 3) == 3
    state.sig_layer_selected.emit("features.denseblock3.denselayer16")
    assert view.canvas.selected == (3, 16)
    assert view.canvas.highlighted_arcs(3, 16) == 16 and view.canvas.highlighted_arcs(1, 3) == 0


def test_large_blocks_collapse_and_expand(qtbot):
    state, view = make(qtbot, "densenet264")  # blocks 6, 12, 64, 48
    canvas = view.canvas
    shown = HEAD + TAIL
    lay3 = canvas.blocks[3]
    assert lay3.hidden == 64 - shown and len(lay3.visible) == shown + 1
    assert canvas.blocks[1].hidden == 0
    expected = sum(n * (n + 1) // 2 if n <= COLLAPSE_AT else (shown * (shown + 1) // 2) for n in (6, 12, 64, 48))
    assert canvas.arc_count() == expected
    canvas.toggle_block(3)
    assert canvas.blocks[3].hidden == 0 and len(canvas.blocks[3].arcs_into[64]) == 64
    # Selecting a layer hidden behind an ellipsis expands its block.
    state.sig_layer_selected.emit("features.denseblock4.denselayer20")
    assert canvas.blocks[4].hidden == 0 and canvas.selected == (4, 20)
    canvas.set_all_expanded(False)
    assert canvas.blocks[3].hidden and canvas.blocks[4].hidden


def test_number_changes_relabel_structure_changes_rebuild(qtbot):
    state, view = make(qtbot)
    canvas = view.canvas
    rebuilds = canvas.rebuilds
    state.set_config(state.config.replace(growth_rate=24))
    view.flush()
    assert canvas.rebuilds == rebuilds  # same structure: labels only
    texts = [item.text() for item, _ in canvas._labels]
    assert any("48 → 432 channels" in t for t in texts)
    state.set_config(state.config.with_depth(40))
    state.set_config(state.config.with_depth(52))  # a burst of changes: one redraw
    view.flush()
    assert canvas.rebuilds == rebuilds + 1
    assert canvas.arc_count() == 3 * (8 * 9 // 2)


def test_export_png_and_svg(qtbot, tmp_path):
    state, view = make(qtbot)
    png, svg = tmp_path / "d.png", tmp_path / "d.svg"
    assert view.canvas.export_png(str(png))
    image = QImage(str(png))
    rect = view.canvas.scene().sceneRect()
    assert image.width() == int(rect.width() * 2) and image.height() == int(rect.height() * 2)
    view.canvas.export_svg(str(svg))
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")
    paths = [e for e in root.iter() if e.tag.endswith("path")]
    assert len(paths) >= state.ledger.connections  # every arc is a path
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.png", "d.svg"]


def test_fit_is_readable_and_keeps_every_connection(qtbot):
    """At "Fit" in a dock-sized view the blocks wrap onto rows (drawn larger than on one long row) and every
    title and label is at least MIN_TEXT_PX tall on screen, with all 3 × 136 connections still drawn."""
    from explorer.ui.panels.diagram_view import MIN_TEXT_PX

    state, view = make(qtbot)
    view.resize(670, 470)
    view.show()
    qtbot.waitExposed(view)
    canvas = view.canvas
    canvas.fit()
    size = canvas.viewport().size()
    assert canvas.rows == canvas.best_rows(state.ledger, size.width(), size.height()) > 1
    w1, h1 = canvas._layout_size(state.ledger, 1)
    one_row_scale = min(size.width() / w1, size.height() / h1)
    assert canvas.transform().m11() > 1.5 * one_row_scale
    assert canvas.arc_count() == state.ledger.connections == 408
    assert canvas._min_text
    for item in canvas._min_text:
        em = canvas.em_px(item) * item.scale() * canvas.transform().m11()
        assert em >= MIN_TEXT_PX - 0.01, item.text()
    # Zoomed in, the text is drawn at its own size again; exports are unaffected by the view's zoom.
    canvas.zoom(8 / canvas.transform().m11() * 0.99)
    assert all(item.scale() == 1.0 for item in canvas._min_text)
