"""Vale's ``action`` key: the suggestions a finding offers (``replace``, ``remove``, ``edit``, ``convert``).

``suggest`` (spelling suggestions or a script) is not computed here: a spelling rule makes its own
suggestions and the studio never runs rule scripts.
"""

from __future__ import annotations

import re

from studio.rules.model import Action, RuleError

ACTIONS = ("replace", "remove", "edit", "convert", "suggest")
_EDITS = {"regex": 3, "trim": 2, "trim_left": 2, "trim_right": 2, "truncate": 2, "split": 3}


def parse_action(value: object) -> Action:
    """The ``action`` mapping of a rule file (``name`` and ``params``), checked."""
    if value is None:
        return Action()
    if not isinstance(value, dict):
        raise RuleError("'action' must be a mapping with 'name' and optional 'params'", ("action",))
    unknown = sorted(set(value) - {"name", "params"})
    if unknown:
        raise RuleError(f"'action' has unknown keys: {', '.join(unknown)}", ("action", unknown[0]))
    name = value.get("name") or ""
    if not isinstance(name, str) or name not in ACTIONS:
        raise RuleError(f"'action' name must be one of {', '.join(ACTIONS)}", ("action", "name"))
    params = value.get("params") or []
    if not isinstance(params, list):
        raise RuleError("'action' params must be a list", ("action", "params"))
    action = Action(name, tuple(str(p) for p in params))
    if name == "edit":
        if not action.params or action.params[0] not in _EDITS:
            raise RuleError(
                f"an 'edit' action's first param must be one of {', '.join(_EDITS)}", ("action", "params")
            )
        if len(action.params) != _EDITS[action.params[0]]:
            raise RuleError(
                f"an '{action.params[0]}' edit takes {_EDITS[action.params[0]] - 1} more params",
                ("action", "params"),
            )
        if action.params[0] == "regex":
            try:
                re.compile(action.params[1])
            except re.error as exc:
                raise RuleError(f"invalid regex in 'action' params: {exc}", ("action", "params")) from None
        if action.params[0] == "split" and not action.params[2].lstrip("-").isdigit():
            raise RuleError("a 'split' edit's last param must be a number", ("action", "params"))
    if name == "convert" and (not action.params or action.params[0] not in ("simple", "lower", "upper")):
        raise RuleError("a 'convert' action takes one param: simple, lower or upper", ("action", "params"))
    return action


def _simple(text: str) -> str:
    """strcase ``Simple``: words separated by single spaces, lower-cased (``auto-scale`` → ``auto scale``)."""
    out: list[str] = []
    old = " "
    for i, char in enumerate(text):
        alpha = char.isalpha() or char.isdigit()
        boundary = i > 1 and old.islower() and char.isupper()
        if boundary or not alpha or (char.isspace() and char != " "):
            out.append(" ")
        if alpha or char == " ":
            out.append(char.lower())
        old = char
    return re.sub(" +", " ", "".join(out).strip())


def suggestions(action: Action, match: str) -> tuple[str, ...]:
    """What ``action`` proposes instead of ``match`` (Vale's fixers); empty when it proposes nothing."""
    name, params = action.name, action.params
    if name == "replace":
        return params
    if name == "remove":
        return ("",)
    if name == "convert":
        mode = params[0] if params else "simple"
        return (_simple(match) if mode == "simple" else match.lower() if mode == "lower" else match.upper(),)
    if name == "edit" and params:
        kind = params[0]
        text = match
        if kind == "regex":
            text = re.sub(params[1], params[2].replace("$", "\\"), text)
        elif kind == "trim_right":
            text = text.rstrip(params[1])
        elif kind == "trim_left":
            text = text.lstrip(params[1])
        elif kind == "trim":
            text = text.strip(params[1])
        elif kind == "truncate":
            text = text.split(params[1])[0]
        elif kind == "split":
            parts = text.split(params[1])
            index = int(params[2])
            if not -len(parts) <= index < len(parts):
                return ()
            text = parts[index]
        return (text.strip(),)
    return ()
