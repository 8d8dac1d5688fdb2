"""Which language is a text in, and where does another language slip in?

Two tools, for two lengths of text. ``detect_language`` asks langdetect (seeded, restricted to the
candidate languages, cached per text) and answers None ("unknown") under ~30 characters, where
langdetect guesses. ``foreign_runs`` finds runs of two or more words common in another candidate
language and unknown or rare in the expected one ("Order now!" in a Spanish SMS); single loanwords
(app, online, latte) and Title Case names (Black Friday, Café Aurora) are left alone.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import regex

from studio import compiled
from studio.text.function_words import FUNCTION_WORDS, function_words
from studio.text.stores import prefetch, word_counts

MIN_DETECT_CHARS = 30
#: word frequency (per pyspellchecker's corpus) above which a word counts as common
COMMON = 5000
#: a word is "foreign" when the other language uses it this many times more often
RATIO = 50

_WORD = compiled.pattern(r"\b[\p{L}][\p{L}'’-]*\b")
_LINKS = r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"  # links, bare domains
#: what foreign runs skip: links, handles, numbers, and a discount "20 % off" (how Spanish and
#: Portuguese copy writes one too: "o sea 20 % off" holds no English run)
_SKIP = compiled.pattern(rf"{_LINKS}|[#@]\w+|\d\S*\s*%\s*(?i:off)(?![\p{{L}}])|\S*\d\S*", regex.VERSION1)
_LOCK = threading.Lock()


@dataclass(frozen=True)
class ForeignRun:
    """Words of ``language`` inside text of another language: [start, end) offsets."""

    start: int
    end: int
    text: str
    language: str


def language_of(locale: str) -> str:
    return locale.split("-")[0].lower()


@lru_cache(maxsize=8)
def _factory(languages: tuple[str, ...]) -> Any:
    """A langdetect factory holding only ``languages``' profiles (loading all 55 costs ~0.4 s)."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    DetectorFactory.seed = 0
    factory = DetectorFactory()
    folder = Path(PROFILES_DIRECTORY)
    files = [folder / lang for lang in languages]
    profiles = [path.read_text(encoding="utf-8") for path in files if path.is_file()]
    factory.load_json_profile(profiles)
    return factory


@lru_cache(maxsize=4096)
def _detect(text: str, candidates: tuple[str, ...]) -> tuple[str | None, float]:
    from langdetect.lang_detect_exception import LangDetectException

    # Spanish and English always loaded: langdetect needs two profiles, and the prior keeps the
    # answer among the candidates anyway.
    factory = _factory(tuple(sorted(set(candidates) | {"en", "es"})))
    with _LOCK:  # langdetect's detectors share the factory's state
        detector = factory.create()
        detector.set_prior_map({lang: 1.0 if lang in candidates else 0.0 for lang in factory.get_lang_list()})
        detector.append(text)
        try:
            best = detector.get_probabilities()[0]
        except (LangDetectException, IndexError):
            return None, 0.0
    return str(best.lang), float(best.prob)


def detect_language(text: str, candidates: Iterable[str]) -> str | None:
    """The language (``es``, ``en``…) of ``text`` among ``candidates``, or None when unsure or short."""
    return _detect_clean(text, tuple(sorted(set(candidates))))


@lru_cache(maxsize=4096)
def _detect_clean(text: str, candidates: tuple[str, ...]) -> str | None:
    clean = _SKIP.sub(" ", text)
    if len(" ".join(clean.split())) < MIN_DETECT_CHARS:
        return None
    lang, prob = _detect(clean, candidates)
    return lang if prob >= 0.8 else None


@lru_cache(maxsize=16)
def _frequencies(language: str) -> Mapping[str, int]:
    """pyspellchecker's word counts for ``language`` ({} without a list), loaded only when a text
    is judged against that language and read from the on-disk cache (:mod:`studio.text.stores`),
    with the irregular verb forms the list lacks (:data:`IRREGULAR_FORMS`)."""
    source = _word_list_file(language)
    if source is None:
        return {}
    return word_counts(language, lambda: _load_frequencies(language), source)


#: the present tense of the commonest irregular verbs, which pyspellchecker's Spanish list lacks
#: ("hay", "va", "tiene", "puede", "dice", "vienen") and no ending rule builds: counted as very common
IRREGULAR_FORMS: dict[str, frozenset[str]] = {
    "es": frozenset(
        " ".join(
            (
                "hay he has ha hemos han habéis soy eres es somos son sois estoy estás está estamos",
                "están voy vas va vamos van vais tengo tienes tiene tenemos tienen hago haces hace",
                "hacemos hacen puedo puedes puede podemos pueden quiero quieres quiere queremos quieren",
                "digo dices dice decimos dicen vengo vienes viene venimos vienen doy das da damos dan",
                "veo ves ve vemos ven sé sabes sabe sabemos saben pongo pones pone ponemos ponen salgo",
                "sales sale salimos salen traigo traes trae traemos traen conozco conoces conoce conocemos",
                "conocen",
            )
        ).split()
    )
}
_COMMON_COUNT = 1_000_000


def _count(table: Mapping[str, int], language: str, word: str) -> int:
    """``word``'s count in ``language``'s list, the irregular forms it lacks counted as very common,
    a Spanish plural the list lacks ("horas", "tarifas") as its singular, and Portuguese written
    without accents as SMS are ("nao", "voce", "promocao") as very common."""
    if word in IRREGULAR_FORMS.get(language, ()):
        return max(table.get(word, 0), _COMMON_COUNT)
    found = table.get(word, 0)
    if not found and language == "es" and word.endswith("s") and len(word) > 3:
        return _plural_count(table, word)
    if not found and language == "pt" and (word in _PT_UNACCENTED or _PT_TION.search(word)):
        return _COMMON_COUNT
    if not found and language == "pt" and len(word) > 3:
        return _pt_marks_restored(word)
    return found


@lru_cache(maxsize=8192)
def _pt_marks_restored(word: str) -> int:
    """The count of ``word`` with the marks only Portuguese writes put back, as SMS leave them out:
    a cedilla ("comeca" → "começa", "preco" → "preço") or a tilde ending ("cartoes" → "cartões",
    "mae" → "mãe"); 0 when none is a word in use (Spanish writes neither mark)."""
    table = _frequencies("pt")
    spellings = [
        word[:i] + "ç" + word[i + 1 :]
        for i, c in enumerate(word)
        if c == "c" and word[i + 1 : i + 2] in "aou"
    ]
    for plain, marked in (
        ("oes", "ões"),
        ("aes", "ães"),
        ("aos", "ãos"),
        ("ao", "ão"),
        ("a", "ã"),
        ("ae", "ãe"),
    ):
        if word.endswith(plain):
            spellings.append(word[: -len(plain)] + marked)
    counts = [table.get(w, 0) for w in spellings]
    return max((c for c in counts if c > _LISTED_ONLY), default=0)


#: Portuguese's commonest words written without their accents, which no neighbour spells so
#: (Spanish "no", "usted", "también", "entonces", "mañana"; "ja" is a Spanish laugh)
_PT_UNACCENTED = frozenset(["nao", "voce", "voces", "tambem", "entao", "amanha", "sao", "ate", "pra"])
#: "-ção", "-ções" without the cedilla and tilde ("promocao", "condicoes"): Spanish writes "-ción"
_PT_TION = compiled.pattern(r"\p{L}{2,}(?:cao|coes|çao|cão|çoes|côes)$", regex.VERSION1)


#: a word the list counts this often or less is listed, not seen used
_LISTED_ONLY = 50


def _plural_count(table: Mapping[str, int], word: str) -> int:
    """The count of the singular of a regular Spanish plural ("hora" for "horas", "ciudad" for
    "ciudades", "luz" for "luces"), 0 when there is none in use."""
    if word.endswith("ces"):
        singulars = [word[:-3] + "z"]
    elif word.endswith("es") and word[-3] in "dlnrj":
        singulars = [word[:-2]]
    else:
        singulars = [word[:-1]] if word[-2] in "aeiouáéó" else []
    counts = [table.get(s, 0) for s in singulars]
    return max((c for c in counts if c > _LISTED_ONLY), default=0)


def _word_list_file(language: str) -> Path | None:
    from importlib.util import find_spec

    if not language.isalpha():
        return None
    spec = find_spec("spellchecker")  # where it is installed, without importing it (~12 ms)
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("No module named 'spellchecker'", name="spellchecker")
    path = Path(spec.origin).parent / "resources" / f"{language.lower()}.json.gz"
    return path if path.is_file() else None


def _load_frequencies(language: str) -> dict[str, int]:
    from spellchecker import SpellChecker

    try:
        checker = SpellChecker(language=language, case_sensitive=False)
    except ValueError:  # no dictionary for this language
        return {}
    words = dict(checker.word_frequency.dictionary)
    if language == "es":
        _add_regular_forms(words)
    return words


#: regular present-tense, vos and gerund endings of Spanish verbs, per infinitive ending:
#: pyspellchecker's Spanish list has "usar" but not "usa", "usando" or "esperamos"
_ES_ENDINGS = {  # (indicative only: the subjunctive's "corra", "acabe" are Portuguese words too)
    "ar": ("a", "as", "amos", "an", "ás", "á", "ando"),
    "er": ("e", "es", "emos", "en", "és", "é", "iendo"),
    "ir": ("e", "es", "imos", "en", "ís", "í", "iendo"),
}


def _add_regular_forms(words: dict[str, int]) -> None:
    """Spanish verb forms built from the infinitives the list has, with the infinitive's frequency
    (a word both lists then hold counts for neither language)."""
    for word, count in list(words.items()):
        endings = _ES_ENDINGS.get(word[-2:]) if len(word) >= 4 else None
        if endings:
            stem = word[:-2]
            for ending in endings:
                words.setdefault(stem + ending, count)


#: how often another language's list must count a word (that ``expected``'s lacks) for it to be
#: evidence of that language: a word counted less is rare there — a name ("Marisa"), a learned word,
#: an inflection the expected list happens to lack (Spanish "recordemos", "blindadas", "brindemos")
EVIDENCE = 1000


def words_lean_to(text: str, found: str, expected: str, *, clearly: bool = False) -> bool:
    """Whether the words of ``text`` side with ``found`` rather than ``expected``: more of them are
    words of ``found`` only than of ``expected`` only (pyspellchecker's word lists). True when there
    is no list to ask for one of them (the detector's word is then all there is). ``clearly``: at
    least two words of ``found`` only and none of ``expected`` only."""
    theirs, ours = _frequencies(found), _frequencies(expected)
    if not theirs and found in FUNCTION_WORDS:  # (Catalan, Galician, Basque: no word list)
        return function_words(text, found, expected) >= (2 if clearly else 1)
    if not theirs or not ours:
        return True
    words = [w.casefold() for w in _WORD.findall(prose(text))]
    only_theirs = sum(
        1 for w in words if _count(theirs, found, w) >= EVIDENCE and not _count(ours, expected, w)
    )
    only_ours = sum(1 for w in words if _count(ours, expected, w) and not _count(theirs, found, w))
    if clearly:  # the detector was less sure: the words must say it on their own
        return only_theirs >= 2 and only_ours == 0
    return only_theirs > only_ours


def words_lean_to_any(text: str, languages: Iterable[str], expected: str) -> bool:
    """``any(words_lean_to(text, lang, expected) for lang in languages)``, the words read once."""
    ours = _frequencies(expected)
    words: list[tuple[str, bool]] | None = None
    for lang in languages:
        theirs = _frequencies(lang)
        if not theirs or not ours:
            return True
        if words is None:  # (the same counts as words_lean_to's, irregular forms included)
            folded = [m.casefold() for m in _WORD.findall(prose(text))]
            prefetch(ours, folded)
            words = [(w, bool(_count(ours, expected, w))) for w in folded]
        prefetch(theirs, [w for w, _ in words])
        only_theirs = sum(1 for w, mine in words if not mine and _count(theirs, lang, w) >= EVIDENCE)
        only_ours = sum(1 for w, mine in words if mine and not _count(theirs, lang, w))
        if only_theirs > only_ours:
            return True
    return False


def has_word_list(language: str) -> bool:
    """Whether pyspellchecker has a word list for ``language`` (:func:`words_lean_to` asks it)."""
    return bool(_frequencies(language))


def foreign_runs(
    text: str, language: str, others: Iterable[str], *, accept: Iterable[str] = (), min_words: int = 2
) -> list[ForeignRun]:
    """Runs of ``min_words`` or more words of another language in ``text`` written in ``language``."""
    return list(_foreign_runs(text, language, tuple(others), tuple(accept), min_words))


@lru_cache(maxsize=4096)
def _foreign_runs(
    text: str, language: str, others: tuple[str, ...], accept: tuple[str, ...], min_words: int
) -> tuple[ForeignRun, ...]:
    own = _frequencies(language)
    if not own:
        return ()
    accepted = {w.casefold() for w in accept}
    other_tables = [(lang, _frequencies(lang)) for lang in others if lang != language]
    skipped = bytearray(len(text) + 1)  # 1 where a link, handle or code is: not words to judge
    for m in _SKIP.finditer(text):
        skipped[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    runs: list[ForeignRun] = []
    current: list[tuple[int, int, str, str]] = []

    tables = dict(other_tables)
    every = [m.group().casefold() for m in _WORD.finditer(text)]
    for table in (own, *tables.values()):
        prefetch(table, every)

    def close() -> None:
        if len(current) == 2 and (
            not any(_count(tables[lang], lang, w.casefold()) >= _FUNCTION_WORD for _, _, w, lang in current)
            or _determined(text, current[0][0], language)
        ):
            current.clear()  # a loan phrase ("Bike check", "flat white"; "el after ski", "un happy hour")
        if len(current) >= min_words and not _a_name(current, text):
            start, end = current[0][0], current[-1][1]
            runs.append(ForeignRun(start, end, text[start:end], current[0][3]))
        current.clear()

    previous_end = 0
    for m in _WORD.finditer(text):
        word = m.group()
        if skipped[m.start()]:
            continue
        gap = text[previous_end : m.start()]
        if current and regex.search(r"[.!?¡¿:;,()\n«»\"]", gap):
            close()
        previous_end = m.end()
        folded = word.casefold()
        foreign_in = None
        if folded not in accepted and not word.isupper():
            mine = _count(own, language, folded)
            for lang, table in other_tables:
                theirs = _count(table, lang, folded)
                if theirs >= COMMON and theirs > max(mine, 1) * RATIO:
                    foreign_in = lang
                    break
        if foreign_in and (not current or current[-1][3] == foreign_in):
            current.append((m.start(), m.end(), word, foreign_in))
        else:
            close()
            if foreign_in:
                current.append((m.start(), m.end(), word, foreign_in))
    close()
    return tuple(runs)


#: the determiners (and prepositions) that make the two words after them a noun of the field's
#: language ("el after ski", "un happy hour", "o drive thru", "the piñata party", "ropa de after
#: ski"): a loan phrase, not a foreign clause
_DETERMINER_WORDS = {
    # (and the prepositions a noun follows: "ropa de after ski", "zona de after office")
    "es": "el la los las un una unos unas del al tu tus su sus mi nuestro nuestra este esta ese esa"
    " de con sin para",
    "pt": "o a os as um uma do da dos das no na ao seu sua teu tua nosso nossa este esta esse essa"
    " de com sem",
    "en": "the a an our your their this that",
}
_DETERMINERS = {language: frozenset(words.split()) for language, words in _DETERMINER_WORDS.items()}
_LAST_WORD = compiled.pattern(r"(\p{L}+)\s+\Z", regex.VERSION1)


def _determined(text: str, start: int, language: str) -> bool:
    """Whether the word before ``start`` is a determiner of ``language``."""
    before = _LAST_WORD.search(text, max(0, start - 12), start)
    return before is not None and before.group(1).casefold() in _DETERMINERS.get(language, frozenset())


#: the particles of a name ("Cinco de Mayo", "Día de los Muertos", "Rio de Janeiro")
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los", "do", "da", "dos", "das", "di", "y", "e"})


def _a_name(run: list[tuple[int, int, str, str]], text: str) -> bool:
    """Whether a run of words is (part of) a name: capitalised words, or capitalised words and
    their particles before another capitalised word ("Cinco de Mayo" in English copy)."""
    if all(w[0].isupper() for _, _, w, _ in run):
        return True
    if not all(w[0].isupper() or w in _NAME_PARTICLES for _, _, w, _ in run):
        return False
    before = text[: run[0][0]].split()
    opens = run[0][2][0].isupper() or (bool(before) and before[-1][:1].isupper())
    return opens and (run[-1][2][0].isupper() or text[run[-1][1] :].lstrip()[:1].isupper())


#: a word used this often in its language is a function word or a common verb ("now", "in", "your",
#: "get"): a two-word run holding one is a phrase of that language, not a loan compound
_FUNCTION_WORD = 1_000_000

#: the languages a field is identified among, whatever the campaign's locales (ISO 639-1)
DETECTED: tuple[str, ...] = ("es", "en", "pt", "ca", "gl", "eu", "fr", "it", "de")
#: langdetect has no Galician or Basque profile; py3langid (langid.py's model) answers for those
_LANGID_ONLY = ("gl", "eu")
#: how sure the detector must be of a language (its share among all of langdetect's 55)
SURE = 0.9

_NOT_PROSE = compiled.pattern(
    r"https?://\S+|www\.\S+|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?"  # links, bare domains
    r"|\S+@\S+|[#@][\p{L}\p{N}_]+"  # e-mails, hashtags, handles
    r"|\d\S*\s*%\s*(?i:off)\b"  # "25% off": how Spanish and Portuguese copy writes a discount too
    r"|\S*\d\S*"  # prices, codes, numbers, dates
    r"|(?<![\p{L}])\p{Lu}{2,}(?![\p{L}])"  # capitals: codes, PUBLI, BAJA, STOP
    r"|[€$£%+*•|/\\–—_~=<>]",
    regex.VERSION1,
)


_LINK_PATTERN = compiled.pattern(_LINKS, regex.VERSION1)


def blank_links(text: str) -> str:
    """``text`` with every link and bare domain blanked out, offsets kept."""
    return _LINK_PATTERN.sub(lambda m: " " * len(m.group()), text)


@lru_cache(maxsize=64)
def _phrases(words: tuple[str, ...]) -> regex.Pattern[str] | None:
    names = sorted({w.strip() for w in words if w.strip()}, key=lambda n: (-len(n), n))  # fixed order: cached
    if not names:
        return None
    alternation = "|".join(regex.escape(n) for n in names)
    return compiled.pattern(  # a loanword's plural too ("forfaits", "apps", "riders")
        rf"(?<![\p{{L}}])(?:{alternation})s?(?![\p{{L}}])", regex.IGNORECASE | regex.VERSION1
    )


def prose(text: str, keep_out: Iterable[str] = ()) -> str:
    """``text`` without what is no language's prose: brand names and loanwords (``keep_out``),
    links, hashtags, @handles, codes, prices and numbers; whitespace collapsed."""
    return _prose(text, keep_out if isinstance(keep_out, tuple) else tuple(keep_out))


@lru_cache(maxsize=2048)
def _prose(text: str, keep_out: tuple[str, ...]) -> str:
    """:func:`prose`, remembered (asked for the same sentence several times a keystroke)."""
    text = _LINK_PATTERN.sub(" ", text)  # before the brand's name, which a bare domain may hold
    pattern = _phrases(tuple(keep_out))
    if pattern is not None:
        text = pattern.sub(" ", text)
    return " ".join(_NOT_PROSE.sub(" ", text).split())


@lru_cache(maxsize=1)
def _full_factory() -> Any:
    """A langdetect factory with all its profiles: a text in a language outside ``DETECTED``
    (Romanian, Dutch…) then draws the probability away, and is "unknown" rather than a guess.
    Its n-gram table is read on demand from the cache (:func:`studio.text.stores.langdetect_factory`)."""
    from studio.text.stores import langdetect_factory

    return langdetect_factory()


@lru_cache(maxsize=1)
def _langid() -> Any:
    """py3langid among ``DETECTED``, its model mapped from the cache (:mod:`studio.text.stores`)."""
    from studio.text.stores import langid_identifier

    return langid_identifier(list(DETECTED))


def load_models() -> None:
    """Load both language identifiers now (each loads at its first use otherwise: py3langid's
    model takes about half a second), for a process that knows checks are coming."""
    _full_factory()
    _langid()


@lru_cache(maxsize=4096)
def _langdetect_best(text: str) -> tuple[str | None, float]:
    """langdetect's likeliest language of ``DETECTED`` for ``text``, with its probability;
    remembered across runs (:func:`studio.text.stores.remembered`)."""
    from studio.text.stores import remembered

    lang, prob = remembered("langdetect", text, lambda: _run_langdetect(text))
    return lang, prob


@lru_cache(maxsize=4096)
def _classify(text: str) -> tuple[str, float]:
    """py3langid's language for ``text`` and its probability, remembered across runs."""
    from studio.text.stores import remembered

    lang, prob = remembered("langid", text, lambda: _langid().classify(text))
    return lang, prob


def _run_langdetect(text: str) -> tuple[str | None, float]:
    from langdetect.lang_detect_exception import LangDetectException

    factory = _full_factory()
    with _LOCK:
        detector = factory.create()
        detector.append(text)
        try:
            found = detector.get_probabilities()
        except LangDetectException:
            return None, 0.0
    ours = [(str(p.lang), float(p.prob)) for p in found if p.lang in DETECTED]
    return max(ours, key=lambda lp: lp[1]) if ours else (None, 0.0)


@lru_cache(maxsize=4096)
def identify_language(
    text: str, keep_out: tuple[str, ...] = (), min_chars: int = MIN_DETECT_CHARS, sure: float = SURE
) -> str | None:
    """The language of ``text`` among ``DETECTED``, or None ("unknown") when its prose — what is
    left without ``keep_out`` (brand names, accepted loanwords), links, tags, codes and prices — is
    shorter than ``min_chars`` or no language is sure. Deterministic (seeded) and cached."""
    clean = prose(text, keep_out)
    if len(clean) < min_chars:
        return None
    lang, prob = _langdetect_best(clean)
    if lang in (None, "es", "pt") or prob < sure:
        # Galician reads as Spanish or Portuguese to langdetect, Basque as nothing it knows
        other, other_prob = _classify(clean)
        if other in _LANGID_ONLY and other_prob >= sure:
            return str(other)
    if lang is not None and prob >= sure and not _frequencies(lang):
        # No word list to back langdetect up (Catalan): the second model must agree. Short Spanish
        # with a Catalan-looking word ("Reserva tu primavera en Sóller") fools langdetect alone.
        other, _ = _classify(clean)
        if other != lang:
            return None
    return lang if prob >= sure else None


def second_opinion(text: str, keep_out: tuple[str, ...] = ()) -> tuple[str, float]:
    """py3langid's language for ``text``'s prose among ``DETECTED``, with its probability: an
    independent model (a different method and training text from langdetect's)."""
    clean = prose(text, keep_out)
    lang, prob = _classify(clean) if clean else (None, 0.0)
    return str(lang), float(prob)


def word_votes(text: str, found: str, expected: str, ratio: int = 10) -> tuple[int, int]:
    """How many of ``text``'s words are used at least ``ratio`` times more often in ``found`` than
    in ``expected`` (first) and the other way round (second), by pyspellchecker's word counts."""
    theirs, ours = _frequencies(found), _frequencies(expected)
    if not theirs or not ours:
        return 0, 0
    for_theirs = for_ours = 0
    words = [word.casefold() for word in _WORD.findall(prose(text))]
    prefetch(theirs, words)
    prefetch(ours, words)
    for w in words:
        a, b = _count(theirs, found, w), _count(ours, expected, w)
        if a > ratio * b and a >= 100:
            for_theirs += 1
        elif b > ratio * a and b >= 100:
            for_ours += 1
    return for_theirs, for_ours
