"""``tr()`` for widgets built as a chain of layered classes (the main window, the campaign editor).

PySide's ``self.tr()`` looks a string up in the context of the object's own class (``MainWindow``),
while lupdate files it under the class whose code says it (``ListPane``, ``EditorSections``…). Layered
classes override ``tr`` with :func:`translate_in_mro`, which tries each studio class of the object's MRO,
most derived first, so a string finds its translation wherever in the chain it is written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

_NO_CONTEXT = "\x00"  # a context no catalogue has: what Qt returns for a string it cannot translate


def translate_in_mro(obj: object, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The translation of ``source`` in the first class of ``type(obj).__mro__`` that has one."""
    untranslated = QCoreApplication.translate(_NO_CONTEXT, source, disambiguation, n)
    for cls in type(obj).__mro__:
        if not cls.__module__.startswith("studio."):
            continue
        text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
        if text != untranslated:
            return text
    return untranslated
