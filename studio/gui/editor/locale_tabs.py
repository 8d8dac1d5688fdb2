"""The texts per locale: a tab per locale, built when first needed, added and removed as one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontDatabase,
)
from PySide6.QtWidgets import (
    QDialog,
    QTabBar,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from studio.gui.editor.bindings import Path
from studio.gui.editor.sections import EditorSections
from studio.gui.editor.widgets import (
    LocaleChooserDialog,
    MarkdownHighlighter,
    TextField,
    _ui_language,
    locale_title,
)
from studio.model.campaign import LocaleContent, Message, normalize_locale
from studio.model.starter import starter_locale
from studio.text.fields import (
    max_length,
)

if TYPE_CHECKING:
    from studio.gui.editor.campaign_editor import CampaignEditor

#: the locale pages not on screen are built one per this many milliseconds after a campaign opens
PAGE_BUILD_INTERVAL_MS = 30


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

    def setVisible(self, visible: bool) -> None:
        if visible:
            self.ensure_built()  # before showing: controls made while shown would appear a turn later
        super().setVisible(visible)

    def _build(self, editor: CampaignEditor, tag: str) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(editor.gap, editor.gap, editor.gap, editor.gap)
        layout.setSpacing(editor.gap)
        base: Path = ("locales", tag)
        m = ("message",)
        specs: list[tuple[Path, str, bool, int, int | None, bool]] = [
            ((*m, "headline"), self.tr("He&adline"), True, 1, max_length(Message, "headline"), False),
            (
                (*m, "subheadline"),
                self.tr("&Subheadline"),
                True,
                1,
                max_length(Message, "subheadline"),
                False,
            ),
            ((*m, "short"), self.tr("Sh&ort text"), False, 3, max_length(Message, "short"), False),
            ((*m, "body"), self.tr("Body (Markdo&wn)"), False, 9, None, True),
            (
                ("cta_label",),
                self.tr("&Call to action label"),
                True,
                1,
                max_length(LocaleContent, "cta_label"),
                False,
            ),
            (
                ("disclaimer",),
                self.tr("&Disclaimer"),
                False,
                3,
                max_length(LocaleContent, "disclaimer"),
                False,
            ),
            (
                ("image_alt",),
                self.tr("Image alt te&xt"),
                True,
                1,
                max_length(LocaleContent, "image_alt"),
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


class EditorLocaleTabs(EditorSections):
    """The locale tabs of the editor (their pages are :class:`LocalePage`)."""

    currentLocaleChanged = Signal(str)

    _pages: dict[str, LocalePage]
    _tags: list[str]
    _build_timer: QTimer
    tabs: QTabWidget

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
                existing = LocalePage(
                    cast("CampaignEditor", self), tag
                )  # its fields are built when first needed
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

    def _name_tabs(self) -> None:
        """The locales' names in the tabs' tooltips, in the interface language (after a switch)."""
        ui = _ui_language()
        for i, tag in enumerate(self._tags):
            self.tabs.setTabToolTip(i, f"{locale_title(tag, ui)} · {tag}")

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
