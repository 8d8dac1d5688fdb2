"""Starting the desktop studio: the application, its translations, the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from studio.app import Studio
from studio.settings import Settings

if TYPE_CHECKING:
    from studio.gui.main_window import MainWindow

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


def apply_theme(theme: str) -> None:
    """Light, dark, or whatever the system uses (``system``), applied to the running application."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    app.styleHints().setColorScheme(schemes.get(theme, Qt.ColorScheme.Unknown))


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Campaign Studio")
    app.setOrganizationName("Campaign Studio")
    app.setApplicationDisplayName("Campaign Studio")
    app.setStyle("Fusion")  # one look on every desktop; follows the light/dark colour scheme
    return app


class Shell:
    """The running studio: the application, its translators and the one main window.

    A language or workspace switch builds a new window (every string is created translated;
    nothing needs retranslating by hand) after the old one has saved its state and campaign.
    """

    def __init__(self, app: QApplication, studio: Studio, language: str) -> None:
        self.app = app
        self.studio = studio
        self.language = language
        self.translators: list[QTranslator] = []
        self.window: MainWindow | None = None

    def open(self) -> MainWindow:
        from studio.gui.main_window import MainWindow

        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translations(self.app, self.language)
        window = MainWindow(self.studio, language=self.language)
        window.relaunchRequested.connect(self.relaunch)
        window.show()
        self.window = window
        return window

    def relaunch(self, language: str | None, workspace: str | None) -> MainWindow:
        old = self.window
        if old is not None:
            old.close()
            old.deleteLater()
        if language:
            self.language = language
        if workspace:
            from studio.workspace import Workspace

            self.studio = Studio(Workspace.resolve(workspace), self.studio.repository)
            remembered = Settings.load()
            remembered.workspace = str(self.studio.workspace.root)
            remembered.remember_workspace(self.studio.workspace.root)
            remembered.save()
        return self.open()


def run(studio: Studio, *, language: str | None = None) -> int:
    """Open the main window on ``studio`` and run until it is closed."""
    app = make_application()
    preferences = Settings.load()
    apply_theme(preferences.theme)
    remembered = Settings.load()
    remembered.remember_workspace(studio.workspace.root)
    remembered.save()
    shell = Shell(app, studio, choose_language(language))
    shell.open()
    return int(app.exec())
