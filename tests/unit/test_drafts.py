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


def test_the_journal_thread_writes_the_newest_snapshot_and_a_discard_stays_discarded() -> None:
    import threading

    from studio.drafts import DraftJournal, snapshot

    written = threading.Event()
    numbers: list[int] = []

    def on_written(number: int) -> None:
        numbers.append(number)
        if number == journal.submitted:
            written.set()

    journal = DraftJournal("rebajas", gap=0.01, on_written=on_written)
    try:
        for i in range(50):
            journal.submit(3, snapshot({"name": f"Rebajas {i}"}))
        assert written.wait(timeout=10)
        draft = load_draft("rebajas")
        assert draft is not None and draft.document == {"name": "Rebajas 49"} and draft.base_version == 3
        assert numbers == sorted(numbers) and numbers[-1] == 50  # many keystrokes, few writes
        journal.discard()
        assert load_draft("rebajas") is None and not journal.pending
    finally:
        journal.close()
    assert load_draft("rebajas") is None  # nothing pending was written on close


def test_draft_changes_name_each_changed_value() -> None:
    from studio.drafts import Change, draft_changes

    stored = {"name": "A", "status": "draft", "locales": {"es-ES": {"message": {"body": "x", "short": "y"}}}}
    draft = {"name": "B", "status": "draft", "locales": {"es-ES": {"message": {"body": "x!", "short": "y"}}}}
    assert draft_changes(stored, draft) == [
        Change(("name",), "A", "B"),
        Change(("locales", "es-ES", "message", "body"), "x", "x!"),
    ]
