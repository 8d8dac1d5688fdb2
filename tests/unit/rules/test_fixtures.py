"""Fixture cases: ``tests/rules/<kind>/<case>.<ext>`` checked with that folder's ``studio.ini`` must
print exactly ``<case>.<ext>.out`` (``studio check --output line``).

A case named ``name__CHANNEL__LOCALE.ext`` is checked as copy for that channel and locale (``-``
for none): ``sms__sms__es-ES.txt``.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest

from studio.cli.check import check_files, format_line

CASES_ROOT = Path(__file__).resolve().parents[2] / "rules"
_NOT_CASES = {".out", ".ini", ".yml", ".aff", ".dic"}


def _cases() -> list[Path]:
    return sorted(path for path in CASES_ROOT.glob("*/*") if path.is_file() and path.suffix not in _NOT_CASES)


def _options(case: Path) -> tuple[str | None, str | None]:
    parts = case.name.split(".", 1)[0].split("__")
    channel = parts[1] if len(parts) > 1 and parts[1] != "-" else None
    locale = parts[2] if len(parts) > 2 and parts[2] != "-" else None
    return channel, locale


def run_case(case: Path) -> tuple[str, list[str]]:
    channel, locale = _options(case)
    folder = case.parent
    with contextlib.chdir(folder):
        result = check_files(
            [Path(case.name)], config_path=folder / "studio.ini", channel=channel, locale=locale
        )
    return format_line(result), [str(p) for p in result.problems]


def test_every_kind_has_cases() -> None:
    kinds = {case.parent.name for case in _cases()}
    assert kinds >= {
        "existence",
        "substitution",
        "occurrence",
        "repetition",
        "consistency",
        "conditional",
        "capitalization",
        "metric",
        "readability",
        "spelling",
    }


@pytest.mark.parametrize("case", _cases(), ids=lambda p: f"{p.parent.name}/{p.name}")
def test_case(case: Path) -> None:
    output, problems = run_case(case)
    assert problems == []
    expected = case.with_name(case.name + ".out").read_text(encoding="utf-8")
    assert output == expected
