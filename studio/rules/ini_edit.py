"""Editing ``studio.ini`` one rule switch at a time, the way a person would edit it by hand.

:func:`set_rule_state` changes (or adds, or removes) the single ``Style.Rule = …`` line of one
section and leaves everything else — comments, blank lines, the order of keys and sections, other
sections — exactly as it was. The file is replaced atomically, so a reader (the studio re-checking
a campaign) sees the old configuration or the new one, never half of one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, get_args

from studio import compiled
from studio.atomic import atomic_write_text
from studio.errors import Problem, StudioError

#: what a rule switch line may say (``None`` removes the line: the rule follows its style)
RuleSwitch = Literal["YES", "NO", "suggestion", "warning", "error"]
SWITCHES: tuple[str, ...] = get_args(RuleSwitch)

_RULE_ID = compiled.pattern(r"[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+")
_COMMENT = compiled.pattern(r"\s+[#;].*\Z")


def _header(line: str) -> str | None:
    stripped = line.strip()
    if stripped.startswith("[") and stripped.endswith("]"):
        return stripped[1:-1].strip()
    return None


def _key(line: str) -> str | None:
    stripped = line.strip()
    if not stripped or stripped[0] in "#;" or "=" not in stripped:
        return None
    return stripped.partition("=")[0].strip()


def _newline(text: str) -> str:
    return "\r\n" if "\r\n" in text else "\n"


def _section_ranges(lines: list[str], section: str) -> list[tuple[int, int]]:
    """Where each occurrence of ``[section]`` starts and ends (a section may appear more than once)."""
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    for index, line in enumerate(lines):
        name = _header(line)
        if name is None:
            continue
        if start is not None:
            ranges.append((start, index))
            start = None
        if name == section:
            start = index
    if start is not None:
        ranges.append((start, len(lines)))
    return ranges


def edit_rule_state(text: str, rule_id: str, state: RuleSwitch | None, section: str = "*") -> str:
    """``text`` of an ini file with ``rule_id``'s switch in ``[section]`` set to ``state``.

    The first ``rule_id = …`` line of the (last) ``[section]`` keeps its place and any trailing
    comment; other lines for the same rule in that section are removed (they would override it). A
    new line goes after the section's last setting; a missing section is added at the end. ``None``
    removes the rule's lines from the section (an emptied section stays, with its comments).
    """
    if not _RULE_ID.fullmatch(rule_id):
        raise StudioError(f"{rule_id!r} is not a rule id (Style.Rule)", problems=[Problem("not Style.Rule")])
    if state is not None and state not in SWITCHES:
        raise StudioError(f"{state!r}: a rule switch is one of {', '.join(SWITCHES)}")
    if not section or any(c in section for c in "[]\r\n"):
        raise StudioError(f"{section!r} is not a section name")
    newline = _newline(text)
    lines = text.splitlines(keepends=True)
    ranges = _section_ranges(lines, section)
    wanted = f"{rule_id} = {state}" if state is not None else None
    if not ranges:
        if wanted is None:
            return text
        if lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += newline
        if lines and lines[-1].strip():
            lines.append(newline)
        lines += [f"[{section}]{newline}", f"{wanted}{newline}"]
        return "".join(lines)

    *earlier, (first, end) = ranges
    drop: set[int] = {i for a, b in earlier for i in range(a + 1, b) if _key(lines[i]) == rule_id}
    own = [i for i in range(first + 1, end) if _key(lines[i]) == rule_id]
    drop.update(own[1:])
    if wanted is None:
        drop.update(own[:1])
    elif own:
        index = own[0]
        line = lines[index]
        body = line.rstrip("\r\n")
        ending = line[len(body) :] or newline
        indent = body[: len(body) - len(body.lstrip())]
        comment = _COMMENT.search(body.partition("=")[2])
        lines[index] = f"{indent}{wanted}{comment.group(0) if comment else ''}{ending}"
    else:
        settings = [i for i in range(first + 1, end) if _key(lines[i]) is not None]
        at = (settings[-1] if settings else first) + 1
        if not lines[at - 1].endswith(("\n", "\r")):
            lines[at - 1] += newline
        lines.insert(at, f"{wanted}{newline}")
    return "".join(line for i, line in enumerate(lines) if i not in drop)


def set_rule_state(ini_path: Path, rule_id: str, state: RuleSwitch | None, section: str = "*") -> None:
    """Turn ``rule_id`` on (``YES``), off (``NO``), to a level, or back to its style (``None``) in
    ``[section]`` of the ini file at ``ini_path`` (see :func:`edit_rule_state`); written atomically.

    A missing file is created. An unreadable or unwritable one raises :class:`StudioError`.
    """
    path = Path(ini_path)
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        message = f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}"
        raise StudioError(message, problems=[Problem(message, file=path)]) from None
    edited = edit_rule_state(text, rule_id, state, section)
    if edited == text and path.exists():
        return
    try:
        mode = path.stat().st_mode & 0o7777 if path.exists() else None
        atomic_write_text(path, edited)
        if mode is not None:
            path.chmod(mode)  # the temporary file was private; keep the file's own permissions
    except OSError as exc:
        message = f"cannot write {path}: {exc.strerror or exc}"
        raise StudioError(message, problems=[Problem(message, file=path)]) from None
