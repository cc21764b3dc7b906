"""The Compare view: lists and draws the chosen networks, places them on the paper's plot, and trains them
together into overlaid curves."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from explorer.core import speed
from explorer.core.compare import joint_estimate_seconds, joint_networks
from explorer.core.config import ConfigError, DenseNetConfig, preset_config
from explorer.ui.panels.compare_view import CURRENT, CompareView
from explorer.ui.state import AppState


@pytest.fixture
def view(qtbot):
    state = AppState(DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8))
    v = CompareView(state)
    qtbot.addWidget(v)
    v.resize(1200, 800)
    return v


def column(view, name):
    model = view.model
    for c in range(model.columnCount()):
        if [e.name for e in model.entries()][c] == name:
            return {model.headerData(r, Qt.Orientation.Vertical): model.data(model.index(r, c))
                    for r in range(model.rowCount())}
    raise KeyError(name)


def test_table_lists_the_chosen_networks(view, qtmodeltester):
    view.set_networks(["plain-110", "resnet-110", "densenet-bc-l100-k12"])
    qtmodeltester.check(view.model)
    assert [e.name for e in view.model.entries()] == ["plain-110", "resnet-110", "densenet-bc-l100-k12"]
    plain, res, dense = (column(view, n) for n in ("plain-110", "resnet-110", "densenet-bc-l100-k12"))
    assert plain["Parameters"] == res["Parameters"] == "1,727,962 (1.7M)"
    assert dense["Parameters"] == "769,162 (0.8M)"
    assert (plain["Connections in blocks"], res["Connections in blocks"], dense["Connections in blocks"]) == \
        ("54", "108", "408")
    assert res["Paper's error C10+"] == "6.61%" and dense["Paper's error C100+"] == "22.27%"
    assert dense["Depth L"] == "100"


def test_disagreement_is_shown_beside_the_architecture(view):
    view.set_networks(["resnet-1202", "fractalnet-20"])
    r = column(view, "resnet-1202")
    assert r["Parameters"] == "19,421,274 (19.4M)" and r["Parameters in the paper's table"] == "10.2M (differs)"
    assert "19.4M" in view.message.text() and "33.7M" in view.message.text()
    row = [view.model.headerData(i, Qt.Orientation.Vertical) for i in range(view.model.rowCount())].index(
        "Parameters in the paper's table")
    assert "10.2M" in view.model.data(view.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    # On the plot: at the table's figure, with the architecture's count beside it.
    assert view.placed["resnet-1202"] == (10.2, 4.91)
    assert view.placed["fractalnet-20"] == (38.6, 5.22)


def test_patterns_are_drawn_for_a_block_of_the_same_depth(view):
    view.set_networks(["plain-20", "resnet-20", CURRENT])
    assert view.patterns.edge_counts == {"chain": 4, "residual": 8, "dense": 10}
    assert view.patterns.highlighted == {"chain", "residual", "dense"}
    view.layers_spin.setValue(6)
    assert view.patterns.edge_counts == {"chain": 6, "residual": 12, "dense": 21}
    assert len(view.patterns.scene().items()) > 3 * 7
    view.set_networks(["resnet-20", "wrn-16-8"])
    assert view.patterns.highlighted == {"residual"}


def test_current_network_follows_the_state_and_bad_picks_are_refused(view, qtbot):
    view.show()
    view.set_networks([CURRENT, "resnet-20"])
    assert column(view, CURRENT)["Network"] == view.state.config.title
    view.state.set_config(preset_config("wrn-16-8"))
    qtbot.waitUntil(lambda: not view.follow.pending, timeout=2000)
    assert column(view, CURRENT)["Parameters"] == "10,961,370 (11.0M)"
    assert view.placed[CURRENT] == (11.0, 4.81)  # equal to a preset: its table row applies
    with pytest.raises(ConfigError, match="two or three"):
        view.set_networks(["resnet-20"])
    with pytest.raises(ConfigError, match="preset"):
        view.set_networks(["resnet-20", "resnet-21"])
    assert [e.name for e in view.model.entries()] == [CURRENT, "resnet-20"]


def test_hidden_view_does_not_follow_until_shown(view, qtbot):
    """Behind another tab (or closed), a config change costs nothing; shown again, the view catches up once."""
    view.set_networks([CURRENT, "resnet-20"])
    title = column(view, CURRENT)["Network"]
    for k in (6, 8, 10):
        view.state.set_config(view.state.config.replace(growth_rate=k))
    assert view.follow.runs == 0 and view.follow.pending
    assert not view.follow.scheduled()  # nothing runs it until shown
    assert column(view, CURRENT)["Network"] == title
    view.show()
    qtbot.waitUntil(lambda: not view.follow.pending, timeout=2000)
    assert view.follow.runs == 1
    assert column(view, CURRENT)["Network"] == view.state.config.title == "DenseNet-BC (L=11, k=10)"
    view.set_networks(["resnet-20", "wrn-16-8"])  # the current network not chosen: nothing to follow
    view.state.set_config(view.state.config.replace(growth_rate=12))
    assert not view.follow.pending and not view.follow.scheduled() and view.follow.runs == 1


def points(curve):
    xs, _ys = curve.getData()
    return 0 if xs is None else len(xs)


def click_train(view, qtbot):
    qtbot.mouseClick(view.train_button, Qt.MouseButton.LeftButton)


def test_training_together_overlays_curves(view, qtbot):
    view.state.set_config(DenseNetConfig(growth_rate=4, block_layers=(2, 2), init_features=8))
    view.set_networks(["plain-20", "resnet-20", CURRENT])
    view.epochs_spin.setValue(2)
    view.batches_spin.setValue(2)
    with qtbot.waitSignal(view.sig_training_finished, timeout=120_000) as blocker:
        click_train(view, qtbot)
    results = blocker.args[0]
    assert [r["name"] for r in results] == ["plain-20", "resnet-20", CURRENT]
    assert all(r["status"] == "completed" and len(r["history"]) == 2 for r in results)
    assert len(view._curves) == 3
    for curve, r in zip(view._curves, results):
        xs, ys = curve.getData()
        assert list(xs) == [1, 2]
        assert list(ys) == pytest.approx([h["val_acc"] for h in r["history"]])
    text = view.train_status.text()
    assert text.startswith("Done. Final validation accuracy:")
    assert f"Current network: {results[2]['history'][-1]['val_acc']:.1%} after epoch 2" in text
    assert view.train_button.isEnabled() and not view.stop_button.isEnabled()


def test_stop_after_an_epoch_says_what_was_reached(view, qtbot):
    """Stop while the first network trains on: "Stopping…" at once, the run over within a bound, and the final
    line gives the real accuracy reached and says the second network never started."""
    view.set_networks([CURRENT, "resnet-20"])
    view.epochs_spin.setValue(500)
    view.batches_spin.setValue(2)
    click_train(view, qtbot)
    qtbot.waitUntil(lambda: len(view._curves) == 2 and points(view._curves[0]) >= 1, timeout=60_000)
    with qtbot.waitSignal(view.sig_training_finished, timeout=30_000) as blocker:
        t0 = time.monotonic()
        qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
        assert view.train_status.text() == "Stopping…" and not view.stop_button.isEnabled()
    elapsed = time.monotonic() - t0
    print(f"stop -> finished: {elapsed:.2f} s")
    assert elapsed <= 5.0, elapsed
    current, resnet = blocker.args[0]
    assert current["status"] == "stopped" and current["history"]
    assert resnet["status"] == "not started" and resnet["history"] == []
    text = view.train_status.text()
    last = current["history"][-1]
    assert text.startswith("Stopped. Last validation accuracy:")
    assert f"Current network: {last['val_acc']:.1%} after epoch {int(last['epoch'])}" in text
    assert "resnet-20: not started, no epoch" in text
    assert points(view._curves[0]) == len(current["history"]) and points(view._curves[1]) == 0
    assert view.train_button.isEnabled()


def test_stop_inside_a_long_batch_and_eta_from_the_first_batch(view, qtbot):
    """A network whose batch takes seconds on this CPU: the ETA shows after the first batch; Stop clicked while
    the next batch runs ends the run within a layer, and no epoch finished is said as such."""
    view.state.set_config(DenseNetConfig(growth_rate=64, block_layers=(8, 8), init_features=64))
    view.set_networks([CURRENT, "resnet-20"])
    view.epochs_spin.setValue(1)
    view.batches_spin.setValue(3)
    click_train(view, qtbot)
    qtbot.waitUntil(lambda: "ETA" in view.train_status.text(), timeout=90_000)
    text = view.train_status.text()
    assert "batch 1/3" in text and "run: batch 1/6" in text and "s per batch" in text
    assert "ETA ?" not in text
    with qtbot.waitSignal(view.sig_training_finished, timeout=30_000) as blocker:
        t0 = time.monotonic()
        qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
        assert view.train_status.text() == "Stopping…"
    elapsed = time.monotonic() - t0
    print(f"stop -> finished: {elapsed:.2f} s; one batch: {view.clock.seconds_per_batch:.2f} s")
    assert elapsed <= 5.0, elapsed
    current, resnet = blocker.args[0]
    assert current["status"] == "stopped" and resnet["status"] == "not started"
    assert "Current network: no epoch finished" in view.train_status.text()


def answer_box(qtbot, button_text):
    """Click a button of the real QMessageBox once it is up (the run's estimate comes from a worker first)."""
    seen = []

    def poll():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            button = next(b for b in box.buttons() if b.text() == button_text)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        else:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return seen


def test_long_run_asks_first(view, qtbot, monkeypatch):
    """An estimate over LONG_RUN_SECONDS (here: a very slow probe speed) asks; Cancel starts nothing, Start runs."""
    monkeypatch.setattr(speed, "probe_speed", lambda device="cpu", memory_efficient=False, steps=3: 1e5)
    view.set_networks([CURRENT, "resnet-20"])
    view.epochs_spin.setValue(1)
    view.batches_spin.setValue(1)
    fitted = joint_networks([(CURRENT, view.state.config), ("resnet-20", preset_config("resnet-20"))], "digits")
    expected = joint_estimate_seconds(fitted, "digits", view._settings(), 1e5)
    assert expected > speed.LONG_RUN_SECONDS
    seen = answer_box(qtbot, "Cancel")
    click_train(view, qtbot)
    qtbot.waitUntil(lambda: view.train_status.text().startswith("Not started"), timeout=30_000)
    assert seen and f"about {expected / 60:,.0f} minutes" in seen[0]
    assert f"about {expected / 60:,.0f} minutes" in view.train_status.text()
    assert view.job is None and view.train_button.isEnabled()

    seen = answer_box(qtbot, "Start")
    with qtbot.waitSignal(view.sig_training_finished, timeout=60_000) as blocker:
        click_train(view, qtbot)
    assert seen and [r["status"] for r in blocker.args[0]] == ["completed", "completed"]
    assert view.train_status.text().startswith("Done.")
    assert [points(c) for c in view._curves] == [1, 1]


def test_a_network_too_big_for_memory_is_refused_before_anything_is_built(view, qtbot, monkeypatch):
    from explorer.core import devices, models

    monkeypatch.setattr(devices, "device_free_bytes", lambda device: 200 * 2**20)
    built = []
    real_build = models.build_model
    monkeypatch.setattr(models, "build_model", lambda *a, **k: built.append(a) or real_build(*a, **k))
    view.set_networks([CURRENT, "densenet-bc-l190-k40"])
    view.batches_spin.setValue(1)
    click_train(view, qtbot)
    qtbot.waitUntil(lambda: view.train_status.text().startswith("Not started"), timeout=30_000)
    text = view.train_status.text()
    assert "densenet-bc-l190-k40" in text and "needs about" in text and "is free" in text
    assert built == [] and view.job is None and view.train_button.isEnabled()


def test_korean_translation(qtbot):
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = Path(__file__).resolve().parents[2] / "explorer" / "resources" / "i18n" / "compare_ko.qm"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        v = CompareView(AppState())
        qtbot.addWidget(v)
        assert v.train_button.text() == "같은 데이터로 함께 학습"
        assert CompareView.title() == "비교"
        assert v.model.headerData(3, Qt.Orientation.Vertical) == "파라미터 수"
        assert "연결 4개" in " ".join(i.toPlainText() for i in v.patterns.scene().items() if hasattr(i, "toPlainText"))
    finally:
        QCoreApplication.removeTranslator(translator)


def test_stop_during_the_memory_check_and_speed_probe_starts_nothing(view, qtbot, monkeypatch):
    """The check before a run can take a while on a busy computer: Stop is offered at once and gives the start up;
    what the check finds afterwards starts no run."""
    import threading

    release = threading.Event()
    monkeypatch.setattr(speed, "probe_speed", lambda device="cpu", memory_efficient=False, steps=3:
                        release.wait(30) and 1e9)
    view.set_networks([CURRENT, "resnet-20"])
    click_train(view, qtbot)
    assert view.stop_button.isEnabled() and not view.train_button.isEnabled()
    assert view.train_status.text() == "Checking memory and this computer's speed…"
    qtbot.mouseClick(view.stop_button, Qt.MouseButton.LeftButton)
    assert view.train_status.text() == "Not started: stopped while memory and speed were checked."
    assert view.train_button.isEnabled() and not view.stop_button.isEnabled() and not view.busy()
    release.set()
    qtbot.waitUntil(lambda: not view.jobs.running(), timeout=30_000)  # the check's thread has ended and is freed
    assert view.job is None and view.clock is None
    assert view.train_status.text() == "Not started: stopped while memory and speed were checked."
