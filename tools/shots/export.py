"""Screenshots of the export dialog: the form, and the summary after exporting the demo campaigns."""

from __future__ import annotations

import tempfile
from pathlib import Path

from studio.app import Studio


def screenshot(studio: Studio, out_dir: Path, language: str) -> list[Path]:
    """Build the export dialog on the demo campaigns and save its PNGs (the interface language is
    whatever translators the caller installed; ``language`` names the files)."""
    from studio.gui import tasks
    from studio.gui.app import make_application
    from studio.gui.export_dialog import ExportDialog

    app = make_application()  # the running one

    keys = sorted(s.key for s in studio.repository.list_campaigns())
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="studio-export-shot-") as folder:
        dialog = ExportDialog(studio, keys)
        dialog.folder.setText(str(Path(folder) / "exports"))
        dialog.resize(760, 560)
        dialog.show()
        app.processEvents()
        form = out_dir / f"export-dialog-{language}.png"
        dialog.grab().save(str(form))
        paths.append(form)
        # A quick real export (SMS in es-ES only) to show the summary: one campaign is refused.
        for channel, box in dialog.channel_boxes.items():
            box.setChecked(channel == "sms")
        for tag, box in dialog.locale_boxes.items():
            box.setChecked(tag == "es-ES")
        was = tasks._synchronous
        tasks.set_synchronous(True)
        try:
            dialog.start()
        finally:
            tasks.set_synchronous(was)
        app.processEvents()
        done = out_dir / f"export-dialog-summary-{language}.png"
        dialog.grab().save(str(done))
        paths.append(done)
        dialog.close()
    return paths
