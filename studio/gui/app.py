"""Starting the desktop studio: the application, its translations, the main window.

The window's frame is on screen within a few hundred milliseconds: this module and the frame
import Qt and nothing heavy; the database, the brand kit and the editor's modules load on a
worker thread (:func:`load_studio`) while the event loop runs, then the window is filled in.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, QTranslator
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from studio.errors import StudioError
from studio.settings import Settings

if TYPE_CHECKING:
    from studio.app import Studio
    from studio.gui.main_window import MainWindow

from studio.gui.appearance import (
    I18N,
    LANGUAGES,
    apply_theme,
    choose_language,
    dark_palette,
    install_translations,
)

__all__ = [
    "I18N",
    "LANGUAGES",
    "Shell",
    "apply_theme",
    "choose_language",
    "dark_palette",
    "install_translations",
    "make_application",
    "run",
    "start",
]


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Workers (start-up, checks, previews) run Python while the GUI thread calls into Qt, which
    # releases the GIL on most calls: a shorter switch interval gets it back sooner (5 ms → 1 ms).
    sys.setswitchinterval(0.001)
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    # the email preview's QtWebEngine is loaded later, on demand: it needs shared GL contexts
    QGuiApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Campaign Studio")
    app.setOrganizationName("Campaign Studio")
    app.setApplicationDisplayName("Campaign Studio")
    app.setStyle("Fusion")  # one look on every desktop; follows the light/dark colour scheme
    return app


class Shell:
    """The running studio: the application, its translators and the one main window.

    A language switch retranslates the window in place (:meth:`switch_language`); a workspace
    switch builds a new window (another studio: every part is built again) after the old one has
    saved its state and campaign.
    ``studio`` is None until :meth:`load` has opened it on a worker thread.
    """

    def __init__(self, app: QApplication, studio: Studio | None, language: str) -> None:
        self.app = app
        self.studio = studio
        self.language = language
        self.translators: list[QTranslator] = []
        self.window: MainWindow | None = None
        self.exit_code = 0
        self._loading: Any = None

    def open(self) -> MainWindow:
        """Show the main window: complete when the studio is open, else its frame until :meth:`load`."""
        from studio.gui.main_window import MainWindow

        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.translators = install_translations(self.app, self.language)
        window = MainWindow(self.studio, language=self.language)
        window.relaunchRequested.connect(self.relaunch)
        window.show()
        self.window = window
        return window

    def load(self, loader: Callable[[], Studio]) -> None:
        """Open the studio with ``loader`` on a worker thread, then fill the window in."""
        from studio.gui.tasks import run_task

        self._loading = run_task(
            lambda _progress, _cancel: loader(), on_done=self.loaded, on_error=self.failed
        )

    def loaded(self, studio: Studio) -> None:
        """The studio is open: show the campaign list now, the editor and panels once their
        modules are loaded (a second worker step)."""

        remembered = Settings.load()
        remembered.remember_workspace(studio.workspace.root)
        remembered.save()
        self._attach(studio)

    def _attach(self, studio: Studio) -> None:
        from studio.gui.tasks import run_task

        self.studio = studio
        window = self.window
        if window is None:
            self._loading = None
            return
        window.attach_list(studio)
        self._loading = run_task(
            lambda _progress, _cancel: warm_up_window(), on_done=self._warmed, on_error=self.failed
        )

    def _warmed(self, _result: object) -> None:
        from studio.gui.tasks import run_task

        self._loading = None
        if self.window is not None and not self.window.is_attached:
            self.window.attach_panels(stepped=True)
            self.window.campaignOpened.connect(self._first_campaign)
        keep_out_of_collections()
        # what a language switch reads (the catalogues), read now on a worker: not when switching
        run_task(lambda _progress, _cancel: warm_up_languages(), on_error=lambda _exc: None)

    def _first_campaign(self, _key: str) -> None:
        """The first campaign opened: once its check has built the renderer's and the rules'
        caches, keep those out of collections too."""
        window = self.window
        if window is None or window.doc is None:
            return
        window.campaignOpened.disconnect(self._first_campaign)
        window.doc.checked.connect(
            lambda _result: keep_out_of_collections(), Qt.ConnectionType.SingleShotConnection
        )

    def failed(self, error: Exception) -> None:
        """The workspace or database cannot be opened: say so on stderr and in the window, exit 2."""
        from studio.gui.error_output import print_error

        self._loading = None
        message = error.message if isinstance(error, StudioError) else str(error)
        print_error(error if isinstance(error, StudioError) else StudioError(message))
        self.exit_code = 2
        if self.window is not None:
            self.window.show_load_error(message)
            self.window.close()

    def close(self) -> None:
        """After the event loop: let a load still running finish, then close the database."""
        from studio.gui import tasks

        tasks.wait_for_all(30_000)
        from studio.gui import check_process
        from studio.gui.ops import wait_for_ops

        wait_for_ops(30_000)  # a waiver or a review step being recorded is stored before the database closes
        self.app.processEvents()  # deliver a load that finished after the window closed
        check_process.shutdown()  # its pipe closes, it exits and is reaped: no child left behind
        if self.studio is not None:
            self.studio.close()

    def relaunch(self, language: str | None, workspace: str | None) -> None:
        """Close the window and build a new one in ``language`` or on ``workspace``: the old one
        saves and goes now, the new one comes on the next turn of the event loop (each a stall
        of its own, not one long one)."""
        from studio.app import Studio
        from studio.workspace import Workspace

        assert self.studio is not None, "a relaunch needs the opened studio"
        old = self.window
        if language and not workspace and old is not None:
            self.switch_language(language)
            return
        if old is not None:
            old.close()
            old.deleteLater()
        if language:
            self.language = language
        if workspace:
            self.studio = Studio(Workspace.resolve(workspace), self.studio.repository)
            from studio.gui import check_process

            check_process.launch(self.studio.workspace)
            remembered = Settings.load()
            remembered.workspace = str(self.studio.workspace.root)
            remembered.remember_workspace(self.studio.workspace.root)
            remembered.save()
        self.window = None
        QTimer.singleShot(0, self._reopen)

    def switch_language(self, language: str) -> None:
        """Speak ``language`` in the same window: the translators are swapped and the window
        retranslates itself in place (:meth:`MainWindow.retranslate`); nothing is closed or saved."""
        old_language = self.language
        if language == old_language:
            return
        for translator in self.translators:
            self.app.removeTranslator(translator)
        self.language = language
        self.translators = install_translations(self.app, language)
        if self.window is not None:
            self.window.retranslate(old_language)

    def _reopen(self) -> None:
        """As at start-up, in steps so the window keeps answering: the frame now, the list and
        then the panels on the next turns of the event loop (their modules are loaded already)."""
        studio, self.studio = self.studio, None
        assert studio is not None
        window = self.open()
        self.studio = studio
        QTimer.singleShot(0, lambda: self._attach(studio) if self.window is window else None)


def load_studio(workspace: str | None = None, database: str | None = None) -> Studio:
    """Open the workspace and the database, and import the campaign list's model (worker thread)."""
    import importlib

    from studio.app import open_studio

    opened = open_studio(workspace, database)
    from studio.gui import check_process

    check_process.launch(opened.workspace)  # the child warms up while the window fills in
    importlib.import_module("studio.gui.campaign_model")
    return opened


def warm_up_window() -> None:
    """Import what the editor and panels build from, off the GUI thread (worker thread), so
    filling the window in costs only building widgets."""
    import importlib

    for module in WARM_MODULES:
        importlib.import_module(module)
    from studio.gui.editor import warm_up

    warm_up()


def keep_out_of_collections() -> None:
    """Leave what the studio has built so far (modules, the brand kit's rules, caches: some
    200,000 objects) out of Python's full garbage collections. A full collection holds Python's
    lock for as long as it walks every object — 50–340 ms on a worker thread, the window frozen
    all that time; what is made from now on is still collected (:func:`gc.freeze`)."""
    import gc

    gc.freeze()


def warm_up_languages() -> None:
    """Read the interface languages' catalogues (worker thread; a language switch maps the texts
    on screen back through the one it leaves)."""
    from studio.gui.retranslate import load_catalogue

    for language in LANGUAGES:
        load_catalogue(language)


#: what filling the window in and showing the first campaign import: loaded on the worker thread
WARM_MODULES = (
    *(
        f"studio.gui.{name}"
        for name in ("campaign_model", "document", "editor", "previews", "problems", "review_panel")
    ),
    *(f"studio.gui.previews.{name}" for name in ("email", "sms", "signage", "posts")),
    "studio.render.signage",
    "studio.gui.export_dialog",
    "studio.export.engine",
    "studio.stamps",
    "studio.findings",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
)


def start(workspace: str | None = None, database: str | None = None, *, language: str | None = None) -> Shell:
    """Show the window's frame now and open the studio in the background (``run`` minus the loop)."""
    app = make_application()
    preferences = Settings.load()
    apply_theme(preferences.theme)
    shell = Shell(app, None, choose_language(language))
    shell.open()
    shell.load(lambda: load_studio(workspace, database))
    return shell


def run(
    studio: Studio | None = None,
    *,
    language: str | None = None,
    workspace: str | None = None,
    database: str | None = None,
) -> int:
    """Open the studio (``studio``, or ``workspace``/``database`` in the background) until closed.

    Returns the exit code: 0, or 2 when the workspace or database cannot be opened.
    """
    if studio is not None:
        app = make_application()
        apply_theme(Settings.load().theme)
        remembered = Settings.load()
        remembered.remember_workspace(studio.workspace.root)
        remembered.save()
        shell = Shell(app, studio, choose_language(language))
        from studio.gui import check_process

        check_process.launch(studio.workspace)
        shell.open()
        try:
            return int(app.exec())
        finally:
            check_process.shutdown()
    shell = start(workspace, database, language=language)
    code = int(shell.app.exec())
    shell.close()
    return code or shell.exit_code
