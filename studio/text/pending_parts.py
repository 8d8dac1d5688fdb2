"""Parts of the copy left to write, read by their shape (used by :func:`studio.text.draft_notes.draft_notes`):

- **a part's name with its status in brackets**: "TITULAR CARTEL (pendiente)", "Foto portada [TBD]",
  "Headline (to come)", "Legenda (a definir)": the name of a layout part (:mod:`studio.text.layout_parts`),
  up to three words more, then a bracket that holds a status alone; "Precio (IVA incluido)" holds
  no status, and a status after any other word ("Sede: Palermo (a confirmar)") is the reader's news;
- **a part's name in capitals alone on its line**: "TITULAR AFICHE", "FOTO PORTADA", "CTA",
  "COPY BANNER (pendiente Ana)": one to three words in capitals, each the name of a layout part or
  of the piece it sits in (afiche, cartel, banner, portada…), a bracketed note after them at most;
  a line with any other word ("LINK EN BIO", "PRECIO ÚNICO") is copy;
- **a quoted or bracketed title that is a generic noun and an X**: «CANCIÓN X», "[PRODUCTO X]",
  “canción X”: the name still to choose; the X alone, after words of three letters or more all in
  capitals or all in lower case, inside quotes or brackets that hold nothing else (a name is
  capitalised: «Malcolm X»; "rayos X" outside quotes is no title);
- **journalists' "TK"** ("to come") standing for a word or a figure: "TK" or "TKTK" in capitals
  alone, between lower-case words, numbers or stops ("at TK p.m.", "con TK invitados"); before a
  capitalised word it is a name's part ("TK Maxx"), and a handle, a hashtag or a code holds it in a
  word.
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.text.layout_parts import ALL_PARTS

_LOOSE = {"a": "[aáàâã]", "e": "[eéê]", "i": "[ií]", "o": "[oóôõ]", "u": "[uúü]", "c": "[cç]", "n": "[nñ]"}
_PARTS = "|".join(
    "".join(_LOOSE.get(c, regex.escape(c)) for c in w) for w in sorted(ALL_PARTS, key=lambda w: (-len(w), w))
)
#: a status alone in a bracket
_STATUS = (
    r"pendientes?|pendentes?|pending|tbd|tbc|tk|to\s+come|a\s+definir|por\s+definir|a\s+confirmar|por\s+confirmar"
    r"|to\s+be\s+confirmed|por\s+escribir|a\s+escrever|em\s+aberto|en\s+blanco|sin\s+definir|falta|faltante"
)
_PART_PENDING = compiled.pattern(
    rf"(?<![\p{{L}}\p{{N}}])(?i:{_PARTS})(?:[^\S\n]+[\p{{L}}\p{{N}}]+){{0,3}}[^\S\n]*"
    rf"[(\[][^\S\n]*(?i:{_STATUS})[^\S\n]*[)\]]",
    regex.VERSION1,
)
#: the pieces a part sits in, and the words naming which part ("pie de foto", "foto portada")
_PIECES = frozenset(
    [
        "afiche",
        "cartel",
        "banner",
        "poster",
        "flyer",
        "volante",
        "pieza",
        "post",
        "story",
        "reel",
        "mailing",
        "email",
        "portada",
        "principal",
        "pie",
        "secundario",
        "secundaria",
        "header",
        "footer",
        "hero",
    ]
)
_CAPS_LINE = compiled.pattern(
    r"(?m)^[^\S\n]*(?P<slot>\p{Lu}+(?:[^\S\n]+\p{Lu}+){0,2})[^\S\n]*(?:[(\[][^)\]\n]*[)\]])?[^\S\n]*$",
    regex.VERSION1,
)
_TWO_CAPITALS = compiled.pattern(r"\p{Lu}\p{Lu}", regex.VERSION1)
_FOLD = str.maketrans("áéíóúüñç", "aeiouunc")


def _names_a_part(words: str) -> bool:
    folded = [w.casefold().translate(_FOLD) for w in words.split()]
    return any(w in ALL_PARTS for w in folded) and all(w in ALL_PARTS or w in _PIECES for w in folded)


#: a generic noun and an X, alone inside quotes or brackets
_NOUN_X = compiled.pattern(
    r"(?:«[^\S\n]*|“[^\S\n]*|\"[^\S\n]*|\[[^\S\n]*)(?P<slot>(?:\p{Lu}{3,}(?:[^\S\n]+\p{Lu}{2,}){0,2}"
    r"|\p{Ll}{3,}(?:[^\S\n]+\p{Ll}{2,}){0,2})[^\S\n]+X{1,3})"
    r"[^\S\n]*(?:»|”|\"|\])",
    regex.VERSION1,
)
_TK = compiled.pattern(
    r"(?<![\p{L}\p{N}@#/_.&-])(?:TK)+(?![\p{L}\p{N}_&/-])(?![^\S\n]+\p{Lu})", regex.VERSION1
)


def pending_parts(text: str) -> list[tuple[int, int]]:
    """Spans of the parts left to write this module reads (see the module's docstring)."""
    out: list[tuple[int, int]] = []
    if "(" in text or "[" in text:
        out.extend(m.span() for m in _PART_PENDING.finditer(text))
    if "X" in text:
        out.extend(m.span("slot") for m in _NOUN_X.finditer(text))
    if _TWO_CAPITALS.search(text):
        out.extend(m.span() for m in _CAPS_LINE.finditer(text) if _names_a_part(m.group("slot")))
    if "TK" in text:
        out.extend(m.span() for m in _TK.finditer(text))
    return out
