"""Fact-sheet fields that store exactly what was meant: amounts and dates (studio.text.entry).

A field shows the stored value formatted in the interface locale. What is typed (or pasted) is
read when the marketer commits it — Enter, Tab, or leaving the field — never keystroke by
keystroke. Then:

- one meaning: it is stored (one undo step) and shown back formatted;
- two meanings (``1.234``): an inline question names both readings, in figures and in words, and
  nothing is stored until one is chosen;
- no meaning: the text stays as typed, the reason is shown under it, and nothing is stored.

Esc (or Ctrl+Z) puts back the stored value while an entry is not committed; Ctrl+Z then undoes
through the document. A date field has a calendar button (also F4 / Alt+Down) and, under it, the
day in words with how far it is from today (the studio clock, ``STUDIO_NOW``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDate, QEvent, QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QKeySequence, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from studio.text import entry
from studio.text.entry import Ambiguous, Blank, Exact, Invalid

ERROR_LIGHT, ERROR_DARK = "#d93025", "#ff7b72"
WARNING_LIGHT, WARNING_DARK = "#c77700", "#f0b13c"


def ui_locale() -> str:
    """The interface locale as a BCP 47 tag (``es-ES``, ``en-US``)."""
    return QLocale().name().replace("_", "-") or "en-US"


def _colour(palette: QPalette, light: str, dark: str) -> QColor:
    return QColor(dark if palette.color(QPalette.ColorRole.Base).lightness() < 128 else light)


class AnswerButton(QPushButton):
    """One reading of an ambiguous entry, its words wrapped to the field's width: a long reading
    ("1234 (one thousand, two hundred and thirty-four)") neither widens the form's column (the
    next column's fields were squeezed and their text cut) nor is cut itself."""

    _PAD = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = QLabel(self)
        self._label.setWordWrap(True)
        self._label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def setText(self, text: str) -> None:
        self._label.setText(text)
        self.updateGeometry()

    def text(self) -> str:
        return self._label.text()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._label.heightForWidth(max(1, width - 2 * self._PAD)) + self._PAD

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 1 else 200
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.fontMetrics().averageCharWidth() * 8, self.heightForWidth(self.width()))

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        self._label.setGeometry(
            self._PAD, self._PAD // 2, max(1, self.width() - 2 * self._PAD), self.height() - self._PAD
        )


class EntryField(QLineEdit):
    """A line edit that commits on Enter, Tab and focus-out (see the module docstring).

    Subclasses read the text in :meth:`read` and call :meth:`store` or :meth:`refuse`/:meth:`ask`.
    ``committed`` carries the value for the document (None: cleared).
    """

    committed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack: Callable[[], Any] = lambda: None
        #: other document paths whose change refreshes this field (the zone, the offer's other end)
        self.depends: list[tuple[str, ...]] = []
        self._shown = ""
        self._asked: str | None = None  # the text the open question is about
        self._answers: tuple[Any, Any] | None = None
        self.container = QWidget()
        outer = QVBoxLayout(self.container)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(2)
        self.line = QHBoxLayout()
        self.line.setContentsMargins(0, 0, 0, 0)
        self.line.setSpacing(2)
        self.line.addWidget(self)
        outer.addLayout(self.line)
        self.question = QWidget()
        ask = QVBoxLayout(self.question)
        ask.setContentsMargins(0, 0, 0, 0)
        ask.setSpacing(2)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.first_answer = AnswerButton()
        self.second_answer = AnswerButton()
        for i, button in enumerate((self.first_answer, self.second_answer)):
            button.setAutoDefault(True)  # Enter answers, as Space does
            button.clicked.connect(lambda _checked=False, i=i: self.answer(i))
        self.first_answer.setAccessibleName(self.tr("First reading"))
        self.second_answer.setAccessibleName(self.tr("Second reading"))
        ask.addWidget(self.question_label)
        ask.addWidget(self.first_answer)
        ask.addWidget(self.second_answer)
        self.question.hide()
        outer.addWidget(self.question)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setStyleSheet(f"color: {_colour(self.palette(), ERROR_LIGHT, ERROR_DARK).name()};")
        self.feedback.hide()
        outer.addWidget(self.feedback)
        self.container.setFocusProxy(self)

    # -- showing the stored value -------------------------------------------------------------------

    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def show_text(self, text: str) -> None:
        """Show the stored value as ``text`` (a refresh); the marketer's uncommitted typing stays."""
        pending = self.text() != self._shown and self.hasFocus()
        self._shown = text
        if pending:
            return
        if self.text() != text:
            self.setText(text)
        self._clear()

    def _clear(self) -> None:
        self._asked = None
        self._answers = None
        self.question.hide()
        self.feedback.hide()
        self.feedback.clear()

    @property
    def pending(self) -> bool:
        """Typed text not stored yet (being typed, asked about or refused)."""
        return self.text() != self._shown

    # -- committing -------------------------------------------------------------------------------------

    def commit(self) -> None:
        """Read what is typed now (Enter, Tab, focus-out call this)."""
        text = self.text()
        if text == self._shown:
            self._clear()
            return
        if text == self._asked:
            return  # the question about this very text is open
        self._clear()
        self.read(text)

    def read(self, text: str) -> None:
        raise NotImplementedError

    def store(self, value: Any, shown: str) -> None:
        self._clear()
        self._shown = shown
        self.setText(shown)
        self.committed.emit(value)

    def refuse(self, message: str) -> None:
        self._asked = None
        self.question.hide()
        self.feedback.setText(message)
        self.feedback.setAccessibleName(message)
        self.feedback.show()

    def ask(self, question: str, answers: tuple[Any, Any], labels: tuple[str, str]) -> None:
        self.feedback.hide()
        self._asked = self.text()
        self._answers = answers
        self.question_label.setText(question)
        for button, label in zip((self.first_answer, self.second_answer), labels, strict=True):
            button.setText(label)
            button.setAccessibleName(label)
        self.question.show()

    def answer(self, index: int) -> None:
        """Choose reading ``index`` of the open question (its buttons call this)."""
        if self._answers is None:
            return
        self.choose(self._answers[index])
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose(self, value: Any) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        self.setText(self._shown)
        self._clear()

    # -- keys and focus --------------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.matches(QKeySequence.StandardKey.Undo):
            if self.pending:
                self.revert()
            elif (stack := self.undo_stack()) is not None:
                stack.undo()
            return
        if e.matches(QKeySequence.StandardKey.Redo):
            if (stack := self.undo_stack()) is not None:
                stack.redo()
            return
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            if self._asked is not None:
                self.first_answer.setFocus(Qt.FocusReason.TabFocusReason)
            return
        if e.key() == Qt.Key.Key_Escape and self.pending:
            self.revert()
            return
        super().keyPressEvent(e)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and isinstance(e, QKeyEvent):
            if e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo):
                e.accept()  # through the document (or back to the stored value), not the window's action
                return True
            if e.key() == Qt.Key.Key_Escape and self.pending:
                e.accept()
                return True
        return super().event(e)

    def focusOutEvent(self, e: QFocusEvent) -> None:
        super().focusOutEvent(e)
        if e.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()


class AmountField(EntryField):
    """A price or a percentage (see :func:`studio.text.entry.parse_amount`).

    ``locales`` and ``currency`` are callables (the campaign's, read at commit time); ``digits``
    the currency's decimals (None for a percentage, which is not padded).
    """

    def __init__(
        self,
        *,
        locales: Callable[[], Sequence[str]] = tuple,
        currency: Callable[[], str | None] = lambda: None,
        digits: Callable[[], int] | None = None,
        percent: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.locales = locales
        self.currency = currency
        self.digits = digits
        self.percent = percent
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        mark = entry.decimal_symbol(ui_locale())
        self.setPlaceholderText(f"0{mark}00" if digits is not None else "0")

    def show_value(self, value: Any) -> None:
        """The stored value (a decimal string, None, or text a draft kept) in the interface's format."""
        if value is None:
            self.show_text("")
            return
        try:
            amount = Decimal(str(value))
        except InvalidOperation:
            self.show_text(str(value))
            return
        self.show_text(entry.show_amount(amount, ui_locale()) if amount.is_finite() else str(value))

    def _stored(self, value: Decimal) -> tuple[str, str]:
        if self.digits is not None:
            value = entry.with_decimals(value, self.digits())
        return format(value, "f"), entry.show_amount(value, ui_locale())

    def choose(self, value: Any) -> None:
        stored, shown = self._stored(value)
        self.store(stored, shown)

    def read(self, text: str) -> None:
        ui = ui_locale()
        result = entry.parse_amount(
            text,
            ui_locale=ui,
            locales=tuple(self.locales()),
            currency=None if self.percent else self.currency(),
            percent=self.percent,
        )
        if isinstance(result, Blank):
            self.store(None, "")
        elif isinstance(result, Exact):
            self.choose(result.value)
        elif isinstance(result, Ambiguous):
            labels = tuple(
                self.tr("%1 (%2)")
                .replace("%1", entry.show_amount(value, ui))
                .replace("%2", entry.spell_out(value, ui))
                for value in result.readings
            )
            question = self.tr("“%1” can be read two ways. Which one do you mean?")
            question = question.replace("%1", text.strip())
            self.ask(question, result.readings, (labels[0], labels[1]))
        else:
            self.refuse(self.message(result))

    def message(self, problem: Invalid) -> str:
        detail = problem.detail
        if problem.code == "currency":
            message = self.tr("The campaign's prices are in %1, not %2: change the currency to use %2.")
            return message.replace("%1", detail.get("expected", "")).replace("%2", detail.get("typed", ""))
        if problem.code == "grouping":
            return self.tr("Thousands are grouped in threes (1.234.567 or 1,234,567): check the digits.")
        text = detail.get("text", "")
        if text:
            message = self.tr("“%1” is not part of an amount: type digits, one decimal mark, the currency.")
            return message.replace("%1", text)
        return self.tr("This is not an amount: type digits and one decimal mark, e.g. %1.").replace(
            "%1", entry.show_amount(Decimal("3.90"), ui_locale())
        )


class DateTimeField(EntryField):
    """A date and time in the campaign's time zone, stored as ISO 8601 with the zone's offset.

    ``role`` is ``start`` or ``end`` (the hint says "starts"/"ends"); ``other`` gives the other end
    of the offer (the end's hint says how long the offer lasts); ``max_days`` the brand's limit;
    ``unpublished`` whether the campaign is a draft or in review (a start in the past is a warning).
    """

    def __init__(
        self,
        *,
        role: str,
        zone: Callable[[], str],
        locales: Callable[[], Sequence[str]] = tuple,
        other: Callable[[], Any] = lambda: None,
        unpublished: Callable[[], bool] = lambda: True,
        max_days: Callable[[], int] = lambda: 90,
        now: Callable[[], datetime] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.zone = zone
        self.locales = locales
        self.other = other
        self.unpublished = unpublished
        self.max_days = max_days
        self._now = now
        self._value: datetime | None = None
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setToolTip(self.tr("Choose the day on a calendar (F4)"))
        self.calendar_button.setAccessibleName(self.tr("Choose the day on a calendar"))
        self.calendar_button.clicked.connect(self.open_calendar)
        self.line.addWidget(self.calendar_button)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.container.layout().addWidget(self.hint)  # type: ignore[union-attr]
        self.calendar: QCalendarWidget | None = None
        self.menu: QMenu | None = None
        example = entry.show_when(datetime(2026, 12, 1, 7, 0), ui_locale())
        self.setPlaceholderText(example)

    # -- values ------------------------------------------------------------------------------------------

    def _tz(self) -> ZoneInfo:
        try:
            return ZoneInfo(self.zone())
        except (ValueError, ZoneInfoNotFoundError):
            return ZoneInfo("UTC")

    def _moment(self, value: Any) -> datetime | None:
        if isinstance(value, datetime):
            moment = value
        else:
            try:
                moment = datetime.fromisoformat(str(value))
            except (TypeError, ValueError):
                return None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=self._tz())
        return moment.astimezone(self._tz())

    def value(self) -> datetime | None:
        """The stored moment, in the campaign's zone."""
        return self._value

    def today(self) -> date:
        from studio import clock

        now = self._now() if self._now is not None else clock.now()
        return now.astimezone(self._tz()).date()

    def show_value(self, value: Any) -> None:
        self._value = self._moment(value)
        self.show_text(entry.show_when(self._value, ui_locale()) if self._value else str(value or ""))
        self.update_hint()

    def read(self, text: str) -> None:
        ui = ui_locale()
        result = entry.parse_when(text, ui_locale=ui, locales=tuple(self.locales()), today=self.today())
        if isinstance(result, Blank):
            message = self.tr("The offer needs this date: type one, e.g. %1.")
            self.refuse(message.replace("%1", self._example()))
            return
        if isinstance(result, Invalid):
            self.refuse(self.message(result))
            return
        moment = entry.resolve_when(result.value, self._value, self.zone())
        if isinstance(moment, Invalid):
            self.refuse(self.message(moment))
            return
        self.choose(moment)

    def choose(self, value: Any) -> None:
        moment = self._moment(value)
        if moment is None:
            return
        self._value = moment
        self.store(moment.isoformat(), entry.show_when(moment, ui_locale()))
        self.update_hint()

    def _example(self) -> str:
        seven = datetime.combine(self.today(), datetime.min.time()).replace(hour=7)
        return entry.show_when(seven, ui_locale())

    def message(self, problem: Invalid) -> str:
        ui = ui_locale()
        detail = problem.detail
        code = problem.code
        if code == "no_day":
            return (
                self.tr("%1 has %2 days: there is no day %3.")
                .replace("%1", entry.month_name(int(detail["year"]), int(detail["month"]), ui))
                .replace("%2", detail["days"])
                .replace("%3", detail["day"])
            )
        if code == "no_month":
            return self.tr("There is no month %1: months go from 1 to 12.").replace("%1", detail["month"])
        if code == "no_day_given":
            return self.tr("Type the day too, e.g. %1.").replace("%1", self._example())
        if code == "no_year":
            return self.tr("“%1” is not a year: type it with 4 digits (or 2).").replace("%1", detail["text"])
        if code == "no_time":
            return self.tr("“%1” is not a time of day: type e.g. 7:00, 19:30 or 7 pm.").replace(
                "%1", detail["text"]
            )
        if code == "weekday":
            day = date.fromisoformat(detail["date"])
            return (
                self.tr("%1 is a %2: check the day or the weekday.")
                .replace("%1", entry.long_date(day, ui))
                .replace("%2", entry.weekday_name(int(detail["weekday"]), ui))
            )
        if code == "skipped_time":
            return (
                self.tr("%1 does not exist that day in %2: the clocks go forward then.")
                .replace("%1", detail["time"])
                .replace("%2", detail["zone"])
            )
        return (
            self.tr("“%1” is not a date: type e.g. %2.")
            .replace("%1", self.text().strip())
            .replace("%2", self._example())
        )

    # -- the hint under the field ---------------------------------------------------------------------

    def update_hint(self) -> None:
        """``martes, 1 de diciembre de 2026 · empieza dentro de 7 días`` (and the offer's length)."""
        moment = self._value
        palette = self.palette()
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        if moment is None:
            self.hint.clear()
            return
        days = entry.days_from(self.today(), moment.date())
        parts = [entry.full_date(moment.date(), ui_locale()), self._relative(days)]
        colour = muted
        if self.role == "start" and days < 0 and self.unpublished():  # Consistency.StartsInPast
            colour = _colour(palette, WARNING_LIGHT, WARNING_DARK)
        other = self._moment(self.other()) if self.role == "end" else None
        if other is not None:
            if moment <= other:
                parts.append(self.tr("ends before it starts"))
                colour = _colour(palette, ERROR_LIGHT, ERROR_DARK)
            else:
                length = entry.offer_days(other, moment, self.zone())
                parts.append(self.tr("lasts %n day(s)", "", length))
                limit = self.max_days()
                if length > limit:
                    parts.append(self.tr("longer than the brand's %n day(s)", "", limit))
                    colour = _colour(palette, WARNING_LIGHT, WARNING_DARK)
        text = " · ".join(parts)
        self.hint.setText(text)
        self.hint.setAccessibleName(text)
        self.hint.setStyleSheet(f"color: {colour.name()};")

    def _relative(self, days: int) -> str:
        if self.role == "start":
            if days == 0:
                return self.tr("starts today")
            if days == 1:
                return self.tr("starts tomorrow")
            if days > 1:
                return self.tr("starts in %n day(s)", "", days)
            if days == -1:
                return self.tr("started yesterday")
            return self.tr("started %n day(s) ago", "", -days)
        if days == 0:
            return self.tr("ends today")
        if days == 1:
            return self.tr("ends tomorrow")
        if days > 1:
            return self.tr("ends in %n day(s)", "", days)
        if days == -1:
            return self.tr("ended yesterday")
        return self.tr("ended %n day(s) ago", "", -days)

    # -- the calendar --------------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        opens = e.key() == Qt.Key.Key_F4 or (
            e.key() == Qt.Key.Key_Down and e.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if opens:
            self.open_calendar()
            return
        super().keyPressEvent(e)

    def open_calendar(self) -> None:
        """Show the calendar under the field; a click (or Enter) on a day sets the day, keeping the time."""
        if self.menu is None:
            self.menu = QMenu(self)
            self.calendar = QCalendarWidget()
            self.calendar.setGridVisible(False)
            self.calendar.setAccessibleName(self.tr("Calendar"))
            action = QWidgetAction(self.menu)
            action.setDefaultWidget(self.calendar)
            self.menu.addAction(action)
            self.calendar.activated.connect(self._picked)
            self.calendar.clicked.connect(self._picked)
        assert self.calendar is not None
        shown = self._value.date() if self._value is not None else self.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setLocale(QLocale())
        self.menu.popup(self.mapToGlobal(self.rect().bottomLeft()))
        self.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        if self.menu is not None:
            self.menu.hide()
        picked = entry.When(date(day.year(), day.month(), day.day()), None)
        moment = entry.resolve_when(picked, self._value, self.zone())
        if isinstance(moment, Invalid):
            self.refuse(self.message(moment))
        else:
            self.choose(moment)
        self.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["AmountField", "DateTimeField", "EntryField", "ui_locale"]
