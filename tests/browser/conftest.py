"""Browser tests: Playwright drives Debian's Chromium through journeys on a server process of their own.

The server (gunicorn, test settings) starts once per session on its own copy of the run's demo database
(tests/golden.py) and of its media files: for SQLite a file in a temporary folder, for PostgreSQL (when DATABASE_URL
is set) a database created here and dropped at the end. `tests/browser/server_setup.py` points the site at the server
and adds the journeys' accounts. The journeys share that server and its data, so each one uses its own accounts and
checks only what it changed itself.

Fixtures: `demo_server` (its URL, facts about its data, its database and sent mail), `site_url`, `page` (a fresh
Playwright page), and the helper `assert_accessible(page)` (axe-core: no serious or critical violation).
"""

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from django.conf import settings

import pytest

from tests import golden

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Root has no sandbox here; the rest keeps Chromium from calling home on a machine without internet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
PASSWORD = "correct horse battery"  # the factories' password, which server_setup's accounts have too


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the xdist_group markers
def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # With pytest-xdist (--dist loadgroup), one worker runs every journey against one server.
            item.add_marker(pytest.mark.xdist_group("browser"))


@dataclass
class DemoServer:
    """The browser tests' server process and what the tests may read of its data."""

    url: str
    facts: dict
    database_url: str
    mail_dir: Path

    def query(self, sql: str) -> list[tuple]:
        """Rows of a read-only SQL query on the server's database (for facts the pages do not show)."""
        if self.database_url.startswith("sqlite:"):
            with sqlite3.connect(urlparse(self.database_url).path) as connection:
                return connection.execute(sql).fetchall()
        import psycopg

        with psycopg.connect(self.database_url) as connection:
            return connection.execute(sql).fetchall()

    def sent_mail(self) -> list[str]:
        """Every message the server has sent so far, as text (the file backend writes one file per connection)."""
        separator = "-" * 79
        messages = []
        for path in sorted(self.mail_dir.glob("*.log")):
            messages += [m.strip() for m in path.read_text().split(separator) if m.strip()]
        return messages


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def demo_server(tmp_path_factory, golden_databases) -> DemoServer:
    folder = tmp_path_factory.mktemp("browser-server")
    port = _free_port()
    name = None
    if golden.POSTGRES:
        # A database of its own next to the test database, on the same server.
        parsed = urlparse(os.environ["DATABASE_URL"])
        name = f"{parsed.path.lstrip('/')}_browser{os.environ.get('PYTEST_XDIST_WORKER', '')}"[:63]
    database_url = golden_databases.clone_demo(sqlite_path=folder / "demo.sqlite3", postgres_database=name)
    golden_databases.copy_demo_media(folder / "media", folder / "private_media")
    mail_dir = folder / "mail"
    mail_dir.mkdir()
    from allauth.mfa.totp.internal.auth import generate_totp_secret

    totp_secret = generate_totp_secret()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
        "DATABASE_URL": database_url,
        "ISCN_BROWSER_PORT": str(port),
        "ISCN_BROWSER_MAIL_DIR": str(mail_dir),
        "ISCN_BROWSER_MEDIA_ROOT": str(folder / "media"),
        "ISCN_BROWSER_PRIVATE_MEDIA_ROOT": str(folder / "private_media"),
        "ISCN_BROWSER_TOTP_SECRET": totp_secret,
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    setup = subprocess.run(
        [sys.executable, "-m", "tests.browser.server_setup"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert setup.returncode == 0, setup.stderr
    facts = json.loads(setup.stdout.strip().splitlines()[-1])
    facts["totp_secret"] = totp_secret

    log = open(folder / "server.log", "w")  # noqa: SIM115 (closed after the server stops)
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "cms.wsgi",
            f"--bind=127.0.0.1:{port}",
            "--workers=1",
            "--threads=4",
            "--timeout=120",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url + "/health/", server, folder / "server.log")
        yield DemoServer(url=url, facts=facts, database_url=database_url, mail_dir=mail_dir)
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        if name:
            golden.postgres_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _wait_until_up(health_url: str, server: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert server.poll() is None, f"the test server stopped:\n{log.read_text()}"
        try:
            with urllib.request.urlopen(health_url, timeout=5) as response:  # noqa: S310 (our own server)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise AssertionError(f"the test server did not answer within {timeout} s:\n{log.read_text()}")


@pytest.fixture
def site_url(demo_server) -> str:
    return demo_server.url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


def log_in(page, username: str) -> None:
    """Fill the login form settings.LOGIN_URL leads to (allauth's: username or email, password)."""
    page.locator("input[name=login], input[name=username]").first.fill(username)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form [type=submit]").first.click()  # the header holds the site search form too


def assert_accessible(page) -> None:
    """axe-core finds no serious or critical violation on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    details = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in serious]
    assert not serious, f"axe found serious or critical violations on {page.url}: {details}"
