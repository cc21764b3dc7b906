"""Test set-up shared by every test: Qt headless (before any Qt import), settings isolated, fast torch."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

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


@pytest.fixture(autouse=True)
def _one_torch_thread():
    """Tiny networks run fastest on one thread; with two busy cores, more threads only contend."""
    import sys

    torch = sys.modules.get("torch")
    if torch is None or not hasattr(torch, "set_num_threads"):  # absent, or half-imported by a window's loader
        yield
        return
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)
