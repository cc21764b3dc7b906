"""The config panel drives the whole window from the ledger: each control updates the cards, the table and the
diagram to the ledger's values; an invalid value is explained beside its field and the last network is kept."""

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent

from explorer.core.config import DEFAULT_PRESET, PRESETS, DenseNetConfig, preset_config
from explorer.core.format import human_bytes
from explorer.core.ledger import compute_ledger
from explorer.ui.models import LedgerTableModel
from explorer.ui.panels.cards_view import CardsView
from explorer.ui.panels.config_panel import ConfigPanel
from explorer.ui.panels.diagram_view import DiagramView
from explorer.ui.panels.ledger_view import LedgerView
from explorer.ui.state import AppState
from explorer.ui.widgets import parse_int_list

from .drive import choose, click, field_text, keys, type_into


@pytest.fixture
def window(qtbot):
    state = AppState()
    panel, cards, table, diagram = ConfigPanel(state), CardsView(state), LedgerView(state), DiagramView(state)
    for w in (panel, cards, table, diagram):
        qtbot.addWidget(w)
        w.show()  # the panels follow the state while on screen (a hidden one catches up when shown)
    return state, panel, cards, table, diagram


def settle(*panels):
    """The panels' 0-ms timers fire: one turn of the event loop (a few under load)."""
    for _ in range(20):
        if not any(w.deferred.pending for w in panels):
            break
        QCoreApplication.processEvents()
    assert not any(w.deferred.pending for w in panels)


def assert_everything_shows(state, cards, table, diagram):
    settle(cards, table, diagram)
    ledger = compute_ledger(state.config)
    assert cards.cards["params"].value.toolTip() == f"{ledger.total_params:,}"
    assert cards.cards["connections"].value.text() == f"{ledger.connections:,}"
    assert cards.cards["param_mem"].value.text() == human_bytes(ledger.param_bytes)
    assert cards.cards["train_mem"].value.text() == human_bytes(ledger.train_step_bytes(cards.batch.value()))
    assert cards.cards["train_mem_eff"].value.text() == human_bytes(
        ledger.train_step_bytes(cards.batch.value(), memory_efficient=True))
    model: LedgerTableModel = table.model
    assert model.rowCount() == len(ledger.rows)
    for i in (0, len(ledger.rows) // 2, len(ledger.rows) - 1):
        assert model.row_at(i).params == ledger.rows[i].params
        assert model.index(i, 6).data() == f"{ledger.rows[i].params:,}"
    diagram.flush()
    canvas = diagram.canvas
    assert [b.layers for b in canvas.blocks.values()] == list(state.config.block_layers)
    # Every drawn block shows all its dense connections among the layers it draws.
    for lay in canvas.blocks.values():
        visible = len(lay.visible) - 1
        assert sum(len(v) for v in lay.arcs_into.values()) == visible * (visible + 1) // 2


def test_default_network_is_densenet_bc_100_12(window):
    state, panel, cards, table, diagram = window
    assert state.config == preset_config(DEFAULT_PRESET)
    assert panel.depth.value() == 100 and panel.growth.value() == 12
    assert panel.preset.currentData() == DEFAULT_PRESET
    assert panel.family.currentText() == "DenseNet-BC"
    assert_everything_shows(state, cards, table, diagram)
    assert cards.cards["params"].value.text() == "0.77M"  # the paper's 0.8M


K = Qt.Key


@pytest.mark.parametrize("action, check", [
    (lambda b, p: type_into(b, p.depth, "40"), lambda c: c.depth == 40 and c.block_layers == (6, 6, 6)),
    (lambda b, p: keys(b, p.depth_slider, K.Key_Left, 8), lambda c: c.block_layers == (8, 8, 8) and c.depth == 52),
    (lambda b, p: type_into(b, p.growth, "24"), lambda c: c.growth_rate == 24),
    (lambda b, p: keys(b, p.growth_slider, K.Key_Right, 8), lambda c: c.growth_rate == 20),
    (lambda b, p: type_into(b, p.compression, "0.75"), lambda c: c.compression == 0.75),
    (lambda b, p: keys(b, p.compression_slider, K.Key_Left, 20), lambda c: c.compression == 0.3),
    (lambda b, p: click(b, p.bottleneck), lambda c: not c.bottleneck and c.depth == 52),
    (lambda b, p: keys(b, p.bn_size, K.Key_Down, 2), lambda c: c.bn_size == 2),
    (lambda b, p: type_into(b, p.blocks, "4, 8"), lambda c: c.block_layers == (4, 8)),
    (lambda b, p: click(b, p.init_auto), lambda c: c.init_features == 24),
    (lambda b, p: choose(b, p.stem, data="imagenet"), lambda c: c.stem == "imagenet"),
    (lambda b, p: type_into(b, p.input_size, "64"), lambda c: c.input_size == 64),
    (lambda b, p: type_into(b, p.num_classes, "100"), lambda c: c.num_classes == 100),
    (lambda b, p: type_into(b, p.dropout, "0.2"), lambda c: c.drop_rate == 0.2),
    (lambda b, p: type_into(b, p.in_channels, "1"), lambda c: c.in_channels == 1),
])
def test_each_control_updates_everything(qtbot, window, action, check):
    state, panel, cards, table, diagram = window
    before = state.ledger
    action(qtbot, panel)
    assert check(state.config), state.config
    assert_everything_shows(state, cards, table, diagram)
    if state.ledger.total_params != before.total_params:
        diff = state.ledger.total_params - before.total_params
        assert cards.cards["params"].delta.text().startswith("+" if diff > 0 else "−")
    # The panel shows the state's values back (one way, no loop): depth is the config's.
    assert panel.depth.value() == state.config.depth


def test_layers_per_block_apply_on_enter_not_per_keystroke(qtbot, window):
    state, panel, cards, *_ = window
    config = state.config
    type_into(qtbot, panel.blocks, "16, x, 32", enter=False)  # on the way to "16, 32, 16"
    assert state.config == config and panel.error_text("block_layers") == ""
    settle(cards)
    assert cards.cards["params"].delta.text().strip() == ""  # the change indicators did not move either
    type_into(qtbot, panel.blocks, "16, 32, 16")
    assert state.config.block_layers == (16, 32, 16)


@pytest.mark.parametrize("widget, text, fragment", [
    ("growth", "0", "growth_rate = 0: is out of range (valid: 1 to 10000)"),
    ("compression", "2", "compression = 2.0: is out of range (valid: (0, 1])"),
    ("growth", "abc", "growth_rate = 'abc': must be a whole number (valid: 1 to 10,000)"),
    ("compression", "half", "compression = 'half': must be a number"),
    ("dropout", "1.5", "drop_rate = 1.5: is out of range"),
])
def test_out_of_range_or_letters_are_explained_beside_the_field(qtbot, window, widget, text, fragment):
    state, panel, *_ = window
    config = state.config
    editor = getattr(panel, widget)
    type_into(qtbot, editor, text)
    key = next(k for k, f in panel.fields.items() if f.editor is editor)
    assert fragment in panel.error_text(key)
    assert state.config == config  # the last valid network stays
    if text.isalpha():
        # what was typed was shown (not swallowed) until Enter; the field then shows the network's value again
        assert field_text(editor) in (f"{getattr(config, key):.2f}", str(getattr(config, key)))


def test_undo_clears_the_error_under_the_corrected_field(qtbot, window):
    state, panel, *_ = window
    type_into(qtbot, panel.growth, "24")
    type_into(qtbot, panel.growth, "0")
    assert "growth_rate = 0" in panel.error_text("growth_rate")
    state.set_config(state.config.replace(growth_rate=12))  # what undo does: the state changes from elsewhere
    assert panel.error_text("growth_rate") == "" and panel.growth.value() == 12


def test_growth_change_reports_the_difference(window):
    state, panel, cards, *_ = window
    before = state.ledger.total_params
    panel.growth.setValue(24)
    after = state.ledger.total_params
    assert after > before
    settle(cards)
    assert cards.cards["params"].delta.text() == f"+{(after - before) / 1e6:.1f}M params"


def test_invalid_depth_shows_nearest_and_keeps_network(window):
    state, panel, cards, table, diagram = window
    config = state.config
    panel.depth.setValue(101)
    assert state.config == config
    text = panel.error_text("depth")
    assert "depth = 101" in text and "nearest 100 or 106" in text
    assert_everything_shows(state, cards, table, diagram)
    panel.depth.setValue(106)
    assert state.config.depth == 106 and panel.error_text("depth") == ""


@pytest.mark.parametrize("text, fragment", [
    ("16, x", "whole numbers"), ("", "is empty"), ("1,1,1,1,1,1,1,1,1", "too many blocks"), ("0, 4", "block_layers[0]"),
])
def test_invalid_block_list_keeps_network(qtbot, window, text, fragment):
    state, panel, *_ = window
    config = state.config
    type_into(qtbot, panel.blocks, text)
    assert state.config == config
    assert fragment in panel.error_text("block_layers")


def test_input_too_small_for_imagenet_stem(window):
    state, panel, *_ = window
    panel.stem.setCurrentIndex(1)
    panel.stem.activated.emit(1)
    panel.input_size.setValue(5)
    assert state.config.input_size != 5
    assert "at least" in panel.error_text("input_size")


def test_presets_grouped_and_selectable(window):
    state, panel, cards, table, diagram = window
    texts = [panel.preset.itemText(i) for i in range(panel.preset.count())]
    assert texts.index("— CIFAR —") < texts.index("— ImageNet —")
    index = panel.preset.findData("densenet121")
    panel.preset.setCurrentIndex(index)
    panel.preset.activated.emit(index)
    assert state.config == PRESETS["densenet121"].config
    assert panel.depth.value() == 121 and panel.blocks.text() == "6, 12, 24, 16"
    assert_everything_shows(state, cards, table, diagram)
    panel.growth.setValue(31)  # no longer a preset: shown as custom
    assert panel.preset.currentIndex() == 0


def test_family_picker_switches_bc(window):
    state, panel, *_ = window
    panel.family.setCurrentIndex(0)
    panel.family.activated.emit(0)
    assert state.config.bottleneck is False and state.config.compression == 1.0
    assert isinstance(state.config, DenseNetConfig)


def test_generic_form_for_another_family(window, monkeypatch):
    """A family added to the registry gets a form from its dataclass fields, CHOICES and FIELD_HELP."""
    from dataclasses import dataclass
    from typing import ClassVar

    from explorer.core import config as config_mod
    from explorer.core import families
    from explorer.core import ledger as ledger_mod

    @dataclass(frozen=True)
    class ToyConfig:
        family: ClassVar[str] = "toy"
        CHOICES: ClassVar[dict] = {"mode": ("a", "b")}
        FIELD_HELP: ClassVar[dict] = {"width": "how wide"}
        width: int = 4
        scale: float = 0.5
        flag: bool = False
        mode: str = "a"
        blocks: tuple[int, ...] = (2, 2)

        def __post_init__(self):
            if self.width < 1:
                raise config_mod.ConfigError("width", self.width, "is out of range", "1 to 99")

        @property
        def title(self):
            return f"Toy {self.width}"

    def toy_ledger(cfg):
        base = compute_ledger(preset_config(DEFAULT_PRESET))
        return ledger_mod.Ledger(cfg, base.rows, base.blocks, 3, base.connections)

    monkeypatch.setitem(families.FAMILIES, "toy", families.FamilySpec(
        name="toy", label="Toy", config=ToyConfig, ledger=toy_ledger, model="", pattern="dense", formula=""))
    state = AppState()
    panel = ConfigPanel(state)
    index = panel.family.findText("Toy")
    assert index >= 0
    panel.family.setCurrentIndex(index)
    panel.family.activated.emit(index)
    assert isinstance(state.config, ToyConfig)
    width = panel.fields["toy.width"].editor
    assert width.toolTip() == "how wide"
    width.setValue(7)
    assert state.config.width == 7
    width.setValue(0)
    assert state.config.width == 7 and "width = 0" in panel.error_text("toy.width")
    mode = panel.fields["toy.mode"].editor
    assert [mode.itemText(i) for i in range(mode.count())] == ["a", "b"]
    editor = panel.fields["toy.blocks"].editor
    editor.setText("3, 4")
    editor.editingFinished.emit()
    assert state.config.blocks == (3, 4)


def test_parse_int_list():
    assert parse_int_list(" 6, 12 ,24;16 ") == (6, 12, 24, 16)


def type_by_input_method(qtbot, widget, text):
    """Click into the field, select what is there, commit ``text`` as an input method does (full-width digits
    come from an IME: QTest's key clicks are ASCII only), press Enter."""
    type_into(qtbot, widget, "", enter=False)
    target = widget.lineEdit() if hasattr(widget, "lineEdit") else widget
    event = QInputMethodEvent()
    event.setCommitString(text)
    QCoreApplication.sendEvent(target, event)
    assert field_text(widget) == text
    qtbot.keyClick(widget, Qt.Key.Key_Return)


@pytest.mark.parametrize("field, text, valid", [
    ("depth", "１２", "valid: 1 to 200,000"), ("growth_rate", "１２", "valid: 1 to 10,000"),
    ("compression", "０.５", "valid: 0.01 to 1.00"),
])
def test_full_width_digits_are_refused_with_the_range(qtbot, window, field, text, valid):
    """The window reads numbers as the command line does (digits 0-9): '１２' is explained, not read as 12."""
    state, panel, *_ = window
    config = state.config
    editor = panel.fields[field].editor
    type_by_input_method(qtbot, editor, text)
    assert state.config == config
    error = panel.error_text(field)
    assert f"'{text}'" in error and valid in error


def test_full_width_digits_in_the_block_list_are_refused(qtbot, window):
    state, panel, *_ = window
    config = state.config
    type_by_input_method(qtbot, panel.blocks, "１６, 16")
    assert state.config == config and "whole numbers" in panel.error_text("block_layers")
