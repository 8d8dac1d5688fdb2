"""``sequence`` and ``script``: reported as unsupported, never run, never a crash."""

from __future__ import annotations

from studio.rules.loader import load_rule_text


def test_sequence_and_script_are_problems_not_rules() -> None:
    for kind, extra in (("sequence", "tokens:\n  - tag: NN\n"), ("script", "script: 'x := 1'\n")):
        rule, problems = load_rule_text(f"extends: {kind}\nmessage: m\n{extra}", f"T.{kind}")
        assert rule is None
        assert len(problems) == 1
        assert "unsupported" in problems[0].message
        assert problems[0].line == 1
