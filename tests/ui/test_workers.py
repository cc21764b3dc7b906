"""The QThread job runner: results and failures reach the GUI thread; cancel is cooperative; wait joins."""

import time

from explorer.ui.workers import start_job


def test_result_and_progress_arrive(qtbot):
    seen = []

    def work(job, n):
        for i in range(n):
            job.progress(i)
        return n * 2

    job = start_job(work, 3, on_progress=seen.append)
    with qtbot.waitSignal(job.sig_done, timeout=5000) as blocker:
        pass
    assert blocker.args == [6]
    qtbot.waitUntil(lambda: seen == [0, 1, 2], timeout=2000)
    assert job.wait(2000)


def test_failure_is_reported_not_raised(qtbot):
    def work(job):
        raise RuntimeError("boom")

    job = start_job(work)
    with qtbot.waitSignal(job.sig_failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] == "boom" and "RuntimeError" in blocker.args[1]


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
