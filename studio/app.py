"""Opening the studio: a workspace plus a repository. The CLI and the GUI both start here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from studio.errors import Problem, StudioError
from studio.model.files import read_campaign
from studio.storage.repository import Repository
from studio.workspace import Workspace

_SEEDED = "seeded-from-workspace"


@dataclass
class Studio:
    """What every command works on."""

    workspace: Workspace
    repository: Repository

    def close(self) -> None:
        self.repository.close()


def seed_campaigns(studio: Studio) -> list[str]:
    """Import the workspace's campaigns/ into an empty database, once.

    Returns the keys imported. A database that has campaigns, or was seeded before (even if
    its campaigns were later removed), is left alone. A bad seed file is an error naming it.
    """
    repo = studio.repository
    if repo.get_meta(_SEEDED) is not None or repo.count_campaigns() > 0:
        return []
    files = studio.workspace.campaign_files()
    campaigns = [read_campaign(path) for path in files]  # all valid, or nothing is imported
    keys = [
        repo.create(c, author="studio", note=f"demo campaign from {p.name}").key
        for c, p in zip(campaigns, files, strict=True)
    ]
    repo.set_meta(_SEEDED, str(studio.workspace.root))
    return keys


def open_studio(
    workspace: Path | str | None = None, database: str | None = None, *, seed: bool = True
) -> Studio:
    """Resolve the workspace, open (and migrate) the database, seed demo campaigns on first use."""
    ws = Workspace.resolve(workspace)
    repo = Repository.open(database)
    studio = Studio(ws, repo)
    if seed:
        try:
            seed_campaigns(studio)
        except StudioError as exc:
            studio.close()
            raise StudioError(
                f"the workspace's seed campaigns cannot be imported: {exc.message}",
                problems=exc.problems or [Problem(exc.message)],
            ) from None
    return studio
