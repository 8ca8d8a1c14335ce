"""Fixtures of the members-area suites: a members root in every locale, a private page with a marker word."""

from wagtail.models import Page, PageViewRestriction

import pytest

from home.models import Country, StandardPage, Topic
from members_area.models import MemberProfile, MembersAreaPage
from tests.factories import UserFactory

MARKER = "Quixotrellis"  # a word found nowhere else: private content must not leak it anywhere


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def members_root(home_pages, roles, django_capture_on_commit_callbacks) -> MembersAreaPage:
    """The English members root, with copies made for translation into de, es and pt."""
    with django_capture_on_commit_callbacks(execute=True):
        root = home_pages["en"].add_child(
            instance=MembersAreaPage(title="Members area", slug="members", show_in_menus=True, live=False)
        )
        publish(root)
        for code in ("de", "es", "pt"):
            copy = root.copy_for_translation(home_pages[code].locale)
            publish(copy)
    return MembersAreaPage.objects.get(pk=root.pk)


@pytest.fixture
def private_page(members_root, home_pages) -> StandardPage:
    """A published page below the members root, with the marker word, in English and German."""
    page = members_root.add_child(
        instance=StandardPage(
            title=f"Meeting notes {MARKER}",
            slug="meeting-notes",
            introduction=f"Internal notes {MARKER}",
            search_description=f"{MARKER} notes",
            show_in_menus=True,
            body="[]",
            live=False,
        )
    )
    publish(page)
    german = page.copy_for_translation(home_pages["de"].locale)
    publish(german)
    return StandardPage.objects.get(pk=page.pk)


def members_restrictions(page: Page) -> list[PageViewRestriction]:
    return list(page.view_restrictions.filter(restriction_type=PageViewRestriction.GROUPS))


@pytest.fixture
def country(locales) -> Country:
    return Country.objects.create(name="Brazil", iso_code="BR", locale=locales["en"])


@pytest.fixture
def topic(locales) -> Topic:
    return Topic.objects.create(name="Digital inclusion", slug="digital-inclusion", locale=locales["en"])


@pytest.fixture
def make_member(roles):
    """Build active members with a profile: make_member("name", country=..., level=..., **profile_fields)."""

    def make(username: str, **profile_fields) -> MemberProfile:
        user = UserFactory(username=username, first_name=username.title(), last_name="Tester")
        user.groups.add(roles["Members"])
        return MemberProfile.objects.create(user=user, **profile_fields)

    return make
