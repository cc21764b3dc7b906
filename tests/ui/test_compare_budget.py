"""Compare at the same budget, by clicks: every family sized to the current DenseNet (parameters, then
multiply-adds), the chosen sizes and mismatches in the table, trained together, and the gradient flow of each
network side by side; in Korean after the language is switched from the menu."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from explorer.core.budget import MATCH_FAMILIES, TOLERANCE_PCT, match_all
from explorer.core.compare import FAMILY_LABELS
from explorer.core.data import apply_dataset, dataset_shape
from explorer.ui.app import Translations

from .drive import LEFT, choose, click, raise_dock, trigger_menu, type_into


def table(view):
    """Column header -> {row title: text}, as the person reads the table."""
    model = view.model
    vertical, horizontal = Qt.Orientation.Vertical, Qt.Orientation.Horizontal
    return {model.headerData(c, horizontal): {model.headerData(r, vertical): model.data(model.index(r, c))
                                              for r in range(model.rowCount())}
            for c in range(model.columnCount())}


def rows(view):
    return [view.model.headerData(r, Qt.Orientation.Vertical) for r in range(view.model.rowCount())]


def number(text):
    """The first whole number of a cell, e.g. 1,027,710 of "1,027,710 (1.0M)"."""
    return int(re.match(r"[\d,]+", text).group(0).replace(",", ""))


def shown(family):
    return str(FAMILY_LABELS[family])


def conv_linear_layers(config):
    import torch

    from explorer.core.models.registry import build_model

    return sum(isinstance(m, (torch.nn.Conv2d, torch.nn.Linear)) for m in build_model(config).modules())


@pytest.fixture
def window(app_window):
    return app_window


def test_same_budget_by_clicks_then_train_and_see_the_gradient_flow(qtbot, window):
    type_into(qtbot, window.config_panel.blocks, "2, 2, 2")
    type_into(qtbot, window.config_panel.growth, "4")
    current = window.state.config
    view = window.panels["extra_compare_view"]
    raise_dock(qtbot, window, window.docks["extra_compare_view"])

    # By parameters (the default): the current network and one column per family, each within 10% of it or
    # explained beside the table (a family whose smallest network is bigger than this DenseNet).
    click(qtbot, view.budget_button)
    qtbot.waitUntil(lambda: view.model.columnCount() == 6, timeout=10_000)  # sized in a job: milliseconds
    cols = table(view)
    assert list(cols) == ["Current network", *(shown(f) for f in MATCH_FAMILIES)]
    target = number(cols["Current network"]["Parameters"])
    assert cols["Current network"]["Mismatch in parameters"] == f"the budget: {target:,}"
    assert not any(p.isEnabled() for p in view.pickers)
    for family in MATCH_FAMILIES:
        col = cols[shown(family)]
        params = number(col["Parameters"])
        pct = 100 * (params - target) / target
        assert col["Mismatch in parameters"] == f"{pct:+.1f}%"
        assert col["Chosen size"] and col["Network"]
        if abs(pct) > TOLERANCE_PCT:
            assert family == "wide_resnet" and "The smallest Wide ResNet" in view.message.text()
    assert sum(abs(number(cols[shown(f)]["Parameters"]) - target) <= 0.1 * target for f in MATCH_FAMILIES) >= 4

    # By multiply-adds, switched with the control.
    click(qtbot, view.budget_macs)
    qtbot.waitUntil(lambda: "Mismatch in multiply-adds" in rows(view), timeout=10_000)
    cols = table(view)
    assert "Mismatch in multiply-adds" in cols["Current network"] and "Mismatch in parameters" not in \
        cols["Current network"]
    want = {str(FAMILY_LABELS[m.family]): m for m in match_all(current, "macs")}
    for name, m in want.items():
        assert cols[name]["Mismatch in multiply-adds"] == f"{m.mismatch_pct:+.1f}%"
        assert cols[name]["Network"] == m.config.title

    # Train them together: digits, one epoch of two batches, same seed and data.
    click(qtbot, view.budget_params)
    qtbot.waitUntil(lambda: "Mismatch in parameters" in rows(view), timeout=10_000)
    choose(qtbot, view.dataset_combo, data="digits")
    type_into(qtbot, view.epochs_spin, "1")
    type_into(qtbot, view.batches_spin, "2")
    view.ask_long_run = lambda seconds: True  # answered Start (the real box is clicked in test_compare_view)
    with qtbot.waitSignal(view.sig_training_finished, timeout=180_000) as done:
        click(qtbot, view.train_button)
    results = done.args[0]
    assert [r["status"] for r in results] == ["completed"] * 6
    assert "Trained on digits" in view.message.text() and "8x8" in view.message.text()

    # The gradient flow tab, opened by its tab: one heatmap per network, a row per conv/linear layer.
    bar = view.bottom_tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    assert view.bottom_tabs.currentWidget() is view.gradients and view.gradients.isVisible()
    plot = view.gradients.plot
    fitted = apply_dataset(current, dataset_shape("digits"))
    networks = [fitted, *(m.config for m in match_all(fitted, "params") if m.config is not None)]
    assert len(plot.images) == len(networks) == 6
    for matrix, config in zip(plot.matrices, networks):
        assert matrix.shape == (conv_linear_layers(config), 1)
    assert [p.titleLabel.text for p in plot.plots] == ["Current network", *(shown(f) for f in MATCH_FAMILIES)]
    assert "log10" in view.gradients.note.text()

    # Korean, switched from the menu.
    translations = Translations(QApplication.instance())
    window.sig_language_requested.connect(lambda code: (translations.set_language(code),
                                                        window.set_language_checked(code)))
    try:
        trigger_menu(qtbot, window, "Language", "한국어")
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() != "&File", timeout=5000)
        assert view.budget_button.text() == "같은 예산으로 비교"
        assert view.budget_params.text() == "파라미터 수 기준" and view.budget_macs.text() == "곱셈-누산(MAC) 기준"
        assert view.bottom_tabs.tabText(1) == "기울기 흐름"
        assert "파라미터 수 차이" in rows(view) and "선택된 크기" in rows(view)
        assert view.model.headerData(1, Qt.Orientation.Horizontal) == "플레인 CNN"  # the family, in Korean
        assert view.message.text().startswith("각 계열의 크기를 현재 네트워크의 파라미터 수")
        assert "가장 작은 와이드 ResNet" in view.message.text()  # the core's note, in Korean too
    finally:
        translations.set_language("en")


def test_the_matched_columns_follow_the_current_network(qtbot):
    """At the same budget, a new current network (typed elsewhere) is sized again once the view is seen: a ResNet
    is matched by the four other families; a DenseNet on 1x1 inputs gets no FractalNet, and the view says why."""
    from explorer.core.config import DenseNetConfig, preset_config
    from explorer.ui.panels.compare_view import CompareView
    from explorer.ui.state import AppState

    view = CompareView(AppState(DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8)))
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    click(qtbot, view.budget_button)
    qtbot.waitUntil(lambda: view.model.columnCount() == 6, timeout=10_000)
    view.state.set_config(preset_config("resnet-110"))
    qtbot.waitUntil(lambda: view.model.columnCount() == 5, timeout=10_000)
    cols = table(view)
    assert list(cols) == ["Current network", *(shown(f) for f in MATCH_FAMILIES if f != "resnet")]
    assert cols["Current network"]["Network"] == "ResNet-110"
    assert cols[shown("plain")]["Mismatch in parameters"] == "+0.0%"  # the same network without shortcuts
    view.state.set_config(DenseNetConfig(growth_rate=4, block_layers=(3,), input_size=1))
    qtbot.waitUntil(lambda: view.model.columnCount() == 5 and table(view)["Current network"]["Network"]
                    .startswith("DenseNet"), timeout=10_000)
    assert shown("fractalnet") not in table(view)
    assert "FractalNet cannot be built for 1x1 pixels" in view.message.text()
    click(qtbot, view.budget_button)  # off: the pickers' networks again
    assert view.model.columnCount() == 3 and all(p.isEnabled() for p in view.pickers)
    assert "Mismatch in parameters" not in rows(view)
