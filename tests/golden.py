"""The migrated database and the demo database, built once per test run and cloned wherever one is needed.

Migrating takes about a minute and `load_demo_content` another one or two; a clone takes a second. So the first test
process that needs one of these databases builds it, in a subprocess with the test settings, while the others wait
on a file lock in the temporary folder that every pytest-xdist worker of the run shares. Then:

- every test process's test database starts as a clone of the migrated database (`django_db_setup` in conftest.py),
- it is replaced by a clone of the demo database before the first test that reads the demo (`_demo_database`),
- the browser tests' server runs on a clone of the demo database (`demo_server` in tests/browser/conftest.py).

With SQLite a built database is a file in that folder and a clone is a copy made with SQLite's backup API (into the
in-memory test database, or into a new file). With PostgreSQL it is a database next to the test databases,
`<test database>_golden_migrated` and `<test database>_golden_demo`, a clone is `CREATE DATABASE ... TEMPLATE`, and
both are dropped when the run ends (`drop_postgres_goldens`, called from `pytest_sessionfinish`). The demo's media
files, public and private, are written to the folder as well and copied next to every clone of the demo.

The databases are built afresh on every run: the folder is new each time, so `--create-db` changes nothing here.
"""

import copy
import fcntl
import filecmp
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings

MIGRATED = "migrated"
DEMO = "demo"

# The database settings as configured, before pytest-django gives the test processes their test databases' names.
CONFIGURED_DATABASE = copy.deepcopy(settings.DATABASES["default"])
POSTGRES = CONFIGURED_DATABASE["ENGINE"] == "django.db.backends.postgresql"


def postgres_name(which: str) -> str:
    """The PostgreSQL database holding the built database `which`, named after the configured test database."""
    test_name = CONFIGURED_DATABASE.get("TEST", {}).get("NAME") or f"test_{CONFIGURED_DATABASE['NAME']}"
    return f"{test_name}_golden_{which}"[:63]


def postgres_url(name: str) -> str:
    """DATABASE_URL with another database name (the settings read the server and its options from there)."""
    return urlparse(os.environ["DATABASE_URL"])._replace(path=f"/{name}").geturl()


def postgres_admin(*statements: str) -> None:
    """Run statements outside any transaction in the server's `postgres` database, as CREATE DATABASE needs."""
    import psycopg

    with psycopg.connect(postgres_url("postgres"), autocommit=True) as connection:
        for statement in statements:
            connection.execute(statement)


def postgres_clone(template: str, name: str) -> None:
    """Database `name`, replaced by a copy of database `template` (which nobody may be connected to)."""
    postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def drop_postgres_goldens() -> None:
    if POSTGRES:
        postgres_admin(*(f'DROP DATABASE IF EXISTS "{postgres_name(w)}" WITH (FORCE)' for w in (MIGRATED, DEMO)))


def sqlite_copy(source: Path, target: sqlite3.Connection) -> None:
    """Replace the whole content of the database open in `target` by that of the SQLite file `source`."""
    with closing(sqlite3.connect(source)) as connection:
        connection.backup(target)


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _copy_tree(source: Path, target: Path) -> None:
    """Copy every file of `source` into `target`; each one appears whole, as another process may be reading it."""
    for path in source.rglob("*"):
        if path.is_dir():
            continue
        destination = target / path.relative_to(source)
        if destination.exists() and filecmp.cmp(path, destination, shallow=False):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(f".{destination.name}.{os.getpid()}.part")
        shutil.copyfile(path, partial)
        os.replace(partial, destination)


class GoldenDatabases:
    """The run's built databases, in `folder` (shared by every test process of the run) or next to it on PostgreSQL."""

    def __init__(self, folder: Path):
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        self.media_root = folder / "media"
        self.private_media_root = folder / "private_media"

    def _sqlite_path(self, which: str) -> Path:
        return self.folder / f"{which}.sqlite3"

    def _url(self, which: str) -> str:
        return postgres_url(postgres_name(which)) if POSTGRES else f"sqlite:///{self._sqlite_path(which)}"

    def ensure(self, which: str) -> None:
        """Build database `which` unless a process of this run already has; wait while another one builds it."""
        if which == DEMO:
            self.ensure(MIGRATED)
        done = self.folder / f"{which}.done"
        if done.exists():
            return
        with _locked(self.folder / f"{which}.lock"):
            if not done.exists():
                self._build(which)
                done.touch()

    def _build(self, which: str) -> None:
        if which == MIGRATED:
            if POSTGRES:
                name = postgres_name(MIGRATED)
                postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"')
            else:
                self._sqlite_path(MIGRATED).unlink(missing_ok=True)
            self._manage(MIGRATED, "migrate", "--run-syncdb", "--noinput")
        else:
            if POSTGRES:
                with _locked(self.folder / f"{MIGRATED}.lock"):  # a template is copied by one process at a time
                    postgres_clone(postgres_name(MIGRATED), postgres_name(DEMO))
            else:
                with closing(sqlite3.connect(self._sqlite_path(DEMO))) as target:
                    sqlite_copy(self._sqlite_path(MIGRATED), target)
            self._manage(DEMO, "load_demo_content", "--force")
        if not POSTGRES:
            # The settings open SQLite in WAL mode: fold the log back into the file, so the file alone is the database.
            with closing(sqlite3.connect(self._sqlite_path(which))) as connection:
                connection.execute("PRAGMA journal_mode=DELETE")

    def _manage(self, which: str, *command: str) -> None:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.golden_settings",
            "DATABASE_URL": self._url(which),
            "ISCN_GOLDEN_MEDIA_ROOT": str(self.media_root),
            "ISCN_GOLDEN_PRIVATE_MEDIA_ROOT": str(self.private_media_root),
        }
        env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        result = subprocess.run(
            [sys.executable, "manage.py", *command, "--verbosity=0"],
            cwd=settings.BASE_DIR,
            env=env,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            raise RuntimeError(f"Building the {which} database failed:\n{result.stdout}\n{result.stderr}")

    def create_test_database(self, connection) -> str:
        """Open `connection` on its test database, a clone of the migrated database; returns the configured name.

        Does what Django's `create_test_db` does, with a clone in place of the migrations.
        """
        self.ensure(MIGRATED)
        configured_name = connection.settings_dict["NAME"]
        test_name = connection.creation._get_test_db_name()
        connection.close()
        settings.DATABASES[connection.alias]["NAME"] = test_name
        connection.settings_dict["NAME"] = test_name
        if not POSTGRES and not connection.is_in_memory_db():
            Path(test_name).unlink(missing_ok=True)
        self._clone_into(connection, MIGRATED)
        return configured_name

    def replace_test_database(self, connection, which: str) -> None:
        """Replace the content of the test database `connection` is on by a clone of database `which`."""
        self.ensure(which)
        connection.close()  # a no-op on SQLite's in-memory database, which lives as long as its connection
        self._clone_into(connection, which)

    def _clone_into(self, connection, which: str) -> None:
        if POSTGRES:
            with _locked(self.folder / f"{which}.lock"):
                postgres_clone(postgres_name(which), connection.settings_dict["NAME"])
        else:
            connection.ensure_connection()
            sqlite_copy(self._sqlite_path(which), connection.connection)

    def clone_demo(self, sqlite_path: Path, postgres_database: str) -> str:
        """A new database holding the demo: SQLite file `sqlite_path` or PostgreSQL database; returns its URL."""
        self.ensure(DEMO)
        if POSTGRES:
            with _locked(self.folder / f"{DEMO}.lock"):
                postgres_clone(postgres_name(DEMO), postgres_database)
            return postgres_url(postgres_database)
        with closing(sqlite3.connect(sqlite_path)) as target:
            sqlite_copy(self._sqlite_path(DEMO), target)
        return f"sqlite:///{sqlite_path}"

    def copy_demo_media(self, media_root: Path, private_media_root: Path) -> None:
        """Put the demo's media files where a clone of the demo database expects them."""
        self.ensure(DEMO)
        for source, target in ((self.media_root, media_root), (self.private_media_root, private_media_root)):
            Path(target).mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                _copy_tree(source, Path(target))
