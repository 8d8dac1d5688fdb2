"""The campaign editor: the fact sheet and the message per locale, as one scrollable form.

The editor holds no campaign data. Every control is *bound* to a path of the
:class:`~studio.gui.document.CampaignDocument`: it shows ``doc.value(path)``, writes with
``doc.set_value(path, ...)`` and refreshes when ``doc.edited`` names its path (undo, a fix, a
reload) — only when the value differs from what it shows, and without writing back. Validation
problems and the live check's findings are drawn on the control that edits their path.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Sequence
from pathlib import Path as FilePath
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QEvent, QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QIcon,
    QImage,
    QImageReader,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QShowEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.errors import Problem, StudioError
from studio.fixes import locate
from studio.gui.dialogs import NEW_CAMPAIGN_LOCALES, channel_label, locale_name
from studio.gui.document import CampaignDocument
from studio.gui.entry_fields import AmountField, DateTimeField, EntryField
from studio.gui.fit import FitWidth, compact_combo
from studio.model.campaign import Channel, LocaleContent, Message, Where, normalize_locale
from studio.model.finding import Finding, Severity
from studio.model.starter import starter_locale
from studio.model.variant import Variant

Path = tuple[str, ...]

#: Zones offered in the time zone box (any IANA name can be typed).
COMMON_ZONES = (
    "Europe/Madrid",
    "Atlantic/Canary",
    "Europe/Lisbon",
    "Europe/London",
    "Europe/Paris",
    "Europe/Berlin",
    "America/Mexico_City",
    "America/Monterrey",
    "America/Cancun",
    "America/Tijuana",
    "America/Bogota",
    "America/Lima",
    "America/Santiago",
    "America/Argentina/Buenos_Aires",
    "America/Sao_Paulo",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "UTC",
)
COMMON_CURRENCIES = ("EUR", "MXN", "USD", "GBP", "ARS", "COP", "CLP", "PEN", "BRL")
#: Locales offered when adding one (besides the campaign's own).
MORE_LOCALES = (*NEW_CAMPAIGN_LOCALES, "es-CL", "es-PE", "en-IE", "fr-FR", "pt-PT", "de-DE", "it-IT")
PRINT_SIZES = ("A4", "A3", "A2")
#: the locale pages not on screen are built one per this many milliseconds after a campaign opens
PAGE_BUILD_INTERVAL_MS = 30
UNPUBLISHED = ("draft", "in_review")  # statuses whose start in the past is a warning
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


def _max_length(model: Any, name: str) -> int | None:
    for meta in model.model_fields[name].metadata:
        limit = getattr(meta, "max_length", None)
        if isinstance(limit, int):
            return limit
    return None


def problem_text(problem: Problem) -> str:
    """A problem with its field named for people (``Titular (español, España): …``)."""
    from studio.gui.naming import field

    if problem.field and problem.file is None and problem.line is None:
        return f"{field(problem.field)}: {problem.message}"
    return str(problem)


def _ui_language() -> str:
    return QLocale().name().split("_")[0] or "en"


def _is_undo_key(e: QEvent) -> bool:
    return isinstance(e, QKeyEvent) and (
        e.matches(QKeySequence.StandardKey.Undo) or e.matches(QKeySequence.StandardKey.Redo)
    )


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def severity_color(severity: Severity | str, palette: QPalette) -> QColor:
    """Underline colour of a finding: error red, warning amber, suggestion blue; readable on dark too."""
    dark = _dark(palette)
    colours = {
        "error": ("#d93025", "#ff7b72"),
        "warning": ("#c77700", "#f0b13c"),
        "suggestion": ("#1a73e8", "#7ab7ff"),
    }
    light, on_dark = colours.get(str(severity), colours["suggestion"])
    return QColor(on_dark if dark else light)


def _blend(a: QColor, b: QColor, amount: float = 0.18) -> QColor:
    """``a`` moved ``amount`` of the way towards ``b`` (a hairline that suits light and dark)."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * amount),
        round(a.green() + (b.green() - a.green()) * amount),
        round(a.blue() + (b.blue() - a.blue()) * amount),
    )


def locale_title(tag: str, ui_language: str) -> str:
    """``es-MX`` → ``español (México)`` (a tab's title; the tag is in its tooltip)."""
    from studio.model.names import locale_name

    return locale_name(tag, ui_language)


def _problem_color(palette: QPalette) -> QColor:
    return severity_color(Severity.ERROR, palette)


# -- text fields ---------------------------------------------------------------------------------------


class MarkdownHighlighter(QSyntaxHighlighter):
    """Light Markdown colouring: headings, **bold**, *italic*, list bullets, [links](…)."""

    RULES = (
        (re.compile(r"^#{1,6} .*$"), "heading"),
        (re.compile(r"\*\*[^*\n]+\*\*|__[^_\n]+__"), "bold"),
        (re.compile(r"(?<![*\w])\*[^*\n]+\*(?!\*)|(?<![_\w])_[^_\n]+_(?!_)"), "italic"),
        (re.compile(r"^\s*(?:[-*+]|\d+[.)])\s"), "bullet"),
        (re.compile(r"\[[^\]\n]*\]\([^)\n]*\)|https?://\S+"), "link"),
    )

    def __init__(self, document: QTextDocument, palette: QPalette) -> None:
        super().__init__(document)
        accent = palette.color(QPalette.ColorRole.Link)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._formats: dict[str, QTextCharFormat] = {}
        heading = QTextCharFormat()
        heading.setFontWeight(QFont.Weight.Bold)
        heading.setForeground(accent)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        italic = QTextCharFormat()
        italic.setFontItalic(True)
        bullet = QTextCharFormat()
        bullet.setForeground(muted)
        bullet.setFontWeight(QFont.Weight.Bold)
        link = QTextCharFormat()
        link.setForeground(accent)
        link.setFontUnderline(True)
        self._formats = {"heading": heading, "bold": bold, "italic": italic, "bullet": bullet, "link": link}

    def highlightBlock(self, text: str) -> None:
        for pattern, kind in self.RULES:
            for match in pattern.finditer(text):
                self.setFormat(match.start(), match.end() - match.start(), self._formats[kind])


class TextField(QPlainTextEdit):
    """A text control bound to one path: single-line (headline, code, URL…) or multi-line.

    Its own undo is off (the document's stack is the only history); Ctrl+Z/Ctrl+Shift+Z go to it.
    Findings are wavy underlines (:meth:`set_marks`) with their messages on hover.
    """

    def __init__(self, *, single_line: bool, lines: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.single_line = single_line
        self.undo_stack: Callable[[], Any] = lambda: None
        self._marks: list[tuple[int, int, str, QColor]] = []
        self._problem = ""
        self.highlighter: MarkdownHighlighter | None = None
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)
        metrics = self.fontMetrics()
        frame = int(self.frameWidth() * 2 + self.document().documentMargin() * 2)
        if single_line:
            self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setFixedHeight(metrics.lineSpacing() + frame + 2)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        else:  # as tall as its typical text; the form scrolls, the field scrolls past that
            self.setFixedHeight(metrics.lineSpacing() * lines + frame + 4)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    # single-line behaviour ------------------------------------------------------------------------

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.matches(QKeySequence.StandardKey.Undo):
            if (stack := self.undo_stack()) is not None:
                stack.undo()
            return
        if e.matches(QKeySequence.StandardKey.Redo):
            if (stack := self.undo_stack()) is not None:
                stack.redo()
            return
        if self.single_line and e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.focusNextChild()
            return
        super().keyPressEvent(e)

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ShortcutOverride and _is_undo_key(e):
            e.accept()  # handled here, through the document (the window's action would do the same)
            return True
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            self._show_tooltip(e)
            return True
        return super().event(e)

    def insertFromMimeData(self, source: Any) -> None:
        if self.single_line and source.hasText():
            self.insertPlainText(" ".join(source.text().splitlines()))
            return
        super().insertFromMimeData(source)

    def text(self) -> str:
        return self.toPlainText()

    def show_text(self, text: str) -> None:
        """Show ``text`` (a programmatic refresh), keeping the cursor where it can stay."""
        if text == self.toPlainText():
            return
        position = self.textCursor().position()
        self.setPlainText(text)
        cursor = self.textCursor()
        cursor.setPosition(min(position, len(text)))
        self.setTextCursor(cursor)

    # marks --------------------------------------------------------------------------------------------

    def set_marks(self, marks: list[tuple[int, int, str, QColor]]) -> None:
        """Underline [start, end) spans in their colours; ``marks`` compared first (cheap when same)."""
        if marks == self._marks:
            return
        self._marks = marks
        length = len(self.toPlainText())
        selections = []
        for start, end, _message, colour in marks:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(start, length))
            cursor.setPosition(min(max(end, start + 1), length), QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(colour)
            fmt.setProperty(QTextFormat.Property.UserProperty, _message)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def set_problem(self, message: str) -> None:
        self._problem = message
        self.setToolTip(message)

    def _show_tooltip(self, e: QHelpEvent) -> None:
        position = self.cursorForPosition(e.pos()).position()
        messages = []
        for selection in self.extraSelections():
            cursor = selection.cursor
            if cursor.selectionStart() <= position <= cursor.selectionEnd():
                messages.append(str(selection.format.property(QTextFormat.Property.UserProperty)))
        if self._problem:
            messages.insert(0, self._problem)
        if messages:
            QToolTip.showText(e.globalPos(), "\n".join(dict.fromkeys(messages)), self)
        else:
            QToolTip.hideText()
            e.ignore()


class Counter(QLabel):
    """``42 / 160`` under a field; in the error colour past the limit."""

    def __init__(self, limit: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.limit = limit
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._over: bool | None = None
        self.show_count(0)

    def show_count(self, n: int) -> None:
        self.setText(f"{n} / {self.limit}")
        over = n > self.limit
        self.setAccessibleName(self.tr("%n of %1 characters", "", n).replace("%1", str(self.limit)))
        if over != self._over:
            self._over = over
            palette = self.palette()
            colour = _problem_color(palette) if over else palette.color(QPalette.ColorRole.PlaceholderText)
            self.setStyleSheet(f"color: {colour.name()};")


# -- bindings ---------------------------------------------------------------------------------------------


class Binding:
    """One control bound to one document path (plus paths whose change also refreshes it)."""

    def __init__(
        self,
        path: Path,
        widget: QWidget,
        show: Callable[[Any], None],
        *,
        depends: Sequence[Path] = (),
        message: QLabel | None = None,
        focus: Callable[[int | None, int | None], None] | None = None,
    ) -> None:
        self.path = path
        self.widget = widget
        self.show = show
        self.depends = tuple(depends)
        self.message = message
        self.focus = focus
        self.problem = ""

    def affected_by(self, changed: Path) -> bool:
        for path in (self.path, *self.depends):
            n = min(len(path), len(changed))
            if path[:n] == changed[:n]:
                return True
        return False


class AssetPickerDialog(QDialog):
    """The workspace's images (assets/images) as a grid of thumbnails; returns the relative path."""

    def __init__(self, assets: FilePath, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose the hero image"))
        self.setAccessibleName(self.tr("Choose the hero image"))
        self.assets = assets
        self.grid = QListWidget()
        self.grid.setAccessibleName(self.tr("Workspace images"))
        self.grid.setViewMode(QListWidget.ViewMode.IconMode)
        self.grid.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.grid.setMovement(QListWidget.Movement.Static)
        size = self.fontMetrics().height() * 8
        self.grid.setIconSize(QSize(size, int(size * 0.66)))
        self.grid.setSpacing(self.fontMetrics().height() // 2)
        self.grid.setWordWrap(True)
        folder = assets / "images"
        files = (
            sorted(p for p in folder.rglob("*") if p.suffix.lower() in IMAGE_SUFFIXES)
            if folder.is_dir()
            else []
        )
        for file in files:
            relative = file.relative_to(assets).as_posix()
            item = QListWidgetItem(QIcon(thumbnail(file, self.grid.iconSize())), file.name)
            item.setData(Qt.ItemDataRole.UserRole, relative)
            item.setToolTip(relative)
            self.grid.addItem(item)
            if relative == current:
                self.grid.setCurrentItem(item)
        self.empty = QLabel(self.tr("There are no images in the workspace's assets/images folder."))
        self.empty.setVisible(not files)
        self.empty.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(self.grid.currentItem() is not None)
        self.grid.currentItemChanged.connect(lambda item, _old: self.ok_button.setEnabled(item is not None))
        self.grid.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid)
        layout.addWidget(buttons)
        self.resize(size * 4, size * 3)

    def selected(self) -> str | None:
        item = self.grid.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


#: thumbnails already read: (file, its mtime and size on disk, wanted size) → image
_THUMBNAILS: dict[tuple[str, int, int, int, int], QImage] = {}


def thumbnail(file: FilePath, size: QSize) -> QPixmap:
    """A small version of an image, read scaled (a 4000 px photo is not decoded whole), and read
    once while the file stays as it is (opening a campaign or switching language reuses it)."""
    try:
        stat = FilePath(file).stat()
    except OSError:
        return QPixmap()
    key = (str(file), stat.st_mtime_ns, stat.st_size, size.width(), size.height())
    image = _THUMBNAILS.get(key)
    if image is None:
        reader = QImageReader(str(file))
        reader.setAutoTransform(True)
        original = reader.size()
        if original.isValid():
            reader.setScaledSize(original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if len(_THUMBNAILS) >= 32:
            _THUMBNAILS.clear()
        _THUMBNAILS[key] = image
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


class LocaleChooserDialog(QDialog):
    """Pick a locale to add: suggestions by display name, or any BCP 47 tag typed."""

    def __init__(self, existing: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a locale"))
        ui = _ui_language()
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setAccessibleName(self.tr("Locale"))
        for tag in MORE_LOCALES:
            if tag not in existing:
                self.combo.addItem(locale_name(tag, ui), tag)
        completer = self.combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        label = QLabel(self.tr("&Locale:"))
        label.setBuddy(self.combo)
        self.error = QLabel()
        self.error.setStyleSheet(f"color: {_problem_color(self.palette()).name()};")
        self.error.hide()
        self.existing = set(existing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def tag(self) -> str | None:
        text = self.combo.currentText().strip()
        index = self.combo.findText(text)
        raw = str(self.combo.itemData(index)) if index >= 0 else text
        try:
            return normalize_locale(raw)
        except ValueError:
            return None

    def _accept(self) -> None:
        tag = self.tag()
        if tag is None:
            self.error.setText(self.tr("Not a locale: type a tag such as es-AR or en-GB."))
            self.error.show()
        elif tag in self.existing:
            self.error.setText(self.tr("The campaign already has this locale."))
            self.error.show()
        else:
            self.accept()


# -- the editor -----------------------------------------------------------------------------------------


class LocalePage(QWidget):
    """One locale's texts (a tab of the editor), built when first needed: on screen, asked for
    (:attr:`fields`, a finding to show) or on a later turn of the event loop — opening a campaign
    with five locales builds one page at once, not five."""

    def __init__(self, editor: CampaignEditor, tag: str) -> None:
        super().__init__()
        self.tag = tag
        self.editor = editor
        self.built = False
        self._fields: dict[str, TextField] = {}
        self.setAccessibleName(self.tr("Texts in %1").replace("%1", tag))

    @property
    def fields(self) -> dict[str, TextField]:
        """The page's text fields by name (``headline``, ``body``…), built if need be."""
        self.ensure_built()
        return self._fields

    def ensure_built(self) -> bool:
        """Build the page's fields now if they are not yet (True when this call built them)."""
        if self.built:
            return False
        self.built = True
        self._build(self.editor, self.tag)
        self.editor.page_built(self)
        return True

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_built()
        super().showEvent(event)

    def _build(self, editor: CampaignEditor, tag: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(editor.gap, editor.gap, editor.gap, editor.gap)
        layout.setSpacing(editor.gap)
        base: Path = ("locales", tag)
        m = ("message",)
        specs: list[tuple[Path, str, bool, int, int | None, bool]] = [
            ((*m, "headline"), self.tr("He&adline"), True, 1, _max_length(Message, "headline"), False),
            (
                (*m, "subheadline"),
                self.tr("&Subheadline"),
                True,
                1,
                _max_length(Message, "subheadline"),
                False,
            ),
            ((*m, "short"), self.tr("Sh&ort text"), False, 3, _max_length(Message, "short"), False),
            ((*m, "body"), self.tr("Body (Markdo&wn)"), False, 9, None, True),
            (
                ("cta_label",),
                self.tr("&Call to action label"),
                True,
                1,
                _max_length(LocaleContent, "cta_label"),
                False,
            ),
            (
                ("disclaimer",),
                self.tr("&Disclaimer"),
                False,
                3,
                _max_length(LocaleContent, "disclaimer"),
                False,
            ),
            (
                ("image_alt",),
                self.tr("Image alt te&xt"),
                True,
                1,
                _max_length(LocaleContent, "image_alt"),
                False,
            ),
        ]
        for rel, label, single, lines, limit, markdown in specs:
            field = editor.text_row(
                layout, (*base, *rel), label, single_line=single, lines=lines, limit=limit
            )
            if markdown:
                field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
                field.highlighter = MarkdownHighlighter(field.document(), field.palette())
                field.setPlaceholderText(self.tr("**bold**, *italic*, # heading, - list, [link](https://…)"))
            self._fields[rel[-1]] = field
        layout.addStretch(1)


class CampaignEditor(QWidget):
    """The fact sheet and the per-locale messages of the open campaign (see the module docstring)."""

    currentLocaleChanged = Signal(str)

    def __init__(self, studio: Studio, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.studio = studio
        self.doc: CampaignDocument | None = None
        self.gap = max(6, self.fontMetrics().height() // 2)
        self._bindings: list[Binding] = []
        self._by_path: dict[Path, Binding] = {}
        self._text_fields: dict[Path, TextField] = {}
        self._updating = False
        self._pages: dict[str, LocalePage] = {}
        self._tags: list[str] = []
        self._findings_key: object = None
        self._problems: list[Problem] = []
        self._findings: tuple[list[Finding], list[Variant]] = ([], [])
        self._build_timer = QTimer(self)  # the pages not on screen, one per tick
        self._build_timer.setInterval(PAGE_BUILD_INTERVAL_MS)
        self._build_timer.timeout.connect(self._build_next_page)
        self.setAccessibleName(self.tr("Campaign editor"))

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select or create a campaign"))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setAccessibleName(self.tr("No campaign open"))
        muted = self.empty.palette()
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.empty.setPalette(muted)
        self.stack.addWidget(self.empty)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setAccessibleName(self.tr("Campaign fact sheet"))
        self.form = QWidget()
        self.form_layout = QVBoxLayout(self.form)
        self.form_layout.setContentsMargins(self.gap * 2, self.gap * 2, self.gap * 2, self.gap * 2)
        self.form_layout.setSpacing(self.gap)
        self.scroller.setWidget(self.form)
        self.stack.addWidget(self.scroller)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Problems with the campaign"))
        self.banner.setStyleSheet(
            f"color: {_problem_color(self.palette()).name()}; padding: {self.gap // 2}px;"
        )
        self.banner.hide()
        self.form_layout.addWidget(self.banner)

        self._build_campaign()
        self._build_offer()
        self._build_cta()
        self._build_locales()
        self.form_layout.addStretch(1)
        for combo in (self.timezone_combo, self.primary_combo, self.currency_combo):
            compact_combo(combo, 12)
        self._fit = FitWidth(self.scroller)  # never a horizontal scroll bar: the pane keeps the form's width

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.set_document(None)

    # -- building blocks ------------------------------------------------------------------------------

    def _section(self, title: str) -> QVBoxLayout:
        heading = QLabel(title)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setWeight(QFont.Weight.DemiBold)
        heading.setFont(font)
        heading.setAccessibleName(title)
        if self.form_layout.count() > 1:
            line = QFrame()
            line.setFixedHeight(1)
            palette = self.palette()
            rule = _blend(
                palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText)
            )
            line.setStyleSheet(f"background: {rule.name()}; border: none;")
            self.form_layout.addSpacing(self.gap)
            self.form_layout.addWidget(line)
        self.form_layout.addWidget(heading)
        body = QVBoxLayout()
        body.setSpacing(self.gap)
        self.form_layout.addLayout(body)
        return body

    def _row(
        self,
        layout: QVBoxLayout | QGridLayout,
        label: str,
        widget: QWidget,
        *,
        extra: QWidget | None = None,
        cell: tuple[int, int] | None = None,
    ) -> QLabel:
        """Label above control, an optional counter on the label's line, a problem line under it."""
        box = QVBoxLayout()
        box.setSpacing(max(2, self.gap // 3))
        top = QHBoxLayout()
        caption = QLabel(label)
        # the Alt letter goes to the control: a label ignores a buddy that takes no focus itself (a
        # container), whatever its focus proxy
        caption.setBuddy(widget.focusProxy() or widget)
        top.addWidget(caption)
        top.addStretch(1)
        if extra is not None:
            top.addWidget(extra)
        box.addLayout(top)
        box.addWidget(widget)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {_problem_color(self.palette()).name()};")
        message.hide()
        box.addWidget(message)
        widget.setAccessibleName(caption.text().replace("&", ""))
        widget.setProperty("problemLabel", message)
        if isinstance(layout, QGridLayout):
            assert cell is not None
            layout.addLayout(box, *cell)
        else:
            layout.addLayout(box)
        return message

    def _bind(self, path: Path, widget: QWidget, show: Callable[[Any], None], **kwargs: Any) -> Binding:
        message = widget.property("problemLabel")
        binding = Binding(
            path, widget, show, message=message if isinstance(message, QLabel) else None, **kwargs
        )
        self._bindings.append(binding)
        self._by_path[path] = binding
        return binding

    def _write(self, path: Path, value: Any, *, merge: bool = True) -> None:
        if self._updating or self.doc is None:
            return
        self.doc.set_value(path, value, merge=merge)

    def _stack(self) -> Any:
        return self.doc.undo_stack if self.doc is not None else None

    def text_row(
        self,
        layout: QVBoxLayout | QGridLayout,
        path: Path,
        label: str,
        *,
        single_line: bool,
        lines: int = 4,
        limit: int | None = None,
        empty: Any = "",
        to_doc: Callable[[str], Any] | None = None,
        from_doc: Callable[[Any], str] | None = None,
        cell: tuple[int, int] | None = None,
    ) -> TextField:
        field = TextField(single_line=single_line, lines=lines)
        field.undo_stack = self._stack
        counter = Counter(limit) if limit else None
        self._row(layout, label, field, extra=counter, cell=cell)

        def show(value: Any) -> None:
            text = from_doc(value) if from_doc else ("" if value is None else str(value))
            field.show_text(text)
            if counter is not None:
                counter.show_count(len(text))

        def changed() -> None:
            text = field.toPlainText()
            if counter is not None:
                counter.show_count(len(text))
            value = to_doc(text) if to_doc else (text if text or empty == "" else empty)
            self._write(path, value)

        field.textChanged.connect(changed)

        def focus(start: int | None, end: int | None) -> None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if start is not None:
                length = len(field.toPlainText())
                cursor = field.textCursor()
                cursor.setPosition(min(start, length))
                cursor.setPosition(
                    min(end if end is not None else start, length), QTextCursor.MoveMode.KeepAnchor
                )
                field.setTextCursor(cursor)
                field.ensureCursorVisible()

        self._bind(path, field, show, focus=focus)
        self._text_fields[path] = field
        return field

    # -- sections ---------------------------------------------------------------------------------------

    def _build_campaign(self) -> None:
        body = self._section(self.tr("Campaign"))
        self.name_field = self.text_row(body, ("name",), self.tr("&Name"), single_line=True, limit=200)
        self.objective_field = self.text_row(
            body, ("objective",), self.tr("Ob&jective"), single_line=False, lines=2, limit=2000
        )
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.gap * 2)
        grid.setVerticalSpacing(self.gap)
        body.addLayout(grid)
        self.brand_label = QLabel()
        self.brand_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._row(grid, self.tr("Brand"), self.brand_label, cell=(0, 0))
        self.status_badge = QLabel()
        self.status_badge.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.status_badge.setToolTip(self.tr("The status changes only through review."))
        self._row(grid, self.tr("Status"), self.status_badge, cell=(0, 1))
        self._bind(("status",), self.status_badge, self._show_status)

        self.timezone_combo = QComboBox()
        self.timezone_combo.setEditable(True)
        self.timezone_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.timezone_combo.addItems(COMMON_ZONES)
        completer = QCompleter(sorted(_all_zones()), self.timezone_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.timezone_combo.setCompleter(completer)
        self._row(grid, self.tr("Time &zone"), self.timezone_combo, cell=(1, 0))
        self.timezone_combo.currentTextChanged.connect(
            lambda text: self._write(("timezone",), text.strip()) if text.strip() else None
        )
        self._bind(
            ("timezone",), self.timezone_combo, lambda v: self._show_combo_text(self.timezone_combo, v)
        )

        self.primary_combo = QComboBox()
        self._row(grid, self.tr("Primary &locale"), self.primary_combo, cell=(1, 1))
        self.primary_combo.activated.connect(
            lambda i: self._write(("primary_locale",), self.primary_combo.itemData(i), merge=False)
        )
        self._bind(("primary_locale",), self.primary_combo, self._show_primary, depends=[("locales",)])
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def _build_offer(self) -> None:
        body = self._section(self.tr("Offer"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(self.gap * 2)
        grid.setVerticalSpacing(self.gap)
        body.addLayout(grid)
        self.price_field = self._amount_row(grid, ("offer", "price"), self.tr("&Price"), (0, 0))
        self.original_price_field = self._amount_row(
            grid, ("offer", "original_price"), self.tr("Price &before"), (0, 1)
        )
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._fill_currencies()
        self._row(grid, self.tr("Currenc&y"), self.currency_combo, cell=(1, 0))
        self.currency_combo.activated.connect(
            lambda i: self._write(("offer", "currency"), self.currency_combo.itemData(i), merge=False)
        )
        self._bind(("offer", "currency"), self.currency_combo, self._show_currency)
        self.discount_field = self._amount_row(
            grid, ("offer", "discount_percent"), self.tr("Discoun&t (%)"), (1, 1), digits=None
        )
        self.promo_field = self.text_row(
            grid,
            ("offer", "promo_code"),
            self.tr("Pro&mo code"),
            single_line=True,
            to_doc=lambda text: text.strip() or None,
            cell=(2, 0),
        )
        self.promo_field.textChanged.connect(self._upper_promo)
        self.promo_field.setPlaceholderText(self.tr("e.g. BF26"))
        self.valid_from_edit = self._date_row(grid, ("offer", "valid_from"), self.tr("Val&id from"), (3, 0))
        self.valid_until_edit = self._date_row(
            grid, ("offer", "valid_until"), self.tr("Valid &until"), (3, 1)
        )
        self.zone_hint = QLabel()
        self.zone_hint.setWordWrap(True)
        hint = self.zone_hint.palette()
        hint.setColor(QPalette.ColorRole.WindowText, hint.color(QPalette.ColorRole.PlaceholderText))
        self.zone_hint.setPalette(hint)
        grid.addWidget(self.zone_hint, 4, 0, 1, 2)
        self._bind(("timezone",), self.zone_hint, self._show_zone_hint)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        places = QWidget()
        row = QHBoxLayout(places)
        row.setContentsMargins(0, 0, 0, 0)
        names = {
            Where.STORES: self.tr("In stores"),
            Where.ONLINE: self.tr("Online"),
            Where.APP: self.tr("In the app"),
        }
        self.applies_boxes = self._check_group(row, ("offer", "applies_in"), names)
        self._row(body, self.tr("Where it can be redeemed"), places)
        first = next(iter(self.applies_boxes.values()))
        places.setFocusProxy(first)
        self._bind(("offer", "applies_in"), places, lambda v: self._show_checks(self.applies_boxes, v))

    def _build_cta(self) -> None:
        body = self._section(self.tr("Call to action"))
        self.url_field = self.text_row(
            body,
            ("cta",),  # the whole object: no URL is no call to action (cta: null)
            self.tr("Landin&g page URL"),
            single_line=True,
            to_doc=lambda text: {"url": text.strip()} if text.strip() else None,
            from_doc=lambda value: str(value.get("url", "")) if isinstance(value, dict) else "",
        )
        self.url_field.setPlaceholderText("https://…")

        self.hashtags_field = self.text_row(
            body,
            ("hashtags",),
            self.tr("Hashtags"),
            single_line=True,
            to_doc=lambda text: [t for t in re.split(r"[,\s]+", text) if t],
            from_doc=lambda value: ", ".join(value or []),
        )
        self.hashtags_field.setPlaceholderText(self.tr("#CafeAurora, #BlackFriday"))

        image = QWidget()
        row = QHBoxLayout(image)
        row.setContentsMargins(0, 0, 0, 0)
        self.hero_thumb = QLabel()
        height = self.fontMetrics().height() * 4
        self.hero_thumb.setFixedSize(int(height * 1.5), height)
        self.hero_thumb.setFrameShape(QFrame.Shape.StyledPanel)
        self.hero_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hero_thumb.setAccessibleName(self.tr("Hero image preview"))
        self.hero_name = QLabel()
        self.hero_name.setWordWrap(True)
        self.hero_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), self.tr("Choose…")
        )
        self.hero_button.setAccessibleName(self.tr("Choose the hero image"))
        self.hero_button.clicked.connect(self.choose_hero_image)
        self.hero_clear = QToolButton()
        self.hero_clear.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogDiscardButton))
        self.hero_clear.setToolTip(self.tr("No hero image"))
        self.hero_clear.setAccessibleName(self.tr("Remove the hero image"))
        self.hero_clear.clicked.connect(lambda: self._write(("hero_image",), None, merge=False))
        side = QVBoxLayout()
        side.addWidget(self.hero_name)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hero_button)
        buttons.addWidget(self.hero_clear)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addStretch(1)
        row.addWidget(self.hero_thumb)
        row.addLayout(side, 1)
        image.setFocusProxy(self.hero_button)
        self._row(body, self.tr("Hero image"), image)
        self.hero_button.setAccessibleName(self.tr("Choose the hero image"))
        self._bind(("hero_image",), image, self._show_hero)

        channels = QWidget()
        grid = QGridLayout(channels)
        grid.setContentsMargins(0, 0, 0, 0)
        names = {channel: channel_label(channel.value) for channel in Channel}
        self.channel_boxes = self._check_group(grid, ("channels",), names, columns=4)
        channels.setFocusProxy(next(iter(self.channel_boxes.values())))
        self._row(body, self.tr("Channels"), channels)
        self._bind(("channels",), channels, self._show_channels)

        self.sizes_widget = QWidget()
        sizes = QHBoxLayout(self.sizes_widget)
        sizes.setContentsMargins(0, 0, 0, 0)
        self.size_boxes: dict[str, QCheckBox] = {}
        for size in PRINT_SIZES:
            box = QCheckBox(size)
            box.setAccessibleName(self.tr("Print size %1").replace("%1", size))
            box.toggled.connect(self._sizes_toggled)
            sizes.addWidget(box)
            self.size_boxes[size] = box
        sizes.addStretch(1)
        self.sizes_widget.setFocusProxy(self.size_boxes["A4"])
        self.sizes_row = QWidget()
        holder = QVBoxLayout(self.sizes_row)
        holder.setContentsMargins(0, 0, 0, 0)
        self._row(holder, self.tr("Print sizes"), self.sizes_widget)
        body.addWidget(self.sizes_row)
        self._bind(("print_sizes",), self.sizes_widget, self._show_sizes)

    def _build_locales(self) -> None:
        body = self._section(self.tr("Texts per locale"))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Locales"))
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.tabCloseRequested.connect(
            lambda i: self.remove_locale(self._tags[i]) if 0 <= i < len(self._tags) else None
        )
        self.tabs.currentChanged.connect(self._tab_changed)
        self.add_locale_button = QToolButton()
        self.add_locale_button.setText(self.tr("+ Locale"))
        self.add_locale_button.setAutoRaise(True)
        self.add_locale_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_locale_button.setToolTip(self.tr("Add a locale"))
        self.add_locale_button.setAccessibleName(self.tr("Add a locale"))
        self.add_locale_button.clicked.connect(self._choose_locale)
        self.tabs.setCornerWidget(self.add_locale_button, Qt.Corner.TopRightCorner)
        body.addWidget(self.tabs)

    # -- small controls --------------------------------------------------------------------------------

    def _amount_row(
        self, grid: QGridLayout, path: Path, label: str, cell: tuple[int, int], digits: int | None = -1
    ) -> AmountField:
        field = AmountField(
            locales=self._locale_tags,
            currency=lambda: self.doc.value(("offer", "currency")) if self.doc is not None else None,
            digits=self._currency_digits if digits is not None else None,
            percent=digits is None,
        )
        self._entry_row(grid, path, label, cell, field)
        return field

    def _entry_row(
        self, grid: QGridLayout, path: Path, label: str, cell: tuple[int, int], field: EntryField
    ) -> None:
        """An :mod:`~studio.gui.entry_fields` field: one undo step per committed entry."""
        field.undo_stack = self._stack
        self._row(grid, label, field.container, cell=cell)
        field.setAccessibleName(field.container.accessibleName())
        field.setProperty("problemLabel", field.container.property("problemLabel"))
        caption = label.replace("&", "")
        field.committed.connect(
            lambda value: (
                self.doc.set_value(path, value, label=caption, merge=False)
                if self.doc is not None and not self._updating
                else None
            )
        )

        def focus(_start: int | None, _end: int | None) -> None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()

        self._bind(path, field, field.show_value, focus=focus, depends=field.depends)

    def _currency_digits(self) -> int:
        from babel.numbers import get_currency_precision

        code = self.doc.value(("offer", "currency")) if self.doc is not None else "EUR"
        try:
            return int(get_currency_precision(code or "EUR"))
        except Exception:  # an unknown code is reported by validation
            return 2

    def _date_row(self, grid: QGridLayout, path: Path, label: str, cell: tuple[int, int]) -> DateTimeField:
        other = ("offer", "valid_from") if path[-1] == "valid_until" else ("offer", "valid_until")
        field = DateTimeField(
            role="end" if path[-1] == "valid_until" else "start",
            zone=self._zone,
            locales=self._locale_tags,
            other=lambda: self.doc.value(other) if self.doc is not None else None,
            max_days=self._max_offer_days,
            unpublished=lambda: self.doc is not None and self.doc.value(("status",)) in UNPUBLISHED,
        )
        field.depends = [("timezone",), ("status",), other]
        self._entry_row(grid, path, label, cell, field)
        return field

    def _max_offer_days(self) -> int:
        from studio.consistency.window import max_offer_days

        return max_offer_days(self.studio.workspace.brand_rules)

    def _zone(self) -> str:
        zone = self.doc.value(("timezone",)) if self.doc is not None else None
        try:
            ZoneInfo(zone or "")
        except (ValueError, ZoneInfoNotFoundError):
            return "UTC"
        return str(zone)

    def _check_group(
        self, layout: QHBoxLayout | QGridLayout, path: Path, names: dict[Any, str], columns: int = 0
    ) -> dict[str, QCheckBox]:
        boxes: dict[str, QCheckBox] = {}
        for i, (value, name) in enumerate(names.items()):
            box = QCheckBox(name)
            box.setAccessibleName(name)
            box.toggled.connect(lambda _on, p=path, b=boxes: self._checks_toggled(p, b))
            if isinstance(layout, QGridLayout):
                layout.addWidget(box, i // columns, i % columns)
            else:
                layout.addWidget(box)
            boxes[str(value)] = box
        if isinstance(layout, QHBoxLayout):
            layout.addStretch(1)
        return boxes

    def _checks_toggled(self, path: Path, boxes: dict[str, QCheckBox]) -> None:
        if self._updating or self.doc is None:
            return
        current = self.doc.value(path) or []
        chosen = [value for value, box in boxes.items() if box.isChecked()]
        kept = [v for v in current if v not in boxes]  # values this editor does not offer stay
        self._write(path, [*chosen, *kept], merge=False)
        if path == ("channels",):
            self.sizes_row.setVisible(Channel.SIGNAGE.value in chosen)

    def _show_checks(self, boxes: dict[str, QCheckBox], value: Any) -> None:
        chosen = set(value or [])
        for key, box in boxes.items():
            if box.isChecked() != (key in chosen):
                box.setChecked(key in chosen)

    def _show_channels(self, value: Any) -> None:
        self._show_checks(self.channel_boxes, value)
        self.sizes_row.setVisible(Channel.SIGNAGE.value in (value or []))

    def _sizes_toggled(self) -> None:
        if self._updating or self.doc is None:
            return
        current = list(self.doc.value(("print_sizes",)) or [])
        chosen = [s for s in PRINT_SIZES if self.size_boxes[s].isChecked()]
        others = [s for s in current if s not in PRINT_SIZES]
        self._write(("print_sizes",), [*chosen, *others], merge=False)

    def _show_sizes(self, value: Any) -> None:
        self._show_checks(self.size_boxes, value)

    def _show_combo_text(self, combo: QComboBox, value: Any) -> None:
        text = "" if value is None else str(value)
        if combo.currentText() != text:
            combo.setCurrentText(text)

    def _fill_currencies(self) -> None:
        for code, name in _currency_names(_ui_language()):
            self.currency_combo.addItem(f"{code} — {name}", code)
            if code == COMMON_CURRENCIES[-1]:
                self.currency_combo.insertSeparator(self.currency_combo.count())
        completer = self.currency_combo.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _show_currency(self, value: Any) -> None:
        index = self.currency_combo.findData(value)
        if index >= 0:
            if self.currency_combo.currentIndex() != index:
                self.currency_combo.setCurrentIndex(index)
        else:
            self.currency_combo.setCurrentText("" if value is None else str(value))

    def _show_primary(self, value: Any) -> None:
        tags = list((self.doc.value(("locales",)) or {}).keys()) if self.doc is not None else []
        ui = _ui_language()
        if [self.primary_combo.itemData(i) for i in range(self.primary_combo.count())] != tags:
            self.primary_combo.clear()
            for tag in tags:
                self.primary_combo.addItem(locale_name(tag, ui), tag)
        index = self.primary_combo.findData(value)
        if index != self.primary_combo.currentIndex():
            self.primary_combo.setCurrentIndex(index)

    def _show_status(self, value: Any) -> None:
        names = {
            "draft": self.tr("Draft"),
            "in_review": self.tr("In review"),
            "approved": self.tr("Approved"),
            "exported": self.tr("Exported"),
        }
        text = names.get(str(value), str(value))
        palette = self.palette()
        accent = {
            "draft": palette.color(QPalette.ColorRole.PlaceholderText),
            "in_review": severity_color(Severity.WARNING, palette),
            "approved": QColor("#2e9d57") if not _dark(palette) else QColor("#5cd08a"),
            "exported": severity_color(Severity.SUGGESTION, palette),
        }.get(str(value), palette.color(QPalette.ColorRole.PlaceholderText))
        pad = max(2, self.gap // 3)
        self.status_badge.setText(text)
        self.status_badge.setAccessibleName(self.tr("Status: %1").replace("%1", text))
        self.status_badge.setStyleSheet(
            f"color: {accent.name()}; border: 1px solid {accent.name()}; border-radius: {pad * 2}px;"
            f" padding: {pad}px {pad * 3}px;"
        )
        self.status_badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)

    def _show_zone_hint(self, value: Any) -> None:
        try:
            zone = ZoneInfo(str(value))
        except (ValueError, ZoneInfoNotFoundError):
            self.zone_hint.setText("")
            return
        from studio import clock

        offset = clock.now().astimezone(zone).strftime("%z")  # today's offset of the zone
        self.zone_hint.setText(
            self.tr("Dates and times in %1 (UTC%2)")
            .replace("%1", str(value))
            .replace("%2", f"{offset[:3]}:{offset[3:]}")
        )

    def _upper_promo(self) -> None:
        text = self.promo_field.toPlainText()
        if text != text.upper() and not self._updating:
            cursor = self.promo_field.textCursor()
            position = cursor.position()
            self.promo_field.setPlainText(text.upper())  # writes the upper-case code (merges)
            cursor = self.promo_field.textCursor()
            cursor.setPosition(position)
            self.promo_field.setTextCursor(cursor)

    def _show_hero(self, value: Any) -> None:
        self.hero_clear.setEnabled(bool(value))
        if not value:
            self.hero_thumb.setPixmap(QPixmap())
            self.hero_thumb.setText(self.tr("No image"))
            self.hero_name.setText(self.tr("No hero image chosen"))
            return
        self.hero_name.setText(str(value))
        try:
            file = self.studio.workspace.asset(str(value))
        except StudioError as exc:
            self.hero_thumb.setPixmap(QPixmap())
            self.hero_thumb.setText(self.tr("Missing"))
            self.hero_name.setText(f"{value}\n{exc.message}")
            return
        pixmap = thumbnail(file, self.hero_thumb.size() * self.devicePixelRatioF())
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        self.hero_thumb.setPixmap(pixmap)

    def make_asset_picker(self) -> AssetPickerDialog:
        current = self.doc.value(("hero_image",)) if self.doc is not None else None
        return AssetPickerDialog(self.studio.workspace.assets, current, self)

    def choose_hero_image(self) -> None:
        dialog = self.make_asset_picker()
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and (chosen := dialog.selected()):
                self._write(("hero_image",), chosen, merge=False)
        finally:
            dialog.deleteLater()

    # -- locales ----------------------------------------------------------------------------------------

    def _locale_tags(self) -> list[str]:
        if self.doc is None:
            return []
        locales = self.doc.value(("locales",))
        tags = list(locales.keys()) if isinstance(locales, dict) else []
        primary = self.doc.value(("primary_locale",))
        return [primary, *(t for t in tags if t != primary)] if primary in tags else tags

    def _sync_tabs(self) -> None:
        """Tabs follow the document's locales; pages are built only for new locales."""
        tags = self._locale_tags()
        primary = self.doc.value(("primary_locale",)) if self.doc is not None else None
        if tags == self._tags:
            self._mark_primary(primary)
            return
        current = self.current_locale()
        self.tabs.blockSignals(True)
        for tag in list(self._pages):
            if tag not in tags:
                gone = self._pages.pop(tag)
                self._unbind_page(gone)
                self.tabs.removeTab(self.tabs.indexOf(gone))
                gone.deleteLater()
        ui = _ui_language()
        for i, tag in enumerate(tags):
            existing = self._pages.get(tag)
            if existing is None:
                existing = LocalePage(self, tag)  # its fields are built when first needed
                self._pages[tag] = existing
            page = existing
            index = self.tabs.indexOf(page)
            if index < 0:  # the short tag on the tab (never cut off); the locale's name in its tooltip
                self.tabs.insertTab(i, page, tag)
            elif index != i:
                self.tabs.tabBar().moveTab(index, i)
            self.tabs.setTabToolTip(i, f"{locale_title(tag, ui)} · {tag}")
        self._tags = tags
        self._mark_primary(primary)
        self.tabs.setCurrentIndex(tags.index(current) if current in tags else 0)
        self.tabs.blockSignals(False)
        self._build_current_page()
        if self.current_locale() != current and self.current_locale():
            self.currentLocaleChanged.emit(self.current_locale())

    def _mark_primary(self, primary: Any) -> None:
        bar = self.tabs.tabBar()
        for i, tag in enumerate(self._tags):
            button = bar.tabButton(i, QTabBar.ButtonPosition.RightSide)
            if button is not None:
                button.setVisible(tag != primary)
                button.setToolTip(self.tr("Remove this locale"))
                button.setAccessibleName(self.tr("Remove %1").replace("%1", tag))

    def _unbind_page(self, page: LocalePage) -> None:
        prefix = ("locales", page.tag)
        self._bindings = [b for b in self._bindings if b.path[:2] != prefix]
        for path in [p for p in self._by_path if p[:2] == prefix]:
            del self._by_path[path]
        for path in [p for p in self._text_fields if p[:2] == prefix]:
            del self._text_fields[path]

    def current_locale(self) -> str:
        page = self.tabs.currentWidget()
        return page.tag if isinstance(page, LocalePage) else ""

    def _build_current_page(self) -> None:
        """The page on screen now; the others one per tick of a timer (the window keeps answering)."""
        page = self.tabs.currentWidget()
        if isinstance(page, LocalePage):
            page.ensure_built()
        if any(not p.built for p in self._pages.values()):
            self._build_timer.start()

    def _build_next_page(self) -> None:
        waiting = [p for p in self._pages.values() if not p.built]
        if waiting:
            waiting[0].ensure_built()
        if len(waiting) <= 1:
            self._build_timer.stop()

    def page_built(self, page: LocalePage) -> None:
        """A locale page's fields exist now: show the document's values, problems and findings."""
        self._refresh(("locales", page.tag))
        self._show_problems(self._problems)
        findings, variants = self._findings
        if findings:
            self.set_findings(findings, variants)

    def _page_for(self, path: Path) -> None:
        """Build the locale page that edits ``path`` (a locale's text) if it is not built yet."""
        if len(path) >= 2 and path[0] == "locales" and (page := self._pages.get(path[1])) is not None:
            page.ensure_built()

    def _tab_changed(self, _index: int) -> None:
        self._build_current_page()
        if self.current_locale():
            self.currentLocaleChanged.emit(self.current_locale())

    def _choose_locale(self) -> None:
        dialog = LocaleChooserDialog(self._tags, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and (tag := dialog.tag()):
                self.add_locale(tag)
        finally:
            dialog.deleteLater()

    def add_locale(self, tag: str) -> bool:
        """Add ``tag`` with starter placeholder texts (one undo step); False if it is there already."""
        if self.doc is None:
            return False
        tag = normalize_locale(tag)
        locales = dict(self.doc.value(("locales",)) or {})
        if tag in locales:
            return False
        locales[tag] = starter_locale(tag, cta=bool(self.doc.value(("cta",))))
        self.doc.set_value(
            ("locales",),
            locales,
            label=self.tr("Add %1").replace("%1", locale_title(tag, _ui_language())),
            merge=False,
        )
        self.tabs.setCurrentIndex(self._tags.index(tag))
        return True

    def remove_locale(self, tag: str) -> bool:
        """Remove ``tag`` and its overrides (one undo step); the primary locale cannot be removed."""
        if self.doc is None or tag == self.doc.value(("primary_locale",)):
            return False
        data = dict(self.doc.data)
        locales = dict(data.get("locales") or {})
        if tag not in locales:
            return False
        del locales[tag]
        data["locales"] = locales
        overrides = {}
        for channel, per_locale in (data.get("overrides") or {}).items():
            kept = {t: o for t, o in per_locale.items() if t != tag}
            if kept:
                overrides[channel] = kept
        data["overrides"] = overrides
        self.doc.replace(data, label=self.tr("Remove %1").replace("%1", locale_title(tag, _ui_language())))
        return True

    # -- the document -----------------------------------------------------------------------------------

    def set_document(self, doc: CampaignDocument | None) -> None:
        if self.doc is not None:
            for signal, slot in (
                (self.doc.edited, self._edited),
                (self.doc.invalid, self._invalid),
                (self.doc.checked, self._checked),
            ):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.doc = doc
        self._findings_key = None
        self._findings = ([], [])
        for field in self._text_fields.values():
            field.set_marks([])
        if doc is None:
            self.stack.setCurrentWidget(self.empty)
            return
        doc.edited.connect(self._edited)
        doc.invalid.connect(self._invalid)
        doc.checked.connect(self._checked)
        try:
            self.brand_label.setText(self.studio.workspace.brand.name)
        except StudioError as exc:
            self.brand_label.setText(str(doc.value(("brand",)) or ""))
            self.brand_label.setToolTip(exc.message)
        self._show_problems(doc.problems)
        self._edited(())
        self.tabs.setCurrentIndex(0)
        self.stack.setCurrentWidget(self.scroller)
        if self.current_locale():
            self.currentLocaleChanged.emit(self.current_locale())

    def _edited(self, path: Any) -> None:
        changed: Path = tuple(path or ())
        if not changed or changed[0] in ("locales", "primary_locale"):
            self._sync_tabs()
        self._refresh(changed)

    def _refresh(self, changed: Path) -> None:
        if self.doc is None:
            return
        self._updating = True
        try:
            for binding in list(self._bindings):
                if binding.affected_by(changed):
                    binding.show(self.doc.value(binding.path))
        finally:
            self._updating = False

    # -- problems and findings ------------------------------------------------------------------------------

    def _binding_for(self, path: Path) -> Binding | None:
        while path:
            if path in self._by_path:
                return self._by_path[path]
            path = path[:-1]
        return None

    def _invalid(self, problems: list[Problem]) -> None:
        self._show_problems(problems)

    def _checked(self, _result: Any) -> None:
        self._show_problems([])

    def _show_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        per_binding: dict[int, list[str]] = {}
        loose: list[str] = []
        for problem in problems:
            binding = self._binding_for(tuple(problem.field.split("."))) if problem.field else None
            if binding is None:
                loose.append(problem_text(problem))
            else:
                per_binding.setdefault(id(binding), []).append(problem.message)
        colour = _problem_color(self.palette()).name()
        for binding in self._bindings:
            message = "\n".join(per_binding.get(id(binding), []))
            if message == binding.problem:
                continue
            binding.problem = message
            widget = binding.widget
            if isinstance(widget, TextField):
                widget.set_problem(message)
            else:
                widget.setToolTip(message)
            widget.setProperty("problem", bool(message))
            if isinstance(widget, (TextField, QLineEdit, QComboBox)):
                name = (
                    "QPlainTextEdit"
                    if isinstance(widget, TextField)
                    else "QLineEdit"
                    if isinstance(widget, QLineEdit)
                    else type(widget).__name__
                )
                widget.setStyleSheet(
                    f"{name} {{ border: 1px solid {colour}; border-radius: 3px; }}" if message else ""
                )
            if binding.message is not None:
                binding.message.setText(message)
                binding.message.setVisible(bool(message))
        self.banner.setText("\n".join(loose))
        self.banner.setVisible(bool(loose))

    def commit_entries(self) -> None:
        """Read what is typed but not yet committed in the amount and date fields (before a save,
        a review action, an export or closing: Ctrl+S while typing a price stores it)."""
        for binding in self._bindings:
            if isinstance(binding.widget, EntryField) and binding.widget.pending:
                binding.widget.commit()

    def problem_text(self, path: Path) -> str:
        """The validation problem shown on the control for ``path`` ("" when none)."""
        self._page_for(path)
        binding = self._binding_for(path)
        return binding.problem if binding is not None else ""

    def set_findings(self, findings: list[Finding], variants: list[Variant]) -> None:
        """Underline each finding's words in the field that edits them (colour by severity)."""
        if self.doc is None:
            return
        self._findings = (list(findings), list(variants))
        data = self.doc.data
        palette = self.palette()
        colours = {s: severity_color(s, palette) for s in Severity}
        marks: dict[Path, list[tuple[int, int, str, QColor]]] = {path: [] for path in self._text_fields}
        for finding in findings:
            span = locate(data, finding, variants)
            if span is None or span.path not in marks:
                continue
            if span.start is None or span.end is None:
                value = get_text(data, span.path)
                if not value:
                    continue
                start, end = 0, len(value)
            else:
                start, end = span.start, span.end
            marks[span.path].append((start, end, finding.message, colours[finding.severity]))
        for path, field in self._text_fields.items():
            field.set_marks(marks[path])

    def marks(self, path: Path) -> list[tuple[int, int]]:
        """The underlined [start, end) spans of the field editing ``path`` (from its ExtraSelections)."""
        self._page_for(path)
        field = self._text_fields.get(path)
        if field is None:
            return []
        return [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in field.extraSelections()]

    def widget_for(self, path: Path) -> QWidget | None:
        self._page_for(path)
        binding = self._by_path.get(path)
        return binding.widget if binding is not None else None

    def focus_path(self, path: tuple[str, ...], start: int | None = None, end: int | None = None) -> bool:
        """Show and focus the control editing ``path`` and select [start, end); False if none does."""
        if self.doc is None or not path or path[0] == "overrides":
            return False
        path = tuple(path)
        if path[0] == "locales" and len(path) >= 2 and path[1] in self._tags:
            self.tabs.setCurrentIndex(self._tags.index(path[1]))
            self._page_for(path)
            if len(path) == 2:
                self.tabs.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroller.ensureWidgetVisible(self.tabs)
                return True
        binding = self._binding_for(path)
        if binding is None:
            return False
        self.scroller.ensureWidgetVisible(binding.widget)
        if binding.focus is not None:
            binding.focus(start, end)
        else:
            binding.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


def get_text(data: dict[str, Any], path: Path) -> str:
    node: Any = data
    for part in path:
        node = node.get(part) if isinstance(node, dict) else None
    return node if isinstance(node, str) else ""


@functools.cache
def _all_zones() -> frozenset[str]:
    from zoneinfo import available_timezones

    zones = {z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/"))}
    return frozenset(zones | {"UTC"})


@functools.cache
def _currency_names(language: str) -> tuple[tuple[str, str], ...]:
    """(code, name in ``language``) for every currency, the common ones first."""
    from babel.numbers import get_currency_name, list_currencies

    known = sorted(list_currencies())
    names = []
    for code in (*COMMON_CURRENCIES, *[c for c in known if c not in COMMON_CURRENCIES]):
        try:
            name = get_currency_name(code, locale=language)
        except Exception:  # Babel without that name: the code alone
            name = code
        names.append((code, name))
    return tuple(names)


def warm_up() -> None:
    """Compute the editor's slow lists ahead (the start-up worker thread calls this)."""
    _all_zones()
    for language in ("es", "en"):
        _currency_names(language)


__all__ = ["AssetPickerDialog", "CampaignEditor", "LocaleChooserDialog", "MarkdownHighlighter", "TextField"]
