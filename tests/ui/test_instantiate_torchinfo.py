"""The instantiate and torchinfo panels run their work in worker threads once torch has loaded."""

from explorer.core.config import DenseNetConfig
from explorer.core.ledger import compute_ledger
from explorer.ui.background import torch_loader
from explorer.ui.panels.instantiate_panel import InstantiatePanel
from explorer.ui.panels.torchinfo_view import TorchinfoView
from explorer.ui.state import AppState

TINY = DenseNetConfig(growth_rate=4, block_layers=(2, 2), input_size=8, num_classes=3)


def wait_for_torch(qtbot):
    loader = torch_loader()
    loader.start()
    qtbot.waitUntil(lambda: loader.ready, timeout=60000)
    return loader


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
    panel.start()
    qtbot.waitUntil(lambda: panel.last_result is not None, timeout=60000)
    panel.wait()
    r = panel.last_result
    assert r.param_count == compute_ledger(TINY).total_params and r.batch_size == 3
    assert f"{r.param_count:,}" in panel.results["params"].text()
    assert "images/s at batch 3" in panel.results["throughput"].text()
    assert panel.progress.value() == 100 and not panel.cancel_button.isEnabled()


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
    bigger = TINY.replace(growth_rate=6)
    state.set_config(bigger)  # not on screen: no network is built for nobody to see
    qtbot.wait(view.DELAY_MS + 300)
    assert view.shown_config == TINY and view.job.wait(100)
    view.show()  # shown (or its tab raised): it catches up
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.shown_config == bigger, timeout=60000)
    view.wait()
    assert f"Total params: {compute_ledger(bigger).total_params:,}" in view.text.toPlainText()
