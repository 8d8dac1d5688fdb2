"""One rule for the language every command speaks when ``--language`` is not given: ``STUDIO_LANGUAGE``,
then the language chosen in the studio's Preferences, then the system's locale; Spanish when none is
set. Before, `studio review status` answered in Spanish and the `studio review approve` that followed
refused in English."""

from __future__ import annotations

import pytest

from studio.cli.main import main
from studio.settings import Settings, preferred_language


@pytest.mark.parametrize(
    ("env", "saved", "expected"),
    [
        ({}, None, "es"),  # LANG=C.UTF-8 (the suite's): no language set, the studio's own
        ({"LANG": "es_MX.UTF-8"}, None, "es"),
        ({"LANG": "en_GB.UTF-8"}, None, "en"),
        ({"LANG": "fr_FR.UTF-8"}, None, "en"),  # a language the studio does not speak: English
        ({"LANG": "es_ES.UTF-8", "LC_MESSAGES": "en_US.UTF-8"}, None, "en"),
        ({"LANG": "en_US.UTF-8", "LC_ALL": "es_AR.UTF-8"}, None, "es"),
        ({"LANG": "POSIX"}, None, "es"),
        ({"LANG": "en_US.UTF-8"}, "es", "es"),  # Preferences beat the system
        ({"LANG": "es_ES.UTF-8", "STUDIO_LANGUAGE": "en"}, "es", "en"),  # the variable beats both
        ({"STUDIO_LANGUAGE": "klingon"}, None, "es"),  # an unknown value is ignored
    ],
)
def test_the_default_language_follows_variable_preferences_then_system(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], saved: str | None, expected: str
) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    if saved:
        Settings(language=saved).save()
    assert preferred_language() == expected
    assert preferred_language("en") == "en" and preferred_language("es") == "es"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("lang", "status_word", "refusal_word"), [("es", "bloquean", "impiden"), ("en", "block", "block")]
)
def test_status_and_the_refusal_that_follows_speak_one_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    status_word: str,
    refusal_word: str,
) -> None:
    monkeypatch.setenv("LANG", {"es": "es_ES.UTF-8", "en": "en_US.UTF-8"}[lang])
    assert run(capsys, "campaign", "new", "prueba-idioma")[0] == 0
    code, out, _ = run(capsys, "review", "status", "prueba-idioma")
    assert code == 1 and status_word in out.splitlines()[0]
    assert run(capsys, "review", "submit", "prueba-idioma")[0] == 0
    code, _, err = run(capsys, "review", "approve", "prueba-idioma")
    assert code == 1 and refusal_word in err.splitlines()[0]
    other = "en" if lang == "es" else "es"
    code, _, err = run(capsys, "review", "approve", "prueba-idioma", "--language", other)
    assert code == 1 and refusal_word not in err.splitlines()[0]
