"""Fixtures shared by every suite: locales, a site with a home page per language, accounts in each role.

The test database holds two kinds of tests, run in this order (`pytest_collection_modifyitems`):

1. Focused tests build the few pages they need with factories on the migrated, otherwise empty database.
2. Tests that read the demo ask for `demo_site`. The first time such a test runs, the test database is replaced by
   the demo database, outside any test transaction (so the demo is committed and survives); each of these tests
   then runs in a transaction rolled back after it, as usual. Once the demo is in, a focused tree cannot be built
   next to it (slugs, taxonomy and the default site would collide), hence the ordering.

The migrated database and the demo database (`load_demo_content`, as a new user runs it) are built once per run and
cloned into each test process (tests/golden.py). With pytest-xdist, every worker has its own test database and
receives the tests in collection order, so the ordering holds per worker and each worker swaps in the demo at most
once.
"""

import os

from django.conf import settings
from django.contrib.auth.models import Group

from wagtail.models import Locale, Page, Site

import pytest

from members_area.accounts.roles import ROLE_MEMBERS, ROLE_SECRETARIAT, ROLES, sync_role_permissions
from tests import golden
from tests.factories import HomePageFactory, UserFactory

# Playwright's sync API marks its event loop as running in the test's thread between its calls, and the browser
# stays open for the whole session: Django would refuse ORM calls of later tests in that process without this.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


_demo_state = {"loaded": False}


@pytest.fixture(autouse=True)
def _clear_cache():
    """Each test starts with an empty cache: allauth's rate limits and axes keep counters there."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def locales(db) -> dict[str, Locale]:
    """Every configured language as a Locale (a transactional test's flush removes the migration-made one)."""
    if _demo_state["loaded"]:
        pytest.fail("A focused test ran after the demo was loaded: tests asking for demo_site must run last.")
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}


def pytest_collection_modifyitems(items) -> None:
    """Focused tests first, tests reading the demo last (stable: each group keeps its file order)."""
    items[:] = sorted(items, key=lambda item: "demo_site" in getattr(item, "fixturenames", ()))


def pytest_sessionfinish(session) -> None:
    """The run's built PostgreSQL databases go once every test process is done (the controller's session ends last)."""
    if not hasattr(session.config, "workerinput"):
        golden.drop_postgres_goldens()


@pytest.fixture(scope="session")
def golden_databases(tmp_path_factory) -> golden.GoldenDatabases:
    """The run's migrated and demo databases, in the temporary folder every pytest-xdist worker of the run shares."""
    folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        folder = folder.parent  # each worker's own folder is in the run's
    return golden.GoldenDatabases(folder / "golden")


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment, django_db_blocker, django_db_modify_db_settings, django_db_keepdb, golden_databases
):
    """pytest-django's fixture, with a clone of the run's migrated database in place of migrating each test database."""
    from django.db import connection

    with django_db_blocker.unblock():
        configured_name = golden_databases.create_test_database(connection)
    yield
    with django_db_blocker.unblock():
        connection.creation.destroy_test_db(configured_name, verbosity=0, keepdb=django_db_keepdb)


@pytest.fixture(scope="session")
def _demo_database(django_db_setup, django_db_blocker, golden_databases) -> None:
    """The full demo content, built once per run by the same command a new user runs, committed in the test database."""
    from django.db import connection

    with django_db_blocker.unblock():
        golden_databases.replace_test_database(connection, golden.DEMO)
    golden_databases.copy_demo_media(settings.MEDIA_ROOT, settings.MEMBERS_PRIVATE_MEDIA_ROOT)
    _demo_state["loaded"] = True


@pytest.fixture
def root_page(locales) -> Page:
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locales["en"]))
    return root


@pytest.fixture
def home(root_page, locales):
    """The English home page as the default site's root, with the migration-made welcome page out of the way."""
    Page.objects.filter(depth=2, slug="home", content_type__model="page").update(slug="wagtail-welcome")
    page = HomePageFactory(parent=root_page, locale=locales["en"])
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": page, "site_name": "ISCN"}
    )
    Site.clear_site_root_paths_cache()
    return page


@pytest.fixture
def home_pages(home, locales) -> dict[str, Page]:
    """The home page in every locale, published (copies; real translations come from the demo loader)."""
    pages = {"en": home}
    for code, locale in locales.items():
        if code != "en":
            copy = home.copy_for_translation(locale)
            copy.save_revision().publish()
            pages[code] = copy
    return pages


@pytest.fixture
def demo_site(_demo_database, db) -> Site:
    """The default site of the shared demo database; whatever the test changes is rolled back after it."""
    Site.clear_site_root_paths_cache()
    return Site.objects.get(is_default_site=True)


@pytest.fixture
def roles(db) -> dict[str, Group]:
    sync_role_permissions()
    return {name: Group.objects.get(name=name) for name in ROLES}


@pytest.fixture
def member(roles):
    user = UserFactory(username="member-fixture", first_name="Marta", last_name="Member")
    user.groups.add(roles[ROLE_MEMBERS])
    return user


def with_totp(user):
    """Give `user` a TOTP second factor: the Secretariat and superusers need one for the admin."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    TOTP.activate(user, generate_totp_secret())
    return user


@pytest.fixture
def editor(roles):
    """A Secretariat member with a second factor set up, so the admin lets them in."""
    user = UserFactory(username="editor-fixture", is_staff=True)
    user.groups.add(roles[ROLE_SECRETARIAT])
    return with_totp(user)


@pytest.fixture
def outsider(db):
    """Signed in, but in no group: must be treated like a stranger by the members area."""
    return UserFactory(username="outsider-fixture")
