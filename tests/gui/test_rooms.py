"""The GUI's rooms stay apart: the application does not reach into the command line, the main
window does not import the application that builds it, and no module of the GUI is too big to read."""

from __future__ import annotations

import ast
import io
from pathlib import Path

from studio.errors import Problem, StudioError
from studio.gui.error_output import MAX_PROBLEMS_PRINTED, print_error

GUI = Path(__file__).resolve().parents[2] / "studio" / "gui"


def _imports(path: Path) -> set[str]:
    """Every module ``path`` imports, at the top or inside a function."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def test_no_gui_module_imports_the_command_line() -> None:
    offenders = {
        str(p.relative_to(GUI)): sorted(m for m in _imports(p) if m.startswith("studio.cli"))
        for p in GUI.rglob("*.py")
    }
    assert {name: mods for name, mods in offenders.items() if mods} == {}


def test_only_the_entry_points_import_the_application() -> None:
    """The application builds the window: nothing it builds imports it back (no cycle)."""
    users = sorted(str(p.relative_to(GUI)) for p in GUI.rglob("*.py") if "studio.gui.app" in _imports(p))
    assert users == []


def test_no_gui_module_over_800_lines() -> None:
    sizes = {
        str(p.relative_to(GUI)): len(p.read_text(encoding="utf-8").splitlines()) for p in GUI.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > 800} == {}


def test_the_gui_error_printer_names_each_problem_then_the_count() -> None:
    problems = [Problem(f"field {i} is wrong", file=Path("kit.yaml"), line=i) for i in range(1, 3)]
    out = io.StringIO()
    print_error(StudioError("the kit is broken", problems=problems), out)
    lines = out.getvalue().splitlines()
    assert lines[:2] == [str(problems[0]), str(problems[1])]
    assert lines[-1] == "studio: 2 problems"
    out = io.StringIO()
    print_error(StudioError("no such workspace"), out)
    assert out.getvalue() == "studio: error: no such workspace\n"
    many = [Problem(f"p{i}", file=Path("f.yaml"), line=i) for i in range(MAX_PROBLEMS_PRINTED + 3)]
    out = io.StringIO()
    print_error(StudioError("many", problems=many), out)
    assert "… and 3 more problems" in out.getvalue()
