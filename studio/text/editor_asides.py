"""An editor's aside left in the copy: a task on the copy itself, a greeting's name left as its
description, a number masked with hashes.

Three shapes, in every language the studio writes (read by :func:`studio.text.draft_notes.draft_notes`):

- **a task on the copy in brackets**: an editor's verb in the infinitive opening the brackets, acting
  on a part of the copy ("(ajustar tamaño del titular)", "(check the photo credit)"), on a fact
  pointed at ("(validar este dato con el fisio)", "[conferir esse número]") or before it goes out
  ("(revisar antes de enviar)"); and an order not to publish ("[gancho de Paula, no publicar sin
  él]", "(don't post yet)"). A note to the reader names the reader's things ("(verificá tu correo)")
  and is left alone;
- **a greeting with the name described** instead of written: "Hi (customer first name),", "Hola
  [nombre del socio]:", "Olá (nome da cliente)!";
- **a number masked with hashes** inside a sentence: "## de cada 10", "$##.##", "#,### members" — a
  hashtag has letters, and "## " opening a line is a Markdown heading;
- **an amount left open** beside its currency sign: question marks or brackets where the number goes
  ("¿¿?? €", "$[confirm w/ Dale]", "R$ [valor]", "[precio] €"); "18 € (IVA incluido)" has its number;
- **a bracket that is all status**: a list's item still to write ("1. (pendiente)", "- [TBD]"), a
  colleague who delivers the piece before it ("(lo edita Memo)", "[la manda Bia]"), a slot named
  in brackets ("(acá va el carrusel de la finca)", "[here goes the team photo]");
- **a name's field in capitals**: "NOME DO INSTRUTOR", "NOMBRE DEL GANADOR", "FIRST NAME".
"""

from __future__ import annotations

import unicodedata

import regex

from studio import compiled
from studio.text.layout_parts import ALL_PARTS

#: an editor's verbs, in the infinitive (Spanish, Portuguese) or the imperative (English)
_EDIT_VERBS = (
    r"validar|verificar|chequear|checar|revisar|rever|ajustar|corregir|corrigir|conferir|cambiar|trocar"
    r"|acortar|encurtar|reducir|reduzir|ampliar|actualizar|atualizar|check|verify|validate|adjust|fix|resize"
    r"|shorten|proofread|double-check|update|swap|tweak"
)
#: an editor's verbs that need a part or a label before them to be a task ("(firma: confirmar si va
#: Marta o Jorge)"; "(confirmar asistencia)" alone is the reader's)
_DECIDE_VERBS = r"confirmar|definir|decidir|elegir|escolher|escoger|confirm|decide|choose|pick"
#: a label that opens a note ("OJO:", "Nota:", "NB:", "Obs.:", "Atención:")
_LABEL = (
    r"ojo|nota|note|nb|n\.b\.|obs\.?|atencion|atencao|importante|heads\s+up"
    r"|lembrete|recordatorio|reminder|memo"
)
#: a fact pointed at ("este dato", "esse número", "this figure")
_POINTED = (
    r"(?:este|esta|estos|estas|ese|esa|esse|essa|esses|essas|this|that|these)\s+"
    r"(?:dato|datos|dado|dados|numero|numeros|cifra|cifras|porcentaje|percentual|fact|figure|figures|number"
    r"|numbers|stat|stats|claim|precio|preco|price|fecha|data|date)"
)
#: before the copy goes out ("antes de enviar", "antes de publicar", "before sending")
_BEFORE_SENDING = (
    r"antes\s+de\s+(?:enviar|publicar|postar|subir|mandar|imprimir|lanzar|lancar)"
    r"|before\s+(?:sending|posting|publishing|printing|it\s+goes\s+out|going\s+live)"
)
#: an order not to publish ("no publicar sin él", "não postar ainda", "do not publish", "don't post")
_DO_NOT_PUBLISH = (
    r"(?:no|nao|nunca)\s+(?:publicar|postar|postear|imprimir)"
    r"|(?:do\s+not|don't|dont|never)\s+(?:publish|post|print)"
)
#: the reader's own things: a note that names them is copy ("(verificá tu correo)")
_READERS = r"tu|tus|su|sus|te|vos|usted|ustedes|your|you|seu|sua|seus|suas|teu|tua|voce|voces|lo\s+tuyo"
_PART = "|".join(sorted(ALL_PARTS, key=lambda w: (-len(w), w)))
#: over folded text (lower case, no accents): brackets and what they hold
_ASIDE = compiled.pattern(r"[(\[]([^()\[\]\n]{3,90})[)\]]", regex.VERSION1)
_TASK = compiled.pattern(
    rf"^\s*(?:(?:{_LABEL})\s*[:!—–-]\s*)?(?:{_EDIT_VERBS})(?![\p{{L}}])[^()\[\]]*?(?<![\p{{L}}])(?:{_PART}|{_POINTED}|{_BEFORE_SENDING})"
    rf"(?![\p{{L}}])|(?<![\p{{L}}])(?:{_DO_NOT_PUBLISH})(?![\p{{L}}])",
    regex.VERSION1,
)
#: a part or a label, then a colon and an editor's verb: "(firma: confirmar si va Marta o Jorge)"
_LABELLED_TASK = compiled.pattern(
    rf"^\s*(?:{_PART}|{_LABEL}|firma|assinatura|signature)\s*[:—–]\s*(?:{_EDIT_VERBS}|{_DECIDE_VERBS})"
    r"(?![\p{L}])",
    regex.VERSION1,
)
_READER = compiled.pattern(rf"(?<![\p{{L}}'])(?:{_READERS})(?![\p{{L}}])", regex.VERSION1)

#: greetings that open a letter or a post
_GREETING = (
    r"hi|hello|hey|dear|hola|querid[oa]s?|estimad[oa]s?|ola|oi|prezad[oa]s?|car[oa]s?|buen\s+dia|buenos\s+dias"
    r"|bom\s+dia|boa\s+tarde|good\s+morning|welcome|bienvenid[oa]s?|bem-vind[oa]s?"
)
#: what names a name's field ("first name", "nombre del cliente", "nome da cliente", "customer")
_NAME_FIELD = (
    r"name|first|firstname|surname|nombre|nombres|apellido|nome|sobrenome|customer|client|cliente|clienta"
    r"|recipient|destinatari[oa]|subscriber|suscriptor[a]?|assinante|contact|contacto|contato|socio|socia"
    r"|member|miembro|associad[oa]|asociad[oa]|paciente|patient|alumn[oa]|aluno|aluna|student"
)
_GREETING_FIELD = compiled.pattern(
    rf"(?<![\p{{L}}])(?:{_GREETING}),?\s*(?P<slot>[(\[][^()\[\]\n]{{0,40}}?(?<![\p{{L}}])(?:{_NAME_FIELD})(?![\p{{L}}])"
    r"[^()\[\]\n]{0,30}?[)\]])",
    regex.VERSION1,
)
#: a number masked with hashes, inside a sentence ("## de cada 10", "$##.##", "#,###")
_HASHES = compiled.pattern(
    r"(?<![#\p{L}\p{N}])(?<!^[^\S\n]*)#{2,}(?:[.,]#+)*(?![#\p{L}\p{N}])",
    regex.VERSION1 | regex.MULTILINE,
)


def _fold_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char.lower())[:1] or char
    return base if len(base) == 1 else char


def _fold(text: str) -> str:
    """Lower case, accents off, one character for each of ``text``'s (so spans stay put)."""
    return "".join(_fold_char(c) for c in text)


def editor_asides(text: str) -> list[tuple[int, int]]:
    """Spans of an editor's asides (see the module's docstring)."""
    out: list[tuple[int, int]] = []
    if "(" in text or "[" in text:
        folded = _fold(text)
        for m in _ASIDE.finditer(folded):
            inside = m.group(1)
            if (_TASK.search(inside) or _LABELLED_TASK.search(inside)) and not _READER.search(inside):
                out.append(m.span())
        out.extend(m.span("slot") for m in _GREETING_FIELD.finditer(folded))
    if "##" in text:
        out.extend(m.span() for m in _HASHES.finditer(text))
    return out
