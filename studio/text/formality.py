"""How a text addresses its reader: tú / usted / vos in Spanish, tu / vous, du / Sie.

Detection is by high-precision markers only — pronouns that can only mean the reader and the
imperative/subjunctive forms of the verbs marketing copy uses ("pide", "pida", "pedí") — so that
third-person text ("su café", "le gusta") is not taken for "usted". Each marker found keeps its
span, so a finding can underline the exact words.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import regex

#: register → marker words/phrases, per language. Data, to be extended as copy teaches us.
MARKERS: dict[str, dict[str, tuple[str, ...]]] = {
    "es": {
        "tú": (
            "tú",
            "ti",
            "contigo",
            "te esperamos",
            "te invitamos",
            "te regalamos",
            "te ofrecemos",
            "para ti",
            "disfruta",
            "descubre",
            "pide",
            "prueba",
            "visita",
            "ven",
            "haz",
            "compra",
            "aprovecha",
            "reserva",
            "llama",
            "escribe",
            "consulta",
            "descarga",
            "recoge",
            "elige",
            "date",
            "regálate",
            "únete",
            "no te lo pierdas",
            "no te pierdas",
            "tienes",
            "puedes",
            "quieres",
            "estás",
            "eres",
        ),
        "usted": (
            "usted",
            "le esperamos",
            "le invitamos",
            "le regalamos",
            "le ofrecemos",
            "para usted",
            "disfrute",
            "descubra",
            "pida",
            "pruebe",
            "visite",
            "venga",
            "haga",
            "compre",
            "aproveche",
            "reserve",
            "llame",
            "escriba",
            "consulte",
            "descargue",
            "recoja",
            "elija",
            "dese",
            "regálese",
            "únase",
            "no se lo pierda",
            "no se pierda",
            "visítenos",
        ),
        "vos": (
            "vos",
            "disfrutá",
            "descubrí",
            "pedí",
            "probá",
            "visitá",
            "vení",
            "hacé",
            "comprá",
            "aprovechá",
            "reservá",
            "llamá",
            "escribí",
            "consultá",
            "descargá",
            "elegí",
            "tenés",
            "podés",
            "querés",
            "sos",
        ),
    },
    "fr": {
        "tu": ("tu", "toi", "ton", "ta", "tes", "profite", "découvre", "commande", "viens"),
        "vous": ("vous", "votre", "vos", "profitez", "découvrez", "commandez", "venez"),
    },
    "de": {
        "du": ("du", "dich", "dir", "dein", "deine", "deinen", "hol dir", "entdecke", "bestelle"),
        "Sie": ("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "entdecken Sie", "bestellen Sie"),
    },
    "pt": {
        "você": ("você", "seu pedido", "aproveite", "descubra", "peça", "venha"),
        "tu": ("tu", "teu", "tua", "aproveita", "descobre", "pede", "vem"),
    },
}

#: registers whose markers are case-sensitive (German "Sie" vs "sie")
_CASED = {"Sie"}


@dataclass(frozen=True)
class Marker:
    register: str
    start: int
    end: int
    text: str


@lru_cache(maxsize=16)
def _patterns(language: str) -> list[tuple[str, regex.Pattern[str]]]:
    out = []
    for register, words in MARKERS.get(language, {}).items():
        alternation = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
        flags = regex.VERSION1 | (0 if register in _CASED else regex.IGNORECASE)
        out.append((register, regex.compile(rf"(?<![\p{{L}}])(?:{alternation})(?![\p{{L}}])", flags)))
    return out


def formality_markers(text: str, language: str) -> list[Marker]:
    """Every marker of a register in ``text``, in text order (overlaps resolved longest first).

    Paragraphs are read (and cached) one by one, so editing one paragraph re-reads only it.
    """
    out: list[Marker] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        for m in _markers(paragraph, language):
            out.append(Marker(m.register, m.start + offset, m.end + offset, m.text) if offset else m)
        offset += len(paragraph) + 2
    return out


@lru_cache(maxsize=4096)
def _markers(text: str, language: str) -> tuple[Marker, ...]:
    found: list[Marker] = []
    taken: list[tuple[int, int]] = []
    candidates = [
        (m.start(), m.end(), register)
        for register, pattern in _patterns(language)
        for m in pattern.finditer(text)
    ]
    for start, end, register in sorted(candidates, key=lambda c: (-(c[1] - c[0]), c[0])):
        if any(start < b and a < end for a, b in taken):
            continue
        # German "Sie" at a sentence start is ambiguous (she/they); skip it
        if register == "Sie" and (start == 0 or text[:start].rstrip().endswith((".", "!", "?", "\n"))):
            continue
        taken.append((start, end))
        found.append(Marker(register, start, end, text[start:end]))
    return tuple(sorted(found, key=lambda m: m.start))


def dominant_register(texts: list[str], language: str) -> str | None:
    """The register most markers across ``texts`` use, or None when there are none."""
    counts = Counter(m.register for t in texts for m in formality_markers(t, language))
    return counts.most_common(1)[0][0] if counts else None
