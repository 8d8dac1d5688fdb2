"""The campaign editor: the fact sheet and the message per locale, as one scrollable form.

The editor holds no campaign data. Every control is *bound* to a path of the
:class:`~studio.gui.document.CampaignDocument`: it shows ``doc.value(path)``, writes with
``doc.set_value(path, ...)`` and refreshes when ``doc.edited`` names its path (undo, a fix, a
reload) — only when the value differs from what it shows, and without writing back. Validation
problems and the live check's findings are drawn on the control that edits their path.
"""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QPalette,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from studio.app import Studio
from studio.errors import Problem, StudioError
from studio.fixes import locate
from studio.gui.document import CampaignDocument
from studio.gui.editor.bindings import Binding, Path
from studio.gui.editor.locale_tabs import PAGE_BUILD_INTERVAL_MS, EditorLocaleTabs, LocalePage
from studio.gui.editor.widgets import TextField, _problem_color, problem_text, severity_color
from studio.gui.entry_fields import EntryField
from studio.gui.fit import FitWidth, compact_combo
from studio.gui.problem_words import problem_message
from studio.model.finding import Finding, Severity
from studio.model.variant import Variant
from studio.text.fields import (
    all_zones,
    currency_names,
    get_text,
)


class CampaignEditor(EditorLocaleTabs):
    """The fact sheet and the per-locale messages of the open campaign (see the module docstring)."""

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
        self._build_frame()
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

    def _build_frame(self) -> None:
        """The empty state, the scrolling form and the banner for problems no field shows."""
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
        self.show_opening(None)  # for when the editor is empty again
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
        if doc.key != self._last_key:  # another campaign starts at its name, not where the last one was left
            self.scroller.verticalScrollBar().setValue(0)
            self._last_key = doc.key
        if self.current_locale():
            self.currentLocaleChanged.emit(self.current_locale())

    #: the campaign shown last (kept while the editor is empty between two campaigns)
    _last_key: str | None = None

    def show_opening(self, name: str | None) -> None:
        """While campaign ``name`` is being read (no document: nothing can be edited), say so where
        its fields will be; None: the editor's words for no campaign."""
        if name is None:
            self.empty.setText(self.tr("Select or create a campaign"))
            self.empty.setAccessibleName(self.tr("No campaign open"))
            return
        self.empty.setText(self.tr("Opening “{0}”…").format(name))
        self.empty.setAccessibleName(self.tr("Opening a campaign"))
        if self.doc is None:
            self.stack.setCurrentWidget(self.empty)

    def retranslate(self) -> None:
        """What the editor composes from the document (the zone hint, the status badge, names of
        locales and fields) again, in the installed language (after a language switch)."""
        if self.doc is None:
            return
        self._name_tabs()
        self._refresh(("timezone",))
        self._refresh(("status",))
        self._show_problems(self.doc.problems)

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
                per_binding.setdefault(id(binding), []).append(problem_message(problem.message))
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


def warm_up() -> None:
    """Compute the editor's slow lists ahead (the start-up worker thread calls this)."""
    all_zones()
    for language in ("es", "en"):
        currency_names(language)
