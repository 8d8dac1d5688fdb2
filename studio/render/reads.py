"""Which fields of a locale's message a channel's templates read.

A keystroke in the es-ES body changes what the email shows; the SMS, the posts and the poster
read the headline and the short copy, not the body. :class:`~studio.render.variants.Renderer`
keys each rendered variant by the message fields its templates read (this module), so typing in
the body re-renders the email and takes every other variant from its memo.

Read from the templates' syntax trees (and every template they include, import or extend): a
template that reads ``message.body`` (or ``content.message.body``, ``message["body"]``) reads the
body. Any other use of ``message`` — printed whole, passed to a filter or a macro, looped over,
renamed with ``set`` — any use of ``campaign.locales`` or of ``campaign`` or ``content`` as a
whole, and any template named at render time (``{% include name %}``) count as reading every
field: :func:`message_reads` answers None and the variant is keyed by the whole message, as
before. The studio's own filters read no message field from the render's context (they read the
locale, the campaign's time zone and key, the offer and the brand).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

import jinja2
from jinja2 import meta, nodes

#: the context's names from which a template can reach a message field
_MESSAGE, _CONTENT, _CAMPAIGN = "message", "content", "campaign"


class _Everything(Exception):
    """The template may read any field."""


def message_reads(
    env: jinja2.Environment, names: tuple[str, ...], stamp: object = None
) -> frozenset[str] | None:
    """The message fields that rendering ``names`` (with what they include) can read; None when
    that cannot be told (see the module docstring). ``stamp`` is the templates' change stamp
    (the answer is kept until it changes); a template that does not parse reads everything (its
    render reports the error)."""
    return _reads(env, names, stamp)


@lru_cache(maxsize=64)
def _reads(env: jinja2.Environment, names: tuple[str, ...], stamp: object) -> frozenset[str] | None:
    found: set[str] = set()
    done: set[str] = set()
    todo = list(names)
    try:
        while todo:
            name = todo.pop()
            if name in done:
                continue
            done.add(name)
            if env.loader is None:
                raise _Everything
            source, _, _ = env.loader.get_source(env, name)
            tree = env.parse(source, name)
            for other in meta.find_referenced_templates(tree):
                if other is None:  # named at render time
                    raise _Everything
                todo.append(other)
            found.update(_fields_read(tree))
    except (_Everything, jinja2.TemplateError, OSError):
        return None
    return frozenset(found)


def _fields_read(tree: nodes.Node) -> Iterator[str]:
    for name, path in _names(tree, []):
        if name == _MESSAGE:
            if not path:
                raise _Everything
            yield path[0]
        elif name == _CONTENT:
            if not path or (path[0] == _MESSAGE and len(path) == 1):
                raise _Everything
            if path[0] == _MESSAGE:
                yield path[1]
        elif name == _CAMPAIGN and (not path or path[0] == "locales"):
            raise _Everything


def _names(node: nodes.Node, parents: list[nodes.Node]) -> Iterator[tuple[str, list[str]]]:
    """Each watched name the tree loads, with the attributes read from it (``message.body`` →
    ``("message", ["body"])``)."""
    if isinstance(node, nodes.Name):
        if node.ctx == "load" and node.name in (_MESSAGE, _CONTENT, _CAMPAIGN):
            yield node.name, _path(node, parents)
        return
    parents.append(node)
    for child in node.iter_child_nodes():
        yield from _names(child, parents)
    parents.pop()


def _path(node: nodes.Node, parents: list[nodes.Node]) -> list[str]:
    """The attributes (and constant keys) read in a row from ``node``, outwards."""
    path: list[str] = []
    for parent in reversed(parents):
        if isinstance(parent, nodes.Getattr) and parent.node is node:
            path.append(parent.attr)
        elif (
            isinstance(parent, nodes.Getitem)
            and parent.node is node
            and isinstance(parent.arg, nodes.Const)
            and isinstance(parent.arg.value, str)
        ):
            path.append(parent.arg.value)
        else:
            break
        node = parent
    return path
