"""Starting the desktop studio: the application, its translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from studio.app import Studio
from studio.settings import Settings

I18N = Path(__file__).with_name("i18n")
LANGUAGES = ("es", "en")


def choose_language(explicit: str | None = None) -> str:
    """``explicit`` > the saved setting > the system locale; Spanish or English."""
    wanted = explicit or Settings.load().language or QLocale.system().name().split("_")[0]
    return wanted if wanted in LANGUAGES else "en"


def install_translations(app: QApplication, language: str) -> list[QTranslator]:
    """Load the studio's (and, for Spanish, Qt's own) translations for ``language``."""
    if language == "es":
        QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Spain))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    sources = [(f"studio_{language}", str(I18N))]  # English too: its plural forms
    if language != "en":
        sources.append((f"qtbase_{language}", qt_folder))
    translators: list[QTranslator] = []
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            translators.append(translator)
    return translators


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Campaign Studio")
    app.setOrganizationName("Campaign Studio")
    app.setApplicationDisplayName("Campaign Studio")
    return app


def run(studio: Studio, *, language: str | None = None) -> int:
    """Open the main window on ``studio`` and run until it is closed."""
    from studio.gui.main_window import MainWindow

    app = make_application()
    install_translations(app, choose_language(language))
    window = MainWindow(studio)
    window.show()
    return int(app.exec())
