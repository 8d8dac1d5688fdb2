"""A four-eyes refusal as the window says it (es/en), who is working, and the name in Preferences."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio import clock
from studio.app import Studio
from studio.gui.app import install_translations
from studio.gui.naming import error_text
from studio.identity import CurrentIdentity, current_identity
from studio.model.names import identity_text
from studio.review.steps import review_step
from studio.review.workflow import ReviewAction, ReviewError
from studio.storage.repository import Role

KEY = "app-pide-y-recoge"


@pytest.fixture
def refusal(studio: Studio, monkeypatch: pytest.MonkeyPatch) -> ReviewError:
    monkeypatch.setenv("STUDIO_USER", "marta")
    stored = studio.repository.get(KEY)
    studio.repository.save(stored.campaign.model_copy(update={"name": "App nueva"}), expected_version=1)
    with pytest.raises(ReviewError) as refused:
        review_step(studio, KEY, ReviewAction.APPROVE, now=clock.now())
    return refused.value


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_refusal_in_english(refusal: ReviewError) -> None:
    assert error_text(refusal) == (
        "“App nueva” cannot be approved by marta: four eyes — marta made its last edit (revision 2), so "
        "another person approves it (four_eyes in the brand kit's studio.ini)."
    )
    assert identity_text(CurrentIdentity("marta", Role.MARKETER, True, "database login"), "en") == (
        "marta · marketer (team database)"
    )


@pytest.mark.usefixtures("spanish")
def test_the_refusal_and_the_identity_in_spanish(refusal: ReviewError, studio: Studio) -> None:
    assert error_text(refusal) == (
        "marta no puede aprobar «App nueva»: cuatro ojos — marta hizo su última edición (revisión 2), "
        "así que la aprueba otra persona (four_eyes en el studio.ini del kit de marca)."
    )
    assert error_text(ReviewError("otra cosa")) == "otra cosa"  # no code: the message as is
    assert identity_text(current_identity(studio.repository), "es") == "marta (este equipo)"
    assert identity_text(CurrentIdentity("lucia", Role.BRAND_MANAGER, True, "database login"), "es") == (
        "lucia · responsable de marca (base de datos del equipo)"
    )


def test_preferences_take_the_name_typed_for_the_audit_log(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from studio.gui.dialogs import Preferences, PreferencesDialog

    dialog = PreferencesDialog(Preferences(None, "system"))
    qtbot.addWidget(dialog)
    assert dialog.user_name.placeholderText() == "tester"  # who is recorded while the field is empty
    assert dialog.value().user_name is None
    dialog.user_name.setFocus()
    QTest.keyClicks(dialog.user_name, "  Marta Ruiz ")
    assert dialog.value() == Preferences(None, "system", "Marta Ruiz")
    QTest.keyClick(dialog.user_name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(dialog.user_name, Qt.Key.Key_Delete)
    assert dialog.value().user_name is None
    again = PreferencesDialog(Preferences("es", "dark", "Lucía"))
    qtbot.addWidget(again)
    assert (again.user_name.text(), again.user_name.placeholderText()) == ("Lucía", "")


def test_the_window_says_who_is_working_and_preferences_rename_them(
    qtbot: QtBot, studio: Studio, monkeypatch: pytest.MonkeyPatch
) -> None:
    from studio.gui.dialogs import Preferences
    from studio.gui.main_window import MainWindow
    from studio.settings import Settings

    win = MainWindow(studio, language="en")
    qtbot.addWidget(win)
    win.show()
    assert win.identity_label.text() == "tester (this computer)"  # the suite's STUDIO_USER
    monkeypatch.delenv("STUDIO_USER")  # (an environment override wins over Preferences)
    win.apply_preferences(Preferences(None, "system", "Marta Ruiz"))
    assert Settings.load().user_name == "Marta Ruiz"
    assert win.identity_label.text() == "Marta Ruiz (this computer)"
    assert current_identity(studio.repository).name == "Marta Ruiz"  # what the history records
