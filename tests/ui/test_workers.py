"""The QThread job runner: results and failures reach the GUI thread; cancel is cooperative; wait joins."""

import time

from explorer.ui.workers import start_job


def test_result_and_progress_arrive(qtbot):
    seen = []

    def work(job, n):
        for i in range(n):
            job.progress(i)
        return n * 2

    done = []
    job = start_job(work, 3, on_progress=seen.append, on_done=done.append)
    qtbot.waitUntil(lambda: done == [6], timeout=5000)
    qtbot.waitUntil(lambda: seen == [0, 1, 2], timeout=2000)
    assert job.wait(2000)


def test_failure_is_reported_not_raised(qtbot):
    def work(job):
        raise RuntimeError("boom")

    failed = []
    job = start_job(work, on_failed=lambda msg, details: failed.append((msg, details)))
    qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    assert failed[0][0] == "RuntimeError: boom" and "RuntimeError" in failed[0][1]
    assert job.wait(2000)


def test_cancel_then_wait_joins_quickly_while_the_gui_thread_blocks(qtbot):
    def work(job):
        while not job.cancelled():
            time.sleep(0.01)
        return "stopped"

    job = start_job(work)
    qtbot.waitUntil(job.is_running, timeout=2000)
    job.cancel()
    start = time.monotonic()
    assert job.wait(5000)  # no event loop runs here: the thread must quit by itself
    assert time.monotonic() - start < 4.5


def test_callbacks_run_on_the_gui_thread_whatever_they_are(qtbot):
    import threading

    threads = []

    class Plain:  # not a QObject
        def record(self, _value):
            threads.append(("method", threading.get_ident()))

    plain = Plain()
    job = start_job(lambda job: job.progress(1) or 2, on_progress=plain.record,
                    on_done=lambda v: threads.append(("lambda", threading.get_ident())))
    qtbot.waitUntil(lambda: len(threads) == 2, timeout=5000)
    assert {t for _, t in threads} == {threading.get_ident()}
    assert job.wait(2000)


def test_a_result_for_a_deleted_owner_is_dropped_not_delivered(qtbot):
    """A job whose panel is deleted (the window closed) before its queued result arrives: the callback is
    not called on the deleted widgets (it used to raise 'Internal C++ object already deleted')."""
    import threading

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

    job = start_job(work, parent=owner, on_done=lambda v: seen.append(label.text()))
    release.set()
    assert job.thread.wait(5000)  # the result is now queued for the GUI thread
    delete(owner)  # the window closes and its panels go, before the event loop turns again
    assert not isValid(label)
    QCoreApplication.processEvents()
    assert seen == []
    done = []  # an owner that lives gets its result as before
    job = start_job(lambda job: 7, parent=label.parent() if isValid(label) else None, on_done=done.append)
    qtbot.waitUntil(lambda: done == [7], timeout=5000)
