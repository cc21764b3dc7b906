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
- startup: a fresh interpreter runs `explorer`'s window code until the window is shown and its first paint is
  done, wall clock from launch (torch then loads in the background, not counted: the window does not need it).
- import: a fresh interpreter runs `import torch, PySide6.QtWidgets`, wall clock from launch.
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
  ``--frames-only`` runs just this part.
Ends with `RESULT update_densenet264_ms=… startup_s=… import_s=… frame_p50_idle_ms=… frame_p95_train_ms=…
frame_p50_train_ms=… frame_p95_compare_ms=… frame_p50_compare_ms=…` (medians; frames: this run's figures).
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
"""


def timed_child(code: str) -> float:
    """Seconds from launching a fresh interpreter to its "SHOWN"/exit."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300)
    elapsed = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    for line in proc.stdout.splitlines():
        if line.startswith("SHOWN"):
            assert line.split()[2] == "False", "torch was imported before the window was shown"
    return elapsed


def bench_update(repeat: int = 40, extra_panels: bool = True) -> tuple[float, float, float]:
    import tempfile

    from PySide6.QtCore import QSettings

    import explorer.ui.main_window as main_window
    from explorer.core.config import PRESETS
    from explorer.ui.app import create_app
    from explorer.ui.background import torch_loader
    from explorer.ui.main_window import MainWindow

    saved_extras = main_window.EXTRA_PANELS
    if not extra_panels:
        main_window.EXTRA_PANELS = []

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
    main_window.EXTRA_PANELS = saved_extras
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
                 trace_events: bool = False) -> dict[str, object]:
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
        "train_images_per_s": rate_t, "compare_images_per_s": rate_c})
    return results


def _frames_line(f: dict[str, object]) -> str:
    keys = ("frame_p50_idle_ms", "frame_p95_train_ms", "frame_p50_train_ms", "frame_p95_compare_ms",
            "frame_p50_compare_ms")
    return " ".join(f"{k}={f[k]:.1f}" for k in keys)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--frames-only", action="store_true", help="only the frame-interval part")
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
    ini = os.path.join(tempfile.mkdtemp(prefix="bench-ui-"), "s.ini")
    imports = [timed_child("import torch, PySide6.QtWidgets") for _ in range(3)]
    startups = [timed_child(STARTUP.format(root=str(ROOT), ini=ini)) for _ in range(3)]
    import_s, startup_s = statistics.median(imports), statistics.median(startups)
    update_ms, full_ms, rebuild_ms = bench_update()
    own_ms, own_full_ms, own_rebuild_ms = bench_update(extra_panels=False)
    frames = bench_frames(args.seconds, args.idle_seconds, size, args.trace_events)
    print(f"update densenet264 (k 32<->33: ledger, cards, table, diagram, plot; changed widgets repainted): "
          f"{update_ms:.2f} ms median (goal < 16 ms: {update_ms / 16:.2f}x of the goal); with every widget of the "
          f"window repainted: {full_ms:.2f} ms")
    print(f"  the same without the panels of EXTRA_PANELS (this issue's panels only): {own_ms:.2f} ms median; "
          f"every widget repainted {own_full_ms:.2f} ms; structure change {own_rebuild_ms:.2f} ms")
    print(f"structure change densenet264 (layers per block, diagram redrawn): {rebuild_ms:.2f} ms median")
    print(f"window shown: {startup_s:.2f} s; import torch, PySide6: {import_s:.2f} s; ratio {startup_s / import_s:.2f} "
          f"(goal <= 1.5)")
    print(f"frame interval p95 (goal <= 50 ms): idle {frames['frame_p95_idle_ms']:.1f} ms, training "
          f"{frames['frame_p95_train_ms']:.1f} ms ({frames['frame_p95_train_ms'] / 50:.2f}x of the goal), compare "
          f"{frames['frame_p95_compare_ms']:.1f} ms ({frames['frame_p95_compare_ms'] / 50:.2f}x); torch threads "
          f"{frames['torch_threads']}")
    print(f"RESULT update_densenet264_ms={update_ms:.2f} startup_s={startup_s:.2f} import_s={import_s:.2f} "
          f"{_frames_line(frames)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
