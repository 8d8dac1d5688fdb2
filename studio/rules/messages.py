"""Messages as Vale writes them: ``%s`` slots filled in order, lists of options in words."""

from __future__ import annotations

import re
from contextvars import ContextVar

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
