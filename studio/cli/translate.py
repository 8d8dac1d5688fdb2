"""``studio translate status|export|import|copy`` — translations of a campaign, and XLIFF for translators.

CAMPAIGN is a stored campaign's key or id, or a ``*.campaign.yaml`` file (then that file is read and,
for ``import`` and ``copy``, rewritten atomically).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from studio.errors import StudioError

_EPILOG = (
    "CAMPAIGN is a campaign's key or id, or a *.campaign.yaml file. "
    "`status` exits with 1 while a translation is missing or outdated."
)


def register(sub: Any, common: argparse.ArgumentParser) -> None:
    translate = sub.add_parser(
        "translate", help="translation states, XLIFF export and import, copy from primary", epilog=_EPILOG
    )
    actions = translate.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(translate)
    )

    p = actions.add_parser(
        "status", parents=[common], help="each translated field: up to date, outdated or missing"
    )
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_status)

    p = actions.add_parser("show", parents=[common], help="primary text and translation side by side")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--locale", required=True, metavar="TAG")
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(handler=_show)

    p = actions.add_parser("export", parents=[common], help="write one XLIFF 2.0 file per translated locale")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--out", "-o", required=True, type=Path, metavar="DIR", help="folder to write into")
    p.add_argument(
        "--locale", action="append", metavar="TAG", help="only this locale (repeat); default every one"
    )
    p.set_defaults(handler=_export)

    p = actions.add_parser("import", parents=[common], help="read translations back from XLIFF files")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("files", nargs="+", type=Path, metavar="FILE")
    p.set_defaults(handler=_import)

    p = actions.add_parser("copy", parents=[common], help="copy the primary locale's text into a locale")
    p.add_argument("ref", metavar="CAMPAIGN")
    p.add_argument("--locale", required=True, metavar="TAG")
    p.add_argument("--field", metavar="FIELD", help="one field (e.g. message.headline); default every one")
    p.set_defaults(handler=_copy)


def _is_file(ref: str) -> bool:
    return ref.endswith(".campaign.yaml") or Path(ref).is_file()


def _load(args: argparse.Namespace) -> Any:
    """The campaign named by ``args.ref``: from its file, or the stored one."""
    if _is_file(args.ref):
        from studio.model.files import read_campaign

        return read_campaign(Path(args.ref))
    from studio.app import open_studio

    studio = open_studio(args.workspace, args.database)
    try:
        return studio.repository.get(args.ref).campaign
    finally:
        studio.close()


def _change(args: argparse.Namespace, change: Callable[[Any], tuple[Any, str]]) -> Any:
    """Apply ``change`` (campaign → (changed campaign, note)) and store the result: the file
    rewritten atomically, or a new revision (a concurrent save makes it a conflict, not a loss).
    ``change`` records the fingerprints of what it writes itself."""
    if _is_file(args.ref):
        from studio.model.files import read_campaign, write_campaign

        path = Path(args.ref)
        changed, _ = change(read_campaign(path))
        write_campaign(changed, path)
        return changed
    from studio.app import open_studio

    studio = open_studio(args.workspace, args.database)
    try:
        stored = studio.repository.get(args.ref)
        changed, note = change(stored.campaign)
        saved = studio.repository.save(changed, expected_version=stored.version, note=note, stamped=True)
        return saved.campaign
    finally:
        studio.close()


_LABEL = {"up_to_date": "up to date", "outdated": "outdated", "missing": "missing"}


def _status(args: argparse.Namespace) -> int:
    from studio.cli.output import print_json, print_table
    from studio.translation import TranslationState, translation_states

    campaign = _load(args)
    entries = translation_states(campaign)
    if args.format == "json":
        print_json(
            {
                "campaign": campaign.key,
                "primary_locale": campaign.primary_locale,
                "fields": [
                    {
                        "locale": e.locale,
                        "field": e.field,
                        "state": e.state.value,
                        "path": e.path,
                        "fingerprint_recorded": e.known,
                        "limit": e.limit,
                    }
                    for e in entries
                ],
            }
        )
    elif not entries:
        print(f"{campaign.key or args.ref}: no translated locales (primary {campaign.primary_locale})")
    else:
        print_table(
            ["LOCALE", "FIELD", "STATE"],
            [[e.locale, e.field, _LABEL[e.state.value]] for e in entries],
        )
    return 1 if any(e.state is not TranslationState.UP_TO_DATE for e in entries) else 0


def _indented(text: str) -> str:
    return "\n".join("    " + line if line else "" for line in text.split("\n")) if text else "    —"


def _show(args: argparse.Namespace) -> int:
    from studio.cli.output import print_json
    from studio.model.campaign import TRANSLATABLE_FIELDS
    from studio.translation import field_state, translated_locale

    campaign = _load(args)
    tag = translated_locale(campaign, args.locale)
    entries = [field_state(campaign, tag, name) for name in TRANSLATABLE_FIELDS]
    entries = [e for e in entries if e.primary_text.strip() or e.text.strip()]
    if args.format == "json":
        print_json(
            [
                {"field": e.field, "state": e.state.value, "primary": e.primary_text, "translation": e.text}
                for e in entries
            ]
        )
        return 0
    blocks = []
    for e in entries:
        blocks.append(
            f"{e.field} ({_LABEL[e.state.value]})\n"
            f"  {campaign.primary_locale}:\n{_indented(e.primary_text)}\n"
            f"  {tag}:\n{_indented(e.text)}"
        )
    print("\n\n".join(blocks))
    return 0


def _export(args: argparse.Namespace) -> int:
    from studio.atomic import atomic_write_bytes, write_error
    from studio.model.campaign import normalize_locale
    from studio.xliff import export_xliff, file_name

    campaign = _load(args)
    wanted = campaign.locale_tags[1:]
    if args.locale:
        try:
            wanted = [normalize_locale(tag) for tag in args.locale]
        except ValueError as exc:
            raise StudioError(f"--locale: {exc}") from None
        for tag in wanted:
            if tag == campaign.primary_locale:
                raise StudioError(f"--locale: {tag} is the primary locale (the source of every translation)")
            if tag not in campaign.locales:
                raise StudioError(
                    f"--locale: {tag} is not among the campaign's locales ({', '.join(campaign.locale_tags)})"
                )
    if not wanted:
        raise StudioError(
            f"{campaign.key}: only the primary locale {campaign.primary_locale}: nothing to translate"
        )
    documents = {tag: export_xliff(campaign, tag) for tag in wanted}
    for tag, data in documents.items():
        out = Path(args.out) / file_name(campaign, tag)
        try:
            atomic_write_bytes(out, data)
        except OSError as exc:
            raise write_error(exc, Path(args.out)) from None
        print(f"wrote {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from studio.xliff import import_xliff

    outcome: dict[str, Any] = {}

    def change(campaign: Any) -> tuple[Any, str]:
        result = import_xliff(campaign, args.files)  # raises (exit 2) before anything is written
        outcome["result"] = result
        names = ", ".join(sorted({path.name for path, *_ in result.written}))
        return result.campaign, f"translations imported from {names}" if names else "translations imported"

    _change(args, change)
    result = outcome["result"]
    for path, locale, name, state in result.written:
        print(f"{path}: {locale} {name}: {_LABEL[state.value]}")
    for path, locale, name in result.skipped:
        print(f"{path}: {locale} {name}: unchanged")
    return 0


def _copy(args: argparse.Namespace) -> int:
    from studio.translation import copy_from_primary

    def change(campaign: Any) -> tuple[Any, str]:
        what = args.field or "every field"
        return copy_from_primary(campaign, args.locale, args.field), f"copied {what} from the primary locale"

    campaign = _change(args, change)
    print(f"{campaign.key or args.ref}: copied {args.field or 'every field'} into {args.locale}")
    return 0
