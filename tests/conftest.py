"""Test set-up shared by every test: Qt headless (before any Qt import), settings isolated, fast torch."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One torch thread for the whole session, fixed before torch loads: tiny networks run fastest on one
# thread, and changing the count while a worker thread is inside a parallel region can deadlock.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("MKL_NUM_THREADS", "1")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

import gc  # noqa: E402

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("default")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep QSettings and platformdirs folders out of the user's home."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("TORCH_HOME", str(home / "torch"))
    yield


@pytest.fixture(scope="session", autouse=True)
def _collect_garbage_on_the_main_thread():
    """As the app does (explorer/ui/app.py): no automatic cyclic GC, which would run in whatever thread
    allocates and could destroy Qt objects from a worker thread (a deadlock seen in py-spy: a worker's GC
    in QObject::~QObject waiting for the GIL held by the GUI thread waiting for the object's mutex)."""
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    """Collect here, on the main thread, by the usual generation thresholds (a full collection after every
    test would cost about a fifth of a second each)."""
    yield
    t0, t1, t2 = gc.get_threshold()
    c0, c1, c2 = gc.get_count()
    if c0 > t0:
        gc.collect(2 if c2 > t2 else 1 if c1 > t1 else 0)
