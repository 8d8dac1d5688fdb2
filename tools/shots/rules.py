"""Screenshots of the rules browser on the demo brand kit (and one broken rule file, in a copy)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from studio.app import Studio


def screenshot(studio: Studio, out_dir: Path, language: str) -> list[Path]:
    """Build the rules browser on the studio's workspace and save its PNGs."""
    from studio.gui.app import make_application
    from studio.gui.rules_browser import RulesBrowser
    from studio.workspace import Workspace

    app = make_application()  # the running one

    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    browser = RulesBrowser(studio.workspace)
    browser.resize(1200, 720)
    browser.show()
    browser.select_rule("CafeAurora.Tuteo")
    app.processEvents()
    path = out_dir / f"rules-browser-{language}.png"
    browser.grab().save(str(path))
    paths.append(path)
    browser.close()
    with tempfile.TemporaryDirectory(prefix="studio-rules-shot-") as folder:
        shutil.copytree(studio.workspace.brand_rules, Path(folder) / "brand_rules")
        (Path(folder) / "brand_rules" / "Core" / "Broken.yml").write_text(
            "extends: existence\nmessage: 'Evita «%s»'\nlevel: warning\ntokens: [\n  - gratis\n",
            encoding="utf-8",
        )
        broken = RulesBrowser(Workspace(Path(folder)))
        broken.resize(1200, 720)
        broken.show()
        broken.select_rule("Core.Broken")
        app.processEvents()
        path = out_dir / f"rules-browser-broken-{language}.png"
        broken.grab().save(str(path))
        paths.append(path)
        broken.close()
    return paths
