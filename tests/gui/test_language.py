"""One language at a time: a walk through every view of the studio collects what a person reads.

The studio opens the demo workspace in Spanish (then in English), visits the campaign list, the
editor with every locale tab, every channel preview, the problems panel with findings, the review
panel with its history, the approval refusal, the export dialog and its refusal, the rules
browser, the menus, the status bar after a waiver and the undo action after typing, and gathers
every visible text (labels, buttons, tab and group titles, placeholders, combo items, table and
list cells and headers, window titles, menu entries). Tooltips are left out (rule ids may live
there), and so is the campaign's own copy: what the marketer wrote (and what the channels render
from it) is content, not interface, and it quotes as «…» inside messages.

The walk fails on any internal id (dotted field paths, ``Style.Rule`` ids, locale codes such as
``es-MX`` outside the editor's short-code locale tabs, snake_case words) and on any common English
word in the Spanish interface (or Spanish word in the English one) outside an allow-list of brand
and channel names.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt, QTranslator
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextBrowser,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from studio.app import Studio
from studio.gui.app import install_translations
from studio.gui.main_window import MainWindow
from studio.gui.previews.base import ChannelTab
from studio.rules.catalog import load_catalog

PLANTED = "black-friday-2026"
REASON = "Aceptado por legal"

#: names that read the same in both interfaces (brands, channels, formats, the app's own name)
ALLOWED = (
    "Campaign Studio",
    "Café Aurora",
    "Black Friday",
    "Cyber Monday",
    "WhatsApp",
    "Instagram",
    "Facebook",
    "LinkedIn",
    "Markdown",
    "Email",
    "SMS",
    "Web",
    "App",
    "HTML",
    "PDF",
    "PNG",
    "CSV",
    "URL",
    "UTC",
    "CLDR",
    "YAML",
)

#: the interface languages as the language picker offers them, each in its own words
ENDONYMS = ("Español", "English")

ENGLISH = frozenset(
    [
        "the",
        "and",
        "of",
        "to",
        "is",
        "are",
        "has",
        "have",
        "with",
        "for",
        "from",
        "this",
        "that",
        "these",
        "cannot",
        "be",
        "been",
        "edited",
        "approved",
        "submitted",
        "exported",
        "saved",
        "created",
        "waived",
        "missing",
        "findings",
        "finding",
        "rule",
        "rules",
        "field",
        "fields",
        "text",
        "message",
        "body",
        "channel",
        "channels",
        "version",
        "draft",
        "review",
        "undo",
        "redo",
        "file",
        "edit",
        "view",
        "help",
        "settings",
        "preferences",
        "open",
        "close",
        "save",
        "cancel",
        "apply",
        "fix",
        "all",
        "show",
        "hide",
        "problems",
        "price",
        "date",
        "start",
        "end",
        "offer",
        "translation",
        "consistency",
        "link",
        "code",
        "waive",
        "approve",
        "reject",
        "changes",
        "requested",
        "report",
        "history",
        "score",
        "status",
        "search",
        "filter",
        "new",
        "campaign",
        "campaigns",
        "add",
        "remove",
        "choose",
        "image",
        "print",
        "size",
        "sizes",
        "headline",
        "short",
        "label",
        "call",
        "action",
        "page",
        "disclaimer",
        "errors",
        "warning",
        "warnings",
        "suggestion",
        "suggestions",
        "whole",
        "words",
        "safe",
        "shown",
        "locale",
        "locales",
        "spanish",
        "english",
        "united",
        "states",
        "spain",
        "mexico",
        "by",
        "on",
        "at",
        "it",
        "its",
        "not",
        "or",
        "an",
        "lacks",
        "does",
        "match",
        "says",
        "sheet",
        "must",
        "state",
        "waived",
        "waiver",
        "reason",
        "export",
        "exported",
        "refused",
        "none",
        "enabled",
        "level",
        "brand",
        "kind",
        "checks",
        "check",
        "when",
        "which",
        "where",
        "what",
        "who",
    ]
)

SPANISH = frozenset(
    [
        "de",
        "la",
        "el",
        "los",
        "las",
        "del",
        "que",
        "con",
        "para",
        "por",
        "una",
        "uno",
        "está",
        "sin",
        "más",
        "campaña",
        "campañas",
        "precio",
        "texto",
        "fecha",
        "aviso",
        "errores",
        "avisos",
        "sugerencias",
        "revisión",
        "borrador",
        "aprobada",
        "exportada",
        "enviada",
        "guardado",
        "guardada",
        "dispensado",
        "falta",
        "versión",
        "mensaje",
        "canal",
        "canales",
        "idioma",
        "oferta",
        "código",
        "enlace",
        "diciembre",
        "noviembre",
        "enero",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "hasta",
        "desde",
        "traducción",
        "dice",
        "ficha",
        "cada",
        "todos",
        "todas",
        "ninguno",
        "abrir",
        "guardar",
        "cerrar",
        "deshacer",
        "rehacer",
        "buscar",
        "nuevo",
        "nueva",
        "ayuda",
        "archivo",
        "editar",
        "exportar",
        "aprobar",
        "español",
        "inglés",
        "hallazgo",
        "hallazgos",
        "regla",
        "reglas",
        "campo",
        "motivo",
        "estado",
        "informe",
        "historial",
        "tiene",
        "lleva",
        "aún",
    ]
)

FIELD_PATH = re.compile(
    r"\b(?:locales|offer|cta|overrides|message|carries|levels)\.[\w.-]+|\bpost\.(?:x|instagram|facebook|linkedin)\b"
)
RULE_ID = re.compile(r"\b(?:Consistency|Studio|Vale|Core|CafeAurora)\.[A-Z]\w+")
LOCALE_CODE = re.compile(r"(?<![\w/.-])[a-z]{2}-[A-Z]{2}(?![\w-])")
SNAKE = re.compile(r"(?<![\w./-])[a-z]+_[a-z_]+(?![\w./-])")
QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
PATHS = re.compile(
    r"(?:/|[A-Za-z]:\\)\S+|[\w.-]+(?:/[\w.-]+)+|[\w.-]+\.(?:yml|yaml|ini|html|pdf|png|csv|txt|eml|zip|json|sqlite3)\b"
)
ENTITY = re.compile(r"&(?:#x?[0-9a-fA-F]+|[a-zA-Z]+);")
URLS = re.compile(r"\b(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:example|com|es|mx)\b\S*")


def _plain(text: str) -> str:
    """What a person reads: rich text as plain text, entities decoded, mnemonic markers gone."""
    if ("<" in text and ">" in text) or ENTITY.search(text):
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class Walk:
    """Visible texts gathered view by view: (where, text)."""

    def __init__(self, content: list[str]) -> None:
        self.texts: list[tuple[str, str]] = []
        self.content = [c for c in content if len(c.strip()) > 3]
        self.tab_codes: set[str] = set()

    def add(self, where: str, text: Any) -> None:
        if isinstance(text, str) and text.strip():
            self.texts.append((where, _plain(text)))

    def widget(self, where: str, root: QWidget) -> None:
        """Every visible text of ``root`` and its visible children."""
        self.add(where, root.windowTitle())
        for w in [root, *root.findChildren(QWidget)]:
            if not w.isVisible() or type(w).__name__ == "TextView":
                continue  # a preview's TextView shows the channel's rendered copy
            name = f"{where}/{type(w).__name__}:{w.objectName() or w.accessibleName()}"
            if isinstance(w, (QLabel, QAbstractButton)):
                self.add(name, w.text())
            elif isinstance(w, QGroupBox):
                self.add(name, w.title())
            elif isinstance(w, QTabBar):
                for i in range(w.count()):
                    self.add(name, w.tabText(i))
            elif isinstance(w, QComboBox):
                for i in range(w.count()):
                    self.add(name, w.itemText(i))
            elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)) and not isinstance(w, QTextBrowser):
                self.add(name, w.placeholderText())  # what is typed is the campaign's content
            elif isinstance(w, QTextBrowser):
                self.add(name, w.toPlainText())  # the report (the plain view)
            if isinstance(w, QAbstractItemView) and not isinstance(w, QHeaderView) and w.model() is not None:
                self.model(name, w)

    def model(
        self, where: str, view: QAbstractItemView, parent: QModelIndex | None = None, depth: int = 0
    ) -> None:
        model = view.model()
        parent = parent if parent is not None else QModelIndex()
        hidden = getattr(view, "isColumnHidden", lambda _c: False)
        try:
            count = model.columnCount(parent)
        except TypeError:  # a list model (QListWidget's): one column
            count = 1
        columns = [c for c in range(count) if not hidden(c)]
        if depth == 0 and not isinstance(view, QListView):
            for c in columns:
                self.add(where + "/header", model.headerData(c, Qt.Orientation.Horizontal))
        for r in range(min(model.rowCount(parent), 300)):
            for c in columns:
                index = model.index(r, c, parent)
                self.add(where, model.data(index, Qt.ItemDataRole.DisplayRole))
                if c == 0 and count > 1 and model.rowCount(index) > 0 and depth < 3:
                    self.model(where, view, index, depth + 1)

    def menus(self, where: str, window: MainWindow) -> None:
        def walk(menu: QMenu) -> None:
            self.add(where, menu.title())
            for action in menu.actions():
                self.add(where, action.text())
                if action.menu() is not None:
                    walk(action.menu())

        for action in window.menuBar().actions():
            self.add(where, action.text())
            if action.menu() is not None:
                walk(action.menu())

    def leaks(self, foreign: frozenset[str], language: str) -> list[str]:
        """Every internal id and foreign word, as ``where: what — in «text»``."""
        from studio.model.names import locale_name

        found: list[str] = []
        for where, raw in self.texts:
            text = " ".join(URLS.sub(" ", raw).split()).lstrip("✓✗≠ ")
            if not text.strip() or any(text in c for c in self.content):
                continue  # the campaign's own copy
            if "PreferencesDialog/QComboBox" in where and text in ENDONYMS:
                continue  # each language is offered in its own name
            for c in self.content:
                if len(c) > 12 and c in text:
                    text = text.replace(c, " ")
            text = QUOTED.sub(" ", text)
            text = PATHS.sub(" ", text)
            for code in set(LOCALE_CODE.findall(text)):  # a tag beside its name is a picker's detail
                text = text.replace(f"{locale_name(code, language)} · {code}", " ")
            for name in ALLOWED:
                text = text.replace(name, " ")
            problems = FIELD_PATH.findall(text) + RULE_ID.findall(text) + SNAKE.findall(text)
            codes = LOCALE_CODE.findall(text)
            # the editor's locale tabs are short codes, each with its name in a tooltip (issue 15 item 4)
            in_tabs = where.startswith("editor") and where.endswith("QTabBar:qt_tabwidget_tabbar")
            if not (in_tabs and set(codes) <= self.tab_codes):
                problems += codes
            words = re.findall(r"[^\W\d_]+", text)
            problems += [w for w in words if w.casefold() in foreign and not (w.isupper() and len(w) == 3)]
            if problems:
                found.append(f"{where}: {sorted(set(problems))} — in «{raw[:160]}»")
        return found


def _content(window: MainWindow) -> list[str]:
    """The campaign's copy: every string it holds and every text its variants render."""
    doc = window.doc
    assert doc is not None and doc.last_check is not None
    out: list[str] = []

    def strings(value: Any) -> None:
        if isinstance(value, str):
            out.extend([value, *value.splitlines()])
        elif isinstance(value, dict):
            for v in value.values():
                strings(v)
        elif isinstance(value, list):
            for v in value:
                strings(v)

    strings(doc.data)
    for variant in doc.last_check.check.variants:
        for text in variant.fields.values():
            out.extend([text, *text.splitlines()])
    names = window.model
    out.extend(names.summary(r).name for r in range(names.rowCount()))
    # what the brand kit's rule files say is the brand's copy too (a brand writes its rules in its
    # language): their messages, as templates and as the findings they made
    catalog = load_catalog(window.studio.workspace.brand_rules)
    written = {rule.id: rule.message for style in catalog.styles for rule in style.rules if rule.path}
    out.extend(written.values())
    out.extend(rule.description for style in catalog.styles for rule in style.rules if rule.path)
    out.append(REASON)  # what the test types as a waiver's reason
    out.extend(f.message for f in doc.last_check.check.findings if f.rule in written)
    return [" ".join(URLS.sub(" ", c).split()) for c in out]


@pytest.fixture
def interface(
    qapp: QApplication, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[str]:
    language = request.param
    monkeypatch.setenv("STUDIO_NO_WEBENGINE", "1")  # the report's plain view: its text can be read
    translators = install_translations(qapp, language)
    yield language
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, "en")  # the suite's default (the autouse fixture removes its own)


def _switched_window(qtbot: QtBot, studio: Studio, language: str) -> MainWindow:
    """A window built in the other language with the planted campaign open and checked, then
    switched to ``language`` in place (as Preferences does: the translators swap, the window
    retranslates itself)."""
    qapp = QApplication.instance()
    assert isinstance(qapp, QApplication)
    other = "en" if language == "es" else "es"
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
    translators = install_translations(qapp, other)
    window = MainWindow(studio, language=other)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).key == PLANTED)
    window.table.selectRow(row)
    doc = window.doc
    assert doc is not None
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=20_000)
    for i in range(window.previews.tabs.count()):  # every preview made in the old language
        window.previews.tabs.setCurrentIndex(i)
    for translator in translators:
        qapp.removeTranslator(translator)
    install_translations(qapp, language)
    old_check = doc.last_check
    window.retranslate(other)
    qtbot.waitUntil(lambda: not window.retranslating and doc.last_check is not old_check, timeout=20_000)
    assert window.language == language
    return window


def _walk(qtbot: QtBot, studio: Studio, language: str, tmp_path: Path, *, switched: bool = False) -> Walk:
    from studio.gui.export_dialog import ExportDialog

    if switched:
        window = _switched_window(qtbot, studio, language)
    else:
        window = MainWindow(studio, language=language)
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
    messages: list[tuple[str, str]] = []
    window.show_message = lambda _icon, title, message: messages.append((title, message))  # type: ignore[method-assign]
    if not switched:
        row = next(r for r in range(window.model.rowCount()) if window.model.summary(r).key == PLANTED)
        window.table.selectRow(row)
    doc = window.doc
    assert doc is not None
    doc.check_now()
    qtbot.waitUntil(lambda: doc.last_check is not None, timeout=20_000)
    walk = Walk(_content(window))
    walk.add("window", window.windowTitle())
    walk.widget("campaign list", window.list_pane)
    walk.menus("menus", window)

    # the editor, every locale tab; the tab bar may show short codes (their names in tooltips)
    tabs = window.editor.tabs
    walk.tab_codes = set(doc.campaign().locale_tags)  # type: ignore[union-attr]
    for i in range(tabs.count()):
        tabs.setCurrentIndex(i)
        assert tabs.tabToolTip(i) and tabs.tabToolTip(i) != tabs.tabText(i)  # the name behind the code
        walk.widget(f"editor tab {i}", window.editor)
    walk.widget("editor/locale-tabs", tabs.tabBar())

    # every channel preview
    window.right_tabs.setCurrentWidget(window.previews)
    # a locale in the interface's language: another language's email chrome (its footer) is the
    # campaign's content, not the interface
    tags = [str(t) for t in (doc.value(("locales",)) or {})]
    window.previews.set_locale(next(t for t in tags if t.startswith(language)))
    for i in range(window.previews.tabs.count()):
        window.previews.tabs.setCurrentIndex(i)
        shown = window.previews.tabs.currentWidget()
        if isinstance(shown, ChannelTab):  # rendered again after a language switch
            qtbot.waitUntil(shown.is_current, timeout=20_000)
        walk.widget(f"preview {i}", window.previews)

    # problems with findings
    window.problems_dock.show()
    assert window.problems.model.rowCount() > 5
    walk.widget("problems", window.problems)

    # an edit of the message body: the undo action names the field; the save is in the history
    body_path = ("locales", "es-ES", "message", "body")
    assert window.editor.focus_path(body_path)
    target = window.editor.widget_for(body_path)
    assert isinstance(target, QPlainTextEdit) and target.isVisible()
    qtbot.keyClicks(target, " Hola")
    assert window.undo_action.isEnabled()
    expected = {
        "es": "Deshacer Texto del mensaje (español, España)",
        "en": "Undo Message text (Spanish, Spain)",
    }[language]
    assert window.undo_action.text().replace("&", "") == expected
    walk.add("undo", window.undo_action.text())
    assert doc.flush()
    window.undo_action.trigger()
    walk.add("redo after undo", window.redo_action.text())
    assert doc.flush()

    # a waiver: the status bar says what was waived
    from studio.model.finding import Severity

    waivable = next(
        f
        for f in doc.last_check.check.findings  # type: ignore[union-attr]
        if f.severity is Severity.ERROR and f.rule != "Consistency.Placeholder"
    )
    window.waive(waivable, REASON)
    assert window.statusBar().currentMessage().startswith({"es": "Dispensado: ", "en": "Waived: "}[language])
    walk.add("status bar", window.statusBar().currentMessage())
    walk.widget("problems after waiver", window.problems)

    # review: submit, the refused approval, the history
    window.right_tabs.setCurrentWidget(window.review)
    review = window.review
    refusals: list[str] = []

    def read_box(box: QMessageBox) -> int:  # the refusal's message box, as shown
        box.show()
        walk.widget("approval refusal", box)
        refusals.append(box.text())
        box.close()
        return int(QMessageBox.StandardButton.Ok)

    review.run_dialog = read_box  # type: ignore[method-assign]
    review.key = PLANTED
    assert review.perform("submitted")
    assert not review.perform("approved")
    assert refusals
    opening = {
        "es": "No se puede aprobar «Black Friday 2026»: ",
        "en": "“Black Friday 2026” cannot be approved: ",
    }
    assert refusals[-1].startswith(opening[language])
    review.readiness = None
    window._refresh_review()
    qtbot.waitUntil(lambda: review.readiness is not None, timeout=10_000)  # the checklist is read too
    assert review.checklist.count() > 0
    for i in range(review.tabs.count()):
        review.tabs.setCurrentIndex(i)
        if review.tabs.currentWidget() is review.report_page:  # the report's view shows on the next turn
            qtbot.waitUntil(lambda: review.report is not None and review.report.isVisible(), timeout=5000)
            assert "100" in review.report.toPlainText()
        walk.widget(f"review tab {i}", review)
    assert review.history.count() >= 4  # created, saved twice, waived, submitted

    # the export dialog, and its refusal of the planted campaign
    dialog = ExportDialog(studio, [PLANTED], window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(tmp_path / "out"))
    dialog.show()
    walk.widget("export dialog", dialog)
    with qtbot.waitSignal(dialog.exportFinished, timeout=60_000):
        dialog.start()
    dialog.summary.expandAll()
    walk.widget("export dialog after", dialog)
    dialog.close()

    # the rules browser
    window.show_rules()
    browser = window._rules_window
    browser.tree.expandAll()
    walk.widget("rules browser", browser)
    assert browser.catalog is not None
    rule_ids = [rule.id for style in browser.catalog.styles for rule in style.rules]
    assert len(rule_ids) > 20
    for rule_id in rule_ids:  # every rule's details
        assert browser.select_rule(rule_id)
        walk.widget(f"rules browser detail {rule_id}", browser.detail)
    browser.close()

    # the small dialogs: a new campaign, preferences, the reason for a waiver
    from studio.gui.dialogs import NewCampaignDialog, Preferences, PreferencesDialog
    from studio.gui.problems import ReasonDialog

    for small in (
        NewCampaignDialog(window),
        PreferencesDialog(Preferences(language, "system"), window),
        ReasonDialog(waivable, window),
    ):
        qtbot.addWidget(small)
        small.show()
        walk.widget(f"dialog {type(small).__name__}", small)
        small.close()

    for title, message in messages:
        walk.add("message box", f"{title}: {message}")
    for dialog_widget in QApplication.topLevelWidgets():
        if isinstance(dialog_widget, QDialog) and dialog_widget.isVisible():
            walk.widget("open dialog", dialog_widget)
    return walk


@pytest.mark.parametrize("interface", ["es"], indirect=True)
def test_the_spanish_interface_shows_no_internal_ids_and_no_english(
    qtbot: QtBot, studio: Studio, interface: str, tmp_path: Path
) -> None:
    walk = _walk(qtbot, studio, interface, tmp_path)
    assert len(walk.texts) > 200
    leaks = walk.leaks(ENGLISH, interface)
    assert not leaks, "\n".join(leaks)


@pytest.mark.parametrize("interface", ["en"], indirect=True)
def test_the_english_interface_shows_no_internal_ids_and_no_spanish(
    qtbot: QtBot, studio: Studio, interface: str, tmp_path: Path
) -> None:
    walk = _walk(qtbot, studio, interface, tmp_path)
    assert len(walk.texts) > 200
    leaks = walk.leaks(SPANISH, interface)
    assert not leaks, "\n".join(leaks)


@pytest.mark.parametrize("interface", ["es", "en"], indirect=True)
def test_a_language_switch_in_place_leaves_nothing_of_the_old_language(
    qtbot: QtBot, studio: Studio, interface: str, tmp_path: Path
) -> None:
    """The window built in the other language, switched in place: the walk finds no old word."""
    walk = _walk(qtbot, studio, interface, tmp_path, switched=True)
    assert len(walk.texts) > 200
    leaks = walk.leaks(ENGLISH if interface == "es" else SPANISH, interface)
    assert not leaks, "\n".join(leaks)
