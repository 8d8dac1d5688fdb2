"""Screenshots of the problems panel on Black Friday's planted mistakes (one waived)."""

from __future__ import annotations

from pathlib import Path

from studio.app import Studio


def screenshot(studio: Studio, out_dir: Path, language: str) -> list[Path]:
    """Build the problems panel on the demo campaign and save its PNG."""
    from studio import clock
    from studio.gui.app import make_application
    from studio.gui.problems import ProblemsPanel
    from studio.lint.pipeline import check_campaign
    from studio.render.variants import Renderer
    from studio.review.workflow import fingerprint
    from studio.storage.repository import Waiver

    app = make_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    stored = studio.repository.get("black-friday-2026")
    check = check_campaign(Renderer(studio.workspace), stored.campaign, now=clock.now(), language=language)
    waived = next(f for f in check.findings if f.rule == "Consistency.Conflict")
    waiver = Waiver(
        1, fingerprint(waived), waived.rule, waived.channel, waived.locale, waived.field, waived.match,
        "Precio de franquicia" if language == "es" else "Franchise price", "lucia", clock.now(),
    )  # fmt: skip
    panel = ProblemsPanel()
    panel.resize(1200, 360)
    panel.set_findings(check.findings, [waiver], check.rule_problems)
    panel.show()
    panel.select_finding(next(f for f in check.findings if f.rule == "CafeAurora.Tuteo"))
    app.processEvents()
    path = out_dir / f"problems-panel-{language}.png"
    panel.grab().save(str(path))
    panel.close()
    return [path]
