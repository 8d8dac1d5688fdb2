"""Messages as Vale writes them: ``%s`` slots filled in order, lists of options in words."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from contextvars import ContextVar
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studio.model.finding import Finding
    from studio.rules.model import Rule

#: the language findings of the studio's variant kinds are written in while rules run (es or en; a
#: kind with messages in both reads it; :func:`studio.rules.studio_rules.run_studio_rules` sets it)
MESSAGE_LANGUAGE: ContextVar[str] = ContextVar("MESSAGE_LANGUAGE", default="es")

_SPACES = re.compile(r" +")


def format_message(template: str, *subs: str) -> str:
    """Fill ``%s`` slots in order (Go's ``Sprintf`` as Vale calls it): missing values are empty,
    extra values are ignored, ``%%`` is a percent sign and any other ``%`` stays as written."""
    out: list[str] = []
    i = 0
    used = 0
    n = len(template)
    while i < n:
        char = template[i]
        if char == "%" and i + 1 < n:
            nxt = template[i + 1]
            if nxt == "%":
                out.append("%")
                i += 2
                continue
            if nxt in "sdv":
                out.append(subs[used] if used < len(subs) else "")
                used += 1
                i += 2
                continue
        out.append(char)
        i += 1
    return "".join(out)


def tidy(message: str) -> str:
    """One line, single spaces (Vale's ``WhitespaceToSpace``)."""
    return _SPACES.sub(" ", message.replace("\n", " "))


def to_sentence(words: list[str] | tuple[str, ...], conjunction: str = "or") -> str:
    """``'a'``, ``'a' or 'b'``, ``'a', 'b', or 'c'`` (Vale's ``ToSentence``)."""
    quoted = [f"'{w}'" for w in words]
    if not quoted:
        return ""
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} {conjunction} {quoted[1]}"
    return ", ".join([*quoted[:-1], f"{conjunction} {quoted[-1]}"])


def unquote_first_slot(template: str) -> str:
    """The template with its first quoted slot unquoted, because the options arrive quoted.

    Vale does this only when the message has two quoted slots; the studio does it for one too,
    so ``Did you mean '%s'?`` never shows doubled quotes (and matches Vale's reference output).
    """
    first = template.find("%s")
    if first < 1:
        return template
    quote = template[first - 1]
    if quote in "'\"" and template[first + 2 : first + 3] == quote:
        return template[: first - 1] + "%s" + template[first + 3 :]
    return template


def cap_first(text: str) -> str:
    """The text with its first character upper-cased (Vale's ``CapFirst``)."""
    return text[:1].upper() + text[1:] if text else text


# -- a rule's message in each interface language ---------------------------------------------------

#: the interface languages a rule's ``messages:`` may name (``message:`` is the rule's own language)
MESSAGE_LANGUAGES = ("es", "en")


def messages_problem(value: object) -> str | None:
    """What is wrong with a rule's ``messages:`` value (a mapping of interface language to text,
    ``{en: "…", es: "…"}``), or None when it is right."""
    if not isinstance(value, dict) or not value:
        return "'messages' must be a mapping of language to text, e.g. {en: \"Write '%s'.\"}"
    for language, text in value.items():
        if language not in MESSAGE_LANGUAGES:
            known = " or ".join(MESSAGE_LANGUAGES)
            return f"'messages' names an unknown language {str(language)!r} (use {known})"
        if not isinstance(text, str) or not text.strip():
            return f"'messages' for {language!r} must be text"
    return None


def message_table(value: object) -> tuple[tuple[str, str], ...]:
    """A valid ``messages:`` value as ``((language, text), …)``; anything else: none."""
    if messages_problem(value) is not None:
        return ()
    assert isinstance(value, dict)
    return tuple((str(k), str(v)) for k, v in value.items())


def message_in(message: str, messages: tuple[tuple[str, str], ...], language: str | None) -> str:
    """The rule's message template for ``language`` (``es``, ``es-MX``, ``en``…): its
    ``messages:`` entry for that language, else ``message``."""
    wanted = "es" if (language or "").lower().startswith("es") else "en"
    return dict(messages).get(wanted, message)


def _slots(template: str) -> re.Pattern[str]:
    """A pattern matching what :func:`format_message` makes of ``template``, one group per slot."""
    out: list[str] = []
    i = 0
    n = len(template)
    while i < n:
        char = template[i]
        if char == "%" and i + 1 < n and template[i + 1] == "%":
            out.append("%")
            i += 2
            continue
        if char == "%" and i + 1 < n and template[i + 1] in "sdv":
            out.append("(.*?)")
            i += 2
            continue
        out.append(re.escape(char))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def relocalize(text: str, template: str, wanted: str) -> str:
    """``text`` — a message made from ``template`` — said with the ``wanted`` template instead (the
    same values in its ``%s`` slots, in order). A text not made from ``template`` stays as it is."""
    if wanted == template:
        return text
    for made, target in ((template, wanted), (unquote_first_slot(template), unquote_first_slot(wanted))):
        match = _slots(tidy(made)).fullmatch(text)
        if match is not None:
            return tidy(format_message(target, *match.groups()))
    return text


def localize_findings(
    findings: Iterable[Finding], rules: Mapping[str, Rule], language: str | None
) -> list[Finding]:
    """``findings`` of brand rules with each message in ``language`` where its rule has a
    ``messages:`` entry for it (the values in its slots kept); others as they are."""
    out: list[Finding] = []
    for finding in findings:
        rule = rules.get(finding.rule)
        if rule is not None and rule.messages:
            wanted = message_in(rule.message, rule.messages, language)
            said = relocalize(finding.message, rule.message, wanted)
            if said != finding.message:
                finding = replace(finding, message=said)
        out.append(finding)
    return out
