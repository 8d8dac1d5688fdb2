"""The editor's own controls: text fields with findings underlined, counters, the image and
locale pickers, and the colours they share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path as FilePath
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QPixmap,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from studio.errors import Problem
from studio.gui.dialogs import NEW_CAMPAIGN_LOCALES, locale_name
from studio.model.campaign import normalize_locale
from studio.model.finding import Severity

#: Locales offered when adding one (besides the campaign's own).
MORE_LOCALES = (*NEW_CAMPAIGN_LOCALES, "es-CL", "es-PE", "en-IE", "fr-FR", "pt-PT", "de-DE", "it-IT")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".gif")


def problem_text(problem: Problem) -> str:
    """A problem with its field named for people (``Titular (español, España): …``)."""
    from studio.gui.naming import field
    from studio.gui.problem_words import problem_message

    if problem.field and problem.file is None and problem.line is None:
        return f"{field(problem.field)}: {problem_message(problem.message)}"
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


def thumbnail(file: FilePath, size: QSize) -> QPixmap:
    """A small version of an image, read scaled (a 4000 px photo is not decoded whole), and read
    once while the file stays as it is (:mod:`studio.gui.images`; the editor's hero reads it on a
    worker first: :func:`thumbnail_later`)."""
    from studio.gui import images

    key = images.file_key(FilePath(file), size.width(), size.height())
    if key is None:
        return QPixmap()
    image = images.cached(key) or images.remember(key, images.read_scaled(FilePath(file), size))
    return QPixmap.fromImage(image) if not image.isNull() else QPixmap()


def thumbnail_later(file: FilePath, size: QSize, done: Callable[[QPixmap], None]) -> None:
    """:func:`thumbnail`, read on a worker thread when it was not read before; ``done(pixmap)`` on
    the GUI thread (at once when it was)."""
    from studio.gui import images

    key = images.file_key(FilePath(file), size.width(), size.height())
    if key is None:
        done(QPixmap())
        return
    images.decode_later(
        key,
        lambda: images.read_scaled(FilePath(file), size),
        lambda image: done(QPixmap.fromImage(image) if not image.isNull() else QPixmap()),
    )


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
