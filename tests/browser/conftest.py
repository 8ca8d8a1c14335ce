"""Browser tests: Playwright drives Debian's Chromium against Django's live server with the demo content loaded.

Fixtures: `site_url` (live server base URL, demo content in place), `page` (a fresh Playwright page), and the helper
`assert_accessible(page)` (axe-core: no serious or critical violation).
"""

import shutil

from django.core.management import call_command

from wagtail.models import Site

import pytest

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


def pytest_collection_modifyitems(items) -> None:
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


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


@pytest.fixture
def site_url(live_server, transactional_db) -> str:
    """The live server's address, serving the full demo content (built by the same command a new user runs)."""
    call_command("load_demo_content", force=True, verbosity=0)
    site = Site.objects.get(is_default_site=True)
    host, port = live_server.url.removeprefix("http://").split(":")
    site.hostname, site.port = host, int(port)
    site.save()
    Site.clear_site_root_paths_cache()
    return live_server.url


def assert_accessible(page) -> None:
    """axe-core finds no serious or critical violation on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    serious = [v for v in results.response["violations"] if v["impact"] in ("serious", "critical")]
    details = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:5]) for v in serious]
    assert not serious, f"axe found serious or critical violations on {page.url}: {details}"
