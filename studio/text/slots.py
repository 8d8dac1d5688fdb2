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
from studio.prefilter import finditer

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
    r"(?:\s+[^\s.!?\n)\]]+){1,12}",  # up to the sentence's end or the bracket it opens in
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


#: the words a note to the writer cannot do without (a quick look before the patterns)
_NOTE_WORDS = compiled.pattern(r"here|aqu[ií]|ac[aá]|inser", regex.IGNORECASE)


def writer_notes(text: str) -> list[tuple[int, int]]:
    """Spans of notes to whoever writes the copy ("Hook goes here.", "Insert quote from…")."""
    if not _NOTE_WORDS.search(text):
        return []
    return [m.span() for m in finditer(_GOES_HERE, text)] + [m.span() for m in finditer(_INSERT, text)]


#: the parts of a piece of copy a "TK" may follow ("Caption TK 🧳", "Headline TK", "Legenda TK")
_TK_PARTS = (
    "caption|headline|hed|dek|subhead|title|copy|body|quote|photo|image|link|price|cta|subject|"
    "titular|titulo|título|texto|foto|imagen|enlace|precio|asunto|legenda|manchete|imagem|preço|preco|assunto"
)
#: the journalist's "to come" mark: "Hed TK", "price TK.", "TKTK", "TK TK", "Caption TK 🧳", "TK
#: #travel" (not "TK Maxx", a name)
_TK = compiled.pattern(
    r"(?<![\p{L}\p{N}])(?:TK(?:\s?TK)+"
    r"|TK(?=\s*(?:[.,;:!?)\]\n—–-]|\Z|\p{ExtPict}|#))"
    rf"|(?<=(?i:(?<![\p{{L}}])(?:{_TK_PARTS}))\s+)TK)(?![\p{{L}}\p{{N}}])",
    regex.VERSION1,
)
#: how a brief says "about" before a length ("approx. 6 words", "aprox. 6 palabras", "unas 6
#: palabras", "~40 characters") or caps it ("máx. 40 caracteres", "até 6 palavras", "up to 40")
_ABOUT = (
    r"(?:máx|max|mín|min|aprox|approx|ca)\.?|máximo|maximo|mínimo|minimo|maximum|minimum|aproximadamente"
    r"|approximately|about|around|roughly|unas|unos|cerca\s+de|alrededor\s+de|até|ate|hasta|up\s+to"
    r"|no\s+más\s+de|no\s+mas\s+de|no\s+more\s+than|fins\s+a|jusqu['’]à|massimo|environ|circa|~"
)
#: what a length is counted in: words, characters, lines, sentences, paragraphs
_LENGTH_UNITS = (
    r"palabras|palavras|paraules|words|mots|parole|wörter|caracteres|caràcters|characters|chars|"
    r"caractères|caratteri|zeichen|líneas|linhas|lines|car\.|frases|sentences|oraciones|párrafos|"
    r"parrafos|parágrafos|paragrafos|paragraphs"
)
#: an instruction on the length of the copy still to write: "(máx. 6 palabras)", "(approx. 6
#: words)", "(aprox. 6 palabras)", "(6-8 words)", "[30 caracteres]", "(até 150 caracteres)"; not
#: "(aprox. 20 minutos)", a length of time in the prose
_LENGTH_NOTE = compiled.pattern(
    rf"[(\[]\s*(?:{_ABOUT})?\s*\d{{1,3}}(?:\s*(?:[-–/]|a|to|y|e|and|ou|or|o)\s*\d{{1,3}})?\s*"
    rf"(?:{_LENGTH_UNITS})\s*(?:máx\.?|max\.?|máximo|maximo|aprox\.?|approx\.?|como\s+máximo|at\s+most)?\s*[)\]]",
    regex.IGNORECASE | regex.VERSION1,
)
#: a count of lines with "up to" is a phone plan's ("Plan familiar (hasta 4 líneas)"), not a length
_LINES_UP_TO = compiled.pattern(
    r"(?i:hasta|up\s+to|até|ate|unas|unos|about|around)\s*\d+\s*(?i:líneas|lineas|linhas|lines)",
    regex.VERSION1,
)
#: a mail tool's merge tag, filled by that tool at send time from its contact list: Mailchimp's
#: "*|FNAME|*", Salesforce Marketing Cloud's "%%FirstName%%" — the studio fills none of them (its
#: own export writes only the unsubscribe tag, see :mod:`studio.export.presets`)
_MERGE_TAG = compiled.pattern(r"\*\|[A-Za-z0-9_:-]{1,40}\|\*|%%[A-Za-z0-9_.=\[\]-]{1,40}%%", regex.VERSION1)
#: the merge tags that are the mail tool's own links (unsubscribe, preferences, web version): the
#: studio writes them itself on export, and ``Studio.Unsubscribe`` reads them as the unsubscribe link
_ESP_LINK_TAG = compiled.pattern(
    r"(?i:\{\{\s*[\w.]*(?:unsub|unsubscribe|profile|preferenc|subscription|archive|mirror|webversion)"
    r"[\w.]*\s*\}\}|\{[\w]*unsub\w*\}"
    r"|\*\|(?:UNSUB|UPDATE_PROFILE|ARCHIVE|FORWARD|EMAIL|LIST:\w+|REWARDS)\|\*"
    r"|%%\w*(?:unsub|profile_center|subscription_center|view_email|webversion)\w*%%)",
    regex.VERSION1,
)


def esp_link_tag(text: str) -> bool:
    """Whether ``text`` is a mail tool's own link tag ("{{ unsubscribe }}", "*|UNSUB|*",
    "%%unsub_center_url%%"): not a placeholder."""
    return _ESP_LINK_TAG.fullmatch(text.strip()) is not None


#: a count still to write, in brackets or braces: "[N] plazas", "{n} unidades", "[X] días", "[#]"
#: (not a Markdown task's box opening a line, "- [x] Reserva hecha")
_COUNT_SLOT = compiled.pattern(
    r"(?<!^[ \t]*(?:[-*+][ \t]+)?)[\[{]\s*(?:N|n|X|x|XX|xx|#|\?|NN|nn)\s*[\]}](?!\()",
    regex.VERSION1 | regex.MULTILINE,
)

#: an editor's status or task in capitals opening a line or a sentence (or after a separator such as
#: "·", "|", "—"), before a colon: "PENDIENTE: foto del equipo", "A CONFERIR: endereço da sede",
#: "POR CONFIRMAR: horario", "CONFIRM: price with legal" (a marker, whatever the language)
_CAPS_TASK = compiled.pattern(
    r"(?:^|(?<=(?:[\n.!?¡¿]|[·|•—–])\s*))"
    r"(?:PENDIENTE|PENDENTE|PENDING|POR\s+CONFIRMAR|A\s+CONFIRMAR|POR\s+DEFINIR|A\s+DEFINIR|A\s+CONFERIR|"
    r"CONFERIR|CONFIRMAR|REVISAR|VERIFICAR|CHEQUEAR|CHECAR|DEFINIR|COMPLETAR|FALTA|FALTAN|CONFIRM|VERIFY|"
    r"CHECK|TO\s+CONFIRM|TO\s+CHECK|NOTA\s+INTERNA|INTERNAL\s+NOTE)\s*:",
    regex.VERSION1 | regex.MULTILINE,
)
#: an editor's task opening a line or a sentence, in any case, naming who to ask: "Confirmar precio
#: con Laura.", "Conferir endereço com o Rafa", "Check the date with legal", "Revisar con el cliente"
#: (an infinitive opening a sentence with a colleague after it: no customer is told so)
_TASK_WITH = compiled.pattern(
    r"(?:^|(?<=(?:[\n.!?¡¿:]|[·|•—–])\s*))"
    r"(?:(?i:nota|note|obs|n\.\s?b\.|nb)\s*:\s*)?"
    r"(?i:confirmar|conferir|revisar|verificar|chequear|checar|validar|definir|confirm|check|verify|validate)"
    # (not the customer's own thing: "Confirm your booking with Bluewake", "Check in with Sarah")
    r"(?!\s+(?i:tu|tus|su|sus|your|seu|sua|seus|suas|teu|tua|vuestro|vuestra|in|out|it|them)(?![\p{L}]))"
    r"(?:\s+[\p{L}'’-]+){1,6}?\s+(?i:con|com|with)\s+"
    r"(?:(?i:el|la|o|a|the|nuestro|nuestra|nosso|nossa|our)\s+)?"
    r"(?:\p{Lu}\p{Ll}+|(?i:legal|jurídico|juridico|cliente|client|diseño|diseno|design|marketing|"
    r"dirección|direccion|direção|direcao|producto|product|ventas|sales|compliance|agencia|agência|agency))"
    r"(?![\p{L}])[^\n.!?]*",
    regex.VERSION1 | regex.MULTILINE,
)
#: a label with only an editor's status after its colon, to the end of the line: "Dirección de la
#: sede: pendiente", "Horário: a conferir", "Store hours: pending"
_LABEL_STATUS = compiled.pattern(
    r"(?<=:[ \t]*)(?i:pendiente|pendente|pending|a\s+conferir|por\s+conferir|to\s+come|tbd|tbc|tk)"
    r"[ \t]*[.!]?[ \t]*$",
    regex.VERSION1 | regex.MULTILINE,
)
#: the words an editorial note cannot do without (a quick look before the patterns)
_EDITORIAL_WORDS = compiled.pattern(
    r"TK|\*\||%%|[\[{]\s*[NnXx#?]|pend|confer|confirm|revis|verif|cheq|chec|valid|defin|complet|"
    r"falta|nota|note|tbd|tbc|to\s+come|intern|"
    # (a length's units)
    r"palab|palav|paraul|word|mots|parole|wört|car|char|zeichen|l[ií]ne|linh|frase|sentenc|oracion|"
    r"p[aá]rraf|par[aá]graf|paragraph",
    regex.IGNORECASE,
)


def editorial_notes(text: str) -> list[tuple[int, int]]:
    """Spans of an editor's marks left in the copy: "TK", a length to write to ("(approx. 6
    words)"), a mail tool's merge tag ("*|FNAME|*", "%%FirstName%%"), a count to fill ("[N]
    plazas"), a task or a status ("PENDIENTE: foto", "Confirmar precio con Laura", "Horario:
    pendiente")."""
    if not _EDITORIAL_WORDS.search(text):
        return []
    out = [m.span() for m in _TK.finditer(text)]
    out += [m.span() for m in _LENGTH_NOTE.finditer(text) if not _LINES_UP_TO.search(m.group())]
    out += [m.span() for m in _MERGE_TAG.finditer(text) if not esp_link_tag(m.group())]
    out += [m.span() for m in _COUNT_SLOT.finditer(text)]
    out += [m.span() for m in _CAPS_TASK.finditer(text)]
    out += [m.span() for m in _TASK_WITH.finditer(text)]
    out += [m.span() for m in _LABEL_STATUS.finditer(text)]
    return out
