"""A clock on the GUI thread: how often the event loop gets round to a 5-ms timer and to a repaint.

``FrameClock`` starts a precise 5-ms QTimer on the GUI thread; every firing records ``perf_counter()`` and asks
a small probe widget for a repaint (``update()``), whose paint events are timed too. The gaps between firings
are the GUI thread's frame interval: about 5 ms when the thread is free, longer when a slot runs long, when the
thread waits for the GIL, or when it waits for a CPU core.

To tell those apart, every firing also reads the GUI thread's own ``/proc/thread-self/schedstat`` (Linux): the
time the thread ran on a core and the time it waited, runnable, for one. Over a long gap, whatever is neither
is time the thread slept: blocked on the GIL (CPython's waiting thread sleeps on a condition variable) or on
another lock; the timer itself is due within 5 ms. Python's garbage collections are timed through
``gc.callbacks`` with the thread they ran on.
"""

from __future__ import annotations

import gc
import os
import threading
import time
from dataclasses import dataclass, field

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

__all__ = ["FrameClock", "FrameStats", "PaintProbe", "percentile"]

TICK_MS = 5
LONG_GAP_MS = 50.0


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100); nan for no values."""
    if not values:
        return float("nan")
    s = sorted(values)
    k = max(0, min(len(s) - 1, int(round(q / 100 * len(s) + 0.5)) - 1))
    return s[k]


def _schedstat() -> tuple[int, int]:
    """(ns on a core, ns waiting runnable for a core) of the calling thread; (0, 0) where unavailable."""
    try:
        with open("/proc/thread-self/schedstat", "rb") as f:
            on_cpu, waiting, _slices = f.read().split()
        return int(on_cpu), int(waiting)
    except (OSError, ValueError):
        return 0, 0


def _machine_busy_s() -> float:
    """CPU seconds all processes of the machine have used (/proc/stat), to tell other work on the cores apart."""
    try:
        with open("/proc/stat") as f:
            parts = f.readline().split()[1:]
        user, nice, system, _idle, _iowait, irq, softirq, steal = (int(v) for v in parts[:8])
        return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError):
        return float("nan")


class PaintProbe(QWidget):
    """A few pixels that change colour on every paint: a widget repainted on every tick of the clock."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedSize(10, 10)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.painted: list[float] = []
        self.recording = False
        self._n = 0

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        if self.recording:
            self.painted.append(time.perf_counter())
        self._n += 1
        p = QPainter(self)
        p.fillRect(self.rect(), QColor.fromHsv(self._n * 7 % 360, 160, 220))
        p.end()


@dataclass
class FrameStats:
    label: str
    seconds: float
    gaps_ms: list[float]
    paint_gaps_ms: list[float]
    long_gaps: list[tuple[float, float, float, float]]  # (gap, on-core, waiting for a core, asleep) ms
    gui_cpu_s: float  # the GUI thread's time on a core over the window
    gui_wait_s: float  # ... and runnable, waiting for a core
    process_cpu_s: float  # all threads of the process
    other_cpu_s: float  # other processes on the machine (other people's tests, ...) over the same time
    gc_ms: dict[str, list[float]] = field(default_factory=dict)  # "gui"/"other" thread -> collection times
    extra: dict[str, float] = field(default_factory=dict)

    def p(self, q: float) -> float:
        return percentile(self.gaps_ms, q)

    def summary(self) -> str:
        g, pg_ = self.gaps_ms, self.paint_gaps_ms
        n_long = len(self.long_gaps)
        return (f"{self.label:<10} n={len(g):5d}  p50 {percentile(g, 50):6.1f}  p95 {percentile(g, 95):6.1f}  "
                f"p99 {percentile(g, 99):6.1f}  max {max(g, default=float('nan')):7.1f} ms  | paints n={len(pg_):5d} "
                f"p50 {percentile(pg_, 50):6.1f} p95 {percentile(pg_, 95):6.1f} ms  | "
                f"gaps>{LONG_GAP_MS:.0f}ms: {n_long}")

    def attribution(self) -> str:
        """Where the GUI thread's time went over the long gaps, and over the whole window."""
        if self.long_gaps:
            total = sum(x[0] for x in self.long_gaps)
            cpu = sum(x[1] for x in self.long_gaps)
            wait = sum(x[2] for x in self.long_gaps)
            sleep = sum(x[3] for x in self.long_gaps)
            long_text = (f"over its {len(self.long_gaps)} gaps > {LONG_GAP_MS:.0f} ms ({total:.0f} ms): GUI thread on "
                         f"a core {100 * cpu / total:.0f}%, runnable waiting for a core {100 * wait / total:.0f}%, "
                         f"asleep (GIL or a lock) {100 * sleep / total:.0f}%")
        else:
            long_text = f"no gap > {LONG_GAP_MS:.0f} ms"
        gc_gui = self.gc_ms.get("gui", [])
        gc_other = self.gc_ms.get("other", [])
        gens = ", ".join(f"{k} {len(v)}x max {max(v):.0f} ms" for k, v in sorted(self.gc_ms.items())
                         if k.startswith("gen"))
        return (f"{self.label:<10} {long_text}; over the {self.seconds:.1f} s: GUI thread on a core "
                f"{self.gui_cpu_s:.2f} s, waiting for a core {self.gui_wait_s:.2f} s, process CPU "
                f"{self.process_cpu_s:.2f} s, other processes {self.other_cpu_s:.2f} s; gc on GUI thread "
                f"{len(gc_gui)}x max {max(gc_gui, default=0):.1f} ms, on other threads {len(gc_other)}x max "
                f"{max(gc_other, default=0):.1f} ms{f' ({gens})' if gens else ''}")


class FrameClock:
    """Start with ``start(label)``, stop with ``stop() -> FrameStats``. Lives on the GUI thread."""

    def __init__(self, probe: PaintProbe) -> None:
        self.probe = probe
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self._gui_ident = threading.get_ident()
        self._gc_start: dict[int, float] = {}
        self._gc: dict[str, list[float]] = {}
        self.label = ""

    def _on_gc(self, phase: str, info: dict) -> None:
        ident = threading.get_ident()
        if phase == "start":
            self._gc_start[ident] = time.perf_counter()
        elif ident in self._gc_start:
            ms = (time.perf_counter() - self._gc_start.pop(ident)) * 1e3
            self._gc.setdefault("gui" if ident == self._gui_ident else "other", []).append(ms)
            self._gc.setdefault(f"gen{info.get('generation')}", []).append(ms)

    def start(self, label: str) -> None:
        self.label = label
        self.ticks: list[tuple[float, int, int]] = []
        self._gc = {}
        self.probe.painted = []
        self.probe.recording = True
        self._t0 = time.perf_counter()
        self._cpu0 = _schedstat()
        self._proc0 = time.process_time()
        self._busy0 = _machine_busy_s()
        gc.callbacks.append(self._on_gc)
        self.timer.start()

    def _tick(self) -> None:
        t = time.perf_counter()
        on_cpu, waiting = _schedstat()
        self.ticks.append((t, on_cpu, waiting))
        self.probe.update()

    def stop(self) -> FrameStats:
        self.timer.stop()
        self.probe.recording = False
        if self._on_gc in gc.callbacks:
            gc.callbacks.remove(self._on_gc)
        seconds = time.perf_counter() - self._t0
        cpu1 = _schedstat()
        gaps, long_gaps = [], []
        for (t0, c0, w0), (t1, c1, w1) in zip(self.ticks, self.ticks[1:]):
            gap = (t1 - t0) * 1e3
            gaps.append(gap)
            if gap > LONG_GAP_MS:
                cpu, wait = (c1 - c0) / 1e6, (w1 - w0) / 1e6
                long_gaps.append((gap, cpu, wait, max(gap - cpu - wait, 0.0)))
        painted = self.probe.painted
        paint_gaps = [(b - a) * 1e3 for a, b in zip(painted, painted[1:])]
        process = time.process_time() - self._proc0
        other = max(_machine_busy_s() - self._busy0 - process, 0.0)
        return FrameStats(self.label, seconds, gaps, paint_gaps, long_gaps, (cpu1[0] - self._cpu0[0]) / 1e9,
                          (cpu1[1] - self._cpu0[1]) / 1e9, process, other, dict(self._gc))
