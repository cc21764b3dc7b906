"""Waiting in tests for the app's background work to be done: torch loaded, a panel's jobs finished."""

from __future__ import annotations

from typing import Any

from explorer.ui.background import torch_loader


def wait_for_torch(qtbot) -> Any:
    """Start loading torch in the background (as the window does) and wait until it has loaded."""
    loader = torch_loader()
    loader.start()
    qtbot.waitUntil(lambda: loader.ready, timeout=60000)
    return loader


def settle(qtbot, panel) -> None:
    """The inference panel idle again, its worker threads finished."""
    qtbot.waitUntil(lambda: not panel.busy, timeout=60000)
    panel.wait()
