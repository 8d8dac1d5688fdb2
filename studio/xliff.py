"""XLIFF 2.0 for translators: one file per target locale out, translations back in.

A file holds one ``<file>`` (id = the campaign's key) with one ``<unit>`` per translated field
(id = the field's path, e.g. ``message.headline``): the primary text as ``<source>``, the current
translation as ``<target>`` and the segment's ``state`` saying where it stands — ``initial``
(missing), ``translated`` (outdated: the primary changed since) or ``final`` (up to date). Notes give
the field's meaning and its length limit. Files validate against the OASIS XLIFF 2.0 core schema
(``tests/data/xliff/``); tools such as Crowdin, Phrase or Okapi read them as they are.

Reading back is strict and safe: no DTD, no entities (so no XXE and no "billion laughs"), no network,
at most :data:`MAX_FILE_BYTES`; every problem names ``file:line``. Nothing is applied unless every
file given is good.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from studio.errors import Problem, StudioError, ValidationError
from studio.model.campaign import TRANSLATABLE_FIELDS, Campaign, normalize_locale
from studio.translation import (
    TranslationState,
    field_description,
    field_limit,
    field_state,
    field_text,
    fingerprint,
    with_translations,
)

NS = "urn:oasis:names:tc:xliff:document:2.0"
_XML_NS = "http://www.w3.org/XML/1998/namespace"
SUFFIX = ".xlf"
#: Largest XLIFF file read: a campaign's seven fields in one locale are a few KB; 4 MB leaves room
#: for a tool's notes and metadata and refuses a runaway file before parsing it.
MAX_FILE_BYTES = 4 * 1024 * 1024

#: A field's state → the XLIFF segment state it is exported as.
STATE_OUT = {
    TranslationState.MISSING: "initial",
    TranslationState.OUTDATED: "translated",
    TranslationState.UP_TO_DATE: "final",
}
_CONFIRMED = {"reviewed", "final"}


def _q(name: str) -> str:
    return f"{{{NS}}}{name}"


def file_name(campaign: Campaign, locale: str) -> str:
    """``KEY.LOCALE.xlf``, the name :func:`export_xliff` writes a locale under."""
    return f"{campaign.key or 'campaign'}.{locale}{SUFFIX}"


def export_xliff(campaign: Campaign, locale: str) -> bytes:
    """The XLIFF 2.0 document (UTF-8 bytes) translating ``campaign``'s primary locale into ``locale``.

    Fields empty in the primary locale have nothing to translate and are left out.
    """
    from lxml import etree

    if locale not in campaign.locales or locale == campaign.primary_locale:
        raise StudioError(f"{locale} is not one of the campaign's translated locales")
    root = etree.Element(_q("xliff"), nsmap={None: NS})
    root.set("version", "2.0")
    root.set("srcLang", campaign.primary_locale)
    root.set("trgLang", locale)
    file = etree.SubElement(root, _q("file"))
    file.set("id", campaign.key or "campaign")
    file.set("original", f"{campaign.key or 'campaign'}.campaign.yaml")
    file.set("canResegment", "no")  # one field, one segment: the import puts each back whole
    file.set(f"{{{_XML_NS}}}space", "preserve")  # Markdown's line breaks and indents are meaningful
    notes = etree.SubElement(file, _q("notes"))
    note = etree.SubElement(notes, _q("note"), category="campaign")
    _set_text(note, f"{campaign.brand}: {campaign.name}", "name")
    for name in TRANSLATABLE_FIELDS:
        entry = field_state(campaign, locale, name)
        if not entry.primary_text.strip():
            continue
        unit = etree.SubElement(file, _q("unit"), id=name, name=name)
        unit_notes = etree.SubElement(unit, _q("notes"))
        etree.SubElement(unit_notes, _q("note"), category="description").text = field_description(name)
        limit = field_limit(name)
        if limit is not None:
            etree.SubElement(
                unit_notes, _q("note"), category="max-length", appliesTo="target"
            ).text = f"{limit} characters at most"
        if name in ("message.headline", "message.subheadline", "cta_label", "image_alt"):
            etree.SubElement(
                unit_notes, _q("note"), category="format", appliesTo="target"
            ).text = "one line: no line breaks"
        elif name == "message.body":
            etree.SubElement(unit_notes, _q("note"), category="format").text = "Markdown"
        segment = etree.SubElement(unit, _q("segment"), state=STATE_OUT[entry.state])
        _set_text(
            etree.SubElement(segment, _q("source")), entry.primary_text, f"{campaign.primary_locale} {name}"
        )
        if entry.state is not TranslationState.MISSING:
            _set_text(etree.SubElement(segment, _q("target")), entry.text, f"{locale} {name}")
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
    return data


#: Characters XML 1.0 cannot carry at all (campaign text refuses the other control characters).
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _set_text(element: Any, text: str, where: str) -> None:
    found = _NOT_XML.search(text)
    if found is not None:
        code = f"U+{ord(found.group()):04X}"
        raise StudioError(f"{where}: contains {code}, a character XLIFF (XML) cannot carry: remove it")
    element.text = text


@dataclass
class Imported:
    """What importing XLIFF files changes: the campaign and, per file, the fields written."""

    campaign: Campaign
    #: (file, locale, field, state after the import)
    written: list[tuple[Path, str, str, TranslationState]] = field(default_factory=list)
    #: (file, locale, field) left as they were: no translation in the file, or the same unconfirmed one
    skipped: list[tuple[Path, str, str]] = field(default_factory=list)


class _Bad(Exception):
    def __init__(self, message: str, line: int | None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


_DOCTYPE = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


def _parse(data: bytes) -> Any:
    from lxml import etree

    found = _DOCTYPE.search(data)
    if found is not None:  # a DTD is how XXE and "billion laughs" come in: XLIFF never needs one
        raise _Bad(
            "a DOCTYPE or ENTITY declaration is not allowed in XLIFF", data.count(b"\n", 0, found.start()) + 1
        )
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        message = re.sub(r", line \d+, column \d+$", "", str(exc.msg))
        raise _Bad(f"not well-formed XML: {message}", exc.lineno) from None
    tree = root.getroottree()
    if (
        tree.docinfo.doctype or tree.docinfo.internalDTD is not None
    ):  # e.g. a UTF-16 file hid it from the scan
        raise _Bad("a DOCTYPE or ENTITY declaration is not allowed in XLIFF", 1)
    return root


def _text_of(element: Any) -> str:
    """The plain text of a ``<source>``/``<target>``: characters, ``<cp>`` code points, ``<mrk>``."""
    parts = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):  # a comment or processing instruction
            pass
        elif child.tag == _q("cp"):
            try:
                parts.append(chr(int(child.get("hex", ""), 16)))
            except (ValueError, OverflowError):
                raise _Bad(f"<cp hex={child.get('hex')!r}> is not a code point", child.sourceline) from None
        elif child.tag in (_q("mrk"), _q("pc")):
            parts.append(_text_of(child))
        else:
            local = _local(child.tag)
            raise _Bad(f"<{local}> is not supported in campaign text (plain text only)", child.sourceline)
        parts.append(child.tail or "")
    return "".join(parts)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _lang(root: Any, name: str, required: bool = True) -> str | None:
    value = root.get(name)
    if value is None:
        if required:
            raise _Bad(f"<xliff> has no {name}", root.sourceline)
        return None
    try:
        return normalize_locale(value)
    except ValueError as exc:
        raise _Bad(f"{name}: {exc}", root.sourceline) from None


@dataclass
class _Unit:
    name: str
    line: int
    source: str
    target: str | None
    state: str


def _read_units(campaign: Campaign, root: Any) -> tuple[str, list[_Unit]]:
    if root.tag != _q("xliff"):
        raise _Bad(f"not an XLIFF 2 file: the root element is <{_local(str(root.tag))}>", root.sourceline)
    if root.get("version") not in ("2.0", "2.1", "2.2"):
        raise _Bad(f"XLIFF version {root.get('version')!r}: this studio reads XLIFF 2.x", root.sourceline)
    source_lang = _lang(root, "srcLang")
    if source_lang != campaign.primary_locale:
        raise _Bad(
            f"srcLang is {source_lang} but the campaign's primary locale is {campaign.primary_locale}",
            root.sourceline,
        )
    target = _lang(root, "trgLang")
    assert target is not None
    if target == campaign.primary_locale or target not in campaign.locales:
        others = ", ".join(campaign.locale_tags[1:]) or "none"
        raise _Bad(f"trgLang {target} is not a translated locale of the campaign ({others})", root.sourceline)
    files = root.findall(_q("file"))
    key = campaign.key or "campaign"
    for file in files:
        if file.get("id") != key:
            raise _Bad(f"this file is for campaign {file.get('id')!r}, not {key!r}", file.sourceline)
    units: list[_Unit] = []
    seen: dict[str, int] = {}
    for unit in root.iter(_q("unit")):
        name = unit.get("id", "")
        if name not in TRANSLATABLE_FIELDS:
            raise _Bad(
                f"unknown unit id {name!r} (the campaign's are {', '.join(TRANSLATABLE_FIELDS)})",
                unit.sourceline,
            )
        if name in seen:
            raise _Bad(f"unit {name!r} given twice (first on line {seen[name]})", unit.sourceline)
        seen[name] = unit.sourceline
        sources, targets, states = [], [], []
        for part in unit:
            if part.tag not in (_q("segment"), _q("ignorable")):
                continue
            source = part.find(_q("source"))
            if source is None:
                raise _Bad(f"unit {name!r}: a <{_local(part.tag)}> without <source>", part.sourceline)
            sources.append(_text_of(source))
            found = part.find(_q("target"))
            targets.append(None if found is None else _text_of(found))
            if part.tag == _q("segment"):
                states.append(part.get("state", "initial"))
        if not sources:
            raise _Bad(f"unit {name!r} has no <segment>", unit.sourceline)
        translated = None if all(t is None for t in targets) else "".join(t or "" for t in targets)
        state = "final" if states and all(s in _CONFIRMED for s in states) else "translated"
        units.append(_Unit(name, unit.sourceline, "".join(sources), translated, state))
    return target, units


def read_xliff(campaign: Campaign, path: Path) -> tuple[str, list[_Unit]]:
    """The target locale and units of one XLIFF file checked against ``campaign``; errors name
    ``file:line``."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _Bad(f"the file is {size // 1024} KB; the studio reads XLIFF files of at most 4 MB", None)
        data = path.read_bytes()
        return _read_units(campaign, _parse(data))
    except _Bad as exc:
        raise StudioError(
            f"{path}: {exc.message}", problems=[Problem(exc.message, file=path, line=exc.line)]
        ) from None
    except FileNotFoundError:
        raise StudioError(f"{path}: no such file", problems=[Problem("no such file", file=path)]) from None
    except OSError as exc:
        raise StudioError(
            f"{path}: {exc.strerror}", problems=[Problem(str(exc.strerror), file=path)]
        ) from None


def import_xliff(campaign: Campaign, paths: Sequence[Path]) -> Imported:
    """``campaign`` with the translations of every file applied, or a :class:`ValidationError`
    listing every problem in every file (then nothing is applied).

    A unit's target is written when it differs from the campaign's text, or when its segments are
    ``reviewed``/``final`` (the translator confirmed it) and its source is not the one already
    recorded. It is recorded as written from the unit's ``<source>``: if the primary text changed
    since the export, it stays outdated.
    """
    problems: list[Problem] = []
    result = Imported(campaign)
    for path in paths:
        path = Path(path)
        try:
            locale, units = read_xliff(result.campaign, path)
        except StudioError as exc:
            problems.extend(exc.problems)
            continue
        content = result.campaign.locales[locale]
        texts: dict[str, tuple[str, str]] = {}
        lines: dict[str, int] = {}
        for unit in units:
            current = field_text(content, unit.name)
            empty = unit.target is None or not unit.target.strip()
            same = unit.target == current and (
                unit.state not in _CONFIRMED
                or content.translated_from.get(unit.name) == fingerprint(unit.source)
            )
            if empty or same:
                result.skipped.append((path, locale, unit.name))
            else:
                assert unit.target is not None
                texts[unit.name] = (unit.target, unit.source)
                lines[unit.name] = unit.line
        if not texts:
            continue
        try:
            updated = with_translations(result.campaign, locale, texts)
        except ValidationError as exc:
            for problem in exc.problems:
                name = _unit_of(problem.field or "", locale)
                problems.append(Problem(problem.message, field=name, file=path, line=lines.get(name or "")))
            continue
        result.campaign = updated
        for name in texts:
            result.written.append((path, locale, name, field_state(updated, locale, name).state))
    if problems:
        raise ValidationError(f"{len(problems)} problems in the XLIFF files", problems=problems)
    return result


def _unit_of(field_path: str, locale: str) -> str | None:
    """``locales.en-US.message.headline`` → ``message.headline``."""
    prefix = f"locales.{locale}."
    return field_path.removeprefix(prefix) if field_path.startswith(prefix) else field_path or None
