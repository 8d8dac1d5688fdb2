"""Draft left in the copy, found by its grammar rather than by a list of phrases.

:mod:`studio.rules.kinds.placeholder` reads the brand kit's vocabulary; this module adds four
shapes of draft, in every language the studio writes:

- **lorem ipsum** by its whole word list (the Cicero passage and the generators' vocabulary): three
  or more of its words in a row, two of them no word of the field's language
  ("Ut enim ad minim veniam", "Duis aute irure dolor"); Latin that copy quotes is left alone
  ("curriculum vitae", "magna cum laude", "in situ");
- **a note to a colleague**: a part of the copy named, then who will deliver it or its status
  ("(foto de Lola: la sube Nico)", "Headline del cartel: lo define Nico", "Legenda do carrossel —
  Bia manda até sexta", "Titular grande: pendiente de cliente", "(Jenna to confirm)", "[ano —
  conferir com RH]"); a credit ("(Foto: Lola Pérez)") or a customer's note ("(pendiente de pago)")
  names nobody to wait for;
- **a mail tool's merge tag** of any syntax the studio does not fill: ``%nombre%`` (ActiveCampaign),
  ``[[firstname]]`` (GetResponse, Constant Contact), ``{!firstname}`` (AWeber), ``{$name}``
  (MailerLite), ``$[FNAME]$`` (Zoho), ``${name}``, ``[firstname,fallback=…]`` (Campaign Monitor),
  ``{% … %}`` (Liquid); not the tool's own unsubscribe or preferences link;
- **a count to fill** by its abbreviation in brackets ("[nº]", "[núm.]", "{qty}"), and a marker in
  capitals before the part it stands for ("TODO titular: …", "TBD headline").
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from functools import lru_cache

import regex

from studio import compiled
from studio.prefilter import finditer
from studio.text.editor_asides import editor_asides
from studio.text.layout_parts import ALL_PARTS
from studio.text.open_slots import open_slots
from studio.text.pending_parts import pending_parts
from studio.text.slot_labels import caps_checks, slot_labels
from studio.text.team_notes import team_notes

#: the words of lorem ipsum: the passage of Cicero's *De finibus* the filler is cut from (both
#: sections, 1.10.32 "Sed ut perspiciatis…" and 1.10.33 "At vero eos…"), and the vocabulary the usual
#: generators draw from
_LOREM_TEXT = """
    lorem ipsum dolor sit amet consectetur consectetuer adipiscing adipisicing elit sed do eiusmod tempor
    incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco
    laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse
    cillum eu fugiat nulla pariatur excepteur sint occaecat cupidatat non proident sunt culpa qui officia
    deserunt mollit anim id est laborum perspiciatis unde omnis iste natus error voluptatem accusantium
    doloremque laudantium totam rem aperiam eaque ipsa quae ab illo inventore veritatis quasi architecto
    beatae vitae dicta explicabo nemo ipsam quia voluptas aspernatur aut odit fugit consequuntur magni
    dolores eos ratione sequi nesciunt neque porro quisquam dolorem adipisci numquam eius modi tempora
    incidunt aliquam quaerat nobis eligendi optio cumque nihil impedit quo minus maxime placeat facere
    possimus assumenda repellendus temporibus autem quibusdam officiis debitis rerum necessitatibus saepe
    eveniet voluptates repudiandae recusandae itaque earum hic tenetur sapiente delectus reiciendis
    voluptatibus maiores alias perferendis doloribus asperiores repellat ac accumsan aenean aliquet ante
    aptent arcu at auctor augue bibendum blandit class condimentum congue conubia convallis cras cubilia
    cum curabitur curae cursus dapibus diam dictum dictumst dignissim dis donec dui egestas eget eleifend
    elementum erat eros etiam euismod facilisi facilisis fames faucibus felis fermentum feugiat fringilla
    fusce gravida habitant habitasse hac hendrerit himenaeos iaculis imperdiet inceptos integer interdum
    justo lacinia lacus laoreet lectus leo libero ligula litora lobortis luctus maecenas magnis malesuada
    massa mattis mauris metus mi molestie mollis montes morbi mus nam nascetur natoque nec netus nibh nisl
    nostra nullam nunc odio orci ornare parturient pede pellentesque penatibus per pharetra phasellus
    placerat platea porta porttitor posuere potenti praesent pretium primis proin pulvinar purus quam
    quisque rhoncus ridiculus risus rutrum sagittis sapien scelerisque sem semper senectus sociis sociosqu
    sodales sollicitudin suscipit suspendisse taciti tellus tempus tincidunt torquent tortor tristique
    turpis ullamcorper ultrices ultricies urna varius vehicula vel venenatis vestibulum vivamus viverra
    volutpat vulputate
    magnam minima nostrum exercitationem ullam corporis laboriosam aliquid commodi consequatur eum iure
    illum molestiae vero accusamus iusto dignissimos ducimus blanditiis praesentium voluptatum deleniti
    atque corrupti quos quas molestias excepturi occaecati cupiditate provident similique mollitia animi
    dolorum fuga harum quidem facilis expedita distinctio tempore soluta quod
"""
LOREM_WORDS = frozenset(_LOREM_TEXT.split())
#: a run of words with only spaces or commas between them (a sentence's words in a row)
_RUN = compiled.pattern(r"\p{L}+(?:,?\s+\p{L}+)*", regex.VERSION1)
_LETTERS = compiled.pattern(r"\p{L}+", regex.VERSION1)


def lorem_runs(text: str, is_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of lorem ipsum: three or more of its words in a row, two of them no word of the text's
    language (``is_word``)."""
    out: list[tuple[int, int]] = []
    for run in _RUN.finditer(text):
        words = list(_LETTERS.finditer(run.group()))
        i = 0
        while i < len(words):
            j = i
            while j < len(words) and words[j].group().casefold() in LOREM_WORDS:
                j += 1
            latin = words[i:j]
            if len(latin) >= 3 and sum(not is_word(w.group().casefold()) for w in latin) >= 2:
                out.append((run.start() + latin[0].start(), run.start() + latin[-1].end()))
            i = max(j, i + 1)
    return out


def _loose(word: str) -> str:
    """``word`` (folded) as a pattern matching it with or without accents."""
    classes = {
        "a": "[aáàâã]",
        "e": "[eéê]",
        "i": "[ií]",
        "o": "[oóôõ]",
        "u": "[uúü]",
        "c": "[cç]",
        "n": "[nñ]",
    }
    return "".join(classes.get(c, regex.escape(c)) for c in word)


def _words(names: Collection[str]) -> str:
    return "|".join(_loose(w) for w in sorted(names, key=lambda w: (-len(w), w)))


#: the pieces a note may name besides the parts of the layout: the media a post carries
_MEDIA = frozenset(
    {"video", "videos", "reel", "reels", "carrusel", "carrossel", "carousel", "story", "stories", "gif"}
    | {"audio", "arte", "artes", "banner", "fotos", "imagenes", "imagens", "images", "photos", "legendas"}
    # what a customer or an expert is asked for: a quote of theirs the copy waits for
    | {"testimonio", "testimonios", "testimonial", "testimonials", "depoimento", "depoimentos"}
    # the letter's signature and a post's opening question ("[firma: …]", "[pregunta enganche — …]")
    | {"firma", "assinatura", "signature", "pregunta", "pergunta"}
)
#: who a piece may be waiting for besides a colleague's name: a team ("pendiente de cliente",
#: "conferir com RH", "waiting on legal")
_TEAMS = (
    r"(?i:cliente|client|legal|jur[ií]dico|dise[nñ]o|design|marketing|agencia|agência|agency|ventas|sales"
    r"|direcci[oó]n|dire[cç][aã]o|compliance|producto|product|comercial|comunicaci[oó]n|comunica[cç][aã]o)"
    r"|RH|RRHH|HR|PR"
)
#: a colleague by name ("Nico", "Juliana", "Ana María") or a team, with an article or not
_WHO = (
    r"(?:(?i:el|la|lo|o|a|al|do|da|the|our|nuestro|nuestra|nosso|nossa)\s+)?"
    rf"(?:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}\p{{Ll}}+)?|{_TEAMS})(?![\p{{L}}])"
)
#: what a colleague does with a piece still to come, in the third person ("la sube Nico", "Bia
#: manda", "lo define Nico") or as a task in English ("Jenna to confirm", "Sam sends Friday")
_VERBS = (
    r"manda|mandan|env[ií]a|pasa|passa|sube|sobe|define|decide|confirma|escribe|escreve|redacta|redige"
    r"|trae|traz|entrega|aprueba|aprova|revisa|elige|escolhe|graba|grava|edita|prepara|arma|monta|cierra"
    r"|fecha|hace|faz|saca|tira|consigue|consegue|dise[nñ]a|desenha|sends|writes|confirms|approves|delivers"
    r"|shoots|edits|picks|(?:will|to)\s+(?:send|write|confirm|approve|deliver|provide|supply|shoot|edit"
    r"|pick|choose|decide|finali[sz]e)"
)
_ASSIGNED = (
    rf"(?:(?i:lo|la|los|las|o|a|os|as|it)\s+)?(?i:{_VERBS})\s+{_WHO}"  # "la sube Nico", "lo define Nico"
    # "Bia manda", "a Carol envia", "the client sends"
    rf"|(?<![\p{{L}}])(?:(?i:el|la|o|a|the)\s+)?(?:\p{{Lu}}\p{{Ll}}+|{_TEAMS})\s+(?:(?i:lo|la|o|a)\s+)?(?i:{_VERBS})"
    r"(?![\p{L}])"
)
#: waiting for something ("esperando", "aguardando", "a la espera de", "waiting for")
_AWAITED = (
    r"(?i:esperando|aguardando|awaiting|waiting\s+(?:on|for)|a\s+la\s+espera\s+de|en\s+espera\s+de"
    r"|[àa]\s+espera\s+d[eoa]|na\s+espera\s+d[eoa])"
)
#: someone's consent the copy waits for ("el visto bueno", "aprovação", "sign-off", "the go-ahead")
_CONSENT = (
    r"(?i:(?:el\s+|la\s+|a\s+|o\s+|the\s+)?(?:visto\s+bueno|ok|okay|aprobaci[oó]n|autorizaci[oó]n|aprova[cç][aã]o"
    r"|autoriza[cç][aã]o|sign-?off|approval|go-ahead|green\s+light|permiso|permiss[aã]o|permission|consent"
    r"|consentimiento|consentimento)(?:\s+(?:de\s+imagen|de\s+imagem|de\s+uso|to\s+use))?)(?![\p{L}])"
)
#: an editorial status that names who the piece waits for ("pendiente de Vero", "aguardando a
#: Raquel", "waiting on legal", "Jenna to confirm"), or that it is under review ("copy en revisión")
_WAITING = (
    rf"(?i:pendientes?|pendentes?|pending)\s+(?i:de|del|da|do|on|from)\s+{_WHO}"
    rf"|{_AWAITED}\s+{_WHO}"
    # waiting for someone's consent ("waiting on Pam's sign-off", "esperando el ok de Vero",
    # "aguardando autorização de imagem")
    rf"|{_AWAITED}\s+(?:(?i:the\s+|our\s+)?(?:\p{{Lu}}\p{{Ll}}+|{_TEAMS})['’]s\s+)?{_CONSENT}(?:\s+(?i:de|del|da|do|from|of)\s+{_WHO})?"
    rf"|(?<![\p{{L}}])\p{{Lu}}\p{{Ll}}+\s+(?i:to\s+(?:confirm|approve|send))(?![\p{{L}}])"
    # an editor's task with whom to check it ("conferir com RH", "confirmar con Andrés", "check with legal")
    rf"|(?i:confirmar|conferir|revisar|verificar|chequear|checar|validar|confirm|check|verify)"
    rf"(?:\s+\p{{L}}+){{0,3}}?\s+(?i:con|com|with)\s+{_WHO}"
)
#: parts' names that are customer's words as well ("Cita: por confirmar" is an appointment)
_AMBIGUOUS = frozenset({"cita", "quote"})
#: an editorial status of a part named before it ("copy en revisión", "titular: por definir")
_UNDER_REVIEW = (
    r"(?i:en\s+revisi[oó]n|em\s+revis[aã]o|under\s+review|in\s+review|por\s+confirmar|a\s+confirmar"
    r"|por\s+definir|a\s+definir|to\s+be\s+confirmed|en\s+aprobaci[oó]n|em\s+aprova[cç][aã]o"
    r"|pending\s+approval|awaiting\s+approval|up\s+for\s+approval"
    # not approved yet ("sin aprobar", "sem aprovação", "not approved", "unapproved")
    r"|sin\s+aprobar|sin\s+aprobaci[oó]n|no\s+aprobad[oa]|sem\s+aprova[cç][aã]o|n[aã]o\s+aprovad[oa]"
    r"|not\s+(?:yet\s+)?approved|unapproved)(?![\p{L}])"
)
_SEP = r"\s*(?::|—|–|\s-|\||·)\s*"
#: the copy itself pointed at ("this bit", "esta parte", "este trecho", "isto")
_DEICTIC = r"this|that|these|esta|este|estas|estos|esa|ese|essa|esse|isto|isso|esto|eso"
_THIS_PART = (
    rf"(?:{_DEICTIC})\s+(?:bit|part|section|line|paragraph|one|space|spot|parte|secci[oó]n|se[cç][aã]o|trecho"
    r"|bloque|bloco|l[ií]nea|linha|p[aá]rrafo|par[aá]grafo|espacio|espa[cç]o|hueco)|isto|isso|esto"
)
#: "still" before a status ("todavía en revisión", "ainda em aprovação")
_STILL = r"(?i:todav[ií]a|a[uú]n|ainda|still)"
#: what a note may say after who delivers the piece: when ("el jueves", "até sexta", "it Monday",
#: "by Friday"), and nothing else — "Postre del día: lo prepara Nico con manzanas" is copy
_WHEN = (
    r"(?:[^\S\n]+(?i:it|them|lo|la|el|o|a|on|by|até|ate|hasta|antes|before|this|next|esta|este|esse|essa"
    r"|mañana|manana|amanhã|amanha|hoy|hoje|today|tomorrow|tonight|lunes|martes|miércoles|miercoles|jueves"
    r"|viernes|sábado|sabado|domingo|segunda|terça|terca|quarta|quinta|sexta|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|semana|week|tarde|afternoon|eod)(?![\p{L}])){0,4}"
)


@lru_cache(maxsize=4)
def _note_patterns(parts: frozenset[str]) -> tuple[regex.Pattern[str], ...]:
    part = rf"(?i:{_words((parts | _MEDIA) - _AMBIGUOUS)})(?![\p{{L}}])"
    # what may follow the part's name before the note: "de Lola", "del carrusel", "da turma + legenda"
    named = rf"{part}(?:[^\S\n]+(?:\+[^\S\n]+)?[\p{{L}}\p{{N}}'’]+(?:-[\p{{L}}\p{{N}}]+)*){{0,4}}?"
    bracket = compiled.pattern(
        # in brackets a comma parts the piece from its note too ("(legenda provisória, a Carol revisa)")
        rf"[(\[]\s*(?:{named}(?:{_SEP}|\s*,\s*)(?:{_ASSIGNED}|{_WAITING}|{_UNDER_REVIEW})"
        rf"|(?:[^()\[\]\n]{{0,40}}?{_SEP})?(?:{_WAITING})"
        # waiting for the piece itself ("(esperando frase de comunicación)", "[waiting for the hero photo]")
        rf"|{_AWAITED}\s+(?:(?i:el|la|los|las|o|a|os|as|the|un|una|um|uma|a\s+new)\s+)?(?:\p{{L}}+\s+)?{named}"
        # a colleague who will write this very part ("[Dana writes this bit after the shoot]")
        rf"|{_WHO}\s+(?i:{_VERBS})\s+(?i:{_THIS_PART}|(?:{_DEICTIC})\s+{part})(?![\p{{L}}])[^()\[\]\n]{{0,60}}?)"
        rf"{_WHEN}\s*[)\]]",
        regex.VERSION1,
    )
    line = compiled.pattern(
        # a part named at a line's or a sentence's opening, then who will deliver it or its status
        rf"(?:^|(?<=[\n.!?¡¿]\s*))(?:{named}{_SEP}(?:{_ASSIGNED}|{_WAITING}|{_UNDER_REVIEW})"
        # a piece named, then a part of it under review ("Cartel verano — copy en revisión")
        rf"|(?:\p{{L}}+\s+){{0,3}}?\p{{L}}+{_SEP}{named}\s+(?:{_WAITING}|{_UNDER_REVIEW})"
        # a part named, still under review, with whom ("Frase do cartaz ainda em aprovação com a Dona Ana")
        rf"|{named}\s+(?:{_STILL}\s+)?{_UNDER_REVIEW}(?:\s+(?i:con|com|with|de|por|pela|pelo|by)\s+{_WHO})?)"
        rf"{_WHEN}(?=[^\S\n]*(?:$|[.!?;)\]—–·|]))",
        regex.VERSION1 | regex.MULTILINE,
    )
    # a part named, then who delivers it in brackets: "Foto de portada (la manda Lu el lunes)"
    # ("Titular (versión 2, sin aprobar)", "Headline v3 (waiting on Pam's sign-off)"; symbols may open
    # the line: "📸 foto da aluna (aguardando autorização de imagem)")
    after = compiled.pattern(
        rf"(?:^|(?<=[\n.!?¡¿][^\S\n]*)|(?<=(?:^|\n)[^\p{{L}}\p{{N}}\n()\[\]]{{1,8}})){named}\s*[(\[]"
        rf"(?:[^()\[\]\n,]{{1,30}},)?\s*(?:{_ASSIGNED}|{_UNDER_REVIEW}|{_WAITING}){_WHEN}\s*[)\]]",
        regex.VERSION1 | regex.MULTILINE,
    )
    return bracket, line, after


def colleague_notes(text: str, parts: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of notes to a colleague about a part of the copy still to come."""
    return [m.span() for pattern in _note_patterns(parts) for m in finditer(pattern, text)]


#: merge tags of the mail tools, in the syntaxes :mod:`studio.text.slots` does not read already
_MERGE_TAGS = compiled.pattern(
    # %nombre%, %FIRSTNAME% (not a link's escaped byte: "%C3%A9")
    r"(?<![\p{L}\p{N}%])%(?![0-9A-Fa-f]{2}%)\p{L}[\p{L}\p{N}_.:-]{0,30}%(?![\p{L}\p{N}%])"
    r"|\[\[[^\[\]\n]{1,40}\]\]"  # [[firstname]], [[FIRSTNAME OR "amigo"]]
    r"|\{![\w.]{1,40}\}"  # {!firstname_fix}
    r"|\{\$[\w.]{1,40}\}|\$\{[\w.]{1,40}\}|#\{[\w.]{1,40}\}"  # {$name}, ${name}, #{name}
    r"|\$\[[\w.]{1,40}\]\$"  # $[FNAME]$
    r"|\[\w{2,30},\s*fallback=[^\]\n]{0,40}\]"  # [firstname,fallback=amigo]
    r"|\{%[^%\n]{1,60}%\}",  # {% if first_name %}
    regex.VERSION1,
)
#: the tags of the mail tool's own links, which it fills itself (unsubscribe, preferences)
_OWN_LINK = compiled.pattern(
    r"(?i:unsub|remove|optout|opt_out|baja|profile|preferenc|webversion|view_?online|archive)"
)
#: a count still to write by its abbreviation: "[nº]", "[n.º]", "[núm.]", "{qty}", "[cant.]"
_COUNT = compiled.pattern(
    r"[\[{]\s*(?i:n\.?\s?[º°]|nro\.?|n[uú]m\.?|no\.|qty|qtd\.?|qtde\.?|cant\.?)\s*[\]}](?!\()",
    regex.VERSION1,
)


def merge_tags(text: str) -> list[tuple[int, int]]:
    """Spans of mail tools' merge tags and of counts to fill left in the copy."""
    if not any(c in text for c in "%[{$#"):
        return []
    out = [m.span() for m in _MERGE_TAGS.finditer(text) if not _OWN_LINK.search(m.group())]
    return out + [m.span() for m in _COUNT.finditer(text)]


@lru_cache(maxsize=16)
def _marker_part(markers: frozenset[str], parts: frozenset[str]) -> regex.Pattern[str] | None:
    caps = sorted((m for m in markers if m.isupper()), key=lambda m: (-len(m), m))
    if not caps:
        return None
    # the marker in capitals, the part's name not in capitals ("TODO titular:", not "TODO TITULAR")
    return compiled.pattern(
        rf"(?<![\p{{L}}\p{{N}}])(?:{'|'.join(map(regex.escape, caps))})\s+"
        rf"(?=\p{{L}}*\p{{Ll}})(?i:{_words(parts | _MEDIA)})(?![\p{{L}}])",
        regex.VERSION1,
    )


def markers_before_parts(text: str, markers: frozenset[str], parts: frozenset[str]) -> list[tuple[int, int]]:
    """Spans of a marker in capitals before the part of the copy it stands for ("TODO titular")."""
    pattern = _marker_part(markers, parts)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


def draft_notes(text: str, markers: frozenset[str], is_word: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Spans of every shape of draft this module reads (see the module's docstring); ``is_word``
    tells an ordinary word of the text's language."""
    return (
        lorem_runs(text, is_word)
        + colleague_notes(text, ALL_PARTS)
        + merge_tags(text)
        + markers_before_parts(text, markers, ALL_PARTS)
        + editor_asides(text)
        + open_slots(text)
        + team_notes(text)
        + pending_parts(text)
        + caps_checks(text)
        + slot_labels(text)
    )
