"""The wheel carries the shipped files, and an installed copy run from another folder finds them.

The wheel is built offline from a copy of the sources (so no build/ or egg-info lands in the working tree),
unpacked into a folder of its own, and imported from there by one subprocess whose working directory is
elsewhere: the shipped digits load, the sample images are found and every Korean translation loads.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE_RESOURCES = ROOT / "explorer" / "resources"

# Run inside the unpacked wheel's folder: what an installed copy finds, printed as one JSON line.
PROBE = r"""
import json, sys
from pathlib import Path

import explorer
from explorer.paths import RESOURCES
from explorer.core.data import load_dataset
from explorer.core.images import sample_images
from PySide6.QtCore import QCoreApplication, QTranslator
from explorer.ui.app import Translations

app = QCoreApplication([])
qm_loaded = {}
for path in sorted((RESOURCES / "i18n").glob("*_ko.qm")):
    translator = QTranslator()
    qm_loaded[path.name] = bool(translator.load(str(path))) and not translator.isEmpty()
translations = Translations(app)
installed = translations.set_language("ko")
said = QCoreApplication.translate("config.out_of_range", "is out of range")
translations.set_language("en")
digits = load_dataset("digits")
print(json.dumps({
    "explorer": str(Path(explorer.__file__).resolve()),
    "resources": str(RESOURCES.resolve()),
    "digits": len(digits), "digits_shape": list(digits.images.shape[1:]),
    "samples": [str(p.resolve()) for p in sample_images()],
    "qm_loaded": qm_loaded, "installed": installed, "said": said,
}))
"""


def _copy_sources(into: Path) -> Path:
    """What the wheel is built from: the project file, the readme and the package (no caches)."""
    src = into / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    shutil.copytree(ROOT / "explorer", src / "explorer",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info"))
    return src


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    src = _copy_sources(work)
    out = work / "dist"
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "--no-build-isolation", "--no-index",
         "--disable-pip-version-check", "-q", "-w", str(out)],
        capture_output=True, text=True, cwd=work, timeout=300, env={**os.environ, "PIP_NO_INDEX": "1"})
    assert proc.returncode == 0, proc.stdout + proc.stderr
    wheels = list(out.glob("densenet_explorer-*.whl"))
    assert len(wheels) == 1, list(out.iterdir())
    return wheels[0]


def test_the_wheel_holds_every_shipped_file(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {"explorer/resources/data/digits.csv.gz", "explorer/resources/icons/app.svg",
               "explorer/resources/LICENSES.md", "explorer/resources/samples/chelsea.png"}
    assert shipped <= names, sorted(shipped - names)
    for folder in ("samples", "i18n"):  # every sample image and every compiled translation, as in the sources
        wanted = {f"explorer/resources/{p.relative_to(SOURCE_RESOURCES).as_posix()}"
                  for p in (SOURCE_RESOURCES / folder).rglob("*")
                  if p.is_file() and (folder == "samples" or p.suffix == ".qm")}
        assert wanted and wanted <= names, sorted(wanted - names)
    assert len([n for n in names if n.startswith("explorer/resources/i18n/") and n.endswith("_ko.qm")]) >= 8
    assert "explorer/cli/__init__.py" in names and not any("__pycache__" in n for n in names)


def test_an_unpacked_wheel_run_from_another_folder_finds_its_files(wheel, tmp_path):
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "ignore"}
    proc = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, cwd=elsewhere,
                          timeout=300, env=env)
    assert proc.returncode == 0, proc.stderr[-3000:]
    found = json.loads(proc.stdout.strip().splitlines()[-1])
    site = site.resolve()
    # The unpacked copy is the one imported (not the editable install of the working tree).
    assert Path(found["explorer"]).is_relative_to(site), found["explorer"]
    assert Path(found["resources"]) == site / "explorer" / "resources"
    assert found["digits"] == 1797 and found["digits_shape"] == [1, 8, 8]
    samples = [Path(p) for p in found["samples"]]
    assert samples and all(p.is_relative_to(site) for p in samples), samples
    assert {"chelsea.png", "digit-0.png", "circle.png"} <= {p.name for p in samples}
    qm = {p.name for p in (SOURCE_RESOURCES / "i18n").glob("*_ko.qm")}
    assert set(found["qm_loaded"]) == qm and all(found["qm_loaded"].values()), found["qm_loaded"]
    assert qm <= set(found["installed"]), found["installed"]
    assert found["said"] == "범위를 벗어났습니다", found["said"]  # a core message, in the installed Korean
