"""The independent email checkers (official MJML, Nu Html Checker, SpamAssassin), as PostgreSQL is
for the storage tests: installed by `make test` (tools/email_test_tools.py install); a test that
needs them fails when they are missing, never skips in CI."""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from typing import Any

import pytest

REPO_ROOT = Path(__file__).resolve().parents[3]


def _tool_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "email_test_tools", REPO_ROOT / "tools" / "email_test_tools.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def email_tools() -> Any:
    """Commands for ``mjml``, ``vnu`` and ``spamassassin`` (an ``EmailTools``)."""
    module = _tool_module()
    tools = module.find_tools()
    if tools is not None:
        return tools
    if os.environ.get("STUDIO_TEST_EMAIL_TOOLS") == "off":
        if os.environ.get("CI"):
            pytest.fail("STUDIO_TEST_EMAIL_TOOLS=off is not allowed in CI", pytrace=False)
        pytest.skip("STUDIO_TEST_EMAIL_TOOLS=off: the independent email checks are skipped on this machine")
    missing = "; ".join(module.missing())
    pytest.fail(
        f"email checkers missing ({missing}): run `python tools/email_test_tools.py install` "
        "(or set STUDIO_TEST_EMAIL_TOOLS=off outside CI)",
        pytrace=False,
    )
