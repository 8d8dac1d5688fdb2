"""Slots left open in the copy, read by their shape (used by :func:`studio.text.draft_notes.draft_notes`):

- **an amount left open** beside its currency sign: question marks or brackets where the number goes
  ("¿¿?? €", "$[confirm w/ Dale]", "R$ [valor]", "[precio] €", "US$ ???"); "18 € (IVA incluido)",
  "10 € [IVA incluido]" and "$25 (tax included)" have their number;
- **a list's item that is all status**: "1. (pendiente), 2. (pendiente)", "- [TBD]", "• (a definir)";
- **a colleague who delivers the piece before it**, alone in brackets: "(lo edita Memo)", "[la sube
  Nico]", "(Bia manda)"; the verbs are an editor's (edit, send, upload, approve), not a cook's or a
  host's ("Tarta de queso (la prepara Nico)" is copy);
- **a slot named in brackets**: "(acá va el carrusel de la finca)", "[here goes the team photo]",
  "(aqui vai a foto)"; in brackets "here goes" is never the copy's own presentation;
- **a question of who delivers a piece**, labelled: "[firma: ¿quién manda el mail?]", "(foto: who
  sends it?)"; a quiz's question ("(Pista: ¿quién canta esto?)") asks no colleague's task;
- **a colleague's pending task** in brackets: "[Marcus still needs to pick the photos]", "(Lu todavía
  tiene que mandar el texto)", "(a Bia ainda precisa aprovar)";
- **a length brief** in brackets beside a part: "[chamada curta — até 6 palavras]", "(headline: max
  40 characters)"; "(máx. 200 palabras)" alone is the reader's instruction;
- **a name's field in capitals**: "NOME DO INSTRUTOR", "NOMBRE DEL GANADOR", "FIRST NAME", "LAST
  NAME OF THE GUEST";
- **question marks standing for a word**: two or more, alone between spaces, before a lower-case
  word or a number ("tanque de ?? litros", "served ??? homes", "até ?? de maio"); an emphatic
  question glues them to its last word ("¿En serio??");
- **a note between arrows that point at it**: ">>> acá va el banner <<<", "--> foto do Caio <--",
  "==> check the date <=="; arrows pointing away ("<< Anterior | Siguiente >>") are navigation;
- **a colleague to ask, in brackets**: the verb of asking or checking and a person's name ("[# homes
  - ask Travis]", "(preguntar a Jorge)", "(confirmar con Cami)", "[checar com a Bia]", "(check w/
  Dale)"); asking *for* someone ("ask for Travis at the desk", "pregunta por Marta") and asking the
  reader's own people ("consulta con tu médico") are copy;
- **a count to fill in brackets**: a number sign, a space and what is counted ("[# homes]", "(# de
  plazas)"); a hashtag or a rank ("[#1 en ventas]") has no space;
- **a word in doubled question marks inside a sentence**, where a figure goes ("tenés ¿¿cuántos??
  días", "un ¿¿cifra?? % menos"); an emphatic question opens its sentence ("¿¿En serio?? Sí");
- **a note addressed to the team** in brackets: "(nota para Cami: achicar el logo)", "(note to
  self: swap the photo)", "[nota interna: …]", "(lembrete pra Bia: …)"; a reminder to the reader
  ("(Recordatorio: traé tu toalla)") names nobody;
- **a merge tag of doubled signs**: "@@nome@@", "##first_name##" (not the tool's own links,
  "##unsubscribe##");
- **a phone number masked** with one digit repeated: "0000-0000", "000-000-0000", "(555) 555-5555".
"""

from __future__ import annotations

import regex

from studio import compiled
from studio.text.layout_parts import ALL_PARTS

#: the currency signs the studio's locales write (CLDR's narrow and standard symbols)
_SIGN = r"(?:R\$|US\$|COL\$|AR\$|MX\$|\$|€|£|EUR|USD|BRL|MXN|ARS|COP)"
#: where the number should be: two or more question marks, or words in square brackets (braces are
#: the studio's own fields, which it fills)
_OPEN = r"(?:[¿?]*\?[¿?]*\?[¿?]*|\[[^\[\]\n\d]{1,40}\])"
_AMOUNT_OPEN = compiled.pattern(
    rf"(?<![\p{{L}}\p{{N}}])(?<![\p{{N}}][^\S\n]?)(?:{_SIGN}[^\S\n]?{_OPEN}|{_OPEN}[^\S\n]?{_SIGN})"
    r"(?![\p{L}\p{N}])",
    regex.VERSION1,
)
#: a status standing for the whole item ("pendiente", "TBD", "a definir", "por confirmar", "TK")
_STATUS = (
    r"pendientes?|pendentes?|pending|tbd|tbc|tk|a\s+definir|por\s+definir|a\s+confirmar|por\s+confirmar"
    r"|to\s+be\s+confirmed|to\s+come|por\s+escribir|a\s+escrever|em\s+aberto|en\s+blanco"
)
_STATUS_ITEM = compiled.pattern(
    rf"(?:^|(?<=\d[.)][^\S\n]*)|(?<=^[^\S\n]*[-•*·][^\S\n]*))[(\[]\s*(?i:{_STATUS})(?:\s*:[^()\[\]\n]{{0,60}})?\s*[)\]]",
    regex.VERSION1 | regex.MULTILINE,
)
#: an editor's delivery verbs in the third person ("edita", "sube", "manda", "aprueba", "edits")
_DELIVERS = (
    r"edita|editan|sube|suben|sobe|manda|mandan|env[ií]a|pasa|passa|cierra|define|confirma|aprueba|aprova"
    r"|revisa|redacta|redige|escribe|escreve|elige|escolhe|entrega|edits|sends|uploads|approves|writes|picks"
)
_NAME = r"\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?"
_WHO_DELIVERS = compiled.pattern(
    rf"[(\[]\s*(?:(?:(?i:lo|la|los|las|o|a|os|as)\s+)?(?i:{_DELIVERS})\s+(?:(?i:el|la|o|a)\s+)?{_NAME}"
    rf"|{_NAME}\s+(?:(?i:lo|la|o|a)\s+)?(?i:{_DELIVERS}))\s*[)\]]",
    regex.VERSION1,
)
_SLOT_IN_BRACKETS = compiled.pattern(
    r"[(\[]\s*(?i:aqu[ií]|ac[aá]|here)\s+(?i:va|van|vai|v[aã]o|ir[aá]|goes|go|will\s+go)\s+[^()\[\]\n]{2,80}[)\]]",
    regex.VERSION1,
)
_WHO_QUESTION = compiled.pattern(
    rf"[(\[]\s*\p{{L}}+(?:\s\p{{L}}+)?\s*[:—–]\s*¿?(?i:qui[eé]n|quem|who)\s+(?:(?i:lo|la|o|a|will)\s+)?"
    rf"(?i:{_DELIVERS}|send|write|approve|pick|sign|firma|assina)(?![\p{{L}}])[^()\[\]\n]{{0,60}}\?\s*[)\]]",
    regex.VERSION1,
)
_TASK_VERBS = (
    r"pick|choose|send|write|approve|confirm|edit|shoot|upload|finish|review|check|elegir|escoger|mandar|enviar"
    r"|escribir|aprobar|confirmar|editar|subir|revisar|terminar|escolher|escrever|aprovar|sacar|tirar|grabar|gravar"
)
_PENDING_TASK = compiled.pattern(
    rf"[(\[][^()\[\]\n]{{0,40}}?(?<![\p{{L}}]){_NAME}\s+(?:(?i:still|todav[ií]a|a[uú]n|ainda)\s+)?"
    rf"(?i:needs?\s+to|has\s+to|have\s+to|tiene\s+que|tienen\s+que|tem\s+que|tem\s+de|precisa)\s+(?i:{_TASK_VERBS})"
    r"(?![\p{L}])[^()\[\]\n]{0,60}[)\]]",
    regex.VERSION1,
)
_PARTS = "|".join(sorted(ALL_PARTS, key=lambda w: (-len(w), w)))
_LENGTH_BRIEF = compiled.pattern(
    rf"[(\[][^()\[\]\n]{{0,30}}?(?<![\p{{L}}])(?i:{_PARTS})(?![\p{{L}}])[^()\[\]\n]{{0,20}}?\s*(?::|—|–|-|,)\s*"
    r"(?i:at[eé]|hasta|up\s+to|m[aá]x\.?|m[aá]ximo|maximum|no\s+m[aá]s\s+de|no\s+more\s+than|under|menos\s+de)"
    r"\s*\d+\s*(?i:palabras|palavras|words|caracteres|characters|chars|letras|l[ií]neas|linhas|lines)\s*[)\]]",
    regex.VERSION1,
)
#: a name's field in capitals: the word for "name", then what it names ("NOME DO INSTRUTOR")
_NAME_FIELD_CAPS = compiled.pattern(
    r"(?<![\p{L}\p{N}])(?:(?:FIRST|LAST|FULL)\s+NAME|(?:NOMBRE|NOME|APELLIDO|SOBRENOME)"
    r"\s+(?:DEL?|DA|DO|DOS|DAS|LA|LOS|LAS)\s+\p{Lu}{3,}|NAME\s+OF\s+(?:THE\s+)?\p{Lu}{3,})(?![\p{L}\p{N}])",
    regex.VERSION1,
)

_MARKS_FOR_A_WORD = compiled.pattern(r"(?<!\S)[¿?]*\?[¿?]*\?[¿?]*(?=[^\S\n]+[\p{Ll}\p{N}])", regex.VERSION1)
_ARROW_NOTE = compiled.pattern(
    r"(?:>{2,}|={1,2}>|-{1,2}>)[^\S\n]*[^<>\n]{2,80}?[^\S\n]*(?:<{2,}|<={1,2}|<-{1,2})", regex.VERSION1
)
#: asking or checking with a colleague, then the colleague's name ("ask Travis", "preguntar a Jorge")
_ASK = (
    r"ask|check\s+(?:with|w/)|confirm\s+(?:with|w/)|verify\s+(?:with|w/)"
    r"|preguntar(?:le)?\s+a|consultar(?:lo|la)?\s+con|confirmar(?:lo|la)?\s+con|chequear(?:lo|la)?\s+con"
    r"|checar(?:lo|la)?\s+(?:con|com)|verificar(?:lo|la)?\s+(?:con|com)|ver(?:lo|la)?\s+(?:con|com)"
    r"|perguntar\s+(?:a|ao|à|pro|pra)|confirmar\s+com|consultar\s+(?:o|a)"
)
_ASK_COLLEAGUE = compiled.pattern(
    rf"[(\[][^()\[\]\n]{{0,60}}?(?<![\p{{L}}])(?i:{_ASK})\s+(?:(?i:el|la|o|a)\s+)?{_NAME}(?![\p{{L}}])"
    r"[^()\[\]\n]{0,40}[)\]]",
    regex.VERSION1,
)
_COUNT_TO_FILL = compiled.pattern(r"[(\[][^\S\n]*#{1,3}[^\S\n]+\p{L}[^()\[\]\n]{0,60}[)\]]", regex.VERSION1)
_DOUBLED_MARKS_WORD = compiled.pattern(
    r"(?<=\p{L}[^\S\n]+)¿¿\p{L}+\?\?(?=[^\S\n]+[\p{Ll}\p{N}%])", regex.VERSION1
)
#: who on the team a note is for: the writer, the team, a trade ("el equipo de diseño", "the design team")
_TEAM = (
    r"self|m[ií]|mim|(?:(?:el|la|los|o|a|os|the)\s+)?(?:\p{Ll}+\s+)?"
    r"(?:equipo|equipe|time|team|dise[ñn]o|design|designer|dise[ñn]adora?|arte|art|imprenta|gr[aá]fica|printer)"
)
_NOTE_TO_TEAM = compiled.pattern(
    rf"[(\[][^\S\n]*(?i:notas?|notes?|memo|lembrete|recordatorio|reminder)[^\S\n]+"
    rf"(?:(?i:interna|interno|internal)|(?i:para|pra|to|for|p/)[^\S\n]+(?:(?:(?i:el|la|o|a|the)[^\S\n]+)?{_NAME}"
    rf"|(?i:{_TEAM})))(?![\p{{L}}])[^\S\n]*(?:(?i:de|do|da)[^\S\n]+\p{{L}}+[^\S\n]*)?[:—–-]"
    r"[^()\[\]\n]{1,80}[)\]]",
    regex.VERSION1,
)
#: (``%%…%%`` is read with the mail tools' tags, :mod:`studio.text.slots`, which knows their own links)
_MERGE_TAG = compiled.pattern(r"(@@|##)[^\S\n]?\p{L}[\p{L}\p{N}_.]{0,30}[^\S\n]?\1", regex.VERSION1)
#: a tag of the mail tool's own links (unsubscribe, preferences), which the tool fills itself
_OWN_LINK = compiled.pattern(r"(?i:unsub|optout|opt_out|baja|preferenc|profile|webversion)")
_MASKED_PHONE = compiled.pattern(
    r"(?<![\p{N}\p{L}])(?:\((\d)\1{2}\)[^\S\n]?)?(\d)\2{2,4}(?:[- .]\2{2,4}){1,2}(?![\p{N}\p{L}])",
    regex.VERSION1,
)

_BRACKETED = (
    _STATUS_ITEM,
    _WHO_DELIVERS,
    _SLOT_IN_BRACKETS,
    _WHO_QUESTION,
    _PENDING_TASK,
    _LENGTH_BRIEF,
    _ASK_COLLEAGUE,
    _COUNT_TO_FILL,
    _NOTE_TO_TEAM,
)


def open_slots(text: str) -> list[tuple[int, int]]:
    """Spans of the slots this module reads (see the module's docstring)."""
    out: list[tuple[int, int]] = []
    if "?" in text or "[" in text:
        out.extend(m.span() for m in _AMOUNT_OPEN.finditer(text))
    if "??" in text:
        out.extend(m.span() for m in _MARKS_FOR_A_WORD.finditer(text))
        out.extend(m.span() for m in _DOUBLED_MARKS_WORD.finditer(text))
    if "@@" in text or "##" in text:
        out.extend(m.span() for m in _MERGE_TAG.finditer(text) if not _OWN_LINK.search(m.group()))
    if "-" in text or " " in text:
        out.extend(m.span() for m in _MASKED_PHONE.finditer(text) if _one_digit(m.group()))
    if ">" in text:
        out.extend(m.span() for m in _ARROW_NOTE.finditer(text))
    if "(" in text or "[" in text:
        for pattern in _BRACKETED:
            out.extend(m.span() for m in pattern.finditer(text))
    out.extend(m.span() for m in _NAME_FIELD_CAPS.finditer(text))
    return out


def _one_digit(number: str) -> bool:
    """Whether a phone number is one digit repeated (seven or more of them): a mask, not a number."""
    digits = [c for c in number if c.isdigit()]
    return len(digits) >= 7 and len(set(digits)) == 1
