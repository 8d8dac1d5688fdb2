"""Turn schema violations into :class:`~studio.errors.Problem` lists with field paths.

Paths use dots for mapping keys and brackets for list items, as a marketer reads them:
``locales.es-MX.message.headline: required``, ``channels[2]: must be one of …``.
"""

from __future__ import annotations

import difflib
import typing
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

import pydantic

from studio.errors import Problem, ValidationError
from studio.model.campaign import Campaign

M = TypeVar("M", bound=pydantic.BaseModel)

#: Unknown fields reported one by one; the rest are counted in one line (a file can hold 100,000).
MAX_UNKNOWN_REPORTED = 20

#: Finds the line of a field path in the source file, if there is one.
LineLookup = Callable[[tuple[str | int, ...]], int | None]


def format_path(loc: Sequence[str | int]) -> str:
    """``("locales", "es-MX", "message")`` → ``locales.es-MX.message``; ints become ``[i]``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + part
    return out


def _unwrap(annotation: Any) -> tuple[type[pydantic.BaseModel] | None, int]:
    """The model inside an annotation and how many container levels (dict/list) wrap it."""
    if isinstance(annotation, type) and issubclass(annotation, pydantic.BaseModel):
        return annotation, 0
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin in (dict, list):
        model, depth = _unwrap(args[-1])
        return model, depth + 1
    for arg in args:  # Optional[...] / Annotated[...]
        model, depth = _unwrap(arg)
        if model is not None:
            return model, depth
    return None, 0


def _model_at(root: type[pydantic.BaseModel], loc: Sequence[str | int]) -> type[pydantic.BaseModel] | None:
    """The model class whose fields live at ``loc`` (to suggest the right spelling of a key)."""
    model: type[pydantic.BaseModel] | None = root
    skip = 0
    for part in loc:
        if skip:
            skip -= 1
            continue
        field = model.model_fields.get(part) if model and isinstance(part, str) else None
        if field is None:
            return None
        model, skip = _unwrap(field.annotation)
    return None if skip else model


def _message(root: type[pydantic.BaseModel], error: Any) -> tuple[tuple[str | int, ...], str]:
    kind: str = error["type"]
    loc: tuple[str | int, ...] = tuple(p for p in error["loc"] if p != "[key]")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return loc, "required"
    if kind == "extra_forbidden":
        parent = _model_at(root, loc[:-1])
        hint = ""
        if parent is not None and isinstance(loc[-1], str):
            close = difflib.get_close_matches(loc[-1], list(parent.model_fields), n=1)
            if close:
                hint = f" (did you mean {close[0]!r}?)"
        return loc, f"unknown field{hint}"
    if kind == "enum":
        return loc, f"{error['input']!r} is not one of: {ctx.get('expected', '')}".replace("'", "")
    if kind in ("timezone_aware", "datetime_from_date_parsing", "datetime_parsing", "datetime_type"):
        return loc, "needs a date and time with timezone offset, e.g. 2026-12-01T08:00:00+01:00"
    if kind in ("decimal_parsing", "decimal_type"):
        return loc, "must be a number such as 19.99"
    if kind == "too_short" and error["input"] in ({}, []):
        return loc, "must not be empty"
    if kind == "string_too_long":
        return loc, f"too long: {ctx.get('max_length')} characters at most"
    if kind in ("string_type", "dict_type", "list_type", "model_type", "model_attributes_type"):
        want = {"string_type": "text", "dict_type": "a mapping", "list_type": "a list"}.get(kind, "a mapping")
        return loc, f"must be {want}, not {type(error['input']).__name__}"
    msg: str = error["msg"]
    return loc, msg.removeprefix("Value error, ")


def problems_from(
    exc: pydantic.ValidationError,
    *,
    lines: LineLookup | None = None,
    root: type[pydantic.BaseModel] = Campaign,
) -> list[Problem]:
    """Every violation in ``exc`` (raised validating ``root``) as a located problem, in file order."""
    out: list[Problem] = []
    unknown = 0
    for error in exc.errors(include_url=False):
        ctx = error.get("ctx") or {}
        base = tuple(p for p in error["loc"] if p != "[key]")
        pairs: list[tuple[tuple[str | int, ...], str]]
        if error["type"] == "extra_forbidden":
            unknown += 1
            if unknown > MAX_UNKNOWN_REPORTED:
                continue
        if error["type"] == "campaign_rules":
            pairs = [(base + tuple(path), msg) for path, msg in ctx["problems"]]
        else:
            pairs = [_message(root, error)]
        for loc, msg in pairs:
            out.append(Problem(msg, field=format_path(loc), line=lines(loc) if lines else None))
    out.sort(key=lambda p: (p.line if p.line is not None else 1 << 30, p.field or ""))
    if unknown > MAX_UNKNOWN_REPORTED:
        out.append(Problem(f"and {unknown - MAX_UNKNOWN_REPORTED} more unknown fields"))
    return out


def parse_model(
    model: type[M], document: Any, *, lines: LineLookup | None = None, what: str = "document"
) -> M:
    """Validate a raw document into ``model``, or raise one error listing every problem."""
    if not isinstance(document, dict):
        raise ValidationError(f"{what}: must be a mapping of fields", problems=[Problem("must be a mapping")])
    try:
        return model.model_validate(document)
    except pydantic.ValidationError as exc:
        problems = problems_from(exc, lines=lines, root=model)
        raise ValidationError(f"{what} is not valid ({len(problems)} problems)", problems=problems) from None


def parse_campaign(document: Any, *, lines: LineLookup | None = None, what: str = "campaign") -> Campaign:
    """Validate a raw document into a :class:`Campaign` (see :func:`parse_model`)."""
    return parse_model(Campaign, document, lines=lines, what=what)
