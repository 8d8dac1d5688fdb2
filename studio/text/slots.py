"""Copy still to write, by its shape: masked numbers, slots described in brackets, notes to the writer.

:mod:`studio.rules.kinds.placeholder` reads the brand kit's vocabulary (tokens, markers, slot
words); this module adds what needs no vocabulary, in every language the studio writes:

- **a masked number**: X's in the place of digits, next to digits or to other X's ("33 XXXX XXXX",
  "600 XXX XXX", "(312) XXX-XXXX", "+54 9 xxx xxx-xxxx"); not "XXL", "siglo XX" or a code ("XX20");
  question marks for an amount ("?? €", "$??", "R$ ??,??", "??%"); four X's or more alone ("el
  código XXXX"); a date or time mask ("hasta el DD/MM", "dd/mm/aaaa", "HH:MM"); not "¿¿En serio??";
- **a slot described in brackets**: a description of what goes there, in lower case ("[teléfono de
  la oficina]", "<nombre de la sucursal>"), numbered ("<barrio 1>", "[foto 2]") or naming a part
  of the copy ("[Pregunta gancho]", "[Hook]", "[CTA final]"); not a Markdown link's text
  ("[aquí](https://…)"), an HTML tag ("<br>", "<b>"), "[sic]", "[…]" or a tag opening a subject
  ("[PUBLI]", "[NUEVO]");
- **a note to the writer**: "X goes here", "X va aquí", "X vai aqui" as a whole sentence ("Hook
  goes here.", "El gancho va aquí"), and an insert instruction ("Insert quote from a student",
  "Insertar foto del equipo", "Insira a chamada").
"""

from __future__ import annotations

import regex

from studio import compiled

#: X's for digits: next to digits or to another group of X's, as a phone number or an amount is
#: written ("33 XXXX XXXX", "600 XXX XXX", "XXX-XXXX", "(312) XXX-XXXX", "55 1234 XXXX")
_MASKED_NUMBER = compiled.pattern(
    r"(?<![\p{L}\p{N}])(?:"
    r"(?:\+?\(?\d{1,4}\)?[\s.-]){1,3}(?:\d*(?i:x{2,})|\d{2,})(?:[\s.-](?:\d*(?i:x{2,})|\d{2,})){0,3}"
    r"(?<=(?i:x))"  # (ends with an X group: "33 XXXX XXXX", "55 1234 XXXX")
    r"|(?i:x{3,})(?:[\s.-](?i:x{2,}))+(?:[\s.-]\d{2,})*"
    r"|(?i:x{3,})[\s.-]\d{2,}(?:[\s.-]\d{2,})*"
    r")(?![\p{L}\p{N}])",
    regex.VERSION1,
)


#: an amount still to write with question marks: "?? €", "$??", "R$ ??,??", "??%"
_UNKNOWN_AMOUNT = compiled.pattern(
    r"(?:(?:€|\$|R\$|US\$|MX\$)\s?\?{2,}(?:[.,]\?{2,})?"
    r"|(?<![\p{L}\p{N}?¿])\?{2,}(?:[.,]\?{2,})?\s?(?:€|%|\$|(?i:euros|pesos|reais|dólares|dolares|dollars"
    r"|usd|eur|mxn|cop|ars|brl)(?![\p{L}])))",
    regex.VERSION1,
)


#: four X's or more on their own ("el código XXXX", "llama al XXXXXXX": no Roman numeral has four),
#: a date or a time still to write ("hasta el DD/MM", "dd/mm/aaaa", "a las HH:MM")
_MASK = compiled.pattern(
    r"(?<![\p{L}\p{N}])(?:X{4,}|x{4,}|(?:DD|dd)[/.-](?:MM|mm)(?:[/.-](?:AAAA|aaaa|YYYY|yyyy|AA|aa|YY|yy))?"
    r"|(?:HH|hh):(?:MM|mm))(?![\p{L}\p{N}])",
    regex.VERSION1,
)


def masked_numbers(text: str) -> list[tuple[int, int]]:
    """Spans of numbers written with X's for their digits, or question marks for an amount."""
    folded = text.casefold()
    if "xx" not in folded and "??" not in text and "dd" not in folded and "hh:" not in folded:
        return []  # (most paragraphs: no mask to look for)
    out = [m.span() for m in _UNKNOWN_AMOUNT.finditer(text)] + [m.span() for m in _MASK.finditer(text)]
    for m in _MASKED_NUMBER.finditer(text) if "xx" in folded else ():
        if any(c in "xX" for c in m.group()) and sum(c in "xX" for c in m.group()) >= 3:
            out.append(m.span())
    return out


#: the parts of a piece of copy a bracket may name ("[Pregunta gancho]", "[Hook]", "[CTA final]")
COPY_PARTS = frozenset(
    {
        "gancho",
        "hook",
        "pregunta",
        "question",
        "pergunta",
        "intro",
        "introduccion",
        "introducao",
        "cierre",
        "remate",
        "closing",
        "outro",
        "cta",
        "hashtag",
        "hashtags",
        "emoji",
        "emojis",
        "firma",
        "signature",
        "assinatura",
        "saludo",
        "greeting",
        "saudacao",
        "despedida",
        "testimonio",
        "testimonial",
        "depoimento",
        "dato",
        "estadistica",
        "stat",
        "claim",
        "titular",
        "headline",
        "manchete",
        "chamada",
        "copy",
        "texto",
        "text",
        "foto",
        "photo",
        "imagen",
        "image",
        "imagem",
        "boton",
        "button",
        "botao",
        "subtitulo",
        "subtitle",
        "bajada",
        "asunto",
        "subject",
        "assunto",
    }
)
#: HTML's tags, which angle brackets in a text may be ("<br>", "<b>", "<strong>")
_HTML_TAG_NAMES = (
    "a abbr b br big blockquote center code del div em font h1 h2 h3 h4 h5 h6 hr i img ins li mark ol p"
    " pre q s small span strike strong sub sup table tbody td th thead tr tt u ul"
)
_HTML_TAGS = frozenset(_HTML_TAG_NAMES.split())
#: lower-case notes in brackets that are not slots ("[sic]", "[ver más]", "[…]")
_NOT_SLOTS = frozenset(
    {"sic", "ver", "vease", "see", "voir", "vedi", "siehe", "leer", "read", "mas", "more", "info"}
)
_PLAIN = str.maketrans("áéíóúàâãêôõçñü", "aeiouaaaeooonu")
_WORDS = compiled.pattern(r"[\p{L}\p{N}]+", regex.VERSION1)
#: a description in lower case: two to six words, the first a letter's word, no sentence inside
_DESCRIPTION = compiled.pattern(r"\p{Ll}{2,}(?:[ _-]\p{Ll}+){1,5}", regex.VERSION1)
#: a slot numbered: a word or two and a number ("barrio 1", "foto 2", "Producto 3")
_NUMBERED = compiled.pattern(r"\p{L}{3,}(?:[ _-]\p{L}+)?[ _-]?\d{1,2}", regex.VERSION1)


def html_tag(content: str) -> bool:
    """Whether ``content`` of angle brackets is an HTML tag's name ("br", "b", "strong")."""
    return content.strip().casefold() in _HTML_TAGS


def described_slot(content: str, bracket: str) -> bool:
    """Whether ``content``, found inside ``bracket`` ("[", "<" or "{"), describes a slot to fill."""
    text = content.strip()
    words = [w.casefold().translate(_PLAIN) for w in _WORDS.findall(text)]
    if not words or (bracket == "<" and html_tag(text)):
        return False
    if _NUMBERED.fullmatch(text) and not text[:1].isdigit():
        return True  # "<barrio 1>", "[foto 2]"
    if _DESCRIPTION.fullmatch(text) and words[0] not in _NOT_SLOTS:
        return True  # "[teléfono de la oficina]", "<nombre de la sucursal>"
    # a part of the copy named in a few words ("[Pregunta gancho]", "[CTA final]", "[Hook]"); not a
    # credit or a label with its value ("[Foto: @ana]", "[Texto: Lucía Pérez]")
    if len(words) > 4 or any(c in text for c in ":@") or any(w.isdigit() for w in words):
        return False
    return any(w in COPY_PARTS for w in words[:2])


#: "X goes here", "X va aquí", "X vai aqui" as a whole sentence: a note to the writer
_GOES_HERE = compiled.pattern(
    r"(?:^|(?<=[\n.!?¡¿:]\s*))(?:[\p{L}'’-]+\s+){1,4}?(?:goes|go|will\s+go|va|van|vai|vão|vao|iría|iria)\s+"
    r"(?:here|aquí|aqui|acá|aca)(?=\s*(?:[.!…]|$))",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)
#: an insert instruction opening a sentence: "Insert quote from a student", "Insertar foto del
#: equipo", "Inserte aquí el mapa", "Insira a chamada" (no customer is asked to insert)
_INSERT = compiled.pattern(
    r"(?:^|(?<=[\n.!?¡¿:(\[]\s*))(?:insert|insertar|inserta|insertá|inserte|inserir|insira|insere)"
    r"(?:\s+[^\s.!?\n]+){1,12}",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


#: the words a note to the writer cannot do without (a quick look before the patterns)
_NOTE_WORDS = compiled.pattern(r"here|aqu[ií]|ac[aá]|inser", regex.IGNORECASE)


def writer_notes(text: str) -> list[tuple[int, int]]:
    """Spans of notes to whoever writes the copy ("Hook goes here.", "Insert quote from…")."""
    if not _NOTE_WORDS.search(text):
        return []
    return [m.span() for m in _GOES_HERE.finditer(text)] + [m.span() for m in _INSERT.finditer(text)]
