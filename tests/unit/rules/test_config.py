"""studio.ini / .vale.ini: sections, channel sections, switches, levels, vocabularies, discovery."""

from __future__ import annotations

from pathlib import Path

from studio.model.finding import Severity
from studio.rules.config import find_config, glob_pattern, load_config, parse_config
from studio.rules.engine import Linter

INI = """\
# comment
StylesPath = styles
MinAlertLevel = warning   ; inline comment
Vocab = Brand
Nonsense = 1

[*]
BasedOnStyles = Core
Core.Loud = NO

[*.{md,txt}]
Core.Loud = error

[sms]
BasedOnStyles = Core, Sms
Core.Price = suggestion
Core.Other = maybe

[post.*]
BasedOnStyles = Post
"""


def _write(tmp_path: Path) -> Path:
    for style, name, body in (
        (
            "Core",
            "Loud",
            "extends: existence\nmessage: 'Grito: %s'\nlevel: warning\nnonword: true\ntokens: ['!{2,}']\n",
        ),
        (
            "Core",
            "Price",
            "extends: existence\nmessage: 'Precio: %s'\nlevel: error\nnonword: true\ntokens: ['€\\d+']\n",
        ),
        ("Sms", "Accents", "extends: existence\nmessage: 'No GSM: %s'\nnonword: true\ntokens: ['[áíóú]']\n"),
        ("Post", "Tags", "extends: existence\nmessage: 'Etiqueta: %s'\nnonword: true\ntokens: ['#\\w+']\n"),
    ):
        (tmp_path / "styles" / style).mkdir(parents=True, exist_ok=True)
        (tmp_path / "styles" / style / f"{name}.yml").write_text(body, encoding="utf-8")
    vocab = tmp_path / "styles" / "config" / "vocabularies" / "Brand"
    vocab.mkdir(parents=True)
    (vocab / "accept.txt").write_text("Aurora\n# a comment\nCafé Aurora\n", encoding="utf-8")
    (vocab / "reject.txt").write_text("Cafe Aurora\n", encoding="utf-8")
    ini = tmp_path / "studio.ini"
    ini.write_text(INI, encoding="utf-8")
    return ini


def test_core_settings_and_tolerated_problems(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path))
    assert config.styles_path == tmp_path / "styles"
    assert config.min_level == Severity.WARNING
    assert config.vocab.accept == ("Aurora", "Café Aurora")
    assert config.vocab.reject == ("Cafe Aurora",)
    assert [(p.line, p.message) for p in config.problems] == [
        (5, "unknown setting 'Nonsense' (ignored)"),
        (17, "'Core.Other = maybe': expected YES, NO, suggestion, warning or error (rule turned off)"),
    ]


def test_sections_pick_styles_for_files_and_channels(tmp_path: Path) -> None:
    config = load_config(_write(tmp_path))
    assert config.selection("stdin.rst").styles == ("Core",)
    txt = config.selection("stdin.txt")
    assert txt.enabled("Core.Loud") and txt.levels["Core.Loud"] == Severity.ERROR
    assert not config.selection("stdin.rst").enabled("Core.Loud")
    sms = config.selection("stdin.txt", "sms")
    assert sms.styles == ("Core", "Sms") and sms.levels["Core.Price"] == Severity.SUGGESTION
    assert config.selection("stdin.txt", "post.x").styles == ("Post",)
    assert config.selection("stdin.txt", "email").styles == ("Core",)


def test_the_linter_follows_the_selection(tmp_path: Path) -> None:
    linter = Linter(load_config(_write(tmp_path)))
    text = "¡¡Ya!! Envío a €2 #otoño"
    by_channel = {
        channel: [f.rule for f in linter.lint_text(text, format="txt", channel=channel)]
        for channel in (None, "sms", "post.instagram")
    }
    assert by_channel == {
        None: ["Core.Loud", "Core.Price"],
        "sms": ["Core.Loud", "Sms.Accents"],  # Core.Price is a suggestion there, below MinAlertLevel
        "post.instagram": ["Core.Loud", "Post.Tags"],  # switched on by name for *.txt
    }
    assert [f.severity for f in linter.lint_text(text, format="txt")] == [Severity.ERROR, Severity.ERROR]


def test_the_vale_style_brings_the_vocabulary_rules(tmp_path: Path) -> None:
    ini = _write(tmp_path)
    switches = "BasedOnStyles = Core\nVale.Avoid = YES\nVale.Terms = YES\n"
    ini.write_text(INI.replace("BasedOnStyles = Core\n", switches), encoding="utf-8")
    linter = Linter(load_config(ini))
    found = linter.lint_text(
        "Ven a Cafe Aurora, la aurora de Aurora.", format="txt", min_level=Severity.SUGGESTION
    )
    assert [(f.rule, f.match) for f in found] == [("Vale.Avoid", "Cafe Aurora"), ("Vale.Terms", "aurora")]
    assert found[1].message == "Use 'Aurora' instead of 'aurora'."


def test_globs_work_like_vales() -> None:
    assert glob_pattern("*.{md,txt}").match("docs/a.md")
    assert glob_pattern("*.{md,txt}").match("a.txt")
    assert not glob_pattern("*.{md,txt}").match("a.rst")
    assert glob_pattern("post.*").match("post.x")
    assert glob_pattern("[!a]*.md").match("b.md") and not glob_pattern("[!a]*.md").match("a.md")


def test_channel_sections_are_told_from_file_sections() -> None:
    config = parse_config(
        "[sms]\nBasedOnStyles = A\n[*.md]\nBasedOnStyles = B\n[signage]\nBasedOnStyles = C\n"
    )
    assert [(s.name, s.channel) for s in config.sections] == [
        ("sms", True),
        ("*.md", False),
        ("signage", True),
    ]


def test_a_configuration_is_found_upward(tmp_path: Path) -> None:
    (tmp_path / ".vale.ini").write_text("StylesPath = .\n", encoding="utf-8")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    (deep / "x.md").write_text("hola", encoding="utf-8")
    assert find_config(deep / "x.md") == tmp_path / ".vale.ini"


def test_a_missing_configuration_is_a_problem(tmp_path: Path) -> None:
    config = load_config(tmp_path / "nope.ini")
    assert [p.message.startswith("cannot read the configuration") for p in config.problems] == [True]
