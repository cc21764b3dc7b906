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
Ends with `RESULT update_densenet264_ms=… startup_s=… import_s=…` (medians).
"""

from __future__ import annotations

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
    waited = wait_idle(app, window)
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
    print(f"  (waited {waited:.1f} s for the window's own background work before timing)")
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


def main() -> int:
    import tempfile

    ini = os.path.join(tempfile.mkdtemp(prefix="bench-ui-"), "s.ini")
    imports = [timed_child("import torch, PySide6.QtWidgets") for _ in range(3)]
    startups = [timed_child(STARTUP.format(root=str(ROOT), ini=ini)) for _ in range(3)]
    import_s, startup_s = statistics.median(imports), statistics.median(startups)
    update_ms, full_ms, rebuild_ms = bench_update()
    own_ms, own_full_ms, own_rebuild_ms = bench_update(extra_panels=False)
    print(f"update densenet264 (k 32<->33: ledger, cards, table, diagram, plot; changed widgets repainted): "
          f"{update_ms:.2f} ms median (goal < 16 ms: {update_ms / 16:.2f}x of the goal); with every widget of the "
          f"window repainted: {full_ms:.2f} ms")
    print(f"  the same without the panels of EXTRA_PANELS (this issue's panels only): {own_ms:.2f} ms median; "
          f"every widget repainted {own_full_ms:.2f} ms; structure change {own_rebuild_ms:.2f} ms")
    print(f"structure change densenet264 (layers per block, diagram redrawn): {rebuild_ms:.2f} ms median")
    print(f"window shown: {startup_s:.2f} s; import torch, PySide6: {import_s:.2f} s; ratio {startup_s / import_s:.2f} "
          f"(goal <= 1.5)")
    print(f"RESULT update_densenet264_ms={update_ms:.2f} startup_s={startup_s:.2f} import_s={import_s:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
