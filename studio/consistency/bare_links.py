"""Bare links whose ending is not a public suffix but which are links all the same.

:func:`studio.consistency.links.find_bare_domains` reads a bare domain (``cafeaurora.es/otono``)
when its ending is a public suffix or it is one of the campaign's own sites. A lookalike of the
brand's domain on the same ending (``bluewaketravel.example/annual`` beside ``bluewake.example``,
``baharequemuebles.example`` beside ``bahareque.example``) was not read at all, so another domain
in a post passed silently. A bare domain is a link too when its ending is the ending of one of the
campaign's sites, or a name reserved for examples and tests (RFC 2606, RFC 6761: ``example``,
``test``, ``invalid``, ``localhost``), which no public list holds.
"""

from __future__ import annotations

from collections.abc import Collection

#: endings reserved for documentation and tests (RFC 2606, RFC 6761)
RESERVED_ENDINGS = frozenset({"example", "test", "invalid", "localhost"})


def ending_of(host: str) -> str:
    """The last label of ``host`` (``bluewake.example`` → ``example``), lower case."""
    return host.rstrip(".").rsplit(".", 1)[-1].casefold()


def same_ending(host: str, sites: Collection[str]) -> bool:
    """Whether ``host`` ends like one of the campaign's ``sites`` or in a reserved ending."""
    ending = ending_of(host)
    return ending in RESERVED_ENDINGS or any(ending == ending_of(site) for site in sites)
