"""A brand kit's templates are hostile input: each payload as the adversarial pass found it.

Every payload is refused with a TemplateError naming the template and line, before it can build
anything large (peak memory is measured), and the campaign is the same after rendering.
"""

from __future__ import annotations

import shutil
import tracemalloc
from pathlib import Path

import pytest

from studio.cli.main import main
from studio.errors import TemplateError
from studio.model.campaign import Campaign, Channel
from studio.model.files import write_campaign
from studio.render.environment import MAX_DEPTH, make_environment, render_template
from studio.render.variants import Renderer
from studio.workspace import Workspace, default_root

#: Far below any payload's size, far above what rendering the demo templates needs.
PEAK_BYTES = 64 * 1024 * 1024


@pytest.fixture
def workspace(tmp_path: Path) -> Workspace:
    for part in ("brand_rules", "templates", "assets"):
        shutil.copytree(default_root() / part, tmp_path / "kit" / part)
    return Workspace.resolve(tmp_path / "kit")


def facebook(workspace: Workspace, body: str) -> Path:
    """Replace the Facebook template's text with ``body`` (line 1 is the block tag)."""
    path = workspace.templates / "post" / "facebook.txt.j2"
    path.write_text("{% block text %}\n" + body + "\n{% endblock %}\n", encoding="utf-8")
    return path


def refused(workspace: Workspace, campaign: Campaign, body: str) -> tuple[Path, TemplateError]:
    path = facebook(workspace, body)
    before, locales = campaign.model_dump_json(), dict(campaign.locales)
    only_facebook = campaign.model_copy(update={"channels": [Channel.FACEBOOK]})
    with pytest.raises(TemplateError) as info:
        Renderer(workspace).render_variants(only_facebook)
    assert campaign.model_dump_json() == before
    assert campaign.locales == locales  # the copy shares the dict a template once could clear
    return path, info.value


def test_string_multiplication_is_refused_before_it_allocates(
    workspace: Workspace, campaign: Campaign
) -> None:
    tracemalloc.start()
    try:
        path, error = refused(workspace, campaign, "ok\n{{ 'x' * 10**9 }}")
        assert tracemalloc.get_traced_memory()[1] < PEAK_BYTES
    finally:
        tracemalloc.stop()
    (problem,) = error.problems
    assert (problem.file, problem.line) == (path, 3)
    assert problem.message == (
        "too much for a template: this would make a text of 1,000,000,000 characters;"
        " a template may build at most 5,000,000"
    )


@pytest.mark.parametrize(
    "body",
    [
        "{% include 'post/facebook.txt.j2' %}",
        "{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{{ again(0) }}",
    ],
    ids=["self-include", "recursive-macro"],
)
def test_a_template_that_calls_itself_is_a_clear_error_not_recursion(
    workspace: Workspace, campaign: Campaign, body: str
) -> None:
    path, error = refused(workspace, campaign, "x\n" + body)
    (problem,) = error.problems
    assert (problem.file, problem.line) == (path, 3)
    assert f"nested more than {MAX_DEPTH} deep" in problem.message
    assert "include itself" in problem.message


def test_templates_including_each_other_name_the_include(workspace: Workspace, campaign: Campaign) -> None:
    other = workspace.templates / "post" / "other.txt.j2"
    other.write_text("one\n{% include 'post/facebook.txt.j2' %}\n", encoding="utf-8")
    _, error = refused(workspace, campaign, "{% include 'post/other.txt.j2' %}")
    (problem,) = error.problems
    assert (problem.file, problem.line) in {(other, 2), (workspace.templates / "post/facebook.txt.j2", 2)}
    assert "nested more than" in problem.message


def test_a_template_cannot_change_the_campaign(workspace: Workspace, campaign: Campaign) -> None:
    path, error = refused(workspace, campaign, "{{ campaign.locales.clear() }}")
    (problem,) = error.problems
    assert (problem.file, problem.line) == (path, 2)
    assert problem.message == (
        "not allowed in a template: access to attribute 'clear' of 'dict' object is unsafe."
    )


@pytest.mark.parametrize(
    "expression",
    [
        "campaign.model_fields",
        "campaign.model_dump()",
        "campaign.model_config",
        "campaign.override",
        "offer.model_copy",
        "spec.utm",
        "campaign.__class__",
        "campaign.channels.append",
    ],
)
def test_only_data_fields_of_records_are_readable(
    workspace: Workspace, campaign: Campaign, expression: str
) -> None:
    path, error = refused(workspace, campaign, "{{ " + expression + " }}")
    (problem,) = error.problems
    assert (problem.file, problem.line) == (path, 2)
    assert problem.message.startswith("not allowed in a template: access to attribute")


def test_data_fields_and_properties_stay_readable(workspace: Workspace, campaign: Campaign) -> None:
    facebook(
        workspace,
        "{{ campaign.locale_tags | join(',') }}|{{ offer.price }}|{{ spec.post_x.max_length }}"
        "|{{ brand.sms.opt_out.get('es') }}"
        "|{{ campaign.locales['es-ES'].message.headline == message.headline }}",
    )
    only_facebook = campaign.model_copy(update={"channels": [Channel.FACEBOOK]})
    (variant,) = Renderer(workspace).render_variants(only_facebook, locales=["es-ES"])
    assert variant.fields["text"] == (
        f"{','.join(campaign.locale_tags)}|{campaign.offer.price}|280|{workspace.brand.sms.opt_out['es']}|True"
    )


def test_an_include_outside_the_folder_names_its_line(workspace: Workspace, campaign: Campaign) -> None:
    path, error = refused(workspace, campaign, "one\n{% include '/etc/passwd' %}")
    (problem,) = error.problems
    assert (problem.file, problem.line) == (path, 3)
    assert problem.message == (
        f"template not found: /etc/passwd (a template can only use files inside {workspace.templates})"
    )


def test_a_link_out_of_the_templates_folder_is_not_followed(
    workspace: Workspace, campaign: Campaign, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET", encoding="utf-8")
    (workspace.templates / "post" / "legal.txt").symlink_to(secret)
    path, error = refused(workspace, campaign, "{% include 'post/legal.txt' %}")
    (problem,) = error.problems
    assert (problem.file, problem.line) == (path, 2)
    assert problem.message.startswith("template not found: post/legal.txt")


# -- every cap, refused at its line before the value is built ------------------------------------


@pytest.fixture
def templates(tmp_path: Path) -> Path:
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder


def render_refused(templates: Path, source: str) -> str:
    """The problem of rendering ``source`` (the payload is on line 2), checked for its place."""
    (templates / "t.txt.j2").write_text("line one\n" + source + "\n", encoding="utf-8")
    tracemalloc.start()
    try:
        with pytest.raises(TemplateError) as info:
            render_template(make_environment(templates), "t.txt.j2", {})
        assert tracemalloc.get_traced_memory()[1] < PEAK_BYTES
    finally:
        tracemalloc.stop()
    (problem,) = info.value.problems
    assert (problem.file, problem.line) == (templates / "t.txt.j2", 2)
    return problem.message


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("{{ [0] * 10**9 }}", "a list of 1,000,000,000 items; a template may build at most 100,000"),
        ("{{ 2 ** (10**9) }}", "this number would have about 300,000,000 digits"),
        ("{% set s = 'x' * 4000000 %}{{ s + s }}", "a text of 8,000,000 characters"),
        ("{% set s = 'x' * 3000000 %}{{ s ~ s }}", "a text of 6,000,000 characters"),
        ("{{ '%999999999d' % 1 }}", "a text of 1,000,000,010 characters"),
        ("{{ '%*d' % (999999999, 1) }}", "write the width of a % format as a number"),
        ("{{ '{:>999999999}'.format(1) }}", "a text of 1,000,000,012 characters"),
        ("{{ 'x' | center(999999999) }}", "a text of 999,999,999 characters"),
        ("{{ 'x'.ljust(999999999) }}", "a text of 999,999,999 characters"),
        ("{% set s = 'x' * 100000 %}{{ s.replace('x', s) }}", "a text of 10,000,000,000 characters"),
        ("{% set s = 'x' * 1000000 %}{{ ([s] * 10000) | join }}", "a text of 10,000,000,000 characters"),
        ("{% set s = 'x' * 1000000 %}{{ ([s] * 1000) | hashtags }}", "a text of 1,000,002,000 characters"),
        ("{{ [1] | batch(10**9, 0) | list }}", "a list of 1,000,000,000 items"),
        ("{{ range(10**6) | length }}", "a list of 1,000,000 items"),
        ("{% for i in range(100000) %}{{ 'x' * 100 }}{% endfor %}", "writes more than 5,000,000 characters"),
        (
            "{% set s = 'y' * 1000000 %}{% set b %}{% for i in range(100) %}{{ s }}{% endfor %}{% endset %}",
            "writes more than 5,000,000 characters",
        ),
        (
            "{% for i in range(1000) %}{% for j in range(1000) %}{% for k in range(1000) %}"
            "{% endfor %}{% endfor %}{% endfor %}",
            "loops ran more than 1,000,000 times",
        ),
    ],
)
def test_each_size_limit_is_a_located_error(templates: Path, source: str, message: str) -> None:
    found = render_refused(templates, source)
    assert found.startswith("too much for a template: ")
    assert message in found


def test_a_recursive_loop_without_end_is_a_located_error(templates: Path) -> None:
    found = render_refused(
        templates,
        "{% set ns = namespace(x=[]) %}{% for i in range(5000) %}{% set ns.x = [ns.x] %}{% endfor %}"
        "{% for a in [ns.x] recursive %}{{ loop(a) }}{% endfor %}",
    )
    assert f"nested more than {MAX_DEPTH} deep" in found


def test_data_nested_too_deeply_to_print_is_a_located_error(templates: Path) -> None:
    found = render_refused(
        templates,
        "{% set ns = namespace(x=[]) %}{% for i in range(100000) %}{% set ns.x = [ns.x] %}{% endfor %}"
        "{{ ns.x }}",
    )
    assert found.startswith("nested too deeply")


def test_brackets_nested_too_deeply_are_a_syntax_error_at_their_line(templates: Path) -> None:
    found = render_refused(templates, "{{ " + "[" * 10000 + "]" * 10000 + " }}")
    assert found == "template syntax error: nested too deeply"


def test_lipsum_is_not_available(templates: Path) -> None:
    assert render_refused(templates, "{{ lipsum(10**6) }}") == "undefined variable: 'lipsum' is undefined"


@pytest.mark.parametrize(
    ("source", "message"),
    [("{{ '%(x)s' % {} }}", "KeyError: 'x'"), ("{{ 'x'.encode('nope') }}", "LookupError: unknown encoding")],
)
def test_python_errors_in_a_template_are_located_errors(templates: Path, source: str, message: str) -> None:
    assert render_refused(templates, source).startswith(message)


def test_an_oversized_template_file_is_refused_at_the_include(templates: Path) -> None:
    (templates / "big.txt.j2").write_bytes(b"x" * 1_000_001)
    found = render_refused(templates, "{% include 'big.txt.j2' %}")
    assert found == (
        f"too much for a template: {templates / 'big.txt.j2'}:"
        " a template file may have at most 1,000,000 bytes"
    )


def test_a_phrase_cannot_pad_itself_to_a_gigabyte(workspace: Workspace, campaign: Campaign) -> None:
    phrases = workspace.templates / "phrases.yaml"
    phrases.write_text(
        phrases.read_text(encoding="utf-8").replace("es:\n", "es:\n  huge: '{end:>999999999}'\n", 1),
        encoding="utf-8",
    )
    path = facebook(workspace, "{{ phrase('huge', end='x') }}")
    assert path.exists()
    only_facebook = campaign.model_copy(update={"channels": [Channel.FACEBOOK]})
    with pytest.raises(
        TemplateError,
        match=r"phrases\.yaml: phrase 'huge' for es-ES: this would make a text of 1,000,000,015",
    ):
        Renderer(workspace).render_variants(only_facebook, locales=["es-ES"])


# -- the CLI: exit 2 with the place, nothing written ----------------------------------------------


def test_studio_render_of_a_hostile_template_exits_2_naming_template_and_line(
    workspace: Workspace, campaign: Campaign, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = facebook(workspace, "ok\n{{ 'x' * 10**9 }}")
    campaign_file = tmp_path / "c.campaign.yaml"
    write_campaign(campaign.model_copy(update={"channels": [Channel.SMS, Channel.FACEBOOK]}), campaign_file)
    out = tmp_path / "out"
    code = main(["render", str(campaign_file), "--workspace", str(workspace.root), "--out", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 2
    assert err == (
        f"{path}:3: too much for a template: this would make a text of 1,000,000,000 characters;"
        " a template may build at most 5,000,000\n"
    )
    assert stdout == ""
    assert not out.exists()
