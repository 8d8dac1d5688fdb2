"""The on-disk cache of compiled rules: used when the rule file is unchanged, ignored when corrupt,
never a failure when it cannot be written; and the fast YAML path reads rule files as load_yaml does."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio.model.files import load_yaml
from studio.rules import cache
from studio.rules.loader import load_rule, parse_yaml

RULE = """extends: substitution
message: "Use '%s' instead of '%s'."
level: error
ignorecase: true
swap:
  e-mail: email
  su pedido: tu pedido
  colou?r: color
"""


def _rule_file(folder: Path, text: str = RULE) -> Path:
    path = folder / "Brand" / "Terms.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle")) if folder.is_dir() else []


def _messages(path: Path, text: str) -> list[str]:
    from studio.rules.engine import Linter
    from studio.rules.model import RuleSet

    rule, problems = load_rule(path)
    assert rule is not None and not problems
    rules = RuleSet(styles=["Brand"])
    rules.add(rule)
    return [f.message for f in Linter(rules=rules).lint_text(text)]


def test_a_compiled_rule_is_stored_and_read_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "cache"
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(store))
    path = _rule_file(tmp_path)
    first = _messages(path, "Mándanos un E-mail con su pedido.")
    [entry] = _entries(store)
    stamp = entry.stat().st_mtime_ns
    assert _messages(path, "Mándanos un E-mail con su pedido.") == first
    assert entry.stat().st_mtime_ns == stamp  # read, not written again
    assert first == ["Use 'Email' instead of 'E-mail'.", "Use 'tu pedido' instead of 'su pedido'."]


def test_an_edited_rule_file_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "cache"
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(store))
    path = _rule_file(tmp_path)
    assert _messages(path, "un e-mail") == ["Use 'email' instead of 'e-mail'."]
    _rule_file(tmp_path, RULE.replace("e-mail: email", "e-mail: correo"))
    assert _messages(path, "un e-mail") == ["Use 'correo' instead of 'e-mail'."]
    assert len(_entries(store)) == 2


@pytest.mark.parametrize("damage", [b"", b"not a pickle at all", b"\x80\x05\x95garbage"])
def test_a_corrupt_entry_is_ignored_and_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    store = tmp_path / "cache"
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(store))
    path = _rule_file(tmp_path)
    expected = _messages(path, "su pedido")
    [entry] = _entries(store)
    entry.write_bytes(damage)
    assert _messages(path, "su pedido") == expected
    assert cache.load(entry.stem) is not None  # rebuilt: a good entry again


def test_a_cache_that_cannot_be_written_is_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(blocker / "cache"))  # its parent is a file
    path = _rule_file(tmp_path)
    assert _messages(path, "su pedido") == ["Use 'tu pedido' instead of 'su pedido'."]
    assert not list(tmp_path.glob("**/*.tmp"))


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STUDIO_RULE_CACHE", "off")
    monkeypatch.setenv("STUDIO_HOME", str(tmp_path / "home"))
    _messages(_rule_file(tmp_path), "su pedido")
    assert not list(tmp_path.glob("**/*.pickle"))


def test_the_default_cache_lives_under_studio_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STUDIO_RULE_CACHE", raising=False)
    monkeypatch.setenv("STUDIO_HOME", str(tmp_path / "home"))
    _messages(_rule_file(tmp_path), "su pedido")
    assert len(_entries(tmp_path / "home" / "cache" / "rules")) == 1


@pytest.mark.parametrize(
    "text",
    [
        RULE,
        "extends: existence\nmessage: '%s'\nignorecase: no\ntokens: [yes, on, off, No]\n",
        "extends: existence\nmessage: x\ntokens:\n  - &a one\n  - *a\n",
        "extends: existence\nmessage: x\nnested: " + "[" * 70 + "]" * 70 + "\n",
        "extends: existence\nmessage: x\nmessage: y\n",
        "extends: existence\nmessage: [unclosed\n",
        "extends: existence\nmessage: !!python/object:os.system x\n",
        "level: 2026-01-01\nlimit: 0x10\nratio: 1.5\nempty:\n",
    ],
)
def test_rule_yaml_reads_as_the_guarded_reader_does(text: str) -> None:
    try:
        expected_data, expected_lines = load_yaml(text)
    except Exception as exc:  # the same error, with the same message and line
        with pytest.raises(type(exc)) as raised:
            parse_yaml(text)
        assert [str(p) for p in raised.value.problems] == [str(p) for p in exc.problems]  # type: ignore[attr-defined]
        return
    data, lines = parse_yaml(text)
    assert data == expected_data
    for key in [(), ("extends",), ("message",), ("swap", "colou?r"), ("tokens", 2), ("missing",)]:
        assert lines(key) == expected_lines(key)


def test_plain_rule_files_take_the_c_composer() -> None:
    from studio.rules.loader import _fast_yaml

    found = _fast_yaml(RULE, None, 64)
    assert found is not None and found[0]["swap"]["su pedido"] == "tu pedido"
    yes_no = _fast_yaml("a: yes\nb: no\nc: on\nd: off\ne: true\n", None, 64)
    assert yes_no is not None and yes_no[0] == {"a": "yes", "b": "no", "c": "on", "d": "off", "e": True}
