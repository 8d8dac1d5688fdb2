"""The campaign editor: the fact sheet and the message per locale, as one scrollable form.

Rooms: :mod:`.widgets` (text fields, counters, pickers), :mod:`.bindings` (a control bound to a
document path), :mod:`.sections` (campaign, offer, call to action), :mod:`.locale_tabs` (the texts
per locale) and :mod:`.campaign_editor` (the editor and its document). The value converters that
need no Qt are in :mod:`studio.text.fields` and :mod:`studio.text.entry`.
"""

from __future__ import annotations

from studio.gui.editor.bindings import PRINT_SIZES, UNPUBLISHED, Binding, Path
from studio.gui.editor.campaign_editor import CampaignEditor, warm_up
from studio.gui.editor.locale_tabs import PAGE_BUILD_INTERVAL_MS, LocalePage
from studio.gui.editor.widgets import (
    IMAGE_SUFFIXES,
    MORE_LOCALES,
    AssetPickerDialog,
    Counter,
    LocaleChooserDialog,
    MarkdownHighlighter,
    TextField,
    locale_title,
    problem_text,
    severity_color,
    thumbnail,
)
from studio.text.fields import COMMON_CURRENCIES, COMMON_ZONES, get_text

__all__ = [
    "COMMON_CURRENCIES",
    "COMMON_ZONES",
    "IMAGE_SUFFIXES",
    "MORE_LOCALES",
    "PAGE_BUILD_INTERVAL_MS",
    "PRINT_SIZES",
    "UNPUBLISHED",
    "AssetPickerDialog",
    "Binding",
    "CampaignEditor",
    "Counter",
    "LocaleChooserDialog",
    "LocalePage",
    "MarkdownHighlighter",
    "Path",
    "TextField",
    "get_text",
    "locale_title",
    "problem_text",
    "severity_color",
    "thumbnail",
    "warm_up",
]
