"""Keep the interface translations in step with the code.

    .venv/bin/python tools/translate.py update            # collect tr() strings (lupdate), compile (.qm)
    .venv/bin/python tools/translate.py fill FILE.tsv     # add Spanish translations, then compile
    .venv/bin/python tools/translate.py missing           # Spanish strings still to translate

A fill file has one string a line: ``context<TAB>source<TAB>translation``. Sources and translations
write a newline as ``\\n`` and a tab as ``\\t``. For a ``%n`` plural source the translation gives the
singular and plural forms separated by `` | ``. English needs no fill: its plural forms come from the
source (``campaign(s)`` → ``campaign`` / ``campaigns``) when ``update`` runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "studio" / "gui" / "i18n"
BIN = Path(sys.executable).parent
FILES = {"es": I18N / "studio_es.ts", "en": I18N / "studio_en.ts"}


def _sources() -> list[str]:
    gui = ROOT / "studio" / "gui"
    return sorted(os.path.relpath(p, I18N) for p in gui.rglob("*.py"))


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    tree.write(path, encoding="utf-8", xml_declaration=True)


def _english_plurals() -> None:
    tree = ET.parse(FILES["en"])
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        singular = re.sub(r"\((\w+)\)", "", source)
        plural = re.sub(r"\((\w+)\)", r"\1", source)
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for old in list(translation):
            translation.remove(old)
        for text in (singular, plural):
            ET.SubElement(translation, "numerusform").text = text
    _write(tree, FILES["en"])


def release() -> None:
    subprocess.run(
        [str(BIN / "pyside6-lrelease"), *(str(p) for p in FILES.values())], check=True, capture_output=True
    )


def update() -> None:
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), *_sources(), "-no-obsolete", "-ts", *(p.name for p in FILES.values())],
        cwd=I18N,
        check=True,
        capture_output=True,
    )
    _english_plurals()
    release()


def _unescape(text: str) -> str:
    return text.replace("\\n", "\n").replace("\\t", "\t")


def fill(tsv: Path) -> None:
    wanted: dict[tuple[str, str], str] = {}
    for number, line in enumerate(tsv.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            sys.exit(f"{tsv}:{number}: expected context<TAB>source<TAB>translation")
        wanted[(parts[0], _unescape(parts[1]))] = _unescape(parts[2])
    tree = ET.parse(FILES["es"])
    used: set[tuple[str, str]] = set()
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "")
            if key not in wanted:
                continue
            used.add(key)
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            for old in list(translation):
                translation.remove(old)
            if message.get("numerus") == "yes":
                translation.text = None
                for form in wanted[key].split(" | "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted[key]
    _write(tree, FILES["es"])
    release()
    for context, source in sorted(set(wanted) - used):
        print(f"not in the code (run update first?): {context}: {source!r}", file=sys.stderr)


def missing() -> int:
    count = 0
    for context in ET.parse(FILES["es"]).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                source = (message.findtext("source") or "").replace("\n", "\\n")
                print(f"{name}\t{source}\t")
                count += 1
    return count


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["fill"] and len(argv) == 2:
        fill(Path(argv[1]))
        return 0
    if argv[:1] == ["missing"]:
        return 1 if missing() else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
