"""The dense-block diagram: every connection drawn, hover/click highlight the inputs, collapse and expand, export."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from explorer.core.config import preset_config
from explorer.ui.panels.diagram_view import COLLAPSE_AT, HEAD, TAIL, DiagramView
from explorer.ui.state import AppState

from .drive import click


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


# -- every family describes and draws its own connections, on the modules of the built network ---------------

FAMILY_FORMULAS = {  # preset: what its description of a layer says (the family's own formula)
    "densenet-bc-l100-k12": "k₀ + k·(ℓ−1)",
    "plain-20": "x_ℓ = H_ℓ(x_{ℓ−1})",
    "plain-110": "x_ℓ = H_ℓ(x_{ℓ−1})",
    "resnet-20": "x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})",
    "resnet-110": "x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})",
    "preact-resnet-164": "x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}",
    "wrn-16-4-dropout": "x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}",
    "fractalnet-20": "f_{C+1}(z) = join(f_C(f_C(z)), conv(z))",
}


@pytest.mark.parametrize("preset", sorted(FAMILY_FORMULAS))
def test_each_family_names_real_modules_and_says_its_own_formula(qtbot, preset):
    from explorer.core.models import build_model

    state, view = make(qtbot, preset)
    canvas = view.canvas
    canvas.set_all_expanded(True)
    modules = dict(build_model(state.config, "meta").named_modules())
    dense = state.config.family == "densenet"
    clicked: list[str] = []
    canvas.sig_layer_clicked.connect(clicked.append)
    boxes = 0
    for block, lay in canvas.blocks.items():
        for layer, node in lay.nodes.items():
            if layer == 0:
                continue
            boxes += 1
            text = canvas.describe(block, layer)
            name = canvas.module_name(block, layer)
            if name:  # a layer: its box, its click and its text name the real module
                assert name in modules, name
                assert node.toolTip() == name and text.startswith(name + ":")
                canvas.click(block, layer)
                assert clicked[-1] == name
            else:  # FractalNet's joins are a mean in the forward pass, no module: no name is invented
                assert canvas.graphs[block].nodes[layer].kind == "join" and "join" in node.toolTip().lower()
            assert FAMILY_FORMULAS[preset] in text, text
            if not dense:
                assert "k₀ + k" not in text and "denseblock" not in text and "k = " not in text
            if state.config.family == "plain":
                assert "+ x_{ℓ−1}" not in text and "no shortcut" in text
            assert view.info.text()  # what a person sees after the click
    assert boxes == sum(g.size for g in canvas.graphs.values())
    assert set(clicked) == {r.name for r in state.ledger.rows if r.block is not None and r.layer is not None}
    # Every connection the ledger counts is drawn, and no other.
    assert canvas.arc_count() == state.ledger.connections
    hint = canvas.hint()  # the hint under the drawing says what the family's links are
    assert ("all earlier layers" in hint and "concatenated" in hint) == dense
    if not dense:
        assert FAMILY_FORMULAS[preset] in hint


def test_chain_residual_and_fractal_links(qtbot):
    _, view = make(qtbot, "plain-20")  # a chain: one link into each layer, from the previous one
    lay = view.canvas.blocks[2]
    assert [[s for s, _ in lay.arcs_into[j]] for j in (1, 2, 3)] == [[0], [1], [2]]
    assert view.canvas.arc_count() == 9
    _, view = make(qtbot, "resnet-20")  # residual: the link through H_ℓ and the shortcut round it
    lay = view.canvas.blocks[2]
    assert [[s for s, _ in lay.arcs_into[j]] for j in (1, 2, 3)] == [[0, 0], [1, 1], [2, 2]]
    view.canvas.hover(2, 2)
    assert view.canvas.highlighted_arcs(2, 2) == 2
    assert view.canvas.arc_count() == 18
    _, view = make(qtbot, "fractalnet-20")  # 7 conv units and 2 joins a block; 7 + 2 + 3 links
    lay = view.canvas.blocks[1]
    assert len(lay.nodes) == 10 and view.canvas.arc_count() == 5 * 12
    assert [s for s, _ in lay.arcs_into[9]] == [6, 7, 8]  # the last join averages the 3 columns
    text = view.canvas.describe(1, 9)
    assert "mean of columns 1, 2, 3" in text and "the block's output" in text


def test_residual_shortcut_widths(qtbot):
    _, view = make(qtbot, "resnet-20")
    text = view.canvas.describe(2, 1)
    assert "features.stage2.unit1" in text and "16 → 32 channels" in text and "zero-padded" in text
    assert "stride 2" in text
    assert "shortcut: the identity, 32 channels" in view.canvas.describe(2, 2)
    _, view = make(qtbot, "wrn-16-4-dropout")
    assert "a 1×1 projection, 16 → 64 channels" in view.canvas.describe(1, 1)


def _layer_pos(canvas, block, layer):
    node = canvas.blocks[block].nodes[layer]
    return canvas.mapFromScene(node.mapToScene(node.rect().center()))


def _shown(qtbot, preset, width=900, height=520):
    state, view = make(qtbot, preset)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    view.canvas.fit()
    return state, view


def test_hover_and_click_a_layer_with_the_mouse(qtbot):
    state, view = _shown(qtbot, "resnet-20")
    canvas = view.canvas
    assert view.info.text() == canvas.hint() and "H_ℓ(x_{ℓ−1}) + x_{ℓ−1}" in view.info.text()
    qtbot.mouseMove(canvas.viewport(), _layer_pos(canvas, 2, 1))
    qtbot.waitUntil(lambda: view.info.text().startswith("features.stage2.unit1:"))
    seen = view.info.text()
    assert "ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})" in seen and "zero-padded, 16 → 32 channels" in seen
    assert "k₀" not in seen and "denseblock" not in seen
    assert canvas.highlighted_arcs(2, 1) == 2
    with qtbot.waitSignal(state.sig_layer_selected) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_layer_pos(canvas, 3, 2))
    assert blocker.args == ["features.stage3.unit2"]
    assert canvas.selected == (3, 2)
    assert view.info.text().startswith("features.stage3.unit2:")
    # Selected elsewhere (the ledger table) by its real module name.
    state.sig_layer_selected.emit("features.stage1.unit3")
    assert canvas.selected == (1, 3)


def test_click_a_fractal_join_with_the_mouse(qtbot):
    _, view = _shown(qtbot, "fractalnet-20", 1000, 560)
    canvas = view.canvas
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=_layer_pos(canvas, 2, 4))
    assert canvas.selected == (2, 4)
    qtbot.waitUntil(lambda: "join at depth 2 of 4" in view.info.text())
    assert "mean of columns 2, 3" in view.info.text()


def test_hint_height_does_not_change_between_layers(qtbot):
    """Hovering from layer to layer changes the text under the drawing, never its height: the drawing stays."""
    from PySide6.QtWidgets import QApplication, QLabel

    state, view = make(qtbot, "resnet-20")
    canvas = view.canvas
    long_text, short_text = canvas.describe(2, 1), canvas.describe(1, 2)
    probe = QLabel()
    probe.setWordWrap(True)
    probe.setFont(view.info.font())

    def natural(text, width):
        probe.setText(text)
        return probe.heightForWidth(width)

    # A width at which the two texts wrap to different heights (what made the drawing jump).
    width = next(w for w in range(1400, 300, -20) if natural(long_text, w - 8) > natural(short_text, w - 8))
    view.resize(width, 480)
    view.show()
    qtbot.waitExposed(view)
    canvas.fit()
    assert view.info.width() == width - 8
    tall = natural(long_text, view.info.width())
    heights, canvases = [], []
    for block, layer in ((1, 2), (2, 1), (1, 2), (3, 3)):
        qtbot.mouseMove(canvas.viewport(), _layer_pos(canvas, block, layer))
        qtbot.waitUntil(lambda b=block, la=layer: view.info.text() == canvas.describe(b, la))
        QApplication.processEvents()
        heights.append(view.info.height())
        canvases.append(canvas.geometry())
    canvas.hover(None, None)
    QApplication.processEvents()
    assert view.info.text() == canvas.hint()
    heights.append(view.info.height())
    canvases.append(canvas.geometry())
    assert len(set(heights)) == 1 and len(set(canvases)) == 1
    assert heights[0] >= tall  # the longest text fits


def test_switching_family_redescribes(qtbot):
    state, view = make(qtbot)
    view.canvas.select(2, 5)
    state.set_config(preset_config("resnet-20"))
    view.flush()
    assert view.canvas.selected is None  # that box was DenseNet's
    assert view.info.text() == view.canvas.hint() and "k₀" not in view.info.text()
    assert view.canvas.arc_count() == state.ledger.connections == 18


@pytest.mark.parametrize("preset, pattern_words", [
    ("plain-20", ["Plain network, a chain", "x_ℓ = H_ℓ(x_{ℓ−1})"]),
    ("resnet-56", ["Residual network", "shortcut", "x_ℓ = ReLU(H_ℓ(x_{ℓ−1}) + x_{ℓ−1})"]),
    ("preact-resnet-164", ["Residual network", "shortcut", "x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}"]),
    ("wrn-16-4-dropout", ["Residual network", "shortcut", "x_ℓ = H_ℓ(x_{ℓ−1}) + x_{ℓ−1}"]),
    ("fractalnet-20", ["FractalNet", "columns", "join"]),
])
def test_other_families_draw_the_ledgers_links_without_overlaps(qtbot, preset, pattern_words):
    """Shown and fitted as a person sees it: every connection the ledger counts drawn once (collapsed and
    expanded), no two boxes on top of one another, and the hint under the drawing names the family's pattern."""
    state, view = _shown(qtbot, preset)
    canvas = view.canvas
    for button in ("collapse", "expand"):
        click(qtbot, view.buttons[button])
        drawn = sum(len(lay.visible) for lay in canvas.blocks.values())
        if button == "expand" or drawn == sum(g.size + 1 for g in canvas.graphs.values()):
            assert drawn == sum(g.size + 1 for g in canvas.graphs.values())
            assert canvas.arc_count() == state.ledger.connections
        boxes = [node.sceneBoundingRect().adjusted(1, 1, -1, -1)  # (their 1-px outlines may touch)
                 for lay in canvas.blocks.values() for node in lay.nodes.values()]
        boxes += [box.sceneBoundingRect().adjusted(1, 1, -1, -1) for box, _texts in canvas.box_texts]
        for i, a in enumerate(boxes):
            assert not any(a.intersects(b) for b in boxes[i + 1:]), a
    assert canvas.arc_count() == state.ledger.connections
    hint = view.info.text()
    assert hint == canvas.hint() and all(word in hint for word in pattern_words), hint
    assert "concatenated" not in hint and "k₀" not in hint
