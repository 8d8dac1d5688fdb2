"""How the studio looks and speaks: the interface language and its translations, the light or dark
theme. Qt only (no studio module above the settings): the application and the main window use it."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from studio.settings import Settings

I18N = Path(__file__).with_name("i18n")
LANGUAGES = ("es", "en")


def choose_language(explicit: str | None = None) -> str:
    """``explicit`` > ``STUDIO_LANGUAGE`` > the saved setting > the system locale; Spanish or English."""
    forced = os.environ.get("STUDIO_LANGUAGE", "").strip().lower()[:2]
    wanted = explicit or forced or Settings.load().language or QLocale.system().name().split("_")[0]
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
    """Light, dark, or whatever the system uses (``system``), applied to the running application.

    The platform is asked first (Qt's colour scheme hint: Windows, macOS, GNOME, KDE follow it).
    Where it cannot change the scheme (other desktops, remote sessions), a light or dark Fusion
    palette is set instead, so the choice in Preferences always shows.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    schemes = {"light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}
    wanted = schemes.get(theme, Qt.ColorScheme.Unknown)
    hints = app.styleHints()
    hints.setColorScheme(wanted)
    if wanted is Qt.ColorScheme.Unknown or hints.colorScheme() == wanted:
        app.setPalette(QPalette())  # no role set: back to the platform's own colours
        return
    app.setPalette(dark_palette() if wanted is Qt.ColorScheme.Dark else app.style().standardPalette())


def dark_palette() -> QPalette:
    """Fusion's colours for a dark scheme (what Qt itself uses where the platform is dark)."""
    palette = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    window, base, text = QColor(45, 45, 45), QColor(30, 30, 30), QColor(230, 230, 230)
    for r, color in (
        (role.Window, window),
        (role.WindowText, text),
        (role.Base, base),
        (role.AlternateBase, QColor(40, 40, 40)),
        (role.ToolTipBase, QColor(60, 60, 60)),
        (role.ToolTipText, text),
        (role.PlaceholderText, QColor(150, 150, 150)),
        (role.Text, text),
        (role.Button, QColor(55, 55, 55)),
        (role.ButtonText, text),
        (role.BrightText, QColor(255, 90, 90)),
        (role.Light, QColor(75, 75, 75)),
        (role.Midlight, QColor(62, 62, 62)),
        (role.Mid, QColor(40, 40, 40)),
        (role.Dark, QColor(25, 25, 25)),
        (role.Shadow, QColor(0, 0, 0)),
        (role.Highlight, QColor(42, 130, 218)),
        (role.HighlightedText, QColor(255, 255, 255)),
        (role.Link, QColor(90, 160, 240)),
        (role.LinkVisited, QColor(170, 130, 230)),
    ):
        palette.setColor(r, color)
    for r in (role.WindowText, role.Text, role.ButtonText, role.HighlightedText):
        palette.setColor(group.Disabled, r, QColor(120, 120, 120))
    palette.setColor(group.Disabled, role.Highlight, QColor(70, 70, 70))
    return palette
