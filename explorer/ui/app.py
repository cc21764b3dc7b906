"""The application: QApplication, settings names, translations (switchable live), the icon, ``main()``.

``explorer`` with no command calls ``main(lang)``. The window opens before torch is imported; torch loads in
the background once the window is shown.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from ..paths import RESOURCES
from .errors import install_excepthook

__all__ = ["ORGANIZATION", "APPLICATION", "LANGUAGES", "create_app", "Translations", "main", "initial_language"]

ORGANIZATION = APPLICATION = "DenseNetExplorer"
LANGUAGES = ("en", "ko")
I18N = RESOURCES / "i18n"


class Translations:
    """Every ``explorer/resources/i18n/*_<lang>.qm`` (one per area of the app) plus Qt's own strings for <lang>."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = "en"
        self.translators: list[QTranslator] = []
        self.loaded: list[str] = []

    def set_language(self, lang: str) -> list[str]:
        """Switch live: remove the old translators, install the new ones (widgets get LanguageChange)."""
        if lang not in LANGUAGES:
            raise ValueError(f"language = {lang!r}: not one of {', '.join(LANGUAGES)}")
        for t in self.translators:
            self.app.removeTranslator(t)
        self.translators, self.loaded = [], []
        if lang != "en":
            files = sorted(I18N.glob(f"*_{lang}.qm"))
            qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            files += [p for p in (qt_dir / f"qtbase_{lang}.qm",) if p.exists()]
            for path in files:
                t = QTranslator(self.app)
                # From a copy in memory, not the file: QTranslator maps a file, and a .qm rewritten in place
                # (regenerating translations while the app runs) then crashes the app with SIGBUS.
                try:
                    data = path.read_bytes()
                except OSError:
                    continue
                if t.load(data):
                    t._data = data  # type: ignore[attr-defined] - kept alive as long as the translator
                    self.app.installTranslator(t)
                    self.translators.append(t)
                    self.loaded.append(path.name)
        self.language = lang
        QLocale.setDefault(QLocale(QLocale.Language.Korean if lang == "ko" else QLocale.Language.English))
        return self.loaded


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("DenseNet Explorer")
    app.setWindowIcon(QIcon(str(RESOURCES / "icons" / "app.svg")))
    app.setDesktopFileName("densenet-explorer")
    return app


def initial_language(requested: str | None, settings: QSettings) -> str:
    """--lang first, then the last language used, then the system's (Korean if the system is Korean)."""
    if requested in LANGUAGES:
        return requested
    saved = settings.value("ui/language", "", type=str)
    if saved in LANGUAGES:
        return saved
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def main(lang: str | None = None) -> int:
    app = create_app()
    # Cyclic garbage is collected on the GUI thread only, on a timer: the policy and why, in explorer.ui.workers.
    from pyqtgraph.util.garbage_collector import GarbageCollector

    collector = GarbageCollector(interval=1.0)  # noqa: F841 - kept alive until exec() returns
    settings = QSettings()
    translations = Translations(app)
    language = initial_language(lang, settings)
    translations.set_language(language)

    from .main_window import MainWindow  # after the translators, so the first texts are in the language

    window = MainWindow(settings=settings)
    error_hook = install_excepthook(window)  # an exception in any slot reaches the person, not only stderr
    window.set_language_checked(language)

    def switch(code: str) -> None:
        translations.set_language(code)
        window.set_language_checked(code)

    window.sig_language_requested.connect(switch)
    window.show()
    QTimer.singleShot(0, window.start_background)
    try:
        return app.exec()
    finally:
        error_hook.uninstall()
