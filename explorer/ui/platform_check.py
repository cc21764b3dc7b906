"""Before the window: do the system libraries of Qt's xcb plugin load? If not, say which and how to install
them, in one line, instead of Qt's abort ("Could not load the Qt platform plugin "xcb" ... even though it
was found").

No Qt and no torch here: this runs before either is imported. One ``ldd`` on one file takes about 10 ms.
"""

from __future__ import annotations

import ctypes
import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

__all__ = ["XCB_PACKAGES", "install_line", "will_use_xcb", "xcb_plugin_path", "missing_from_ldd",
           "missing_libraries", "check_xcb"]

# Every system library that PySide6's xcb plugin (libqxcb.so) and the Qt libraries it loads (libQt6XcbQpa,
# libQt6Gui, libQt6Core, libQt6DBus, the xcb GL integrations) link directly, with the Debian 12 package that
# provides it (from `objdump -p` / `ldd` and `dpkg -S`). libc, libstdc++, libgcc, zlib and zstd are left
# out: every Debian has them. apt brings the packages these depend on. README's install line names all.
XCB_PACKAGES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def install_line(packages: list[str] | None = None) -> str:
    """``sudo apt-get install ...`` for ``packages`` (default: every package of the mapping), each once."""
    names = packages if packages is not None else list(XCB_PACKAGES.values())
    return "sudo apt-get install " + " ".join(dict.fromkeys(names))


def will_use_xcb(env: Mapping[str, str] | None = None, platform: str | None = None) -> bool:
    """Qt 6 on Linux takes the first entry of QT_QPA_PLATFORM; unset, it tries wayland first in a Wayland
    session (XDG_SESSION_TYPE=wayland) and takes xcb otherwise."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if not platform.startswith("linux"):
        return False
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip() == "xcb"
    return env.get("XDG_SESSION_TYPE", "") != "wayland"


def xcb_plugin_path() -> Path | None:
    """PySide6's bundled libqxcb.so, found without importing PySide6; None if this PySide6 has none."""
    try:
        spec = importlib.util.find_spec("PySide6")
    except (ImportError, ValueError):
        return None
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if path.is_file():
            return path
    return None


def missing_from_ldd(output: str) -> list[str]:
    """The sonames ``ldd`` reports as "not found", each once, in order."""
    return list(dict.fromkeys(_NOT_FOUND.findall(output)))


def _run_ldd(path: Path) -> str | None:
    try:
        done = subprocess.run(["ldd", str(path)], capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.stdout else None


def _missing_by_loading() -> list[str]:
    """Without ldd: try to load each library of the mapping (what the plugin links directly)."""
    missing = []
    for soname in XCB_PACKAGES:
        try:
            ctypes.CDLL(soname)
        except OSError:
            missing.append(soname)
    return missing


def missing_libraries(plugin: Path, ldd: Callable[[Path], str | None] | None = None) -> list[str]:
    output = (ldd or _run_ldd)(plugin)
    if output is None:  # no ldd (or it failed): fall back to loading the libraries
        return _missing_by_loading()
    return missing_from_ldd(output)


def check_xcb(env: Mapping[str, str] | None = None, platform: str | None = None,
              plugin: Path | None = None, ldd: Callable[[Path], str | None] | None = None) -> str | None:
    """The one-line message to print when the xcb plugin's libraries are missing; None when all is well
    (or xcb will not be used, or there is no bundled plugin to check)."""
    if not will_use_xcb(env, platform):
        return None
    plugin = plugin if plugin is not None else xcb_plugin_path()
    if plugin is None:
        return None
    try:
        missing = missing_libraries(plugin, ldd)
    except Exception:  # noqa: BLE001 - a check that cannot run must not stop the window from trying
        return None
    if not missing:
        return None
    packages = [XCB_PACKAGES[so] for so in missing if so in XCB_PACKAGES]
    unknown = [so for so in missing if so not in XCB_PACKAGES]
    message = (f"explorer: the window cannot open: Qt's xcb platform plugin needs {', '.join(missing)}, "
               "which are not installed")
    if packages:
        message += f"; on Debian/Ubuntu: {install_line(packages)}"
    if unknown:
        message += f" (find the package of {', '.join(unknown)} with: apt-file search {unknown[0]})"
    return message
