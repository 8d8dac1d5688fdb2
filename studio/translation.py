"""Translations of a campaign: which fields of each non-primary locale are up to date.

Each translated field of a locale remembers the *fingerprint* of the primary text it was written
from (``LocaleContent.translated_from``). When the primary text changes, the fingerprint no longer
matches and the translation is *outdated*; a field with no text (or the starter placeholder) is
*missing*. The fingerprint is recorded whenever a translation is written: edited and saved
(:func:`stamp_edits`, called by the repository on every save), copied from the primary
(:func:`copy_from_primary`) or imported from XLIFF (``studio.xliff``).

A field written before fingerprints existed (an older campaign file) has none: it counts as up to
date, and the first save that changes the campaign records the primary text it had before that save
as its source, so a primary edited from then on is noticed.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from annotated_types import MaxLen

from studio.errors import StudioError
from studio.model.campaign import TRANSLATABLE_FIELDS, Campaign, LocaleContent, Message, normalize_locale


class TranslationState(StrEnum):
    """Where one translated field stands against the primary text."""

    UP_TO_DATE = "up_to_date"
    OUTDATED = "outdated"
    MISSING = "missing"


@dataclass(frozen=True)
class FieldTranslation:
    """One field of one non-primary locale, next to the primary text it translates."""

    locale: str
    field: str
    state: TranslationState
    primary_text: str
    text: str
    #: Whether a fingerprint is recorded (``False``: written before fingerprints, assumed up to date).
    known: bool

    @property
    def limit(self) -> int | None:
        return field_limit(self.field)

    @property
    def path(self) -> str:
        """The field's path in the campaign (``locales.en-US.message.headline``), as errors name it."""
        return f"locales.{self.locale}.{self.field}"

    @property
    def explanation(self) -> str:
        """What the state means, for a checklist line (English; the GUI translates its own)."""
        return _EXPLANATIONS[self.state]


_EXPLANATIONS = {
    TranslationState.UP_TO_DATE: "translated from the current primary text",
    TranslationState.OUTDATED: "the primary text changed after this was translated",
    TranslationState.MISSING: "not translated yet",
}


def normalized(text: str) -> str:
    """The text a fingerprint is taken of: NFC, ``\\n`` line ends, no trailing spaces, trimmed.

    So re-saving a text with Windows line ends or a stray space does not outdate its translations.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def fingerprint(text: str) -> str:
    """16 hexadecimal digits of the SHA-256 of the normalized text (enough to notice a change)."""
    return hashlib.sha256(normalized(text).encode("utf-8")).hexdigest()[:16]


def field_text(content: LocaleContent, field: str) -> str:
    """The text of ``field`` (a path in :data:`TRANSLATABLE_FIELDS`) in one locale."""
    if field.startswith("message."):
        return str(getattr(content.message, field.removeprefix("message.")))
    return str(getattr(content, field))


def field_limit(field: str) -> int | None:
    """The field's length limit in characters, from the schema."""
    model: Any = Message if field.startswith("message.") else LocaleContent
    info = model.model_fields[field.removeprefix("message.")]
    for item in info.metadata:
        if isinstance(item, MaxLen):
            return int(item.max_length)
    return None


def field_description(field: str) -> str:
    model: Any = Message if field.startswith("message.") else LocaleContent
    return str(model.model_fields[field.removeprefix("message.")].description or "")


def _check_field(field: str) -> str:
    if field not in TRANSLATABLE_FIELDS:
        raise StudioError(f"unknown field {field!r}: use one of {', '.join(TRANSLATABLE_FIELDS)}")
    return field


def _is_placeholder(field: str, text: str) -> bool:
    from studio.model.starter import PLACEHOLDERS

    key = field.removeprefix("message.")
    return any(words.get(key) == text for words in PLACEHOLDERS.values())


def field_state(campaign: Campaign, locale: str, field: str) -> FieldTranslation:
    """The state of one field of a non-primary locale."""
    primary = field_text(campaign.locales[campaign.primary_locale], field)
    content = campaign.locales[locale]
    text = field_text(content, field)
    recorded = content.translated_from.get(field)
    if not text.strip() or _is_placeholder(field, text):
        state = TranslationState.MISSING
    elif recorded is None or recorded == fingerprint(primary):
        state = TranslationState.UP_TO_DATE
    else:
        state = TranslationState.OUTDATED
    return FieldTranslation(locale, field, state, primary, text, known=recorded is not None)


def translation_states(campaign: Campaign) -> list[FieldTranslation]:
    """Every translated field of every non-primary locale, in locale then field order.

    A field that is empty in the primary locale and in the translation has nothing to translate and
    is left out.
    """
    out = []
    for locale in campaign.locale_tags[1:]:
        for field in TRANSLATABLE_FIELDS:
            entry = field_state(campaign, locale, field)
            if entry.primary_text.strip() or entry.text.strip():
                out.append(entry)
    return out


def pending_translations(campaign: Campaign) -> list[FieldTranslation]:
    """The fields that are missing or outdated (what blocks a campaign's readiness)."""
    return [e for e in translation_states(campaign) if e.state is not TranslationState.UP_TO_DATE]


def locale_states(campaign: Campaign) -> dict[str, dict[TranslationState, int]]:
    """Per non-primary locale, how many fields are in each state."""
    summary = {tag: dict.fromkeys(TranslationState, 0) for tag in campaign.locale_tags[1:]}
    for entry in translation_states(campaign):
        summary[entry.locale][entry.state] += 1
    return summary


def translated_locale(campaign: Campaign, locale: str) -> str:
    """``locale`` normalised, if it is one of the campaign's non-primary locales; else a
    :class:`~studio.errors.StudioError` saying why."""
    return _locale(campaign, locale)


def _locale(campaign: Campaign, locale: str) -> str:
    try:
        tag = normalize_locale(locale)
    except ValueError as exc:
        raise StudioError(f"--locale: {exc}") from None
    if tag not in campaign.locales:
        raise StudioError(f"{tag} is not among the campaign's locales ({', '.join(campaign.locale_tags)})")
    if tag == campaign.primary_locale:
        raise StudioError(f"{tag} is the primary locale: translations are written from it, not into it")
    return tag


def with_translations(campaign: Campaign, locale: str, texts: Mapping[str, tuple[str, str]]) -> Campaign:
    """``campaign`` with ``texts`` (field → (translation, primary text it was written from)) in
    ``locale``, each field's fingerprint recorded. Raises :class:`~studio.errors.ValidationError`
    (naming ``locales.<tag>.<field>``) if a text breaks the schema."""
    document = campaign.to_document()
    content = document["locales"][locale]
    stamps = dict(content.get("translated_from") or {})
    for field, (text, source) in texts.items():
        _check_field(field)
        if field.startswith("message."):
            content["message"][field.removeprefix("message.")] = text
        else:
            content[field] = text
        if text.strip():
            stamps[field] = fingerprint(source)
        else:
            stamps.pop(field, None)
    content["translated_from"] = stamps
    return Campaign.from_document(document)


def copy_from_primary(campaign: Campaign, locale: str, field: str | None = None) -> Campaign:
    """The primary locale's text copied into ``locale`` (one field, or every translated field),
    recorded as written from that text: the copy is up to date until the primary changes."""
    tag = _locale(campaign, locale)
    fields = [_check_field(field)] if field else list(TRANSLATABLE_FIELDS)
    primary = campaign.locales[campaign.primary_locale]
    texts = {f: (field_text(primary, f), field_text(primary, f)) for f in fields}
    return with_translations(campaign, tag, texts)


def _document_text(locale_doc: Any, field: str) -> str | None:
    """A field's text in a stored (JSON) locale, or ``None`` where the document has none."""
    node = locale_doc
    for part in field.split("."):
        if not isinstance(node, dict):
            return None
        node = node.get(part)
    return node if isinstance(node, str) else None


def stamp_edits(before: Mapping[str, Any] | None, campaign: Campaign) -> Campaign:
    """``campaign`` about to be saved over ``before`` (the previous revision's document), with the
    fingerprints of what changed recorded.

    The fingerprints stored with ``before`` are the reference, not those ``campaign`` carries (an
    editor or an exported file holds the ones of when it was loaded). Per translated field of a
    non-primary locale: a translation whose text changed is recorded as written from the current
    primary text; an unchanged one keeps its stored fingerprint, or, if it has none and the primary
    text changes in this save, gets the primary text it had before this save (with no stored
    revision to compare, the one ``campaign`` carries is kept). Empty fields have none. A new
    primary locale makes every fingerprint meaningless: they are all dropped. Returns ``campaign``
    itself when nothing changes. (Callers that record fingerprints themselves, such as an XLIFF
    import, save with ``stamped=True`` and do not come here.)
    """
    before = before or {}
    before_locales = before.get("locales")
    if not isinstance(before_locales, dict):
        before_locales = {}
    same_primary = before.get("primary_locale") == campaign.primary_locale
    before_primary = before_locales.get(campaign.primary_locale) if same_primary else None
    primary = campaign.locales[campaign.primary_locale]
    updates: dict[str, dict[str, str]] = {}
    for tag, content in campaign.locales.items():
        if tag == campaign.primary_locale or not same_primary:
            if content.translated_from:
                updates[tag] = {}
            continue
        old = before_locales.get(tag)
        old_stamps = old.get("translated_from") if isinstance(old, dict) else None
        if not isinstance(old_stamps, dict):
            old_stamps = {}
        stamps: dict[str, str] = {}
        for field in TRANSLATABLE_FIELDS:
            text = field_text(content, field)
            previous = old_stamps.get(field)
            if not text.strip():
                continue
            carried = content.translated_from.get(field)
            if old is None:  # a locale new in this save
                stamps[field] = carried or fingerprint(field_text(primary, field))
            elif text != _document_text(old, field):
                stamps[field] = fingerprint(field_text(primary, field))
            elif isinstance(previous, str):
                stamps[field] = previous
            elif (source := _document_text(before_primary, field)) != field_text(primary, field):
                # the primary changes under a translation with no fingerprint (an older file): it
                # was written from the primary as it was before this save
                stamps[field] = fingerprint(source or "")
            elif carried is not None:
                stamps[field] = carried
        if stamps != content.translated_from:
            updates[tag] = stamps
    if not updates:
        return campaign
    locales = dict(campaign.locales)
    for tag, stamps in updates.items():
        locales[tag] = locales[tag].model_copy(update={"translated_from": stamps})
    return campaign.model_copy(update={"locales": locales})
