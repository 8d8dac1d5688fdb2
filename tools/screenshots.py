"""Screenshots of the studio's main views in English and Spanish (``make screenshots``).

Runs offscreen on a temporary database seeded with the workspace's demo campaigns and writes
PNGs into docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = tempfile.mkdtemp(prefix="studio-shots-")
    os.environ["STUDIO_HOME"] = home
    os.environ.pop("STUDIO_DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))

    from PySide6.QtWidgets import QApplication

    from studio.app import open_studio
    from studio.gui.app import install_translations, make_application
    from studio.gui.main_window import MainWindow

    app = make_application()
    studio = open_studio()
    OUT.mkdir(parents=True, exist_ok=True)
    for language in ("en", "es"):
        translators = install_translations(app, language)
        window = MainWindow(studio)
        window.resize(1280, 800)
        window.show()
        model = window.model
        row = next(r for r in range(model.rowCount()) if model.summary(r).key == "black-friday-2026")
        window.table.selectRow(row)
        QApplication.processEvents()
        path = OUT / f"main-window-{language}.png"
        window.grab().save(str(path))
        print(f"wrote {path.relative_to(ROOT)}")
        window.close()
        for translator in translators:
            app.removeTranslator(translator)
    studio.close()


if __name__ == "__main__":
    main()
