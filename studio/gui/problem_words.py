"""The campaign model's validation messages said in the interface language.

The model (``studio.model``) words its problems in English for the command line and the files
("29 % does not match the prices 4.20 → 3.90 (7 %)", "must be after valid_from"); the editor shows
them under the field and in the status bar, so there they are said in the interface language, with
numbers written as the interface writes them and no internal field id. A message not known here is
shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QLocale


def number_text(text: str) -> str:
    """``4.20`` as the interface writes it (``4,20`` in Spanish), its decimals kept; not a number
    (or not a finite one): as it is."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return text
    if not value.is_finite():
        return text
    places = max(0, -int(value.as_tuple().exponent))
    return QLocale().toString(float(value), "f", places)


_number = number_text


def _prices(m: re.Match[str]) -> str:
    return QCoreApplication.translate(
        "ProblemWords", "{0} % does not match the prices {1} → {2} ({3} %)"
    ).format(_number(m["stated"]), _number(m["before"]), _number(m["price"]), _number(m["actual"]))


#: (pattern of the model's English message, how to say it)
_MESSAGES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"required"), lambda m: QCoreApplication.translate("ProblemWords", "required")),
    (
        re.compile(r"must not be empty"),
        lambda m: QCoreApplication.translate("ProblemWords", "must not be empty"),
    ),
    (
        re.compile(r"must not be empty \(remove it to use the template\)"),
        lambda m: QCoreApplication.translate(
            "ProblemWords", "must not be empty (remove it to use the template)"
        ),
    ),
    (
        re.compile(r"too long: (?P<n>\d+) characters at most"),
        lambda m: QCoreApplication.translate("ProblemWords", "too long: {0} characters at most").format(
            m["n"]
        ),
    ),
    (
        re.compile(r"must be a positive amount"),
        lambda m: QCoreApplication.translate("ProblemWords", "must be a positive amount"),
    ),
    (
        re.compile(r"(?P<cur>[A-Z]{3}) has (?P<n>\d+) decimals at most"),
        lambda m: QCoreApplication.translate("ProblemWords", "{0} has {1} decimals at most").format(
            m["cur"], m["n"]
        ),
    ),
    (
        re.compile(r"must be between 0 and 100"),
        lambda m: QCoreApplication.translate("ProblemWords", "must be between 0 and 100"),
    ),
    (
        re.compile(r"must be higher than the offer price"),
        lambda m: QCoreApplication.translate("ProblemWords", "must be higher than the offer price"),
    ),
    (
        re.compile(
            r"(?P<stated>[\d.]+) % does not match the prices (?P<before>[\d.]+) → (?P<price>[\d.]+)"
            r" \((?P<actual>-?\d+) %\)"
        ),
        _prices,
    ),
    (
        re.compile(r"must be after valid_from"),
        lambda m: QCoreApplication.translate("ProblemWords", "must be after the start date"),
    ),
    (
        re.compile(r"must be a full web address such as (?P<example>\S+)"),
        lambda m: QCoreApplication.translate("ProblemWords", "must be a full web address such as {0}").format(
            m["example"]
        ),
    ),
    (
        re.compile(r"lists a place twice"),
        lambda m: QCoreApplication.translate("ProblemWords", "lists a place twice"),
    ),
    (
        re.compile(r"lists a channel twice"),
        lambda m: QCoreApplication.translate("ProblemWords", "lists a channel twice"),
    ),
)


def problem_message(message: str) -> str:
    """``message`` (one of the model's validation messages) in the interface language."""
    for pattern, say in _MESSAGES:
        match = pattern.fullmatch(message)
        if match is not None:
            return say(match)
    return message
