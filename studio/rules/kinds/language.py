"""``extends: language`` — each field is written in its locale's language, without another mixed in.

A field is identified among a fixed set of languages (``DETECTED``: es, en, pt, ca, gl, eu, fr,
it, de — not only the campaign's own), so Portuguese in a Spanish SMS or Spanish in an English
post is found. Brand names, the brand's accepted loanwords (``loanwords`` and ``accept`` in the
rule, plus the vocabulary's ``accept.txt``), links, hashtags, handles, codes and prices are taken
out first; what is left under ``min_chars`` (default 30) is "unknown", never an alarm. Runs of two
or more words of another language ("Order now!" in a Spanish SMS) are flagged with their span.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import regex

from studio import compiled
from studio.model.campaign import Campaign
from studio.model.finding import Finding
from studio.model.variant import Variant
from studio.rules.kinds.base import own_options
from studio.rules.messages import MESSAGE_LANGUAGE
from studio.rules.model import RuleSpec, StudioRule
from studio.text.foreign_calendar import foreign_dates
from studio.text.foreign_stretches import foreign_stretches
from studio.text.function_words import FUNCTION_WORDS, _prose_words, function_words
from studio.text.language import (
    DETECTED,
    EVIDENCE,
    ForeignRun,
    _count,
    _frequencies,
    blank_links,
    foreign_runs,
    has_word_list,
    identify_language,
    language_of,
    prose,
    second_opinion,
    word_votes,
    words_lean_to,
    words_lean_to_any,
)
from studio.text.lead_ins import foreign_lead_ins
from studio.text.plain_words import own_words_language, writes_accents
from studio.text.short_clauses import short_foreign_clauses

KIND = "language"
KEYS = frozenset({"min_chars", "mixed", "accept", "loanwords"})

#: the languages' names in the language of the messages (:data:`MESSAGE_LANGUAGE`)
NAMES = {
    "es": "español",
    "en": "inglés",
    "pt": "portugués",
    "ca": "catalán",
    "gl": "gallego",
    "eu": "euskera",
    "fr": "francés",
    "it": "italiano",
    "de": "alemán",
}
NAMES_EN = {
    "es": "Spanish",
    "en": "English",
    "pt": "Portuguese",
    "ca": "Catalan",
    "gl": "Galician",
    "eu": "Basque",
    "fr": "French",
    "it": "Italian",
    "de": "German",
}


def _said(template: str, language: str, quoted: str | None = None) -> str:
    """The rule's message naming ``language`` in the messages' language, with the foreign words
    (``quoted``) in that language's quotation marks."""
    english = MESSAGE_LANGUAGE.get() == "en"
    name = (NAMES_EN if english else NAMES).get(language, language)
    message = template.replace("%s", name, 1)
    if quoted is None:
        return message
    return f"{message} (“{quoted}”)" if english else f"{message} («{quoted}»)"


_PLAIN = compiled.pattern(r"^[\p{L}][\p{L}'’ .&-]*$")


class _Paragraphs:
    """Each paragraph's language as :func:`identify_language` gave it, per (paragraph, keep_out,
    min_chars): what :func:`text_language` knows without asking the detector. (One per process,
    cleared with ``cache_clear`` as the memos of ``lru_cache`` are.)"""

    _known: ClassVar[dict[tuple[str, tuple[str, ...], int], str | None]] = {}

    @classmethod
    def get(cls, key: tuple[str, tuple[str, ...], int]) -> tuple[bool, str | None]:
        if key in cls._known:
            return True, cls._known[key]
        return False, None

    @classmethod
    def put(cls, key: tuple[str, tuple[str, ...], int], found: str | None) -> None:
        if len(cls._known) >= 8192:  # a long session: start afresh
            cls._known.clear()
        cls._known[key] = found

    @classmethod
    def cache_clear(cls) -> None:
        cls._known.clear()


def text_language(text: str, keep_out: tuple[str, ...], min_chars: int) -> str | None:
    """The language most of a field's paragraphs are in, among the fixed set; a field of short
    paragraphs (an SMS, a post) is identified as a whole. None when unknown.

    Paragraphs vote with their length. When the paragraphs already judged (all but the one a
    keystroke changed) give one language a lead over every other larger than the unjudged ones'
    whole length, no answer of theirs can change the winner, and they are not asked for: the result
    is the one asking every paragraph gives."""
    votes: dict[str, int] = {}
    paragraphs = text.split("\n\n")
    unjudged: list[str] = []
    for paragraph in paragraphs:
        known, found = _Paragraphs.get((paragraph, keep_out, min_chars))
        if not known:
            unjudged.append(paragraph)
        elif found:
            votes[found] = votes.get(found, 0) + len(paragraph)
    if unjudged and votes:
        ranked = sorted(votes.values(), reverse=True)
        lead = ranked[0] - (ranked[1] if len(ranked) > 1 else 0)
        if lead > sum(len(p) for p in unjudged):
            return max(votes, key=lambda k: votes[k])
    if unjudged:
        votes = {}
        for paragraph in paragraphs:  # in order: among equal votes the first language wins
            found = identify_language(paragraph, keep_out, min_chars)
            _Paragraphs.put((paragraph, keep_out, min_chars), found)
            if found:
                votes[found] = votes.get(found, 0) + len(paragraph)
    if not votes and "\n\n" in text:
        return identify_language(" ".join(text.split()), keep_out, min_chars)
    return max(votes, key=lambda k: votes[k]) if votes else None


@lru_cache(maxsize=8)
def _vocabulary(brand_rules: Path, stamp: tuple[tuple[str, int], ...]) -> tuple[str, ...]:
    from studio.rules.config import load_config

    ini = brand_rules / "studio.ini"
    if not ini.is_file():
        return ()
    return tuple(w for w in load_config(ini).vocab.accept if _PLAIN.match(w))


def keep_out_words(rule: StudioRule, campaign: Campaign) -> tuple[str, ...]:
    """What is never foreign text: the brand's name, its accepted loanwords and vocabulary."""
    from studio.stamps import files_stamp

    brand_rules = rule.path.parent.parent
    vocabulary = _vocabulary(brand_rules, files_stamp([brand_rules / "config"], "*.txt"))
    words = [str(w) for key in ("loanwords", "accept") for w in rule.options.get(key) or ()]
    return tuple(sorted({*words, *vocabulary, campaign.brand, *campaign.brand.split()}))


#: a sentence is judged alone with as many characters of prose as a field needs, plus this margin
SENTENCE_MARGIN = 0
#: how sure the detector must be of a sentence's language when its words clearly side with it too
LIKELY = 0.7
#: a sentence: up to . ! ? … or a line break; a dot inside a number or a word ("$1.899.000") ends none
#: (an emoji before a capital or a number ends a sentence too, its variation selector with it:
#: "…tudo com 20 % a menos 🥞 Fin de semana…", "Arriva l'estate 🏖️ Carpa por semana…", "Domani
#: inizia l'abbonamento 🧗 10 entradas…"), and a colon or semicolon ends a clause ("Neste verão é a
#: sua vez: 30 % de descuento…"; not "10:30")
_SENTENCE = compiled.pattern(
    r"(?:[^.!?…:;\n\p{ExtPict}]|[.!?…:;](?=[\p{L}\p{N}/])|\p{ExtPict}(?!\uFE0F?\s+[\p{Lu}\p{N}]))+"
    r"(?:[.!?…:;]+|\p{ExtPict}\uFE0F?(?=\s+[\p{Lu}\p{N}])|(?=\n)|$)",
    regex.VERSION1,
)


#: two independent models (langdetect, py3langid) that agree, and words that side with them, identify
#: a sentence from this many characters of prose; one model alone needs the field's ``min_chars``
AGREED_MIN_CHARS = 20
#: how sure each model must be when they agree on a short sentence
AGREED_SURE = 0.9
#: how many of a sentence's words, none the other way, name its language when py3langid is unsure
WORDS_ALONE = 4


def _detector_may_find(sentence: str, expected: str, keep_out: tuple[str, ...]) -> bool:
    """False when no answer :func:`identify_language` could give for ``sentence`` is a language
    other than ``expected`` its words lean to, so that asking langdetect (the slow part of a
    keystroke's check) can change nothing. It answers a language of ``DETECTED``, or None; one
    without a word list (Catalan, Galician) only when py3langid says so too (the answer
    :func:`second_opinion` gives, which the sentence's check asks next anyway)."""
    if not prose(sentence, keep_out):
        return True  # (nothing for py3langid to read: identify_language's own path)
    other, _ = second_opinion(sentence, keep_out)
    possible = [lang for lang in DETECTED if lang != expected and (lang == other or has_word_list(lang))]
    return words_lean_to_any(sentence, possible, expected)


@lru_cache(maxsize=8192)  # a keystroke changes one sentence: the others are judged once
def _sentence_language(sentence: str, expected: str, keep_out: tuple[str, ...], least: int) -> str | None:
    """The language a sentence is surely in, or None. Three ways to be sure:

    - langdetect is sure (``SURE``) and the sentence's words side with it;
    - langdetect is fairly sure (``LIKELY``) and the words say it clearly;
    - py3langid is sure and the words (by how much more often each is used in one language than in
      the other) vote for it at least twice and never for ``expected``; from ``AGREED_MIN_CHARS``
      of prose, langdetect must agree (both ``AGREED_SURE``) and the words lean to it.
    """
    clean_len = len(prose(sentence, keep_out))
    if clean_len >= least and _detector_may_find(sentence, expected, keep_out):
        found = identify_language(sentence, keep_out, least)
        if found and found != expected and words_lean_to(sentence, found, expected):
            return found
        found = identify_language(sentence, keep_out, least, sure=LIKELY)
        if found and found != expected and words_lean_to(sentence, found, expected, clearly=True):
            return _surer(sentence, found, expected, keep_out)
    other, other_prob = second_opinion(sentence, keep_out)
    if other == expected:
        return None
    if other in FUNCTION_WORDS and function_words(sentence, other, expected) >= 2:
        # Galician, Catalan, Basque: py3langid's pick (however sure) and two words of that language's
        # own ("Flores de tempada para o domingo da nai" reads as Portuguese to langdetect)
        return other
    if (
        other in FUNCTION_WORDS
        and other_prob >= AGREED_SURE
        and clean_len >= least
        and function_words(sentence, other, expected) >= 1
    ):
        # py3langid sure of it, in a sentence long enough: one word of that language's own will do
        # ("Les vinyes velles ja treuen fulles", "Lembrade que o prazo remata antes ca campaña")
        return other
    theirs, ours = word_votes(sentence, other, expected)
    if clean_len >= least and ours == 0 and theirs >= (2 if other_prob >= AGREED_SURE else WORDS_ALONE):
        # words that all side with py3langid's pick: enough when it is sure, or when there are many
        # ("Garanta ja o seu lugar na plateia": Portuguese written without accents, as SMS are)
        return other
    if other_prob < AGREED_SURE:
        return None
    agreed = identify_language(sentence, keep_out, AGREED_MIN_CHARS, sure=AGREED_SURE)
    if clean_len >= AGREED_MIN_CHARS and agreed == other and theirs > ours:
        return other
    return None


def _surer(sentence: str, found: str, expected: str, keep_out: tuple[str, ...]) -> str:
    """``found`` (langdetect, fairly sure), or py3langid's language when it is sure of another one
    and more of the words side with it ("Don't miss out on our autumn deals" is English, not the
    French langdetect leans to)."""
    other, other_prob = second_opinion(sentence, keep_out)
    if other in (found, expected) or other_prob < AGREED_SURE:
        return found
    return (
        other
        if word_votes(sentence, other, expected)[0] > word_votes(sentence, found, expected)[0]
        else found
    )


def _foreign_sentences(
    text: str, expected: str, keep_out: tuple[str, ...], min_chars: int
) -> list[tuple[int, int, str]]:
    """Sentences long enough to identify (``min_chars`` of prose) that are surely in a language of
    the fixed set other than ``expected``: a Portuguese line in a Spanish SMS, a Catalan paragraph in
    a Spanish email — whatever the campaign's locales.

    Paragraphs are read (and kept) one by one, so a keystroke reads only its own: no sentence
    spans a paragraph break (a sentence ends at a line break, and a link, which is blanked, holds
    no space)."""
    out: list[tuple[int, int, str]] = []
    offset = 0
    accents = writes_accents(text)
    for paragraph in text.split("\n\n"):
        found = _kept_foreign_sentences(paragraph, expected, keep_out, min_chars, accents)
        out.extend((start + offset, end + offset, language) for start, end, language in found)
        offset += len(paragraph) + 2
    return out


@lru_cache(maxsize=1024)  # a keystroke changes one field: every other is judged once
def _kept_foreign_sentences(
    text: str, expected: str, keep_out: tuple[str, ...], min_chars: int, accents: bool = True
) -> tuple[tuple[int, int, str], ...]:
    least = min_chars + SENTENCE_MARGIN
    if len(text) < AGREED_MIN_CHARS:
        return ()
    out: list[tuple[int, int, str]] = []
    previous: tuple[int, str] | None = None  # the sentence before, when nothing was found in it
    # a link's "?" or "." ends no sentence, but the link itself ends one: "Aproveite enquanto durar o
    # estoque: tienda.example/bf Responde BAJA…" is two clauses in two languages
    for m in _SENTENCE.finditer(_links_as_breaks(text)):
        sentence = text[m.start() : m.end()].strip()
        raw = text[m.start() : m.end()]
        start = m.start() + (len(raw) - len(raw.lstrip()))
        found_here: list[tuple[int, int, str]] = []
        if len(sentence) >= AGREED_MIN_CHARS:
            found = _sentence_language(sentence, expected, keep_out, least)
            if found and found != expected:
                found_here = [(start, start + len(sentence), found)]
            else:
                found_in = _foreign_clauses(sentence, start, expected, keep_out, least)
                found_here = found_in or _foreign_stretch(sentence, start, expected, keep_out)
            # a short sentence of shared words, its own words naming the language (not a clause
            # after a colon, which goes on in its sentence's language: "…tiendas: summer vibes, …";
            # but one opening with a capital after a headline's colon is a sentence of its own:
            # "Rebajas en la tienda: Aproveite enquanto durar.")
            if not found_here and not _goes_on(text[:start], sentence):
                found_here = _own_words(sentence, start, expected, keep_out, accents)
        if not found_here and previous is not None:
            found_here = _foreign_pair(text, previous, (start, sentence), expected, keep_out, least)
        out.extend(found_here)
        previous = None if found_here or not sentence else (start, sentence)
    return tuple(out)


def _goes_on(before: str, sentence: str) -> bool:
    """Whether ``sentence`` goes on the one before it: after a semicolon, or after a colon in
    lower case (a capital after a colon opens a sentence of its own)."""
    head = before.rstrip()
    return head.endswith(";") or (head.endswith(":") and not sentence[:1].isupper())


def _own_words(
    sentence: str, offset: int, expected: str, keep_out: tuple[str, ...], accents: bool
) -> list[tuple[int, int, str]]:
    """The sentence, when its own words name a language with a word list (studio.text.plain_words)."""
    others = tuple(d for d in DETECTED if d != expected and has_word_list(d))
    found = own_words_language(sentence, expected, keep_out, accents, others)
    return [(offset, offset + len(sentence), found)] if found else []


def _foreign_pair(
    text: str,
    first: tuple[int, str],
    second: tuple[int, str],
    expected: str,
    keep_out: tuple[str, ...],
    least: int,
) -> list[tuple[int, int, str]]:
    """Two sentences in a row, each too short or too plain to tell alone, that hold two words of
    Catalan's, Galician's or Basque's own between them, judged together ("Tes ganas de montañas e de
    boa comida? Achégate ata Salta:"): the two-word evidence of :func:`_sentence_language`, across a
    question mark or a colon."""
    (begin, one), (at, two) = first, second
    for language in FUNCTION_WORDS:
        if language == expected:
            continue
        if function_words(one, language, expected) + function_words(two, language, expected) >= 2:
            joined = text[begin : at + len(two)]
            if _sentence_language(joined, expected, keep_out, min(least, len(joined))) == language:
                return [(begin, at + len(two), language)]
    return []


def _foreign_stretch(
    sentence: str, offset: int, expected: str, keep_out: tuple[str, ...]
) -> list[tuple[int, int, str]]:
    """The first stretch of a sentence between words of ``expected`` that is surely in a language
    with a word list ("Se tiverem dúvidas, liguem para o nosso atendimento" before "de lunes a
    viernes"), judged as a sentence is from ``AGREED_MIN_CHARS`` (studio.text.foreign_stretches)."""
    others = tuple(d for d in DETECTED if d != expected and has_word_list(d))
    for a, b, language in foreign_stretches(sentence, expected, others, keep_out):
        if _sentence_language(sentence[a:b], expected, keep_out, AGREED_MIN_CHARS) == language:
            return [(offset + a, offset + b, language)]
    return []


#: every word of :data:`FUNCTION_WORDS`, for a quick look at a sentence
_ANY_FUNCTION_WORD = frozenset().union(*FUNCTION_WORDS.values())
#: a clause of a sentence: between commas, semicolons, dashes or brackets
_CLAUSE = compiled.pattern(r"[^,;()\[\]—–]+")


def _foreign_clauses(
    sentence: str, offset: int, expected: str, keep_out: tuple[str, ...], least: int
) -> list[tuple[int, int, str]]:
    """Clauses of a sentence in another language than the rest: :func:`_own_word_clauses`, then
    :func:`_word_list_clauses`."""
    return _own_word_clauses(sentence, offset, expected, keep_out, least) or _word_list_clauses(
        sentence, offset, expected, keep_out, least
    )


def _own_word_clauses(
    sentence: str, offset: int, expected: str, keep_out: tuple[str, ...], least: int
) -> list[tuple[int, int, str]]:
    """Clauses of a sentence in a language no word list covers (Catalan, Galician, Basque: the runs
    of foreign words find the others), each holding two of that language's own function words and
    identified as it ("Te esperamos el sábado, i a més tindreu una copa de cava per a tots, y…"), or
    one, in a clause as long as a field needs that py3langid is sure of ("Sabem que el gener se fa
    llarg i que la butxaca pateix, así que…")."""
    out: list[tuple[int, int, str]] = []
    hints = sum(1 for w in sentence.casefold().split() if w.strip('.,;:!?¡¿()«»"') in _ANY_FUNCTION_WORD)
    if hints + sentence.count("'") + sentence.count("’") + sentence.count(" i ") + sentence.count(" e ") < 1:
        return out  # (most sentences: no clause can hold one; a quick look before the exact count)
    if not any(function_words(sentence, language, expected) >= 1 for language in FUNCTION_WORDS):
        return out
    for m in _CLAUSE.finditer(sentence):
        clause = m.group().strip()
        if len(clause) < AGREED_MIN_CHARS or len(clause) == len(sentence.strip()):
            continue
        for language in FUNCTION_WORDS:
            if language == expected or not (own := function_words(clause, language, expected)):
                continue
            # two words of its own: judged from the clause's length; one that the expected language
            # does not write as well ("les" is Spanish too): from a field's
            if own < 2 and not _unshared_word(clause, language, expected):
                break
            judged_from = min(least, len(clause)) if own >= 2 else least
            if _sentence_language(clause, expected, keep_out, judged_from) == language:
                start = offset + m.start() + (len(m.group()) - len(m.group().lstrip()))
                out.append((start, start + len(clause), language))
            break
    return out


def _unshared_word(clause: str, language: str, expected: str) -> bool:
    """Whether ``clause`` holds a function word of ``language`` the expected language's word list
    hardly knows (Catalan "i", "us", not "les", which Spanish writes as often)."""
    ours = _frequencies(expected)
    own = FUNCTION_WORDS.get(language, frozenset()) | ({"i"} if language == "ca" else set())
    return any(
        w.casefold() in own and _count(ours, expected, w.casefold()) < EVIDENCE
        for w in _prose_words(clause)
        if w.casefold() != "i" or w == "i"  # (English "I" is no Catalan "and")
    )


def _word_list_clauses(
    sentence: str, offset: int, expected: str, keep_out: tuple[str, ...], least: int
) -> list[tuple[int, int, str]]:
    """The first run of clauses in a row (between commas, semicolons, dashes, brackets) whose words
    side with a language that has a word list, judged together as a sentence from
    ``AGREED_MIN_CHARS`` ("Palestra de orientação gratuita, com vagas limitadas, el jueves 14…")."""
    clauses = [m for m in _CLAUSE.finditer(sentence) if m.group().strip()]
    if len(clauses) < 2:
        return []
    for language in DETECTED:
        if language == expected or not has_word_list(language):
            continue
        if word_votes(sentence, language, expected)[0] < 2:
            continue  # (most sentences: a quick look before each clause's)
        leaning = [_leans(m.group(), language, expected) for m in clauses]
        i = 0
        while i < len(clauses):
            if not leaning[i]:
                i += 1
                continue
            j = i
            while j + 1 < len(clauses) and leaning[j + 1]:
                j += 1
            a, b = clauses[i].start(), clauses[j].end()
            raw = sentence[a:b]
            start, stretch = a + (len(raw) - len(raw.lstrip())), raw.strip()
            whole = i == 0 and j == len(clauses) - 1
            # a run: two clauses or more ("Palestra de orientação gratuita, com vagas limitadas");
            # one clause of names in a sentence of the field's language is the foreign-stretch
            # reader's ("tacos al pastor, pan dulce y café de olla, plus live music")
            if (
                j > i
                and not whole
                and len(stretch) >= AGREED_MIN_CHARS
                and _sentence_language(stretch, expected, keep_out, min(least, len(stretch))) == language
            ):
                return [(offset + start, offset + start + len(stretch), language)]
            i = j + 1
    return []


def _leans(clause: str, language: str, expected: str) -> bool:
    theirs, ours = word_votes(clause, language, expected)
    return theirs > ours


def _links_as_breaks(text: str) -> str:
    """``text`` with each link blanked out and standing as a line break, offsets kept."""
    blank = blank_links(text)
    if blank == text:  # no link: nothing to mark
        return text
    chars = list(blank)
    for i, (a, b) in enumerate(zip(text, blank, strict=True)):
        if a != b and (i == 0 or text[i - 1] == blank[i - 1]):
            chars[i] = "\n"
    return "".join(chars)


def _runs(text: str, expected: str, others: list[str], accept: list[str]) -> list[ForeignRun]:
    """Foreign runs paragraph by paragraph (cached per paragraph), with offsets in the whole text."""
    out: list[ForeignRun] = []
    offset = 0
    for paragraph in text.split("\n\n"):
        for run in foreign_runs(paragraph, expected, others, accept=accept):
            out.append(ForeignRun(run.start + offset, run.end + offset, run.text, run.language))
        offset += len(paragraph) + 2
    return out


def compile(spec: RuleSpec) -> dict[str, Any]:
    return own_options(spec, KEYS)


def check(rule: StudioRule, campaign: Campaign, variants: Sequence[Variant]) -> list[Finding]:
    # runs of words are looked for in every language of the fixed set that has a word list
    candidates = sorted(
        {language_of(t) for t in campaign.locales} | {"en"} | {d for d in DETECTED if has_word_list(d)}
    )
    keep_out = keep_out_words(rule, campaign)
    accept = [w for phrase in keep_out for w in phrase.split()]
    min_chars = int(rule.options.get("min_chars", 30))
    out = []
    mixed = bool(rule.options.get("mixed", True))
    accepted = tuple(accept)
    for variant in variants:
        expected = language_of(variant.locale)
        others = tuple(c for c in candidates if c != expected)
        for name, text in variant.fields.items():
            detected, sentences, runs = _field(text, expected, keep_out, min_chars, others, accepted, mixed)
            # the detector alone is not enough: the field's words must side with it too ("service
            # completo" is not Italian)
            if detected:
                out.append(rule.finding(variant, _said(rule.message, detected), field_name=name))
                continue
            for start, end, language in sentences:
                out.append(
                    rule.finding(
                        variant,
                        _said(rule.message, language, text[start:end]),
                        field_name=name,
                        text=text,
                        start=start,
                        end=end,
                    )
                )
            for run in runs:
                out.append(
                    rule.finding(
                        variant,
                        _said(rule.message, run.language, run.text),
                        field_name=name,
                        text=text,
                        start=run.start,
                        end=run.end,
                    )
                )
    return out


@lru_cache(maxsize=1024)  # a keystroke changes one field: every other one's answer is kept
def _field(
    text: str,
    expected: str,
    keep_out: tuple[str, ...],
    min_chars: int,
    others: tuple[str, ...],
    accept: tuple[str, ...],
    mixed: bool,
) -> tuple[str | None, tuple[tuple[int, int, str], ...], tuple[ForeignRun, ...]]:
    """What one field is found to be in: another language as a whole (the detector's answer that
    the words side with), else its sentences in another language and (``mixed``) the runs of
    foreign words outside them."""
    detected = text_language(text, keep_out, min_chars)
    if detected and detected != expected and words_lean_to(text, detected, expected):
        return detected, (), ()
    sentences = tuple(_foreign_sentences(text, expected, keep_out, min_chars))
    if not mixed:
        return None, sentences, ()
    runs = tuple(
        run
        for run in _runs(text, expected, list(others), list(accept))
        if not any(start <= run.start < end for start, end, _ in sentences)  # said of its whole sentence
    )
    # a clause of two or three words of another language (studio.text.short_clauses)
    listed = tuple(d for d in DETECTED if d != expected and has_word_list(d))
    clauses = tuple(
        (start, end, language)
        for start, end, language in short_foreign_clauses(text, expected, keep_out, listed)
        if not any(a < end and start < b for a, b, _ in sentences)
        and not any(run.start < end and start < run.end for run in runs)
    )
    # a date in another language's month or weekday names (studio.text.foreign_calendar)
    taken = [(a, b) for a, b, _ in sentences + clauses] + [(run.start, run.end) for run in runs]
    dates = tuple(
        (start, end, language)
        for start, end, language in foreign_dates(text, expected, keep_out)
        + foreign_lead_ins(text, expected, listed)
        if not any(a < end and start < b for a, b in taken)
    )
    return None, sentences + clauses + dates, runs
