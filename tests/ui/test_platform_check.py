"""The xcb library check that runs before the window: one line and exit 2 instead of Qt's abort."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from explorer import cli
from explorer.ui import platform_check
from explorer.ui.platform_check import XCB_PACKAGES, check_xcb, install_line, missing_from_ldd, will_use_xcb

ROOT = Path(__file__).resolve().parents[2]
XCB_ENV = {"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":0"}
FAKE_PLUGIN = Path("/opt/PySide6/Qt/plugins/platforms/libqxcb.so")

LDD_ALL_FOUND = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f01)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f02)
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f03)
\tlibxcb-keysyms.so.1 => /lib/x86_64-linux-gnu/libxcb-keysyms.so.1 (0x00007f04)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f05)
"""
LDD_MISSING = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f01)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f02)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibfancy.so.3 => not found
"""


def test_readme_install_line_names_every_package_of_the_mapping():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    lines = re.findall(r"sudo apt-get install ([a-z0-9.+\- ]+)", readme)
    assert lines, "README has no `sudo apt-get install ...` line"
    named = set().union(*(line.split() for line in lines))
    missing = sorted(set(XCB_PACKAGES.values()) - named)
    assert not missing, f"README's install line lacks {missing}"
    assert install_line() in readme  # the very line the checker would print for all of them


def test_missing_from_ldd_lists_each_not_found_once():
    assert missing_from_ldd(LDD_MISSING) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libfancy.so.3"]
    assert missing_from_ldd(LDD_ALL_FOUND) == []


def test_a_missing_library_gives_one_line_naming_it_and_its_package():
    message = check_xcb(env=XCB_ENV, platform="linux", plugin=FAKE_PLUGIN, ldd=lambda _p: LDD_MISSING)
    assert message is not None and "\n" not in message
    assert "libxcb-icccm.so.4" in message and "libxcb-keysyms.so.1" in message
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in message
    assert "apt-file search libfancy.so.3" in message  # one the mapping does not know


def test_all_found_gives_no_message():
    assert check_xcb(env=XCB_ENV, platform="linux", plugin=FAKE_PLUGIN, ldd=lambda _p: LDD_ALL_FOUND) is None


def test_no_ldd_falls_back_to_loading_the_libraries(monkeypatch):
    monkeypatch.setattr(platform_check, "_missing_by_loading", lambda: ["libxcb-icccm.so.4"])
    message = check_xcb(env=XCB_ENV, platform="linux", plugin=FAKE_PLUGIN, ldd=lambda _p: None)
    assert message is not None and "sudo apt-get install libxcb-icccm4" in message

    def broken(_p):
        raise RuntimeError("unexpected")

    assert check_xcb(env=XCB_ENV, platform="linux", plugin=FAKE_PLUGIN, ldd=broken) is None  # never stops it


@pytest.mark.parametrize(("env", "platform", "expected"), [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
    ({"QT_QPA_PLATFORM": "xcb:dpi=96"}, "linux", True),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
    ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"XDG_SESSION_TYPE": "x11", "DISPLAY": ":0"}, "linux", True),
    ({}, "darwin", False),
    ({}, "win32", False),
])
def test_will_use_xcb(env, platform, expected):
    assert will_use_xcb(env, platform) is expected


def test_not_xcb_is_not_checked():
    def must_not_run(_p):
        raise AssertionError("ldd ran although xcb is not used")

    assert check_xcb(env={"QT_QPA_PLATFORM": "offscreen"}, platform="linux", plugin=FAKE_PLUGIN,
                     ldd=must_not_run) is None


def test_cli_without_command_exits_2_with_one_line(monkeypatch, capsys):
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    monkeypatch.setattr(platform_check, "xcb_plugin_path", lambda: FAKE_PLUGIN)
    monkeypatch.setattr(platform_check, "_run_ldd", lambda _p: LDD_MISSING)
    assert cli.main([]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "libxcb-icccm.so.4" in err and "libxcb-icccm4" in err


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")
def test_explorer_command_exits_2_before_qt_or_torch_load(tmp_path):
    """End to end: `python -m explorer` with an `ldd` that reports a missing library."""
    if platform_check.xcb_plugin_path() is None:
        pytest.skip("this PySide6 has no bundled xcb plugin")
    fake = tmp_path / "bin" / "ldd"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nprintf '\\tlibxcb-keysyms.so.1 => not found\\n'\n")
    fake.chmod(0o755)
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "PATH": f"{fake.parent}{os.pathsep}{os.environ['PATH']}"}
    code = ("import runpy, sys\n"
            "sys.argv = ['explorer']\n"
            "try:\n    runpy.run_module('explorer', run_name='__main__')\n"
            "except SystemExit as e:\n"
            "    print('loaded:', sorted(m for m in ('torch', 'PySide6') if m in sys.modules))\n"
            "    raise\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert "libxcb-keysyms.so.1" in done.stderr and "sudo apt-get install libxcb-keysyms1" in done.stderr
    assert "loaded: []" in done.stdout
