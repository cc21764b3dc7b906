"""How the window keeps up: the time from a control change to the repainted window for densenet264, and the
window's start-up time against importing torch and PySide6 alone.

Goals (issue 3): update under 16 ms (median); window shown within 1.5x of `import torch, PySide6`.
- update: the growth-rate spin box of the config panel steps k between 32 and 33 on densenet264 (the ledger,
  cards, table, diagram and plot all update); timed until the event queue is drained twice (the panels' 0-ms
  coalescing timers have fired and the changed widgets are repainted), offscreen. The window is as a user
  first sees it: every dock in its default place, the front tab of each tabbed area shown, the others behind.
  Timing starts once the window is idle: the background work that panels start on their own when the window
  opens (the torch import, the training panel's speed measurement) has finished, as it has for a user a few
  seconds after start-up; a tick itself starts no such work. Also printed: the same followed by a synchronous
  repaint of every widget of the window, and the same without the other issues' panels (EXTRA_PANELS).
- ticks (issue 14: "live plots flat in run length", goal <= 2 ms per tick at a million points): the Training
  panel's 10-Hz plot tick with a run of 234,600 batches (300 CIFAR-10 epochs at batch 64) and of 1,000,000, in
  the app's window with torch loaded (start_background(), as the app starts it): 10 batches appended as the
  drain does, then ``TrainingPlots.show_run`` (the update), then the event loop's paint of what it changed. Old
  (Python lists, full setData, pyqtgraph's autoDownsample + clipToView, as before) and new (RunRecord's Series,
  PeakCurve's min/max envelope) alternate tick by tick on two plot widgets of the same size.
- startup: a fresh interpreter runs `explorer`'s window code until the window is shown and its first paint is
  done, wall clock from launch (torch then loads in the background, not counted: the window does not need it).
- import: a fresh interpreter runs `import torch, PySide6.QtWidgets`, wall clock from launch. The two alternate
  (import, window, import, window, ...: PAIRS pairs, 8 by default), and the ratio is taken per pair.
- frames (issue: "the window must keep repainting while anything trains", goal p95 <= 50 ms): the real window,
  torch loaded, the app's own settings (torch's default threads, pyqtgraph's GUI-thread garbage collector as
  ``explorer.ui.app.main`` installs it). A 5-ms precise QTimer on the GUI thread records the gaps between its
  firings and asks a small probe widget for a repaint each time (benchmarks/frame_clock.py); the frame interval
  is that gap. Measured idle (the Training dock raised, nothing running), during a run started as a person
  starts it (Training dock raised, epochs typed, Train clicked: the demo network on the digits), and during a
  joint run in the Compare view (its Train button clicked, its default networks on its default data). Each
  training window runs from the click to SECONDS after the first batch arrived; then Stop is clicked. With it:
  training images/s, the panels' 10-Hz drain slots timed, and for gaps over 50 ms where the GUI thread was
  (on a core, waiting for one, asleep on the GIL or a lock: /proc/thread-self/schedstat).
  ``--frames-only`` runs just this part; ``--ticks-only`` just the ticks.
Ends with `RESULT update_densenet264_ms=… startup_s=… import_s=… frame_p50_idle_ms=… frame_p95_train_ms=…
frame_p50_train_ms=… frame_p95_compare_ms=… frame_p50_compare_ms=… tick_ms_1m=… tick_ms_234k=…
tick_ratio_old_new=… startup_ratio=… startup_ratio_lo=… startup_ratio_hi=…` (medians; frames: this run's
figures; tick_ms_*: the new path's update, append + show_run; tick_paint_ms_*: with the paint that follows;
tick_ratio_old_new: old/new update at a million batches, median of the per-tick-pair ratios, _lo/_hi its spread).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTUP = r"""
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QSettings
from explorer.ui.app import create_app
app = create_app()
from explorer.ui.main_window import MainWindow
w = MainWindow(settings=QSettings({ini!r}, QSettings.Format.IniFormat), restore=False)
w.resize(1600, 1000)
w.show()
app.processEvents()
w.repaint()
print("SHOWN", time.perf_counter(), "torch" in sys.modules, flush=True)
import os
os._exit(0)  # timed to SHOWN; the teardown is not (it segfaulted at exit now and then in Qt's destructors)
"""
IMPORT = 'import torch, PySide6.QtWidgets\nprint("DONE", flush=True)\nimport os\nos._exit(0)'


CHILD_CPU: list[float] = []  # CPU seconds of each timed child (user + system, all its threads), in order


def timed_child(code: str) -> float:
    """Seconds from launching a fresh interpreter to its "SHOWN" (the window) or "DONE" (the import) line, read
    as it arrives; the child then leaves without its teardown, which neither figure includes. Its CPU seconds
    go to CHILD_CPU."""
    import resource

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env)
    elapsed = None
    for line in proc.stdout:
        if line.startswith(("SHOWN", "DONE")):
            elapsed = time.perf_counter() - t0
            if line.startswith("SHOWN"):
                assert line.split()[2] == "False", "torch was imported before the window was shown"
    _out, err = proc.communicate(timeout=300)
    if elapsed is None or proc.returncode != 0:
        raise SystemExit(f"the timed child failed (exit {proc.returncode}): {err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CHILD_CPU.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return elapsed


def bench_update(repeat: int = 40, extra_panels: bool = True) -> tuple[float, float, float]:
    import tempfile

    from PySide6.QtCore import QSettings

    import explorer.ui.window_docks as window_docks  # the docks it builds: one per panels.EXTRA_PANELS entry
    from explorer.core.config import PRESETS
    from explorer.ui.app import create_app
    from explorer.ui.background import torch_loader
    from explorer.ui.main_window import MainWindow

    saved_extras = window_docks.EXTRA_PANELS
    if not extra_panels:
        window_docks.EXTRA_PANELS = []

    app = create_app()
    tmp = tempfile.mkdtemp(prefix="bench-ui-")
    window = MainWindow(settings=QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat), restore=False)
    window.resize(1600, 1000)
    window.show()
    window.state.set_config(PRESETS["densenet264"].config)
    app.processEvents()
    t0 = time.perf_counter()
    window.start_background()  # as the app does once the window is shown: torch loads, the update runs with it
    wait_until(app, lambda: torch_loader().ready or torch_loader().error is not None, 300.0)
    if not torch_loader().ready:
        raise SystemExit(f"torch did not load: {torch_loader().error}")
    waited = wait_idle(app, window) + time.perf_counter() - t0
    window.repaint()
    spin = window.config_panel.growth
    times, full = [], []
    for i in range(2 * repeat + 6):
        t = time.perf_counter()
        spin.setValue(33 if i % 2 == 0 else 32)
        app.processEvents()  # the diagram's coalescing timer (0 ms) fires, the changed widgets are repainted
        app.processEvents()
        if i % 4 >= 2:
            window.repaint()  # and every widget of the window painted again, changed or not
            full.append((time.perf_counter() - t) * 1e3)
        else:
            times.append((time.perf_counter() - t) * 1e3)
    assert window.state.config.growth_rate in (32, 33)
    times, full = times[2:], full[2:]
    rebuild = []
    for i in range(6):  # a change of structure (layers per block): the diagram is drawn again
        blocks = (6, 12, 64, 48) if i % 2 else (6, 12, 64, 47)
        t = time.perf_counter()
        window.state.set_config(window.state.config.replace(block_layers=blocks))
        app.processEvents()
        window.repaint()
        rebuild.append((time.perf_counter() - t) * 1e3)
    window.close()
    window.deleteLater()
    app.processEvents()
    window_docks.EXTRA_PANELS = saved_extras
    print(f"  (waited {waited:.1f} s for torch and the window's own background work before timing; torch loaded: "
          f"{'torch' in sys.modules})")
    return statistics.median(times), statistics.median(full), statistics.median(rebuild)


def wait_idle(app, window, quiet_s: float = 1.5, limit_s: float = 300.0) -> float:
    """Pump events until no worker thread of the window (or the shared torch loader) has run for quiet_s."""
    from PySide6.QtCore import QThread

    from explorer.ui.background import torch_loader

    def busy() -> bool:
        loader = torch_loader().job
        return any(t.isRunning() for t in window.findChildren(QThread)) or (loader is not None and loader.is_running())

    t0 = last_busy = time.perf_counter()
    while time.perf_counter() - last_busy < quiet_s and time.perf_counter() - t0 < limit_s:
        app.processEvents()
        if busy():
            last_busy = time.perf_counter()
        time.sleep(0.02)
    return time.perf_counter() - t0


def wait_until(app, cond, limit_s: float) -> bool:
    """Run the event loop (a real one: no sleeps between events) until ``cond()`` or ``limit_s``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if cond():
        return True
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(20)
    poll.timeout.connect(lambda: loop.quit() if cond() else None)
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.timeout.connect(loop.quit)
    poll.start()
    deadline.start(int(limit_s * 1000))
    loop.exec()
    poll.stop()
    deadline.stop()
    return cond()


def run_for(app, seconds: float) -> None:
    wait_until(app, lambda: False, seconds)


class SlotTimer:
    """Times a panel's drain slot: the JobRunner delivers a run's progress to ``owner.<name>(values)`` at most
    every PROGRESS_MS, through the attribute bound when the run starts, so wrapping the attribute first times it."""

    def __init__(self, owner, name: str) -> None:
        self.ms: list[float] = []
        original = getattr(owner, name)

        def timed(*args) -> None:
            t = time.perf_counter()
            try:
                original(*args)
            finally:
                self.ms.append((time.perf_counter() - t) * 1e3)

        setattr(owner, name, timed)

    def take(self) -> list[float]:
        ms, self.ms = self.ms, []
        return ms


class SlowEvents:
    """--trace-events: every event the GUI thread delivers, timed through QApplication.notify; the slowest
    receivers are reported. (It costs a Python call per event, so it is off for the headline figures.)"""

    def __init__(self) -> None:
        self.depth = 0
        self.slow: list[tuple[float, str]] = []
        self.on = False

    def wrap(self, notify, receiver, event):
        if not self.on or self.depth:
            return notify(receiver, event)
        self.depth += 1
        t = time.perf_counter()
        try:
            return notify(receiver, event)
        finally:
            self.depth -= 1
            ms = (time.perf_counter() - t) * 1e3
            if ms > 20:
                try:
                    name = f"{type(receiver).__name__}/{event.type().name}"
                except Exception:  # noqa: BLE001
                    name = "?"
                self.slow.append((ms, name))

    def take(self) -> list[tuple[float, str]]:
        slow, self.slow = self.slow, []
        return slow


def _type_into(spin, text: str) -> None:
    """Click into the field, select all, type, Enter: as a person sets a number."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    QTest.mouseClick(spin, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(spin.width() // 3, spin.height() // 2))
    spin.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, text)
    QTest.keyClick(spin, Qt.Key.Key_Return)


def _click(button) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be clicked"
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, button.rect().center())


def _rate(samples: list[tuple[float, int]], batch_size: int) -> float:
    """Images per second from (time, batches done) samples, first batch to last."""
    started = [(t, n) for t, n in samples if n > 0]
    if len(started) < 2 or started[-1][1] == started[0][1]:
        return float("nan")
    (t0, n0), (t1, n1) = started[0], started[-1]
    return (n1 - n0) * batch_size / (t1 - t0)


def bench_frames(seconds: float = 12.0, idle_seconds: float = 5.0, size: tuple[int, int] = (1600, 1000),
                 trace_events: bool = False, ticks: int = 0) -> dict[str, object]:
    """The GUI thread's frame interval idle, during a Training-panel run and during a Compare joint run."""
    import tempfile

    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from explorer.ui.app import create_app
    from explorer.ui.background import torch_loader
    from explorer.ui.main_window import MainWindow

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from frame_clock import FrameClock, PaintProbe, percentile

    slow_events = SlowEvents()
    if trace_events and QApplication.instance() is None:
        class TracingApp(QApplication):
            def notify(self, receiver, event):  # noqa: N802 - Qt's name
                return slow_events.wrap(super().notify, receiver, event)

        TracingApp(sys.argv[:1])
    app = create_app()
    # As explorer.ui.app.main: automatic collection off, pyqtgraph's collector on a 1-s GUI-thread timer.
    from pyqtgraph.util.garbage_collector import GarbageCollector

    collector = GarbageCollector(interval=1.0)
    tmp = tempfile.mkdtemp(prefix="bench-ui-frames-")
    window = MainWindow(settings=QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat), restore=False)
    window.resize(*size)
    probe = PaintProbe(window)
    window.statusBar().addPermanentWidget(probe)
    window.show()
    app.processEvents()
    t0 = time.perf_counter()
    window.start_background()
    wait_until(app, lambda: torch_loader().ready or torch_loader().error is not None, 300.0)
    if not torch_loader().ready:
        raise SystemExit(f"torch did not load: {torch_loader().error}")
    import torch

    torch_s = time.perf_counter() - t0
    panel = window.panels["extra_training_panel"]
    view = window.panels["extra_compare_view"]
    asked: list[str] = []
    # The long-run questions (a modal QMessageBox) are answered "Start", as a person who wants the run would.
    panel.ask_long_run = lambda s: asked.append(f"training {s:.0f} s") or True
    view.ask_long_run = lambda s: asked.append(f"compare {s:.0f} s") or True
    panel.ask_close_during_run = lambda: "keep"
    window.docks["extra_training_panel"].raise_()
    run_for(app, 1.0)  # the dock grows, the panel's speed measurement starts (it waits 0.7 s)
    waited = wait_idle(app, window)
    tick_results = ticks_in_window(app, window, ticks=ticks) if ticks > 0 else {}  # this window, torch loaded
    clock = FrameClock(probe)
    drains = {"training": SlotTimer(panel, "_drain"), "compare": SlotTimer(view, "_drain")}
    results: dict[str, object] = {"torch_threads": torch.get_num_threads(),
                                  "interop_threads": torch.get_num_interop_threads()}
    print(f"frames: window {size[0]}x{size[1]} offscreen; torch loaded in {torch_s:.1f} s, then {waited:.1f} s idle "
          f"wait; torch.get_num_threads()={torch.get_num_threads()} interop={torch.get_num_interop_threads()} "
          f"OMP_NUM_THREADS={os.environ.get('OMP_NUM_THREADS', '(unset)')} cores={os.cpu_count()} "
          f"affinity={len(os.sched_getaffinity(0))} switchinterval={sys.getswitchinterval() * 1e3:.1f} ms "
          f"loadavg={os.getloadavg()[0]:.2f}", flush=True)

    stats = {}
    slow_events.on = trace_events
    clock.start("idle")
    run_for(app, idle_seconds)
    stats["idle"] = clock.stop()
    slow_by = {"idle": slow_events.take()}

    def measure(label: str, start, batches, stop, batch_size: int) -> tuple[float, float]:
        """Click to start; SECONDS after the first batch arrives, stop. Returns (first batch s, images/s)."""
        samples: list[tuple[float, int]] = []
        sampler = QTimer()
        sampler.setInterval(250)
        sampler.timeout.connect(lambda: samples.append((time.perf_counter(), batches())))
        drains[label].take()
        slow_events.take()
        clock.start(label)
        sampler.start()
        t_click = time.perf_counter()
        start()
        wait_until(app, lambda: batches() > 0, 120.0)
        first = time.perf_counter() - t_click
        run_for(app, seconds)
        samples.append((time.perf_counter(), batches()))
        sampler.stop()
        stats[label] = clock.stop()
        slow_by[label] = slow_events.take()
        stop()
        return first, _rate(samples, batch_size)

    # -- a run in the Training panel: the demo network on the digits, epochs typed, Train clicked
    assert panel.network_combo.currentData() == "demo" and panel.dataset_combo.currentData() == "digits"
    _type_into(panel.epochs_spin, "100")
    assert panel.epochs_spin.value() == 100, panel.epochs_spin.value()
    t_run = time.perf_counter()
    first_t, rate_t = measure("training", lambda: _click(panel.train_button),
                              lambda: len(panel.current.batch_x) if panel.current is not None else 0,
                              lambda: _click(panel.stop_button), panel.settings().batch_size)
    rows = [h for h in panel.current.history]
    wait_until(app, lambda: not panel.running, 60.0)
    epoch_rates = [h["images_per_s"] for h in rows]
    print(f"  training: demo {panel.current.config.title} on digits, batch {panel.settings().batch_size}: first batch "
          f"{first_t:.1f} s after the click; {len(rows)} epochs in {time.perf_counter() - t_run:.0f} s, epoch "
          f"images/s {', '.join(f'{r:.0f}' for r in epoch_rates)}; status {panel.current.status}", flush=True)

    # -- a joint run in the Compare view: its default networks on its default dataset, Train clicked
    window.docks["extra_compare_view"].raise_()
    run_for(app, 0.5)
    names = view.chosen()
    first_c, rate_c = measure("compare", lambda: _click(view.train_button),
                              lambda: view.clock.done if view.clock is not None and view.running() else 0,
                              lambda: _click(view.stop_button), view._settings().batch_size)
    t_stop = time.perf_counter()
    wait_until(app, lambda: not view.busy(), 120.0)
    print(f"  compare: {', '.join(names)} on {view.dataset_combo.currentData()}, {view.epochs_spin.value()} epochs: "
          f"first batch {first_c:.1f} s after the click; stopped {time.perf_counter() - t_stop:.1f} s after Stop; "
          f"questions answered: {asked or 'none'}", flush=True)

    print(f"  GUI thread frame interval (ms between firings of a {clock.timer.interval()}-ms timer; paints = "
          f"probe widget repainted every tick):")
    for key in ("idle", "training", "compare"):
        print("    " + stats[key].summary())
    for key in ("idle", "training", "compare"):
        print("    " + stats[key].attribution())
    for key in ("idle", "training", "compare"):
        busy = stats[key].other_cpu_s / stats[key].seconds
        if busy > 0.25:
            print(f"    WARNING {key}: other processes used {busy:.2f} of {os.cpu_count()} cores meanwhile: training "
                  f"is slowed and its frames are not comparable; run again on a quiet machine")
    for key, rate in (("training", rate_t), ("compare", rate_c)):
        d = drains[key].ms
        print(f"    {key:<10} images/s {rate:7.0f} (batches seen by the window over the time); its drain slot "
              f"{len(d)}x p50 {percentile(d, 50):.1f} max {max(d, default=float('nan')):.1f} ms")
    if trace_events:
        for key, slow in slow_by.items():
            by: dict[str, list[float]] = {}
            for ms, name in slow:
                by.setdefault(name, []).append(ms)
            top = sorted(by.items(), key=lambda kv: -sum(kv[1]))[:6]
            print(f"    GUI events over 20 ms ({key}): {len(slow)}, {sum(ms for ms, _ in slow):.0f} ms in all; " +
                  ", ".join(f"{name} {len(v)}x sum {sum(v):.0f} max {max(v):.0f}" for name, v in top))

    window.close()
    window.deleteLater()
    app.processEvents()
    del collector
    results.update({
        "frame_p50_idle_ms": stats["idle"].p(50), "frame_p95_idle_ms": stats["idle"].p(95),
        "frame_p50_train_ms": stats["training"].p(50), "frame_p95_train_ms": stats["training"].p(95),
        "frame_p50_compare_ms": stats["compare"].p(50), "frame_p95_compare_ms": stats["compare"].p(95),
        "train_images_per_s": rate_t, "compare_images_per_s": rate_c, "ticks": tick_results})
    return results


def _spread(values: list[float]) -> tuple[float, float, float]:
    """(min, median, max)."""
    return min(values), statistics.median(values), max(values)


def _ratio_words(lo: float, mid: float, hi: float) -> str:
    """A ratio with its spread; "level" where the spread crosses 1.0 (no difference shown)."""
    verdict = "level" if lo <= 1.0 <= hi else ("faster" if lo > 1.0 else "slower")
    return f"{mid:.2f}x (min {lo:.2f}, max {hi:.2f}; {verdict})"


TICK_BATCHES = 10  # batches per 10-Hz tick: ~100 batches/s, a fast GPU run's pace (CIFAR batch 64 on a CPU: ~5)
BATCHES_PER_EPOCH = 782  # CIFAR-10 at batch 64: 300 epochs are 234,600 batches


def _synthetic_losses(n: int, seed: int = 0):
    """A falling, noisy per-batch loss with a few spikes, and its bias-corrected moving average (RunRecord's)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    t = np.arange(n) / BATCHES_PER_EPOCH
    loss = 2.3 * np.exp(-t / 40) + 0.1 + 0.15 * rng.standard_normal(n) ** 2
    loss[rng.integers(0, n, size=max(n // 50_000, 1))] += 3.0
    smooth = np.empty(n)
    ema = 0.0
    for i in range(min(n, 64)):  # the exact EMA is sequential: exact for the first 64 batches,
        ema = 0.9 * ema + 0.1 * loss[i]
        smooth[i] = ema / (1 - 0.9 ** (i + 1))
    if n > 64:  # then its last 64 terms (0.9**64 = 0.1%), as good for drawing and vectorised
        windows = np.lib.stride_tricks.sliding_window_view(loss, 64)[:, ::-1]
        smooth[63:] = (windows * (0.1 * 0.9 ** np.arange(64))).sum(axis=1) / (1 - 0.9 ** 64)
    return t, loss, smooth


def bench_ticks(sizes: tuple[int, ...] = (234_600, 1_000_000), ticks: int = 20) -> dict[str, float]:
    """The plot ticks (``ticks_in_window``) in a window of their own (``--ticks-only``)."""
    import tempfile

    from PySide6.QtCore import QSettings

    from explorer.ui.app import create_app
    from explorer.ui.background import torch_loader
    from explorer.ui.main_window import MainWindow

    app = create_app()
    tmp = tempfile.mkdtemp(prefix="bench-ui-ticks-")
    window = MainWindow(settings=QSettings(os.path.join(tmp, "s.ini"), QSettings.Format.IniFormat), restore=False)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.start_background()  # as the app does once it is shown: torch loads in the background
    wait_until(app, lambda: torch_loader().ready or torch_loader().error is not None, 300.0)
    if not torch_loader().ready:
        raise SystemExit(f"torch did not load: {torch_loader().error}")
    window.docks["extra_training_panel"].raise_()
    run_for(app, 1.0)
    wait_idle(app, window)
    out = ticks_in_window(app, window, sizes, ticks)
    window.close()
    window.deleteLater()
    app.processEvents()
    return out


def ticks_in_window(app, window, sizes: tuple[int, ...] = (234_600, 1_000_000), ticks: int = 20
                    ) -> dict[str, float]:
    """The Training panel's 10-Hz plot tick at run lengths ``sizes``: TICK_BATCHES new batches appended, then
    drawn; in ``window`` (shown, torch loaded, idle, the Training dock raised). New: RunRecord's Series and
    TrainingPlots.show_run (PeakCurve). Old: Python lists, full setData, pyqtgraph's autoDownsample("peak") +
    clipToView, as the panel did before, on a second TrainingPlots of the same size. Ticks alternate old, new,
    old, new (each run grows alike)."""
    import threading

    import numpy as np
    import torch

    from explorer.ui.panels.training_plots import TrainingPlots
    from explorer.ui.panels.training_runs import RunRecord

    panel = window.panels["extra_training_panel"]
    load0 = os.getloadavg()[0]
    new_plots = panel.plots
    old_plots = TrainingPlots()
    old_plots.resize(new_plots.size())
    old_plots.show()
    for peak in (old_plots.peak_raw, old_plots.peak_smooth):  # the curves as they were configured before
        peak.detach()
        peak.item.setDownsampling(auto=True, method="peak")
        peak.item.setClipToView(True)
    app.processEvents()
    print(f"ticks: plots {new_plots.width()}x{new_plots.height()} px (loss view {new_plots.loss_plot.vb.width():.0f} "
          f"px wide), {TICK_BATCHES} batches per tick, {ticks} ticks per path and length, old and new alternating; "
          f"torch loaded: {'torch' in sys.modules}, torch threads {torch.get_num_threads()}, Python threads "
          f"{threading.active_count()}, loadavg {load0:.2f}", flush=True)
    out: dict[str, float] = {}
    config = panel.base_config()

    def one_length(n: int) -> None:
        x, loss, smooth = _synthetic_losses(n + (ticks + 2) * TICK_BATCHES)
        run = RunRecord(1, config, "cifar10", panel.settings())
        run.batch_x.extend(x[:n])
        run.batch_loss.extend(loss[:n])
        run.batch_smooth.extend(smooth[:n])
        old_x, old_loss, old_smooth = x[:n].tolist(), loss[:n].tolist(), smooth[:n].tolist()
        pos = {"new": n, "old": n}

        def tick_new() -> None:
            i = pos["new"]
            for j in range(i, i + TICK_BATCHES):  # as the panel's drain: one add per batch report
                run.batch_x.append(x[j])
                run.batch_loss.append(loss[j])
                run.batch_smooth.append(smooth[j])
            pos["new"] = i + TICK_BATCHES
            new_plots.show_run(run)

        def tick_old() -> None:
            i = pos["old"]
            for j in range(i, i + TICK_BATCHES):
                old_x.append(float(x[j]))
                old_loss.append(float(loss[j]))
                old_smooth.append(float(smooth[j]))
            pos["old"] = i + TICK_BATCHES
            old_plots.curve_batch_raw.setData(old_x, old_loss)
            old_plots.curve_batch_smooth.setData(old_x, old_smooth)

        new_plots.show_run(run, force=True)  # the run shown: its envelope built once, O(n)
        tick_old()
        app.processEvents()
        times: dict[str, dict[str, list[float]]] = {k: {"update": [], "tick": [], "cpu": []} for k in ("old", "new")}
        for i in range(2 * ticks):
            key, fn = ("old", tick_old) if i % 2 == 0 else ("new", tick_new)
            c0, t0 = time.process_time(), time.perf_counter()
            fn()
            t1 = time.perf_counter()
            app.processEvents()  # and painted: what setData invalidated (the curve's plot, its axes if re-ranged)
            t2, c1 = time.perf_counter(), time.process_time()
            times[key]["update"].append((t1 - t0) * 1e3)
            times[key]["tick"].append((t2 - t0) * 1e3)
            times[key]["cpu"].append((c1 - c0) * 1e3)
        shown = new_plots.peak_raw.shown_points()
        assert len(run.batch_loss) == n + ticks * TICK_BATCHES and np.array_equal(run.batch_loss.view(), loss[:len(
            run.batch_loss)]), "the new path lost data"
        ratios = [o / w for o, w in zip(times["old"]["update"], times["new"]["update"], strict=True)]
        for key in ("old", "new"):
            u, t, c = (_spread(times[key][k]) for k in ("update", "tick", "cpu"))
            print(f"  {n:>9,} batches {key}: update {u[1]:7.2f} ms (min {u[0]:.2f}, max {u[2]:.2f}); with the "
                  f"repaint {t[1]:7.2f} ms (min {t[0]:.2f}, max {t[2]:.2f}); CPU {c[1]:.2f} ms; {ticks} ticks",
                  flush=True)
        lo, mid, hi = _spread(ratios)
        print(f"  {n:>9,} batches: old/new update {_ratio_words(lo, mid, hi)}; the new curve draws {shown} points "
              f"for {len(run.batch_loss):,}", flush=True)
        label = "1m" if n == 1_000_000 else f"{n // 1000}k"
        out[f"tick_ms_{label}"] = _spread(times["new"]["update"])[1]
        out[f"tick_paint_ms_{label}"] = _spread(times["new"]["tick"])[1]
        out[f"tick_old_ms_{label}"] = _spread(times["old"]["update"])[1]
        out[f"tick_ratio_{label}"] = (lo, mid, hi)

    for n in sizes:
        one_length(n)
    print(f"  loadavg at the end {os.getloadavg()[0]:.2f}", flush=True)
    old_plots.close()
    old_plots.deleteLater()
    new_plots.show_run(RunRecord(0, config, "cifar10", panel.settings()), force=True)  # the long run let go
    app.processEvents()
    return out


def _fmt_spread(v: tuple[float, float, float], unit: str) -> str:
    return f"{v[1]:.2f} {unit} (min {v[0]:.2f}, max {v[2]:.2f})"


def _ticks_line(t: dict[str, object]) -> str:
    lo, mid, hi = t["tick_ratio_1m"]
    lo2, mid2, hi2 = t["tick_ratio_234k"]
    return (f"tick_ms_1m={t['tick_ms_1m']:.2f} tick_ms_234k={t['tick_ms_234k']:.2f} "
            f"tick_paint_ms_1m={t['tick_paint_ms_1m']:.2f} tick_paint_ms_234k={t['tick_paint_ms_234k']:.2f} "
            f"tick_old_ms_1m={t['tick_old_ms_1m']:.2f} tick_old_ms_234k={t['tick_old_ms_234k']:.2f} "
            f"tick_ratio_old_new={mid:.1f} tick_ratio_old_new_lo={lo:.1f} tick_ratio_old_new_hi={hi:.1f} "
            f"tick_ratio_old_new_234k={mid2:.1f} tick_ratio_old_new_234k_lo={lo2:.1f} "
            f"tick_ratio_old_new_234k_hi={hi2:.1f}")


def _frames_line(f: dict[str, object]) -> str:
    keys = ("frame_p50_idle_ms", "frame_p95_train_ms", "frame_p50_train_ms", "frame_p95_compare_ms",
            "frame_p50_compare_ms")
    return " ".join(f"{k}={f[k]:.1f}" for k in keys)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frames-only", action="store_true", help="only the frame-interval part")
    ap.add_argument("--ticks-only", action="store_true", help="only the plot-tick part")
    ap.add_argument("--ticks", type=int, default=20, help="plot ticks per path and run length (default 20)")
    ap.add_argument("--pairs", type=int, default=8, help="start-up pairs, import and window alternating (default 8)")
    ap.add_argument("--seconds", type=float, default=12.0, help="training seconds measured per run (default 12)")
    ap.add_argument("--idle-seconds", type=float, default=5.0)
    ap.add_argument("--size", default="1600x1000", help="window size, WxH (default 1600x1000)")
    ap.add_argument("--switch-interval", type=float, default=None,
                    help="sys.setswitchinterval in ms before anything starts (an experiment; default: Python's)")
    ap.add_argument("--trace-events", action="store_true",
                    help="also time every GUI event (QApplication.notify) and list the slowest; with --frames-only")
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    import tempfile

    args = parse_args(argv)
    if args.switch_interval is not None:
        sys.setswitchinterval(args.switch_interval / 1e3)
    # Runs write checkpoints under the user's data folder: a temporary one here (platformdirs reads XDG_DATA_HOME).
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="bench-ui-data-")
    size = tuple(int(v) for v in args.size.lower().split("x"))
    if args.frames_only:
        frames = bench_frames(args.seconds, args.idle_seconds, size, args.trace_events)
        print(f"RESULT {_frames_line(frames)}")
        return 0
    if args.ticks_only:
        ticks = bench_ticks(ticks=args.ticks)
        print(f"RESULT {_ticks_line(ticks)}")
        return 0
    t_start = time.perf_counter()
    ini = os.path.join(tempfile.mkdtemp(prefix="bench-ui-"), "s.ini")
    startup_code = STARTUP.format(root=str(ROOT), ini=ini)
    timed_child(IMPORT)  # warm the file cache for both: the first launch reads from disk
    timed_child(startup_code)
    imports, startups, cpu_imports, cpu_startups = [], [], [], []
    load0 = os.getloadavg()[0]
    for _ in range(max(args.pairs, 1)):  # alternating, so a busy spell of the machine falls on both
        imports.append(timed_child(IMPORT))
        cpu_imports.append(CHILD_CPU[-1])
        startups.append(timed_child(startup_code))
        cpu_startups.append(CHILD_CPU[-1])
    ratios = [w / i for w, i in zip(startups, imports, strict=True)]
    import_s, startup_s = statistics.median(imports), statistics.median(startups)
    s_lo, s_mid, s_hi = _spread(ratios)
    print(f"startup: {len(ratios)} pairs (import, window) alternating; loadavg {load0:.2f} -> {os.getloadavg()[0]:.2f}")
    print(f"  import torch, PySide6: {_fmt_spread(_spread(imports), 's')}, CPU {statistics.median(cpu_imports):.2f} s; "
          f"window shown: {_fmt_spread(_spread(startups), 's')}, CPU {statistics.median(cpu_startups):.2f} s "
          f"(all its threads, to its exit)")
    print(f"  window / import per pair: {s_mid:.3f} (min {s_lo:.3f}, max {s_hi:.3f}; goal <= 1.5"
          f"{'; level with the import' if s_lo <= 1.0 <= s_hi else ''})", flush=True)
    update_ms, full_ms, rebuild_ms = bench_update()
    own_ms, own_full_ms, own_rebuild_ms = bench_update(extra_panels=False)
    frames = bench_frames(args.seconds, args.idle_seconds, size, args.trace_events, ticks=args.ticks)
    ticks = frames["ticks"]  # measured in the frames' window before its frames (torch loaded, idle)
    print(f"update densenet264 (k 32<->33: ledger, cards, table, diagram, plot; changed widgets repainted): "
          f"{update_ms:.2f} ms median (goal < 16 ms: {update_ms / 16:.2f}x of the goal); with every widget of the "
          f"window repainted: {full_ms:.2f} ms")
    print(f"  the same without the panels of EXTRA_PANELS (this issue's panels only): {own_ms:.2f} ms median; "
          f"every widget repainted {own_full_ms:.2f} ms; structure change {own_rebuild_ms:.2f} ms")
    print(f"structure change densenet264 (layers per block, diagram redrawn): {rebuild_ms:.2f} ms median")
    print(f"window shown: {startup_s:.2f} s; import torch, PySide6: {import_s:.2f} s (medians); ratio per pair "
          f"{s_mid:.3f} (min {s_lo:.3f}, max {s_hi:.3f}; goal <= 1.5)")
    print(f"plot tick at a million batches: {ticks['tick_ms_1m']:.2f} ms (goal <= 2 ms), at 234,600: "
          f"{ticks['tick_ms_234k']:.2f} ms; old/new at a million {_ratio_words(*ticks['tick_ratio_1m'])}")
    print(f"frame interval p95 (goal <= 50 ms): idle {frames['frame_p95_idle_ms']:.1f} ms, training "
          f"{frames['frame_p95_train_ms']:.1f} ms ({frames['frame_p95_train_ms'] / 50:.2f}x of the goal), compare "
          f"{frames['frame_p95_compare_ms']:.1f} ms ({frames['frame_p95_compare_ms'] / 50:.2f}x); torch threads "
          f"{frames['torch_threads']}")
    print(f"bench_ui took {time.perf_counter() - t_start:.0f} s; machine shared with other work: loadavg now "
          f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores, the figures are noisy (see the spreads)")
    print(f"RESULT update_densenet264_ms={update_ms:.2f} startup_s={startup_s:.2f} import_s={import_s:.2f} "
          f"{_frames_line(frames)} {_ticks_line(ticks)} startup_ratio={s_mid:.3f} startup_ratio_lo={s_lo:.3f} "
          f"startup_ratio_hi={s_hi:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
