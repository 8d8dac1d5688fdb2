"""Exact entry in the real editor: typed and pasted amounts and dates, in Spanish and English."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from studio.gui.document import CampaignDocument
from studio.gui.editor import CampaignEditor
from studio.gui.entry_fields import AmountField, DateTimeField

PRICE = ("offer", "price")
BEFORE = ("offer", "original_price")
DISCOUNT = ("offer", "discount_percent")
FROM = ("offer", "valid_from")
UNTIL = ("offer", "valid_until")


@pytest.fixture(params=["en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface language (the autouse fixture has installed English; Spanish goes on top)."""
    from studio.gui.app import install_translations

    if request.param == "en":
        yield "en"
        return
    translators = install_translations(qapp, "es")
    yield "es"
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")


spanish_and_english = pytest.mark.parametrize("language", ["es", "en"], indirect=True)
spanish = pytest.mark.parametrize("language", ["es"], indirect=True)


@pytest.fixture
def doc(studio: Any) -> Iterator[CampaignDocument]:
    document = CampaignDocument.open(studio, "black-friday-2026")  # price 2.99, 27–30 Nov 2026, Madrid
    yield document
    document.close()


@pytest.fixture
def editor(studio: Any, doc: CampaignDocument, qtbot: QtBot, language: str) -> CampaignEditor:
    widget = CampaignEditor(studio)
    qtbot.addWidget(widget)
    widget.resize(800, 1000)
    widget.set_document(doc)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def field(editor: CampaignEditor, path: tuple[str, ...]) -> Any:
    widget = editor.widget_for(path)
    assert widget is not None, path
    return widget


def keys(qtbot: QtBot, widget: Any, text: str) -> None:
    """Key presses for ``text``; a character QTest has no key for (€, ñ, «) comes as a keyboard
    layout sends it: a key event carrying the character."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def type_into(qtbot: QtBot, widget: Any, text: str, key: Qt.Key = Qt.Key.Key_Return) -> None:
    widget.setFocus()
    widget.selectAll()
    keys(qtbot, widget, text)
    qtbot.keyClick(widget, key)


# -- amounts --------------------------------------------------------------------------------------------


@spanish_and_english
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("3,90", "3.90"),  # 390.00 in the English interface before
        ("3.90", "3.90"),
        ("3,90 €", "3.90"),
        ("€3.90", "3.90"),
        ("3.90 EUR", "3.90"),
        ("3,9", "3.90"),
        ("1.234,50", "1234.50"),
        ("1,234.50", "1234.50"),
        ("4", "4.00"),
    ],
)
def test_a_typed_price_is_stored_as_meant_in_either_interface(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, language: str, typed: str, stored: str
) -> None:
    price: AmountField = field(editor, PRICE)
    type_into(qtbot, price, typed)
    assert doc.value(PRICE) == stored
    mark = "," if language == "es" else "."
    assert price.text() == stored.replace(".", mark)  # shown back in the interface's format
    assert doc.undo_stack.count() == 1


@spanish_and_english
def test_tab_and_leaving_the_field_commit_and_nothing_is_stored_while_typing(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    price: AmountField = field(editor, PRICE)
    price.setFocus()
    price.selectAll()
    qtbot.keyClicks(price, "3,90")
    assert doc.value(PRICE) == "2.99"  # a keystroke stores nothing
    qtbot.keyClick(price, Qt.Key.Key_Tab)
    assert doc.value(PRICE) == "3.90" and not price.hasFocus()
    before: AmountField = field(editor, BEFORE)
    before.setFocus()
    before.selectAll()
    qtbot.keyClicks(before, "5,20")
    editor.name_field.setFocus()  # a click elsewhere
    assert doc.value(BEFORE) == "5.20"


@spanish_and_english
def test_a_pasted_price_is_read_like_a_typed_one(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    price: AmountField = field(editor, PRICE)
    QApplication.clipboard().setText(" 3,90\u00a0€ ")
    price.setFocus()
    price.selectAll()
    qtbot.keyClick(price, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(price, Qt.Key.Key_Tab)
    assert doc.value(PRICE) == "3.90"


@spanish
def test_an_ambiguous_price_asks_and_stores_nothing_until_answered(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    price: AmountField = field(editor, PRICE)
    type_into(qtbot, price, "1.234")
    assert doc.value(PRICE) == "2.99" and doc.undo_stack.count() == 0
    assert price.question.isVisibleTo(editor)
    assert price.question_label.text() == "«1.234» se puede leer de dos maneras. ¿Cuál quieres decir?"
    assert price.first_answer.text() == "1234 (mil doscientos treinta y cuatro)"  # Spain's reading first
    assert price.second_answer.text() == "1,234 (uno coma dos tres cuatro)"
    assert price.first_answer.hasFocus()  # Enter moved to the question: Enter again answers it
    qtbot.keyClick(price.first_answer, Qt.Key.Key_Return)
    assert doc.value(PRICE) == "1234.00" and price.text() == "1234,00"
    assert not price.question.isVisibleTo(editor)
    assert doc.undo_stack.count() == 1
    # one undo step: Ctrl+Z in the field puts the price back
    price.setFocus()
    qtbot.keyClick(price, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.value(PRICE) == "2.99" and price.text() == "2,99"


def test_the_other_reading_and_the_question_going_away_when_the_text_changes(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    before: AmountField = field(editor, BEFORE)
    type_into(qtbot, before, "1,234", Qt.Key.Key_Tab)  # leaving asks too
    assert before.question.isVisibleTo(editor) and doc.value(BEFORE) == "4.20"
    assert before.first_answer.text() == "1234 (one thousand, two hundred and thirty-four)"
    assert before.second_answer.text() == "1.234 (one point two three four)"
    qtbot.mouseClick(before.second_answer, Qt.MouseButton.LeftButton)
    assert doc.value(BEFORE) == "1.234"  # exactly that: validation says EUR has 2 decimals
    type_into(qtbot, before, "4.200", Qt.Key.Key_Return)
    assert before.question.isVisibleTo(editor)
    type_into(qtbot, before, "4.20")  # typed again: the question is gone, the value stored
    assert not before.question.isVisibleTo(editor) and doc.value(BEFORE) == "4.20"


@spanish_and_english
def test_text_that_is_not_an_amount_stays_and_says_why(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, language: str
) -> None:
    price: AmountField = field(editor, PRICE)
    type_into(qtbot, price, "3,5O")
    assert doc.value(PRICE) == "2.99" and price.text() == "3,5O"
    assert price.feedback.isVisibleTo(editor)
    expected = {
        "en": "“O” is not part of an amount: type digits, one decimal mark, the currency.",
        "es": "«O» no forma parte de un importe: escribe cifras, una marca decimal y la moneda.",
    }
    assert price.feedback.text() == expected[language]
    qtbot.keyClick(price, Qt.Key.Key_Tab)
    assert doc.value(PRICE) == "2.99" and doc.undo_stack.count() == 0
    type_into(qtbot, price, "3,90 USD")
    assert "USD" in price.feedback.text() and doc.value(PRICE) == "2.99"  # never converted
    price.setFocus()
    qtbot.keyClick(price, Qt.Key.Key_Escape)  # Esc puts the stored value back
    assert price.text() == ("2,99" if language == "es" else "2.99") and not price.feedback.isVisibleTo(editor)


@spanish
def test_the_discount_is_a_percentage(editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot) -> None:
    discount: AmountField = field(editor, DISCOUNT)
    type_into(qtbot, discount, "-30 %")
    assert doc.value(DISCOUNT) == "30"
    type_into(qtbot, discount, "28,8")
    assert doc.value(DISCOUNT) == "28.8" and discount.text() == "28,8"


# -- dates -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "typed", "stored"),
    [
        ("es", "01/12/2026 7:00", "2026-12-01T07:00:00+01:00"),  # became 24/12/2026 before
        ("es", "28/02/2027", "2027-02-28T23:59:00+01:00"),  # became 7/2/2027; the time stays
        ("en", "12/1/2026", "2026-12-01T23:59:00+01:00"),  # became 10/1/2026: month first in English
        ("en", "2/28/2027", "2027-02-28T23:59:00+01:00"),  # became 11/28/2027
        ("es", "1 dic 2026 7:00", "2026-12-01T07:00:00+01:00"),
        ("es", "1 de diciembre de 2026", "2026-12-01T23:59:00+01:00"),
        ("en", "December 1, 2026 7 pm", "2026-12-01T19:00:00+01:00"),
        ("es", "1/12/26 19:30", "2026-12-01T19:30:00+01:00"),
        ("en", "2026-12-01T07:00:00-06:00", "2026-12-01T14:00:00+01:00"),  # that moment, in Madrid
        ("es", "21:00", "2026-11-30T21:00:00+01:00"),  # a time alone keeps the day
    ],
    indirect=["language"],
)
def test_a_typed_end_date_is_stored_as_meant(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, typed: str, stored: str
) -> None:
    until: DateTimeField = field(editor, UNTIL)
    type_into(qtbot, until, typed)
    assert doc.value(UNTIL) == stored
    assert not until.feedback.isVisibleTo(editor)
    assert doc.undo_stack.count() == 1


@spanish_and_english
def test_a_pasted_date_is_read_like_a_typed_one(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    until: DateTimeField = field(editor, UNTIL)
    QApplication.clipboard().setText("martes, 1 de diciembre de 2026 a las 19:30\n")
    until.setFocus()
    until.selectAll()
    qtbot.keyClick(until, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert doc.value(UNTIL) == "2026-11-30T23:59:00+01:00"
    qtbot.keyClick(until, Qt.Key.Key_Tab)
    assert doc.value(UNTIL) == "2026-12-01T19:30:00+01:00"


@spanish_and_english
def test_dates_are_shown_in_the_interface_format_with_the_weekday_and_how_far_they_are(
    editor: CampaignEditor, language: str
) -> None:
    since: DateTimeField = field(editor, FROM)
    until: DateTimeField = field(editor, UNTIL)
    if language == "es":  # the studio clock: 24 Nov 2026 (STUDIO_NOW)
        assert since.text() == "27/11/2026 07:00"
        assert since.hint.text() == "viernes, 27 de noviembre de 2026 · empieza dentro de 3 días"
        assert until.hint.text() == "lunes, 30 de noviembre de 2026 · termina dentro de 6 días · dura 4 días"
    else:
        assert since.text() == "11/27/2026 7:00 AM"
        assert since.hint.text() == "Friday, November 27, 2026 · starts in 3 days"
        assert until.hint.text() == "Monday, November 30, 2026 · ends in 6 days · lasts 4 days"


@spanish_and_english
def test_an_impossible_date_is_refused_with_a_clear_message(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, language: str
) -> None:
    until: DateTimeField = field(editor, UNTIL)
    stored = doc.value(UNTIL)
    type_into(qtbot, until, "31/02/2027" if language == "es" else "2/31/2027")
    assert doc.value(UNTIL) == stored and until.text() in ("31/02/2027", "2/31/2027")
    expected = {
        "es": "febrero de 2027 tiene 28 días: no hay día 31.",
        "en": "February 2027 has 28 days: there is no day 31.",
    }
    assert until.feedback.text() == expected[language]
    type_into(qtbot, until, "lunes, 1 de diciembre de 2026")
    assert doc.value(UNTIL) == stored
    assert (
        until.feedback.text()
        == {
            "es": "El 1 de diciembre de 2026 es martes: revisa el día o el día de la semana.",
            "en": "December 1, 2026 is a Tuesday: check the day or the weekday.",
        }[language]
    )


@spanish
def test_a_long_offer_and_an_end_before_the_start_show_under_the_end_and_as_findings(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    until: DateTimeField = field(editor, UNTIL)
    type_into(qtbot, until, "28/02/2027")
    assert until.hint.text() == (
        "domingo, 28 de febrero de 2027 · termina dentro de 96 días · dura 94 días"
        " · más de los 90 días que admite la marca"
    )
    with qtbot.waitSignal(doc.checked, timeout=10_000) as checked:
        doc.check_now()
    long_offers = [f for f in checked.args[0].check.findings if f.rule == "Consistency.LongOffer"]
    assert [f.field for f in long_offers] == ["offer.valid_until"]
    assert long_offers[0].message.startswith("La oferta dura 94 días")
    type_into(qtbot, until, "26/11/2026 23:59")
    assert until.hint.text().endswith("termina antes de empezar")
    assert doc.value(UNTIL) == "2026-11-26T23:59:00+01:00"  # stored; the fact sheet says what is wrong
    with qtbot.waitSignal(doc.invalid, timeout=10_000):
        doc.check_now()
    assert editor.problem_text(UNTIL) != ""


def test_a_start_typed_in_the_past_is_a_finding(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    since: DateTimeField = field(editor, FROM)
    type_into(qtbot, since, "11/20/2025")  # a year too early
    assert since.hint.text() == "Thursday, November 20, 2025 · started 369 days ago"
    assert "#c77700" in since.hint.styleSheet()  # the warning colour: the campaign is a draft
    with qtbot.waitSignal(doc.checked, timeout=10_000) as checked:
        doc.check_now()
    rules = {f.rule for f in checked.args[0].check.findings}
    assert {"Consistency.StartsInPast", "Consistency.LongOffer"} <= rules


@spanish
def test_the_calendar_sets_the_day_and_keeps_the_time(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    since: DateTimeField = field(editor, FROM)
    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_F4)
    assert since.menu is not None and since.menu.isVisible()
    assert since.calendar is not None and since.calendar.selectedDate() == QDate(2026, 11, 27)
    qtbot.keyClick(since.calendar.focusWidget() or since.calendar, Qt.Key.Key_Right)
    qtbot.keyClick(since.calendar.focusWidget() or since.calendar, Qt.Key.Key_Return)
    assert doc.value(FROM) == "2026-11-28T07:00:00+01:00"
    assert not since.menu.isVisible() and since.text() == "28/11/2026 07:00"
    qtbot.mouseClick(since.calendar_button, Qt.MouseButton.LeftButton)
    assert since.menu.isVisible()
    since.calendar.clicked.emit(QDate(2026, 11, 26))  # a click on a day
    assert doc.value(FROM) == "2026-11-26T07:00:00+01:00"
    assert doc.undo_stack.count() == 2


@spanish_and_english
def test_undo_and_redo_go_through_the_document_and_refresh_the_field(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, language: str
) -> None:
    until: DateTimeField = field(editor, UNTIL)
    shown = until.text()
    type_into(qtbot, until, "1/12/2026 20:00" if language == "es" else "12/1/2026 8 pm")
    assert doc.value(UNTIL) == "2026-12-01T20:00:00+01:00"
    qtbot.keyClick(until, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.value(UNTIL) == "2026-11-30T23:59:00+01:00" and until.text() == shown
    qtbot.keyClick(
        until, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert doc.value(UNTIL) == "2026-12-01T20:00:00+01:00"
    # typing not yet committed: Ctrl+Z first drops the typing, the document is untouched
    until.selectAll()
    qtbot.keyClicks(until, "garbage")
    qtbot.keyClick(until, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert doc.value(UNTIL) == "2026-12-01T20:00:00+01:00" and "garbage" not in until.text()


# -- properties: typed strings through the real widgets ------------------------------------------------------


@spanish_and_english
def test_any_price_typed_in_any_common_way_is_stored_exactly(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, language: str
) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    price: AmountField = field(editor, PRICE)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        value=st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999.99"), places=2),
        mark=st.sampled_from([",", "."]),
        grouped=st.booleans(),
        sign=st.sampled_from(["", " €", "€", "€ ", " EUR", "EUR "]),
        commit=st.sampled_from([Qt.Key.Key_Return, Qt.Key.Key_Tab]),
    )
    def typed(value: Decimal, mark: str, grouped: bool, sign: str, commit: Qt.Key) -> None:
        whole, cents = f"{value:.2f}".split(".")
        if grouped and len(whole) > 3:
            whole = f"{whole[:-3]}{'.' if mark == ',' else ','}{whole[-3:]}"
        number = f"{whole}{mark}{cents}"
        text = f"{sign}{number}" if sign.endswith(("€", "EUR ", "€ ")) else f"{number}{sign}"
        type_into(qtbot, price, text, commit)
        assert doc.value(PRICE) == f"{value:.2f}", text
        assert price.text() == f"{value:.2f}".replace(".", "," if language == "es" else ".")

    typed()


@spanish_and_english
def test_any_day_typed_as_the_interface_writes_it_is_stored_exactly(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot, language: str
) -> None:
    from hypothesis import HealthCheck, assume, given, settings
    from hypothesis import strategies as st

    until: DateTimeField = field(editor, UNTIL)

    @settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
    @given(
        day=st.dates(min_value=date(2026, 12, 1), max_value=date(2027, 12, 31)),
        hour=st.integers(0, 23),
        minute=st.integers(0, 59),
        padded=st.booleans(),
        separator=st.sampled_from("/-."),
    )
    def typed(day: date, hour: int, minute: int, padded: bool, separator: str) -> None:
        d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
        first, second = (m, d) if language == "en" else (d, m)
        text = f"{first}{separator}{second}{separator}{day.year} {hour}:{minute:02d}"
        wall = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo("Europe/Madrid"))
        assume(wall.astimezone(ZoneInfo("UTC")).astimezone(wall.tzinfo).hour == hour)  # not a skipped hour
        type_into(qtbot, until, text)
        assert doc.value(UNTIL) == wall.isoformat(), text

    typed()


def test_save_now_while_typing_a_price_stores_what_is_typed(studio: Any, qtbot: QtBot) -> None:
    from studio.gui.main_window import MainWindow

    win = MainWindow(studio)
    qtbot.addWidget(win)
    win.show()
    win.select_campaign("black-friday-2026")
    assert win.doc is not None
    price: AmountField = field(win.editor, PRICE)
    price.setFocus()
    price.selectAll()
    qtbot.keyClicks(price, "2,98")  # (still 29 % off 4.20, so the campaign stays valid)
    assert price.pending and win.doc.value(PRICE) == "2.99"  # typed, not committed
    win.save_action.trigger()  # Ctrl+S without leaving the field
    assert str(studio.repository.get("black-friday-2026").campaign.offer.price) == "2.98"


def test_the_lowest_price_of_the_last_30_days_is_typed_like_any_price(
    editor: CampaignEditor, doc: CampaignDocument, qtbot: QtBot
) -> None:
    """Spain's policy pack checks the price shown as 'before' against this field: the editor has it."""
    lowest: AmountField = field(editor, ("offer", "lowest_price_30d"))
    assert lowest is editor.lowest_price_field
    type_into(qtbot, lowest, "4,20")
    assert doc.value(("offer", "lowest_price_30d")) == "4.20"
