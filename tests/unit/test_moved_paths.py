"""Old import paths keep working after the move to ``studio.lint`` and ``studio.rules.kinds``: they
re-export the very same objects (other code and older branches still import them)."""

from __future__ import annotations

import importlib

import pytest

MOVED = [
    ("studio.findings", "check_campaign", "studio.lint.pipeline"),
    ("studio.findings", "CampaignCheck", "studio.lint.pipeline"),
    ("studio.findings", "brand_linter", "studio.lint.pipeline"),
    ("studio.findings", "brand_rule_problems", "studio.lint.pipeline"),
    ("studio.fixes", "apply_fixes", "studio.lint.fixes"),
    ("studio.fixes", "locate", "studio.lint.fixes"),
    ("studio.fixes", "get_path", "studio.lint.fixes"),
    ("studio.fixes", "set_path", "studio.lint.fixes"),
    ("studio.checks.base", "load_studio_rules", "studio.rules.studio_rules"),
    ("studio.checks.base", "run_studio_rules", "studio.rules.studio_rules"),
    ("studio.checks.base", "StudioRule", "studio.rules.model"),
    ("studio.checks.base", "MESSAGE_LANGUAGE", "studio.rules.messages"),
    ("studio.checks.language", "text_language", "studio.rules.kinds.language"),
    ("studio.checks.language", "_sentence_language", "studio.rules.kinds.language"),
    ("studio.checks.placeholder", "find_placeholders", "studio.rules.kinds.placeholder"),
    ("studio.checks.placeholder", "Vocabulary", "studio.rules.kinds.placeholder"),
    ("studio.checks.limit", "check", "studio.rules.kinds.limit"),
    ("studio.checks.required", "check", "studio.rules.kinds.required"),
    ("studio.checks.formality", "check", "studio.rules.kinds.formality"),
]


@pytest.mark.parametrize(("old", "name", "new"), MOVED)
def test_the_old_path_re_exports_the_same_object(old: str, name: str, new: str) -> None:
    assert getattr(importlib.import_module(old), name) is getattr(importlib.import_module(new), name)


def test_every_variant_kind_has_the_kind_contract() -> None:
    from studio.rules.kinds import STUDIO_KINDS, studio_kind

    for name in STUDIO_KINDS:
        module = studio_kind(name)
        assert name == module.KIND
        assert isinstance(module.KEYS, frozenset) and module.KEYS
        assert callable(module.compile) and callable(module.check)
    with pytest.raises(KeyError):
        studio_kind("existence")  # a text kind is not a variant kind
