"""The job runner: results and failures reach the GUI thread; cancel is cooperative; wait joins; the newest
request of a kind wins; progress comes coalesced; finished threads are freed."""

import threading
import time

from PySide6.QtCore import QObject, QThread

from explorer.ui.workers import PROGRESS_MS, JobRunner


def test_result_and_progress_arrive(qtbot):
    seen = []

    def work(job, n):
        for i in range(n):
            job.progress(i)
        return n * 2

    done = []
    runner = JobRunner()  # kept: a runner without a parent lives as long as its Python reference
    job = runner.start("double", work, 3, on_progress=seen.extend, on_done=done.append)
    qtbot.waitUntil(lambda: done == [6], timeout=5000)
    assert seen == [0, 1, 2]  # every progress is delivered before the result
    assert job.wait(2000)


def test_failure_is_reported_not_raised(qtbot):
    def work(job):
        raise RuntimeError("boom")

    failed = []
    runner = JobRunner()
    job = runner.start("boom", work, on_failed=lambda msg, details: failed.append((msg, details)))
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed[0][0] == "RuntimeError: boom" and "RuntimeError" in failed[0][1]
    assert job.wait(2000)


def test_cancel_then_wait_joins_while_the_gui_thread_blocks(qtbot):
    """No event loop runs during wait(): the thread must end by itself, or wait() could only time out."""
    started = threading.Event()

    def work(job):
        started.set()
        while not job.cancelled():
            time.sleep(0.01)
        return "stopped"

    runner = JobRunner()
    job = runner.start("loop", work)
    assert started.wait(5)
    job.cancel()
    assert job.wait(60_000)
    assert not job.is_running()


def test_callbacks_run_on_the_gui_thread_whatever_they_are(qtbot):
    threads = []

    class Plain:  # not a QObject
        def record(self, _value):
            threads.append(("method", threading.get_ident()))

    plain = Plain()
    runner = JobRunner()
    job = runner.start("two", lambda job: job.progress(1) or 2, on_progress=plain.record,
                       on_done=lambda v: threads.append(("lambda", threading.get_ident())))
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=5000)
    assert {t for _, t in threads} == {threading.get_ident()}
    assert job.wait(2000)


def test_a_result_for_a_deleted_owner_is_dropped_not_delivered(qtbot):
    """A job whose panel is deleted (the window closed) before its queued result arrives: the callback is
    not called on the deleted widgets (it used to raise 'Internal C++ object already deleted')."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QLabel, QWidget
    from shiboken6 import delete, isValid

    owner = QWidget()
    label = QLabel(owner)
    release = threading.Event()
    seen = []

    def work(job):
        release.wait(5)
        return "late"

    runner = JobRunner(owner)
    job = runner.start("late", work, on_done=lambda v: seen.append(label.text()))
    release.set()
    assert job.thread.wait(5000)  # the result is now queued for the GUI thread
    delete(owner)  # the window closes and its panels go, before the event loop turns again
    assert not isValid(label)
    QCoreApplication.processEvents()
    assert seen == []
    done = []  # an owner that lives gets its result as before
    runner = JobRunner(label.parent() if isValid(label) else None)
    runner.start("seven", lambda job: 7, on_done=done.append)
    qtbot.waitUntil(lambda: done == [7], timeout=5000)


def _threads(owner):
    return owner.findChildren(QThread)


def test_fifty_finished_jobs_leave_no_thread_behind(qtbot):
    owner = QObject()
    runner = JobRunner(owner)
    done = []
    for i in range(50):
        runner.start(("square", i), lambda job, n: n * n, i, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 50 and not runner.running(), timeout=20_000)
    qtbot.waitUntil(lambda: not _threads(owner), timeout=5000)  # freed by deleteLater
    assert sorted(done) == [i * i for i in range(50)]


def test_the_newest_job_of_a_kind_wins(qtbot):
    """The older job is cancelled; what it returns and posts afterwards is dropped."""
    runner = JobRunner()
    release = threading.Event()
    done, progress = [], []

    def old(job):
        release.wait(10)
        job.progress("old")
        return "old"

    def new(job):
        job.progress("new")
        return "new"

    first = runner.start("sum", old, on_done=done.append, on_progress=progress.extend)
    runner.start("sum", new, on_done=done.append, on_progress=progress.extend)
    assert first.cancelled()
    qtbot.waitUntil(lambda: done == ["new"], timeout=5000)
    release.set()
    assert first.wait(5000)
    qtbot.waitUntil(lambda: not runner.running("sum"), timeout=5000)  # the old one's ending is handled too
    assert done == ["new"] and progress == ["new"]


def test_other_kinds_are_left_alone(qtbot):
    runner = JobRunner()
    done = []
    release = threading.Event()
    runner.start("a", lambda job: release.wait(5) and "a", on_done=done.append)
    runner.start("b", lambda job: "b", on_done=done.append)
    qtbot.waitUntil(lambda: done == ["b"], timeout=5000)
    assert runner.running("a") and not runner.running("b")
    release.set()
    qtbot.waitUntil(lambda: sorted(done) == ["a", "b"], timeout=5000)


def test_results_after_cancel_are_suppressed(qtbot):
    runner = JobRunner()
    release = threading.Event()
    done, failed = [], []
    job = runner.start("x", lambda job: release.wait(5) and 1, on_done=done.append,
                       on_failed=lambda *a: failed.append(a))
    bad = runner.start("y", lambda job: release.wait(5) and 1 / 0, on_failed=lambda *a: failed.append(a))
    runner.cancel()
    assert job.cancelled() and bad.cancelled()
    release.set()
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)  # both have ended and been handled
    assert done == [] and failed == []


def test_progress_is_coalesced_and_flushed_before_done(qtbot):
    """A worker posting thousands of values costs a few deliveries; none is lost, order is kept, and the
    last ones come before the result."""
    runner = JobRunner()
    deliveries, order = [], []

    def work(job):
        for i in range(5000):
            job.progress(i)
        return "end"

    runner.start("train", work, on_progress=lambda values: (deliveries.append(list(values)), order.append("p")),
                 on_done=lambda v: order.append(v))
    qtbot.waitUntil(lambda: "end" in order, timeout=10_000)
    assert [v for chunk in deliveries for v in chunk] == list(range(5000))
    assert order[-1] == "end" and order[-2] == "p"
    assert len(deliveries) < 5000


def test_progress_waits_for_the_interval(qtbot):
    """Two posts separated by a delivery: the second is held back until PROGRESS_MS after the first
    delivery (checked on the runner's own clock, not the test's)."""
    runner = JobRunner()
    times = []
    second = threading.Event()

    finish = threading.Event()

    def work2(job):
        job.progress(1)
        assert second.wait(5)
        job.progress(2)
        finish.wait(5)

    runner.start("p", work2, on_progress=lambda values: (times.append((runner._last_delivery, values)),
                                                          second.set()))
    qtbot.waitUntil(lambda: len(times) == 2, timeout=5000)
    assert [v for _, v in times] == [[1], [2]]
    assert times[1][0] - times[0][0] >= PROGRESS_MS / 1000 - 0.005
    finish.set()
    qtbot.waitUntil(lambda: not runner.running(), timeout=5000)


def test_shutdown_cancels_and_joins_every_job(qtbot):
    owner = QObject()
    runner = JobRunner(owner)
    started = threading.Barrier(4)

    def work(job):
        started.wait(5)
        while not job.cancelled():
            time.sleep(0.005)

    for kind in ("a", "b", "c"):
        runner.start(kind, work)
    started.wait(5)
    assert runner.running()
    assert runner.shutdown(60_000)
    assert not runner.running()
    assert not any(t.isRunning() for t in _threads(owner))


def test_shutdown_reports_a_job_that_does_not_stop(qtbot):
    runner = JobRunner()
    release = threading.Event()
    runner.start("stuck", lambda job: release.wait(10))  # ignores cancel
    assert runner.shutdown(0) is False and runner.running("stuck")
    release.set()
    assert runner.shutdown(60_000)


def test_a_long_traceback_keeps_its_first_line_and_its_end():
    from explorer.ui.workers import details_tooltip

    short = "Traceback (most recent call last):\n  File x\nValueError: v"
    assert details_tooltip(short) == short
    long = "\n".join(["Traceback (most recent call last):"] + [f"  frame {i}" for i in range(40)] + ["ValueError: v"])
    tip = details_tooltip(long, lines=5).splitlines()
    assert tip[:2] == ["Traceback (most recent call last):", "…"]
    assert tip[2:] == ["  frame 36", "  frame 37", "  frame 38", "  frame 39", "ValueError: v"]
