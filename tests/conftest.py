"""Shared fixtures: every test gets its own studio home (settings + database), never the real one.

``db_url`` (and so ``repo``) is a real SQLite file; for the storage, review and export tests it
is also a fresh database on a real PostgreSQL server (parametrized ``[sqlite]``/``[postgresql]``).
The server is started once per session from Debian's binaries into a temporary folder
(tools/postgres_test_server.py), or taken from ``STUDIO_TEST_POSTGRES_URL`` (a superuser URL).
Each PostgreSQL test gets its own database, copied from a migrated template (fast). Without the
server binaries those tests fail loudly; ``STUDIO_TEST_POSTGRES=off`` skips them (never in CI).
"""

from __future__ import annotations

import copy
import importlib.util
import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import sqlalchemy as sa
from hypothesis import settings as _hypothesis_settings
from sqlalchemy.engine import make_url

from studio.model.campaign import Campaign
from studio.storage.repository import Repository

# Property tests explore new examples on every local run; CI replays a fixed sequence, so a rare
# example found locally becomes a test case instead of making a submission fail at random.
_hypothesis_settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")

REPO_ROOT = Path(__file__).resolve().parent.parent
PINNED_NOW = "2026-11-24T12:00:00+01:00"

_CAMPAIGN: dict[str, Any] = {
    "key": "otono-cafe",
    "brand": "Café Aurora",
    "name": "Otoño con Café Aurora",
    "objective": "Más visitas por la tarde",
    "status": "draft",
    "timezone": "Europe/Madrid",
    "primary_locale": "es-ES",
    "locales": {
        "es-ES": {
            "message": {
                "headline": "Tu café de otoño, a 2,50 €",
                "subheadline": "Vuelve el sabor del otoño",
                "body": "Ven a **Café Aurora**.\n\n- Latte de calabaza\n- Chai\n",
                "short": "Tu café de otoño a 2,50 € con el código OTONO25.",
            },
            "cta_label": "Pídelo ya",
            "disclaimer": "Oferta válida en tiendas adheridas.",
            "image_alt": "Taza de latte sobre una mesa de madera",
        },
        "en-US": {
            "message": {
                "headline": "Your autumn coffee, €2.50",
                "body": "Come to **Café Aurora**.",
                "short": "Your autumn coffee for €2.50 with code OTONO25.",
            },
            "cta_label": "Order now",
            "disclaimer": "Valid in participating stores.",
        },
    },
    "offer": {
        "price": "2.50",
        "currency": "EUR",
        "original_price": "3.20",
        "discount_percent": "22",
        "promo_code": "OTONO25",
        "valid_from": "2026-10-01T07:00:00+02:00",
        "valid_until": "2026-10-31T23:59:00+01:00",
        "applies_in": ["stores", "app"],
    },
    "cta": {"url": "https://www.cafeaurora.example/otono"},
    "hashtags": ["CaféAurora", "Otoño"],
    "hero_image": "images/navidad-turron-latte.jpg",
    "channels": ["email", "sms", "post.x", "signage"],
    "print_sizes": ["A3"],
    "overrides": {"sms": {"es-ES": {"text": "PUBLI Café Aurora: tu café a 2,50 € con OTONO25."}}},
}


@pytest.fixture(scope="session")
def shared_rule_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the whole run, as one machine has: the data tables built once per
    machine (the Spanish verb table, ~3 s; word counts; compiled patterns) are built once, not
    in every test's fresh home and in every check process it starts."""
    return tmp_path_factory.mktemp("rule-cache")


@pytest.fixture(autouse=True)
def studio_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, shared_rule_cache: Path
) -> Path:
    home = tmp_path_factory.mktemp("studio-home")
    monkeypatch.setenv("STUDIO_HOME", str(home))
    # tests of the cache itself set STUDIO_RULE_CACHE to a folder of their own
    monkeypatch.setenv("STUDIO_RULE_CACHE", str(shared_rule_cache))
    monkeypatch.delenv("STUDIO_DATABASE_URL", raising=False)
    monkeypatch.delenv("STUDIO_WORKSPACE", raising=False)
    monkeypatch.setenv("STUDIO_USER", "tester")
    # The command line speaks the system's language when not told: the suite runs as CI does,
    # whatever the developer's own locale (tests that want a language say so).
    monkeypatch.delenv("STUDIO_LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    # The demo campaigns run in Nov 2026-Jan 2027: pin the clock so the suite does not age.
    monkeypatch.setenv("STUDIO_NOW", PINNED_NOW)
    return home


@pytest.fixture
def campaign_doc() -> dict[str, Any]:
    """A valid campaign document (a fresh deep copy: mutate freely)."""
    return copy.deepcopy(_CAMPAIGN)


@pytest.fixture
def campaign(campaign_doc: dict[str, Any]) -> Campaign:
    return Campaign.model_validate(campaign_doc)


#: tests run against SQLite and PostgreSQL (paths relative to the repository, prefixes)
POSTGRES_PATHS = (
    "tests/unit/storage/",
    "tests/unit/review/",
    "tests/unit/export/",
    "tests/cli/test_review_cli.py",
    "tests/cli/test_export_cli.py",
)
BACKENDS = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "backends(*names): run a db_url test on these backends only (sqlite, postgresql)"
    )
    config.addinivalue_line("markers", "postgresql: also run this db_url test on PostgreSQL")
    config.addinivalue_line(
        "markers", "corpus: scores the checks on the labelled corpus in tests/corpus/ (select with -m corpus)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db_url" not in metafunc.fixturenames:
        return
    path = Path(str(metafunc.definition.path)).resolve()
    try:
        relative = path.relative_to(REPO_ROOT).as_posix()
    except ValueError:
        relative = path.as_posix()
    both = relative.startswith(POSTGRES_PATHS) or metafunc.definition.get_closest_marker("postgresql")
    backends: tuple[str, ...] = BACKENDS if both else ("sqlite",)
    marker = metafunc.definition.get_closest_marker("backends")
    if marker is not None:
        unknown = set(marker.args) - set(BACKENDS)
        if unknown:
            raise pytest.UsageError(f"backends: unknown {sorted(unknown)} (known: {', '.join(BACKENDS)})")
        backends = tuple(b for b in BACKENDS if b in marker.args)
    if backends != ("sqlite",):
        metafunc.parametrize("db_url", backends, indirect=True)


def _postgres_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "postgres_test_server", REPO_ROOT / "tools" / "postgres_test_server.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def postgres_admin_url() -> Iterator[str]:
    """A superuser URL on a real PostgreSQL server (started for the session unless given)."""
    given = os.environ.get("STUDIO_TEST_POSTGRES_URL")
    if given:
        yield given
        return
    if os.environ.get("STUDIO_TEST_POSTGRES") == "off":
        if os.environ.get("CI"):
            pytest.fail("STUDIO_TEST_POSTGRES=off is not allowed in CI", pytrace=False)
        pytest.skip("STUDIO_TEST_POSTGRES=off: PostgreSQL tests skipped on this machine")
    tool = _postgres_tool()
    try:
        server = tool.PostgresServer().start()
    except tool.ServerError as exc:
        pytest.fail(f"PostgreSQL test server: {exc}", pytrace=False)
    try:
        yield server.url
    finally:
        server.stop()


class PostgresDatabases:
    """Creates fresh databases on the test server (from a migrated template) and drops them."""

    TEMPLATE = "studio_test_template"

    def __init__(self, admin_url: str) -> None:
        self.admin_url = make_url(admin_url)
        self.engine = sa.create_engine(self.admin_url, isolation_level="AUTOCOMMIT", poolclass=sa.NullPool)
        self.counter = itertools.count(1)
        self.logins: list[str] = []
        self._template_ready = False

    def url(self, database: str, *, login: str | None = None, password: str | None = None) -> str:
        url = self.admin_url.set(database=database)
        if login is not None:
            url = url.set(username=login, password=password)
        return url.render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self.engine.connect() as connection:
            connection.exec_driver_sql(sql)

    def _template(self) -> str:
        if not self._template_ready:
            from studio.storage.repository import Repository

            self._execute(f"DROP DATABASE IF EXISTS {self.TEMPLATE} WITH (FORCE)")
            self._execute(f"CREATE DATABASE {self.TEMPLATE} TEMPLATE template0")
            Repository.open(self.url(self.TEMPLATE)).close()
            self._template_ready = True
        return self.TEMPLATE

    def create(self, *, migrated: bool = True) -> str:
        name = f"studio_test_{os.getpid()}_{next(self.counter)}"
        template = self._template() if migrated else "template0"
        self._execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        return name

    def drop(self, name: str) -> None:
        self._execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def login(self, role: str | None, *, password: str = "secret-pw") -> str:
        """A new login on the server, granted ``studio_<role>`` (or nothing for ``None``)."""
        name = f"person_{os.getpid()}_{next(self.counter)}"
        self._execute(f"CREATE ROLE {name} LOGIN PASSWORD '{password}'")
        if role is not None:
            self._execute(f"GRANT studio_{role} TO {name}")
        self.logins.append(name)
        return name

    def close(self) -> None:
        for name in self.logins:
            self._execute(f"DROP ROLE IF EXISTS {name}")
        if self._template_ready:
            self.drop(self.TEMPLATE)
        self.engine.dispose()


@pytest.fixture(scope="session")
def postgres(postgres_admin_url: str) -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases(postgres_admin_url)
    try:
        yield databases
    finally:
        databases.close()


@pytest.fixture
def postgres_database(postgres: PostgresDatabases) -> Iterator[str]:
    """The name of a fresh, migrated database on the test server (dropped afterwards)."""
    name = postgres.create()
    yield name
    postgres.drop(name)


@pytest.fixture
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    backend = getattr(request, "param", "sqlite")
    if backend == "postgresql":
        databases: PostgresDatabases = request.getfixturevalue("postgres")
        name: str = request.getfixturevalue("postgres_database")
        return databases.url(name)
    return f"sqlite:///{tmp_path / 'studio.sqlite3'}"


@pytest.fixture
def repo(db_url: str) -> Iterator[Repository]:
    repository = Repository.open(db_url)
    yield repository
    repository.close()


class MemoryKeyring:
    """A keyring backend that keeps passwords in a dict (the proof tests: no OS keyring here)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # KeyringBackend's, in the test backend made below
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The process's keyring replaced by a :class:`MemoryKeyring` for one test."""
    import keyring
    import keyring.backend

    backend_class = type("TestKeyring", (MemoryKeyring, keyring.backend.KeyringBackend), {})
    previous = keyring.get_keyring()
    backend = backend_class()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def vocabulary() -> Any:
    """The brand kit's placeholder vocabulary (brand_rules/Consistency/Placeholder.yml), read once."""
    import yaml

    from studio.rules.kinds.placeholder import Vocabulary

    path = REPO_ROOT / "brand_rules" / "Consistency" / "Placeholder.yml"
    return Vocabulary.from_options(yaml.safe_load(path.read_text("utf-8")))
