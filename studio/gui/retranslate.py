"""Switching the interface language in place: every text a widget shows is translated again.

A widget's static texts were set from ``tr("English source")``: the catalogue of the language
shown now (``i18n/studio_<language>.ts``) maps each shown text back to its source and context,
and the new language's translators give the new text. What is composed at run time (counts,
names of fields and channels, findings, the report) is not in a catalogue: the window asks its
parts to show their content again (:meth:`MainWindow.retranslate`).

The catalogues are read on a worker thread (:func:`load_catalogue`); walking the widgets is
done subtree by subtree, one per turn of the event loop, so the window keeps answering.
"""

from __future__ import annotations

import contextlib
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import lru_cache, partial

from PySide6.QtCore import QAbstractProxyModel, QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from studio.gui.appearance import I18N

#: widgets retranslated per turn of the event loop in a language switch (:meth:`Retranslator.tree_steps`)
TREE_BATCH = 120

#: a shown text → the (context, source, disambiguation) it may have come from
Catalogue = dict[str, list[tuple[str, str, str | None]]]


@lru_cache(maxsize=4)
def load_catalogue(language: str) -> Catalogue:
    """Every translated text of ``language`` (without plurals: those are composed at run time).

    Read on a worker (at idle after start-up, else when the language is switched), fed to the XML
    parser 8 KB at a time: a parse of the whole file in one call holds Python's lock for tens of
    milliseconds, and the GUI thread would wait for it."""
    path = I18N / f"studio_{language}.ts"
    found: Catalogue = {}
    if not path.is_file():
        return found
    parser: ET.XMLPullParser[ET.Element] = ET.XMLPullParser(events=("end",))
    with path.open("rb") as handle:
        while chunk := handle.read(8192):
            parser.feed(chunk)
            for event in parser.read_events():
                element = event[-1]  # (event, element)
                if isinstance(element, ET.Element) and element.tag == "context":
                    _read_context(element, found)
                    element.clear()
    parser.close()
    return found


def _read_context(context: ET.Element, found: Catalogue) -> None:
    name = context.findtext("name") or ""
    for message in context.iter("message"):
        if message.get("numerus") == "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        shown = source
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            shown = translation.text
        disambiguation = message.findtext("comment")
        found.setdefault(shown, []).append((name, source, disambiguation))


class Retranslator:
    """Texts shown in the old language's catalogue → the same sources in the installed language."""

    def __init__(self, old: Catalogue, old_language: str, new_language: str) -> None:
        self.old = old
        self.old_language, self.new_language = old_language, new_language
        self.changed = 0

    def text(self, shown: str) -> str:
        candidates = self.old.get(shown)
        if not candidates or not shown.strip():
            return shown
        for context, source, disambiguation in candidates:
            text = QCoreApplication.translate(context, source, disambiguation)
            if text != shown:
                self.changed += 1
                return text
        return shown

    def set(self, getter: Callable[[], str], setter: Callable[[str], object]) -> None:
        shown = getter()
        if shown:
            new = self.text(shown)
            if new != shown:
                setter(new)

    def widget(self, w: QWidget) -> None:
        self.set(w.windowTitle, w.setWindowTitle)
        self.set(w.toolTip, w.setToolTip)
        self.set(w.accessibleName, w.setAccessibleName)
        self.set(w.accessibleDescription, w.setAccessibleDescription)
        self.set(w.statusTip, w.setStatusTip)
        if isinstance(w, (QLabel, QAbstractButton)):
            self.set(w.text, w.setText)
        elif isinstance(w, QGroupBox):
            self.set(w.title, w.setTitle)
        elif isinstance(w, (QLineEdit, QPlainTextEdit, QTextEdit)):
            self.set(w.placeholderText, w.setPlaceholderText)
        elif isinstance(w, QMenu):
            self.set(w.title, w.setTitle)
        elif isinstance(w, QDockWidget):
            self.set(w.windowTitle, w.setWindowTitle)
        self.lists(w)

    def lists(self, w: QWidget) -> None:
        """The items of pickers, tabs and views."""
        if isinstance(w, QComboBox):
            # a picker's new words are no choice of the user's: nothing listening hears of them
            line = w.lineEdit()
            quiet: list[QWidget] = [w] if line is None else [w, line]
            before = [part.blockSignals(True) for part in quiet]
            try:
                self.items(w.count(), w.itemText, w.setItemText)
                for i in range(w.count()):
                    self.named_item(w, i)
            finally:
                for part, blocked in zip(quiet, before, strict=True):
                    part.blockSignals(blocked)
        elif isinstance(w, (QTabWidget, QTabBar)):
            if isinstance(w, QTabBar) and isinstance(w.parent(), QTabWidget):
                return  # done with its tab widget
            self.items(w.count(), w.tabText, w.setTabText)
            self.items(w.count(), w.tabToolTip, w.setTabToolTip)
        elif isinstance(w, QAbstractItemView):
            model: QObject | None = w.model()
            while model is not None:
                again = getattr(model, "retranslate", None)
                if callable(again):
                    again()
                model = model.sourceModel() if isinstance(model, QAbstractProxyModel) else None

    def items(self, count: int, get: Callable[[int], str], put: Callable[[int, str], object]) -> None:
        for i in range(count):
            shown = get(i)
            new = self.text(shown) if shown else shown
            if new != shown:
                put(i, new)

    def named_item(self, combo: QComboBox, i: int) -> None:
        """A combo item named from its data (a locale tag, a channel, a currency code)."""
        data = combo.itemData(i)
        if not isinstance(data, str) or not data:
            return
        shown = combo.itemText(i)
        before, after = names_of(data, self.old_language), names_of(data, self.new_language)
        if shown in before:
            new = after[before.index(shown)]
            if new != shown:
                combo.setItemText(i, new)
                self.changed += 1

    def action(self, a: QAction) -> None:
        self.set(a.text, a.setText)
        self.set(a.iconText, a.setIconText)
        self.set(a.toolTip, a.setToolTip)
        self.set(a.statusTip, a.setStatusTip)

    def tree(self, root: QWidget) -> None:
        """``root``, its children and their actions; then ``root.retranslate()`` where a widget
        composes texts at run time (from the document, names, numbers)."""
        for step in self.tree_steps(root, batch=0):
            step()

    def tree_steps(self, root: QWidget, batch: int = TREE_BATCH) -> list[Callable[[], None]]:
        """:meth:`tree` as steps of at most ``batch`` widgets each (0: one step), for one turn of
        the event loop each: a pane of hundreds of widgets is not one long freeze."""
        widgets = [root, *root.findChildren(QWidget)]
        size = batch or len(widgets)
        steps = [partial(self._widgets, widgets[i : i + size]) for i in range(0, len(widgets), size)]

        def finish() -> None:
            for a in root.findChildren(QAction):
                self.action(a)
            again = getattr(root, "retranslate", None)
            if callable(again):
                again()

        return [*steps, finish]

    def _widgets(self, widgets: list[QWidget]) -> None:
        for w in widgets:
            with contextlib.suppress(RuntimeError):  # deleted meanwhile (a later turn)
                self.widget(w)


@lru_cache(maxsize=4096)
def names_of(data: str, language: str) -> tuple[str, ...]:
    """What a picker may show for ``data`` in ``language``: a currency's code and name, a
    locale's name (with its tag), a channel's name — in the same order in every language."""
    from studio.model import names

    if len(data) == 3 and data.isupper():
        currency = _currencies(language).get(data)
        return (f"{data} — {currency}",) if currency else ()
    locale = names.locale_name(data, language)
    return (locale, f"{locale} · {data}", names.channel_name(data, language))


@lru_cache(maxsize=4)
def _currencies(language: str) -> dict[str, str]:
    from studio.text.fields import currency_names

    return dict(currency_names(language))
