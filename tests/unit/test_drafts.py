"""The draft journal: written atomically, read back exactly, unreadable drafts ignored."""

from __future__ import annotations

from pathlib import Path

from studio.drafts import discard_draft, drafts_dir, load_draft, save_draft


def test_a_draft_round_trips_even_when_the_document_is_invalid() -> None:
    document = {
        "name": "Rebajas",
        "offer": {"price": "3,"},
        "locales": {"es-ES": {"message": {"body": "¿Más?"}}},
    }
    save_draft("rebajas", 4, document)
    draft = load_draft("rebajas")
    assert draft is not None
    assert (draft.key, draft.base_version, draft.document) == ("rebajas", 4, document)
    assert [p.name for p in drafts_dir().iterdir()] == ["rebajas.json"]  # no temporary file left
    discard_draft("rebajas")
    assert load_draft("rebajas") is None
    discard_draft("rebajas")  # twice is fine


def test_hostile_keys_stay_in_the_drafts_folder_and_broken_files_are_ignored() -> None:
    save_draft("../../etc/passwd", 1, {"a": 1})
    assert [p.parent for p in drafts_dir().iterdir()] == [drafts_dir()]
    assert load_draft("../../etc/passwd") is not None
    path: Path = next(drafts_dir().iterdir())
    path.write_text("{not json", encoding="utf-8")
    assert load_draft("../../etc/passwd") is None
