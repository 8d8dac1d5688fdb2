"""Notes to the team left in the copy, read by their structure (used by
:func:`studio.text.draft_notes.draft_notes`), in every language the studio writes:

- **a bracket whose last clause hands the piece to a colleague**: after a separator (":", "—", ",",
  "+") the clause names who delivers it, by a delivery verb in the third person and a name ("[sticker
  de encuesta — lo monta Irene]", "(cifra: la manda Yesenia)", "(pics — Dana uploads)", "(antes e
  depois — a Jéssica sobe na quinta)"), or by a bare name after a dash ("[carrossel da turma — Léo]");
  round, square and angle brackets alike;
- **a bracket opening a line that describes the picture or clip** the post will carry ("(foto ramo +
  texto de Vale) Para tu…", "[reel de la cancha 3 + caption final]", "(meter aquí foto de la
  camilla)"); a credit ("(Foto: Lola Pérez)", "(photo by @lola)") is left alone;
- **a status in capitals**: opening a bracket ("(PENDIENTE: Caro revisa este dato)", "[TODO: …]"),
  standing alone as a line ("PENDIENTE", "TBD:"), or stating that a part is missing ("FALTA
  TÍTULO:", "FALTA FOTO", "MISSING HEADLINE"); "¡FALTA POCO!" names no part of the copy;
- **a part's name with Xs where its words go**: "Claim XX:", "Headline XXX", "Titular xx" (a Roman
  numeral follows no part's name: "siglo XX");
- **prose between angle brackets**, which no copy and no HTML tag writes ("<cierre con onda, lo
  escribe Juli>"); a tag has no space before its attributes' "=", a link or an address has ":" or "@".

Each reader starts with a cheap test of the characters its shape needs.
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.text.layout_parts import ALL_PARTS

#: a colleague by name ("Irene", "Jéssica", "Ana María"), after an article or not
_NAME = r"(?:(?i:el|la|o|a)\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?"
#: an editor's delivery verbs in the third person: edit, send, upload, write, confirm, approve, shoot,
#: put together, bring (Spanish, Portuguese, English)
_DELIVERS = (
    r"edita|editan|sube|suben|sobe|sobem|manda|mandan|env[ií]a|envian|pasa|passa|cierra|fecha|define"
    r"|confirma|aprueba|aprova|revisa|redacta|redige|escribe|escreve|elige|escolhe|entrega|monta|arma"
    r"|saca|sacan|tira|graba|grava|dise[nñ]a|desenha"
    r"|edits|sends|uploads|approves|writes|picks|shoots|films|confirms|delivers|drafts|designs|adds"
    r"|provides|finishes"
)
#: when the colleague delivers it: a weekday (whole or cut short), a day's word, "on/by/el/na …"
_WHEN = (
    r"(?:\s+(?i:on|by|el|la|en|em|na|no|para|pra|até|ate|hasta|before|antes\s+del?|this|next|este|esta"
    r"|mañana|manana|amanhã|amanha|hoy|hoje|today|tomorrow|tonight|eod|semana|week"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lun|mar|mié|mie|jue|vie|sáb"
    r"|segunda|terça|terca|quarta|quinta|sexta|seg|ter|qua|qui|sex"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
    r"(?![\p{L}])\.?){0,3}"
)
_HANDED = (
    rf"(?:(?i:lo|la|los|las|o|a|os|as|it)\s+)?(?i:{_DELIVERS})\s+{_NAME}"
    rf"|{_NAME}\s+(?:(?i:lo|la|o|a|os|as)\s+)?(?i:{_DELIVERS})(?:\s+(?i:it|them))?"
)
#: after the piece named, the piece taken up by its clitic, then any verb in the third person and
#: who does it: "[mapa — lo monta Irene]", "(cifra: la dibuja Sole)"; alone in brackets it may be
#: copy ("Tarta de queso (la prepara Nico)"), and copy speaks to the reader ("te lo lleva Juan")
_TAKEN_UP = rf"(?i:lo|la|los|las)\s+\p{{Ll}}+[ae]n?\s+{_NAME}"
#: a team the piece may come from ("copy from agency", "waiting on legal")
_TEAM = r"(?i:(?:the\s+)?(?:agency|client|legal|design|marketing|sales|compliance|product))"
#: waiting for a colleague or a team, or the piece coming from one ("waiting on Gil", "esperando a
#: Vero", "aguardando a Bia", "from Ray", "copy from agency")
_WAITED = (
    rf"(?i:waiting\s+(?:on|for)|awaiting|esperando(?:\s+a)?|aguardando|a\s+la\s+espera\s+de)\s+"
    rf"(?:{_NAME}|{_TEAM})"
)
#: the last clause of a bracket (or its only one) hands the piece to a colleague, waits for one, or
#: only names one after a dash
_HANDED_CLAUSE = compiled.pattern(
    rf"(?:(?:^|[:—–|·,+]|\s-)\s*{_HANDED}|(?:[:—–|·,+]|\s-)\s*{_TAKEN_UP}|(?<=[—–]\s*)\p{{Lu}}\p{{Ll}}+"
    rf"|(?<![\p{{L}}]){_WAITED})(?![\p{{L}}]){_WHEN}\s*$",
    regex.VERSION1,
)
#: in square brackets (a slot, never the copy's own aside) the piece coming from a colleague or a
#: team: "[weekly count from Ray]", "[BIG LINE — copy from agency]"; "(recipe from Grandma Rose)" is copy
_FROM_CLAUSE = compiled.pattern(
    rf"(?<![\p{{L}}])(?i:from|de\s+parte\s+de)\s+(?:{_NAME}|{_TEAM})(?![\p{{L}}]){_WHEN}\s*$", regex.VERSION1
)
_BRACKETS = compiled.pattern(
    r"\(([^()\n]{3,120})\)|\[([^\[\]\n]{3,120})\]|<([^<>\n]{3,120})>", regex.VERSION1
)

#: what a post shows besides its words (pictures, clips, stickers) and the words put on it
_MEDIA = (
    r"fotos?|photos?|pics?|pictures?|im[aá]genes|imagen|imagem|imagens|images?|v[ií]deos?|reels?|clips?"
    r"|carrusel|carrossel|carousel|stories|story|stickers?|gifs?|mockups?|renders?|capturas?|prints?"
)
#: a credit: the media's label, then its author ("Foto: Lola Pérez", "photo by @lola", "foto de @lola")
_CREDIT = compiled.pattern(
    rf"^\s*(?i:{_MEDIA})\s*(?::|(?i:by|de|por|da|do|cortes[ií]a\s+de|courtesy\s+of))\s*"
    r"(?:@[\w.]+|\p{Lu}[\p{L}.'’ -]*)\s*$",
    regex.VERSION1,
)
_MEDIA_WORD = compiled.pattern(rf"(?<![\p{{L}}])(?i:{_MEDIA})(?![\p{{L}}])", regex.VERSION1)
#: a bracket at a line's opening, after symbols or emoji at most
_LINE_BRACKET = compiled.pattern(
    r"(?:^|(?<=\n))[^\p{L}\p{N}\n()\[\]<]{0,6}(\(([^()\n]{3,120})\)|\[([^\[\]\n]{3,120})\])", regex.VERSION1
)

#: a status an editor writes in capitals ("PENDIENTE", "TODO", "TBD", "A DEFINIR")
_STATUS = (
    r"PENDIENTES?|PENDENTES?|PENDING|TBD|TBC|TK|A\s+DEFINIR|POR\s+DEFINIR|A\s+CONFIRMAR"
    r"|POR\s+CONFIRMAR|EN\s+REVISI[OÓ]N|EM\s+REVIS[AÃ]O|DRAFT|BORRADOR|RASCUNHO|WIP"
)
_STATUS_IN_BRACKET = compiled.pattern(rf"[(\[]\s*(?:{_STATUS}|TODO|TO\s+DO)\s*[:—–-]", regex.VERSION1)
_STATUS_LINE = compiled.pattern(
    rf"(?:^|(?<=\n))[^\S\n]*(?:{_STATUS})[^\S\n]*[:—–-]?[^\S\n]*(?=\n|$)", regex.VERSION1
)
_LOOSE = {"a": "[aáàâã]", "e": "[eéê]", "i": "[ií]", "o": "[oóôõ]", "u": "[uúü]", "c": "[cç]", "n": "[nñ]"}
#: the parts' names, matching with or without their accents ("título", "TITULO")
_PARTS = "|".join(
    "".join(_LOOSE.get(c, regex.escape(c)) for c in w) for w in sorted(ALL_PARTS, key=lambda w: (-len(w), w))
)
#: a part of the copy said to be missing ("FALTA TÍTULO", "FALTAN FOTOS", "MISSING HEADLINE")
_MISSING_PART = compiled.pattern(
    rf"(?<![\p{{L}}])(?:FALTAN?(?:\s+(?:EL|LA|LOS|LAS|O|A|OS|AS))?|MISSING)\s+(?:(?i:{_PARTS}|{_MEDIA}))(?![\p{{L}}])",
    regex.VERSION1,
)
#: a part's name with Xs for its words ("Claim XX", "Headline XXX", "Titular xx")
_PART_XS = compiled.pattern(rf"(?<![\p{{L}}])(?i:{_PARTS})\s+(?:XX+|xx+)(?![\p{{L}}\p{{N}}])", regex.VERSION1)
#: prose between angle brackets: words with spaces, no "=", "/", ":" or "@" (a tag, a link, an address)
_ANGLED_PROSE = compiled.pattern(r"<\p{L}[^<>=/:@\n]*\s[^<>=/:@\n]*\p{L}[^<>=/:@\n]*>", regex.VERSION1)


def _bracket_notes(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _BRACKETS.finditer(text):
        inside = m.group(1) or m.group(2) or m.group(3) or ""
        if _HANDED_CLAUSE.search(inside) or (m.group(2) and _FROM_CLAUSE.search(inside)):
            out.append(m.span())
    for m in _LINE_BRACKET.finditer(text):
        inside = m.group(2) or m.group(3) or ""
        if _MEDIA_WORD.search(inside) and not _CREDIT.search(inside):
            out.append(m.span(1))
    return out


def team_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the notes to the team this module reads (see the module's docstring)."""
    out: list[tuple[int, int]] = []
    if "(" in text or "[" in text or "<" in text:
        out.extend(_bracket_notes(text))
    if "<" in text:
        out.extend(m.span() for m in _ANGLED_PROSE.finditer(text))
    if any(c.isupper() for c in text):
        if "(" in text or "[" in text:
            out.extend(m.span() for m in _STATUS_IN_BRACKET.finditer(text))
        out.extend(m.span() for m in _STATUS_LINE.finditer(text) if m.group().strip())
        out.extend(m.span() for m in _MISSING_PART.finditer(text))
    if "xx" in text.casefold():
        out.extend(m.span() for m in _PART_XS.finditer(text))
    return out
