"""Who a Spanish clause is about: the reader addressed as *usted*, or a third person.

Two readings the verb's form alone cannot give:

- **a subject after the verb.** A subjunctive whose subject follows it speaks of that person, not
  to the reader: "¿cómo conseguimos que venga quien todavía no ha venido?", "Que pruebe todo el
  mundo", "para que disfrute cada alumno", "hasta que llegue el frío". A subject that is sure
  ("quien", "nadie", "cualquiera", "todo el mundo", "cada …") counts after any verb; an article
  and a noun ("que venga tu familia") only after a verb that takes no object ("venir", "llegar"…)
  in a subordinate clause — after another verb it is the object ("Pruebe el café", *usted*);
- **the reader as "le".** A question or a condition that opens with "le" and a verb of feeling
  ("¿Le da miedo perderse…?", "¿Le apetece un café?", "Si algo no le queda claro…", "Si le
  interesa…") asks the reader, as *usted* ("les": *ustedes*) — unless a third person is named in
  the sentence or the one before ("A tu madre le encanta…", "Tu hijo… ¿Le gusta el agua?"), whom
  the "le" stands for.
"""

from __future__ import annotations

import regex

from studio import compiled

#: a third person that can only be the subject after the verb
_SURE_SUBJECT = compiled.pattern(
    r"\s+(?:(?:también|tambien|ya|antes|primero|nunca|siempre|más|mas|solo|sólo)\s+)?"
    r"(?:quien(?:es)?|quienquiera|cualquiera|nadie|alguien|todo\s+el\s+mundo|cada\s+(?:uno|una|\p{L}{3,})"
    r"|él|ella|ellos|ellas|uno\s+de|una\s+de)(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
#: the subjunctives of verbs that take no object (an article and a noun after them is their subject)
_NO_OBJECT = frozenset(
    {
        "venga",
        "vengan",
        "llegue",
        "lleguen",
        "vuelva",
        "vuelvan",
        "salga",
        "salgan",
        "entre",
        "entren",
        "vaya",
        "vayan",
        "empiece",
        "empiecen",
        "comience",
        "comiencen",
        "acabe",
        "acaben",
        "termine",
        "terminen",
        "pase",
        "pasen",
        "sea",
        "sean",
        "esté",
        "estén",
        "quede",
        "queden",
        "falte",
        "falten",
        "nazca",
        "crezca",
        "aparezca",
    }
)
#: a subordinate clause's opening just before the verb ("que", "para que", "cuando", "hasta que")
_SUBORDINATE = compiled.pattern(
    r"(?<![\p{L}])(?:que|cuando|hasta\s+que|mientras|en\s+cuanto|apenas|donde)\s+"
    r"(?:(?:no|ya|también|tambien|por\s+fin)\s+)?\Z",
    regex.IGNORECASE | regex.VERSION1,
)
#: an article or a possessive and a noun (not a time: "que venga el sábado" is the reader coming)
_NOUN_SUBJECT = compiled.pattern(
    r"\s+(?:el|la|los|las|un|una|tu|tus|su|sus|mi|mis|nuestro|nuestra|nuestros|nuestras|toda\s+la|todo\s+el"
    r"|todos\s+los|todas\s+las)\s+(?!(?:lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|"
    r"domingo|día|dia|fin|finde|mes|año|ano|semana|mañana|tarde|noche|próximo|proximo|próxima|proxima|"
    r"primer|primera|hora|momento|verano|invierno|otoño|primavera|temporada)(?![\p{L}]))\p{L}{2,}",
    regex.IGNORECASE | regex.VERSION1,
)


def subject_after(text: str, start: int, end: int) -> bool:
    """Whether the verb at [start, end) has its own third-person subject just after it."""
    if _SURE_SUBJECT.match(text, end):
        return True
    word = text[start:end].casefold()
    return (
        word in _NO_OBJECT
        and _SUBORDINATE.search(text, max(0, start - 30), start) is not None
        and _NOUN_SUBJECT.match(text, end) is not None
    )


#: "¿Le da miedo…?", "Si algo no le queda claro", "Si le apetece": "le" and a verb of feeling or
#: need opening a question or a condition
_LE_FEELS = compiled.pattern(
    r"(?:¿\s*|(?<![\p{L}])si\s+(?:(?:algo|nada|ya|todavía|todavia|aún|aun|además|ademas|también|tambien)\s+)?"
    r"(?:no\s+)?)(?P<le>le(?P<plural>s)?)\s+(?P<verb>"
    r"dan?\s+(?:miedo|pereza|vergüenza|verguenza|igual|rabia|pena|envidia|vértigo|vertigo|apuro|corte)"
    r"|gustan?|gustaría|gustaria|apetecen?|interesan?|preocupan?|encantan?|encantaría|encantaria|cuestan?"
    r"|quedan?\s+(?:claro|clara|dudas|bien|tiempo|lejos|cerca)|hacen?\s+falta|conviene|convienen"
    r"|molestan?|asustan?|agobian?|tientan?|atraen?|emocionan?|animan?|suena|suenan|sobran?|faltan?"
    r"|surgen?\s+dudas|surge\s+(?:una|alguna)\s+duda|va\s+bien|viene\s+bien|vendría\s+bien|vendria\s+bien)"
    r"(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
#: a third person named: a person or an animal with an article or a possessive, "a" + a name
_THIRD_PERSON = compiled.pattern(
    r"(?<![\p{L}])(?:(?:tu|tus|su|sus|mi|mis|el|la|los|las|un|una|nuestro|nuestra|cada|vuestro|vuestra)\s+"
    r"(?:\p{L}+\s+)?(?:madre|padre|mamá|mama|papá|papa|padres|hij[oa]s?|niñ[oa]s?|nen[ea]s?|peques?|"
    r"pareja|novi[oa]|espos[oa]|marido|mujer|amig[oa]s?|abuel[oa]s?|herman[oa]s?|prim[oa]s?|tí[oa]s?|"
    r"suegr[oa]|jefe|jefa|compañer[oa]s?|perr[oa]s?|gat[oa]s?|mascotas?|cliente|clienta|bebé|bebe|familia|"
    r"invitad[oa]s?|alumn[oa]s?|socio|socia|vecin[oa]s?|equipo|persona|gente)"
    r"|(?-i:\ba\s+\p{Lu}\p{Ll}+))(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)
_STOP = compiled.pattern(r"[.!?\n]")
#: the person "le" doubles, named after the verb in its clause ("Si le interesa a tu empresa", "¿Les
#: gusta a los peques…?")
_DOUBLED = compiled.pattern(
    r"[^.!?,;:\n]{0,40}?(?<![\p{L}])a\s+(?:tu|tus|su|sus|el|la|los|las|mi|mis|un|una|unos|unas|nuestro"
    r"|nuestra|nuestros|nuestras|cada|quien|quienes|todos|todas|(?-i:\p{Lu}))(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1,
)


def le_feels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "usted" or "ustedes") of each "le/les" + feeling asked of the reader."""
    out: list[tuple[int, int, str]] = []
    for m in _LE_FEELS.finditer(text):
        stops = [s.end() for s in _STOP.finditer(text, 0, m.start())]
        previous = stops[-2] if len(stops) > 1 else 0  # the sentence before and this one
        stop = _STOP.search(text, m.end())
        if _THIRD_PERSON.search(text, previous, stop.start() if stop else len(text)) or _DOUBLED.match(
            text, m.end()
        ):
            continue
        out.append((m.start("le"), m.end("verb"), "ustedes" if m.group("plural") else "usted"))
    return out


#: the reader asked or supposed in the third person, no subject named: "¿Busca un regalo?",
#: "¿Quiere ahorrar?", "¿Sabía que…?", "Si tiene dudas, …" (the tú text says "¿Buscas…?", "Si
#: tienes…"); the verbs a shop asks its customer with
_ASKED = compiled.pattern(
    r"(?:¿\s*(?:(?:ya|todavía|todavia|aún|aun)\s+)?(?:no\s+)?|"
    r"(?:^|(?<=[.!?¡:;\n]\s*))si\s+(?:ya\s+|todavía\s+|todavia\s+|aún\s+|aun\s+)?(?:no\s+)?)"
    r"(?P<verb>quiere|busca|necesita|sabía|sabia|conoce|prefiere|desea|piensa|planea|suele"
    r"|está\s+(?:buscando|pensando)|esta\s+(?:buscando|pensando)|echa\s+de\s+menos"
    # "tiene", "sabe" ask the reader before what a person has or knows ("¿Tiene dudas?", "¿Sabe
    # cuánto ahorra?"), not a thing ("¿Tiene límite de horas?", "¿Sabe rico?")
    r"|tiene(?=\s+(?:dudas|preguntas|ganas|tiempo|hijos|hijas|niños|mascotas?|perros?|gatos?|planes|plan"
    r"|alguna|algún|algun|un\s+minuto|cita|coche|carro|auto|casa|negocio|empresa"
    # everything a person gets ready, or "su …" (the reader's own: "¿Ya tiene todo para su viaje?")
    r"|todo|toda|todos|todas|listo|lista|listos|listas|su|sus)(?![\p{L}]))"
    r"|sabe(?=\s+(?:que|qué|cómo|como|cuánto|cuanto|cuánta|cuanta|dónde|donde|si)(?![\p{L}])))"
    # (a thing after the verb is its object: "Si prefiere la tarjeta", "¿Busca el regalo…?"; a person
    # named in the sentence is caught by asked_usted)
    r"(?!\s+(?:tu|tus|mi|mis|alguien|nadie|usted|ustedes|él|ella|(?-i:\p{Lu})))(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


def asked_usted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "usted") of each verb asking the reader in the third person (see _ASKED),
    unless a third person is named in the sentence or the one before ("Tu perro… ¿Necesita
    salir más?")."""
    out: list[tuple[int, int, str]] = []
    for m in _ASKED.finditer(text):
        stops = [s.end() for s in _STOP.finditer(text, 0, m.start())]
        previous = stops[-2] if len(stops) > 1 else 0
        stop = _STOP.search(text, m.end())
        if _THIRD_PERSON.search(text, previous, stop.start() if stop else len(text)):
            continue
        out.append((m.start("verb"), m.end("verb"), "usted"))
    return out


#: "Puede pagar en cuotas", "Ahora puede reservar su plaza", "También puede pedirlo": "can" opening
#: its clause with no subject named and what a person does (the tú text says "puedes"); not "se
#: puede", "puede haber", what a thing does ("puede tardar"), a passive "-se" ("puede usarse") nor
#: someone doing it to the tú reader ("puede prepararte", "puede ayudarte")
_CAN = compiled.pattern(
    r"(?:^|(?<=[.!?¡¿:;\n]\s*)|(?<=(?<![\p{L}])y\s))"
    r"(?:(?:ahora|ya|también|tambien|además|ademas|hoy|incluso|siempre|luego|después|despues)\s+)?"
    r"(?:(?:lo|la|los|las|le|les|nos)\s+)?(?P<can>puede|podrá|podra)\s+"
    r"(?P<then>\p{Ll}{2,}(?:ar|er|ir|ír))(?P<joined>lo|la|los|las|le|les|nos|se|te|os|selo|sela)?(?![\p{L}])",
    regex.IGNORECASE | regex.VERSION1 | regex.MULTILINE,
)


def can_usted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "usted") of each "puede" + what the reader may do (see _CAN), unless a third
    person is named in the sentence or the one before."""
    from studio.text.usted_forms import no_person_then

    out: list[tuple[int, int, str]] = []
    for m in _CAN.finditer(text):
        if (m.group("joined") or "").casefold() in ("se", "te", "os") or no_person_then(m.group("then")):
            continue
        stops = [s.end() for s in _STOP.finditer(text, 0, m.start())]
        previous = stops[-2] if len(stops) > 1 else 0
        stop = _STOP.search(text, m.end())
        if _THIRD_PERSON.search(text, previous, stop.start() if stop else len(text)):
            continue
        out.append((m.start("can"), m.end("can"), "usted"))
    return out
