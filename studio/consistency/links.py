"""Links as customers read them, and whether a link is the campaign's.

Copy writes links three ways: in full (``https://www.cafeaurora.es/otono?utm_source=sms``), with
``www.`` only, or bare (``cafeaurora.es/otono``, ``CAFEAURORA.ES/OTONO`` on a poster). A bare
domain is read as a link when its ending is a public suffix of the Public Suffix List (bundled
with ``publicsuffixlist``: no network at run time) or when it is one of the campaign's own sites
(a brand may use a reserved ending such as ``.example``). Two links are the same when they lead to
the same page: scheme, ``www.``, letter case, percent-encoding, a trailing slash, the fragment and
tracking parameters do not count. A link shortener cannot be resolved offline: such a link is
neither right nor wrong, it is unverified.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, unquote, urlsplit

import regex

from studio import compiled
from studio.consistency.bare_links import same_ending

if TYPE_CHECKING:
    from publicsuffixlist import PublicSuffixList

#: Query parameters that track a click and do not change the page (prefixes).
TRACKING_PARAMS = (
    "utm_",
    "fbclid",
    "gclid",
    "mc_cid",
    "mc_eid",
    "_hsenc",
    "_hsmi",
    "igshid",
    "yclid",
    "msclkid",
    "dclid",
    "gbraid",
    "wbraid",
    "ttclid",
    "twclid",
    "li_fat_id",
    "mkt_tok",
    "_ga",
    "_gl",
    "srsltid",
    "s_kwcid",
    "hsa_",
    "oly_",
    "vero_",
)

#: Hosts of link shorteners (and link-in-bio redirectors) whose target cannot be known offline.
SHORTENERS: frozenset[str] = frozenset(
    {
        "bit.ly",
        "bitly.com",
        "bl.ink",
        "buff.ly",
        "cutt.ly",
        "dlvr.it",
        "fb.me",
        "goo.gl",
        "is.gd",
        "lnkd.in",
        "ow.ly",
        "rb.gy",
        "rebrand.ly",
        "s.id",
        "shorturl.at",
        "t.co",
        "t.ly",
        "tiny.cc",
        "tinyurl.com",
        "trib.al",
        "v.gd",
        "amzn.to",
        "qrco.de",
        "linktr.ee",
        # more public shorteners (Spanish- and Portuguese-speaking markets included)
        "acortar.link",
        "cort.as",
        "encurtador.com.br",
        "migre.me",
        "bit.do",
        "j.mp",
        "bitly.is",
        "tiny.one",
        "tinu.be",
        "snip.ly",
        "clck.ru",
        "u.to",
        "x.co",
        "x.gd",
        "2.gy",
        "soo.gd",
        "s2r.co",
        "shrtco.de",
        "kutt.it",
        "cutt.us",
        "urlz.fr",
        "gg.gg",
        "lc.cx",
        "chilp.it",
        "qr.ae",
        "tr.im",
        "ift.tt",
        "wp.me",
        "flip.it",
        "spoti.fi",
        "apple.co",
        "youtu.be",
        "ln.is",
        "po.st",
        "mcaf.ee",
        "adf.ly",
        "ouo.io",
        "shorte.st",
        "bc.vc",
        "hyperurl.co",
        "zpr.io",
        "l.ead.me",
        "lnk.bio",
        "bio.link",
        "beacons.ai",
        "msha.ke",
    }
)

#: Platforms where a brand has its profile, chat, map pin, video or app listing: a link to them
#: ("instagram.com/cafeaurora", "wa.me/34600…", "maps.google.com/?q=…") is no other landing
PLATFORMS: frozenset[str] = frozenset(
    {
        "instagram.com",
        "facebook.com",
        "fb.com",
        "messenger.com",
        "tiktok.com",
        "x.com",
        "twitter.com",
        "youtube.com",
        "linkedin.com",
        "pinterest.com",
        "threads.net",
        "whatsapp.com",
        "wa.me",
        "t.me",
        "telegram.me",
        "spotify.com",
        "google.com",
        "apple.com",
    }
)

#: characters a link's path and query are made of (RFC 3986, letters of any script): an emoji or
#: a guillemet right after a link ends it
URL_CHARS = r"[\p{L}\p{N}\-._~:/?#\[\]@!$&()*+,;=%]"

# A bare domain: labels of letters, digits and dashes, an ending of letters (or punycode), an
# optional path. Not after @ (an e-mail address or a handle), a dot, a slash or a word character.
_BARE_DOMAIN = compiled.pattern(
    r"(?<![\w@.\-/:#])"
    r"(?P<host>(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+(?P<tld>\p{L}{2,24}|xn--[a-z0-9-]{2,59}))"
    r"(?![\w-]|\.[\p{L}\p{N}])"
    rf"(?P<path>/{URL_CHARS}*)?",
    regex.VERSION1,
)
#: punctuation that ends a sentence or a bracket, not a link
TRAILING = ".,;:!?)]}»”’'\"…"


@lru_cache(maxsize=1)
def _suffixes() -> PublicSuffixList:
    import publicsuffixlist
    from publicsuffixlist import PublicSuffixList

    # parsing the bundled list is ~30 ms of every run: the parsed list is kept (studio.compiled)
    data = Path(publicsuffixlist.__file__).parent / "public_suffix_list.dat"
    try:
        stat = data.stat()
        source: tuple[object, ...] = (str(data), stat.st_size, stat.st_mtime_ns)
    except OSError:
        source = ()
    parts = (getattr(publicsuffixlist, "__version__", ""), source)
    return compiled.kept("suffixes", parts, lambda: PublicSuffixList(only_icann=True), code=__file__)


def known_suffix(host: str) -> bool:
    """Whether ``host`` ends in a public suffix (``.es``, ``.com.mx``…) of the bundled list."""
    psl = _suffixes()
    return psl.publicsuffix(host.casefold(), accept_unknown=False) is not None


def site_of(host: str) -> str:
    """The registrable domain of ``host``: ``tienda.cafeaurora.com.mx`` → ``cafeaurora.com.mx``."""
    host = _host(host)
    psl = _suffixes()
    site = psl.privatesuffix(host, accept_unknown=True)
    return str(site) if site else host


def _host(host: str) -> str:
    host = host.casefold().rstrip(".").removeprefix("www.")
    try:
        return host.encode("idna").decode("ascii").casefold()
    except UnicodeError:
        return host


def find_bare_domains(text: str, sites: Collection[str] = ()) -> Iterator[tuple[int, int]]:
    """Spans of links written without ``https://`` or ``www.`` (``cafeaurora.es/otono``).

    ``sites`` are the campaign's own registrable domains: read even when their ending is not a
    public suffix. A capitalised ending (``…gracias.Ven``) is a missing space, not a domain.
    """
    for m in _BARE_DOMAIN.finditer(text):
        host, tld = m.group("host"), m.group("tld")
        if not (tld.islower() or host.isupper()):
            continue
        if not (
            known_suffix(host)
            or site_of(host) in sites
            or _host(host) in SHORTENERS
            or typo_of(host, sites)
            or same_ending(host, sites)  # bare_links.py: "bluewaketravel.example/annual"
        ):
            continue  # (a near miss of the campaign's own site, "cafe-aurora.example", is a link to judge)
        start, end = m.span()
        while end > start and text[end - 1] in TRAILING:
            end -= 1
        yield start, end


@dataclass(frozen=True)
class LinkKey:
    """What makes two links lead to the same page."""

    host: str
    path: str
    query: tuple[tuple[str, str], ...]


def link_key(url: str, codes: Collection[str] = ()) -> LinkKey:
    """``url`` in comparable form: host without ``www.``, path, query without tracking parameters
    nor parameters that carry one of the campaign's promo ``codes`` (``?cupom=PONTE20`` fills the
    code in on the landing: the same page).

    Paths compare without letter case: posters print ``CAFEAURORA.ES/OTONO`` for ``/otono``.
    """
    return _link_key(url, frozenset(c.casefold() for c in codes))


@lru_cache(maxsize=4096)
def _link_key(url: str, own: frozenset[str]) -> LinkKey:
    """:func:`link_key`, worked out once per link (a keystroke compares every variant's links)."""
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    path = unquote(parts.path).rstrip("/").casefold()
    query = tuple(
        sorted(
            (k, v)
            for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not k.lower().startswith(TRACKING_PARAMS) and v.casefold() not in own
        )
    )
    return LinkKey(_host(parts.hostname or ""), path, query)


class LinkVerdict(StrEnum):
    SAME = "same"  # the campaign's link, or a page every campaign may link to
    SHORTENED = "shortened"  # a shortener: cannot be checked offline
    OTHER_PAGE = "other_page"  # the campaign's site, another page (another campaign's landing…)
    FOREIGN = "foreign"  # a site that is not the campaign's


def judge_link(
    url: str,
    *,
    cta: str | None,
    allowed: Collection[str] = (),
    sites: Collection[str] = (),
    codes: Collection[str] = (),
) -> LinkVerdict:
    """How a link stated in a variant relates to the campaign.

    ``cta`` is the sheet's call-to-action link, ``allowed`` other pages any variant may link to
    (the brand's home page, the unsubscribe page, pages named in the disclaimer), ``sites`` the
    campaign's registrable domains. Every site's home page is allowed, and any page of the
    platforms a brand has its profiles on (:data:`PLATFORMS`).
    """
    key = link_key(url, codes)
    if cta is not None and key == link_key(cta, codes):
        return LinkVerdict.SAME
    if key.host in SHORTENERS:
        return LinkVerdict.SHORTENED
    if site_of(key.host) in PLATFORMS and site_of(key.host) not in sites:
        return LinkVerdict.SAME  # the brand's profile, chat or map pin: not a landing
    if site_of(key.host) not in sites:
        return LinkVerdict.FOREIGN
    if not key.path or any((key.host, key.path) == (k.host, k.path) for k in map(link_key, allowed)):
        return LinkVerdict.SAME
    return LinkVerdict.OTHER_PAGE if cta is not None else LinkVerdict.SAME


def as_written(url: str, stated: str) -> str:
    """``url`` written the way ``stated`` was: bare or with ``www.``, upper case on a poster."""
    text = url
    if not stated.casefold().startswith(("http://", "https://")):
        text = text.split("://", 1)[-1]
        if not stated.casefold().startswith("www."):
            text = text.removeprefix("www.")
    letters = [ch for ch in stated if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters):
        text = text.upper()
    return text


def typo_of(host: str, sites: Collection[str]) -> bool:
    """Whether ``host``'s site is one or two keystrokes away from one of ``sites`` (``cafeaurra.es``)."""
    site = site_of(host)
    return any(site != s and edit_distance(site, s) <= 2 for s in sites)


def edit_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions, transpositions."""
    if abs(len(a) - len(b)) > 2:
        return 3 if a != b else 0
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]
