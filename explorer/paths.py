"""Where the project's shipped files and the user's files live."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"  # package data: found by an installed wheel too


def user_data_dir() -> Path:
    """Per-user folder for runs, checkpoints and downloaded data (platformdirs)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("DenseNetExplorer", "DenseNetExplorer"))
