"""The Training panel's options say what the device's one probe measured: mixed precision's speed-up beside
its checkbox, channels_last ticked where it was faster (until the person ticks it), both in Korean too."""

from __future__ import annotations

import pytest

from explorer.core import speed
from explorer.core.config import DenseNetConfig
from explorer.core.speed import Probe
from explorer.ui.panels.training_panel import TrainingPanel
from explorer.ui.state import AppState
from tests.ui.drive import click
from tests.ui.waits import wait_for_torch

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), in_channels=1, input_size=8)


def _probe(cl_s: float, amp_s: tuple[float, ...], fast: str | None = "avx512_bf16") -> Probe:
    return Probe("cpu", False, 10**9, {"contiguous": (1.0, 1.0, 1.0), "channels_last": (cl_s,) * 3, "amp": amp_s},
                 fast)


@pytest.fixture
def measured(monkeypatch):
    """The cpu probe as measured: channels_last 1.25x slower, bf16 2x faster than float32 (a probe that is
    already measured is what every caller reuses; nothing is timed again)."""
    monkeypatch.setattr(speed, "_measured", {("cpu", False): _probe(1.25, (0.625, 0.6, 0.65))})


@pytest.fixture
def panel(qtbot, measured):
    wait_for_torch(qtbot)
    p = TrainingPanel(AppState(config=TINY))
    qtbot.addWidget(p)
    p.show()
    qtbot.waitExposed(p)
    yield p
    assert p.shutdown(20000)


def test_the_probe_s_verdicts_beside_the_options(qtbot, panel):
    count = speed.probe_count()
    click(qtbot, panel.advanced_toggle)
    qtbot.waitUntil(lambda: "faster here" in panel.amp_check.text(), timeout=20000)
    assert panel.amp_check.text() == "Mixed precision (bf16: 2.00× faster here)"
    assert not panel.amp_check.isChecked()  # off by default: shown, not chosen
    assert panel.channels_last_check.text() == "channels_last (1.25× slower here)"
    assert not panel.channels_last_check.isChecked()  # the probe found it slower on this device
    assert "3 interleaved rounds" in panel.amp_check.toolTip()
    assert speed.probe_count() == count  # the one probe reused, none measured again
    # The person's tick stays: a later probe result does not undo it.
    click(qtbot, panel.channels_last_check)
    assert panel.channels_last_check.isChecked()
    panel.recipe.show_probe(_probe(1.25, (0.6,)))
    assert panel.channels_last_check.isChecked() and panel.settings().channels_last
    click(qtbot, panel.amp_check)
    assert panel.settings().amp


def test_a_level_or_unmeasured_amp_says_so(qtbot, panel):
    click(qtbot, panel.advanced_toggle)
    qtbot.waitUntil(lambda: "here" in panel.amp_check.text(), timeout=20000)
    panel.recipe.show_probe(_probe(0.8, (0.7, 0.9, 0.8)))
    assert panel.amp_check.text() == "Mixed precision (bf16: level here)"
    assert panel.channels_last_check.isChecked()  # faster: ticked
    panel.recipe.show_probe(_probe(0.8, (), fast=None))
    assert panel.amp_check.text() == "Mixed precision (no fast bf16 here: not measured)"


def test_korean(qtbot, panel):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    click(qtbot, panel.advanced_toggle)
    qtbot.waitUntil(lambda: "faster here" in panel.amp_check.text(), timeout=20000)
    qm = Path(__file__).resolve().parents[2] / "explorer" / "resources" / "i18n" / "training_ko.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: panel.train_button.text() == "학습", timeout=5000)
        assert panel.amp_check.text() == "혼합 정밀도 (bf16: 이 기기에서 2.00배 빠름)"
        assert panel.channels_last_check.text() == "channels_last 메모리 배치 (이 기기에서 1.25배 느림)"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: panel.amp_check.text() == "Mixed precision (bf16: 2.00× faster here)", timeout=5000)
