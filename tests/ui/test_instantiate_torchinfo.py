"""The instantiate and torchinfo panels run their work in worker threads once torch has loaded."""

from PySide6.QtCore import Qt

from explorer.core.config import DenseNetConfig
from explorer.core.instantiate import rate_number, throughput_text
from explorer.core.ledger import compute_ledger
from explorer.ui.panels.instantiate_panel import InstantiatePanel
from explorer.ui.panels.torchinfo_view import TorchinfoView
from explorer.ui.state import AppState

from .waits import wait_for_torch

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=8, num_classes=3)


def test_instantiate_on_cpu_through_the_worker(qtbot):
    state = AppState(TINY)
    panel = InstantiatePanel(state)
    qtbot.addWidget(panel)
    wait_for_torch(qtbot)
    assert panel.available_devices()[0] == "cpu"
    # Unavailable devices are listed, disabled, with the reason.
    for i in range(panel.device.count()):
        if panel.device.itemData(i) not in panel.available_devices():
            assert "—" in panel.device.itemText(i)
    panel.batch.setValue(3)
    assert panel.run_button.isEnabled()
    qtbot.mouseClick(panel.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60000)
    panel.wait()
    r = panel.last_result
    assert r.param_count == compute_ledger(TINY).total_params and r.batch_size == 3
    assert f"{r.param_count:,}" in panel.results["params"].text()
    assert r.runs >= 5 and r.latency_min_ms <= r.latency_ms <= r.latency_max_ms
    # What the person reads: the median of several runs, their spread and how many there were.
    assert panel.results["latency"].text() == (
        f"{rate_number(r.latency_ms)} ms median ({rate_number(r.latency_min_ms)}–{rate_number(r.latency_max_ms)} "
        f"ms, {r.runs} runs)")
    assert panel.results["throughput"].text() == f"{throughput_text(r.throughput)} at batch 3"
    assert panel.progress.value() == 100 and not panel.cancel_button.isEnabled()


def test_instantiate_wording(qtbot):
    panel = InstantiatePanel(AppState(TINY))
    qtbot.addWidget(panel)
    assert panel.throughput_text(1, 1) == "1 image/s at batch 1"
    assert panel.throughput_text(2, 2) == "2 images/s at batch 2"
    assert panel.throughput_text(0.5, 1) == "0.5 images/s at batch 1"
    assert panel.throughput_text(12345, 64) == "12,345 images/s at batch 64"
    assert panel.latency_text(12.34, 11.9, 13.04, 9) == "12.3 ms median (11.9–13 ms, 9 runs)"
    assert panel.latency_text(2500.0, 2500.0, 2500.0, 1) == "2,500 ms median (2,500–2,500 ms, 1 run)"


def test_instantiate_refusal_is_reported(qtbot, monkeypatch):
    import explorer.core.devices as devices

    monkeypatch.setattr(devices, "device_free_bytes", lambda device: 1000)
    state = AppState(TINY)
    panel = InstantiatePanel(state)
    qtbot.addWidget(panel)
    wait_for_torch(qtbot)
    messages = []
    state.sig_status.connect(lambda text, ms: messages.append(text))
    panel.start()
    qtbot.waitUntil(lambda: bool(messages), timeout=60000)
    panel.wait()
    assert "batch_size = 16" in panel.message.text() and "free" in panel.message.text()
    assert panel.last_result is None


def test_torchinfo_view_follows_the_network(qtbot):
    state = AppState(TINY)
    view = TorchinfoView(state)
    qtbot.addWidget(view)
    wait_for_torch(qtbot)
    view.refresh()
    qtbot.waitUntil(lambda: view.shown_config == TINY, timeout=60000)
    view.wait()
    text = view.text.toPlainText()
    assert f"Total params: {compute_ledger(TINY).total_params:,}" in text
    # The first summary's thread is joined; its "ended" signal is queued to the runner: once delivered, the job
    # is forgotten (asserting this straight after wait() raced that delivery on a loaded machine).
    qtbot.waitUntil(lambda: not view.jobs.running(), timeout=10000)
    bigger = TINY.replace(growth_rate=6)
    state.set_config(bigger)  # not on screen: no network is built for nobody to see
    # Nothing is scheduled that could build it: the update waits for the view to come on screen.
    assert view.deferred.pending and not view.deferred.scheduled() and not view.timer.isActive()
    assert view.shown_config == TINY and not view.jobs.running()
    view.show()  # shown (or its tab raised): it catches up
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.shown_config == bigger, timeout=60000)
    view.wait()
    assert f"Total params: {compute_ledger(bigger).total_params:,}" in view.text.toPlainText()


def test_torchinfo_summaries_leave_no_thread_behind(qtbot):
    """Each summary is a job of the view's runner: once it has reported, its thread is freed (one QThread
    used to stay for every config change)."""
    from PySide6.QtCore import QThread

    state = AppState(TINY)
    view = TorchinfoView(state)
    qtbot.addWidget(view)
    wait_for_torch(qtbot)
    for k in (4, 5, 6):
        config = TINY.replace(growth_rate=k)
        state.set_config(config)
        view.refresh()
        qtbot.waitUntil(lambda config=config: view.shown_config == config, timeout=60000)
    qtbot.waitUntil(lambda: not view.jobs.running(), timeout=10000)
    qtbot.waitUntil(lambda: not view.findChildren(QThread), timeout=5000)
