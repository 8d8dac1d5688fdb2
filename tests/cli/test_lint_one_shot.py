"""``studio lint`` checks once per process: it keeps nothing in the keystroke memos (which would
only cost time) and leaves them as they were for whoever runs next in the same process."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.cli.main import main
from studio.consistency import memo
from studio.lint import pipeline

ROOT = Path(__file__).resolve().parents[2]


def _on() -> tuple[bool, bool]:
    """Whether the consistency memo and the brand-rule memo are on."""
    return memo.is_remembering(), pipeline._REMEMBER[0]


def test_one_shot_switches_both_memos_off_and_back_even_on_an_error() -> None:
    assert _on() == (True, True)
    with pipeline.one_shot():
        assert _on() == (False, False)
    assert _on() == (True, True)
    with pytest.raises(ZeroDivisionError), pipeline.one_shot():
        1 / 0  # noqa: B018
    assert _on() == (True, True)


def test_one_shot_keeps_a_memo_switched_off_off() -> None:
    memo.remembering(False)
    try:
        with pipeline.one_shot():
            pass
        assert _on() == (False, True)
    finally:
        memo.remembering(True)


def test_lint_remembers_nothing_for_a_next_keystroke(capsys: pytest.CaptureFixture[str]) -> None:
    memo.forget()
    pipeline.forget()
    code = main(["lint", str(ROOT / "campaigns" / "navidad-turron-latte.campaign.yaml"), "--format", "json"])
    assert code in (0, 1)
    assert '"findings"' in capsys.readouterr().out
    assert not memo._CHECKED.items and not memo._READ.items and not pipeline._LINTED
    assert _on() == (True, True)
