"""Public search: visible pages of the current language, counts by type, highlights, pagination, absurd queries."""

import datetime
import os

from django.conf import settings

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import StandardPage

from .conftest import add, make_event, make_news, restrict_to_members

pytestmark = pytest.mark.django_db


@pytest.fixture
def searchable(sections, topic_page, roles):
    make_news(sections["news"], "Fortaleza opens its urban data", summary="Open urban data for citizens of Fortaleza")
    make_event(sections["events"], "Urban data webinar", datetime.date(2030, 1, 10), online=True, location="")
    secret = make_news(sections["news"], "Vexilor private urban data", summary="Vexilor urban data only for members")
    restrict_to_members(secret, roles)
    return sections


def test_search_finds_public_pages_with_counts_by_type_and_highlights(client, searchable):
    response = client.get("/en/search/?q=urban+data")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fortaleza opens its urban data" in html.replace("<mark>", "").replace("</mark>", "")
    assert "<mark>urban</mark>" in html and "<mark>data</mark>" in html
    assert 'href="?q=urban+data&amp;type=news"' in html
    assert "News (1)" in html
    assert "Events (1)" in html
    assert "Vexilor" not in html


def test_search_type_link_narrows_results(client, searchable):
    html = client.get("/en/search/?q=urban+data&type=event").content.decode()
    assert "Urban data webinar" in html.replace("<mark>", "").replace("</mark>", "")
    assert "Fortaleza opens" not in html.replace("<mark>", "").replace("</mark>", "")


def test_members_find_restricted_pages_visitors_do_not(client, searchable, member):
    assertNotContains(client.get("/en/search/?q=Vexilor"), "Vexilor private")
    client.force_login(member)
    assertContains(client.get("/en/search/?q=Vexilor"), "private urban data")


def test_search_stays_in_the_current_locale(client, searchable, home_pages):
    german = add(home_pages["de"], StandardPage(title="Urbane Daten Plorkenfeld", slug="plorkenfeld", body="[]"))
    assert german.live
    assertNotContains(client.get("/en/search/?q=Plorkenfeld"), "Plorkenfeld</")
    assertContains(client.get("/de/search/?q=Plorkenfeld"), "Plorkenfeld")


def test_search_paginates(client, sections):
    for n in range(settings.SEARCH_PAGE_SIZE + 3):
        make_news(sections["news"], f"Quantum item {n}", slug=f"quantum-{n}")
    first = client.get("/en/search/?q=quantum").content.decode()
    assert first.count('class="search-results__item"') == settings.SEARCH_PAGE_SIZE
    assert 'href="?q=quantum&amp;page=2"' in first
    second = client.get("/en/search/?q=quantum&page=2").content.decode()
    assert second.count('class="search-results__item"') == 3


ABSURD = [
    "",
    "   ",
    "x" * 10_000,
    "data " * 3000,
    "!!!???...;;;",
    "' OR 1=1; DROP TABLE wagtailcore_page; --",
    '"unbalanced AND (OR NOT * NEAR',
    "<script>alert('x')</script>",
    "%00\x00null",
    "ñandú 東京 🙂",
]


@pytest.mark.parametrize("query", ABSURD)
def test_absurd_queries_give_a_friendly_page(client, searchable, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_search_page_offers_a_form_without_a_query(client, searchable):
    response = client.get("/en/search/")
    assertContains(response, 'role="search"')
    assertContains(response, '<meta name="robots" content="noindex">')


@pytest.mark.elasticsearch
@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="ELASTICSEARCH_URL is not set: no Elasticsearch server"
)
def test_search_through_elasticsearch(client, searchable):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    html = client.get("/en/search/?q=Fortaleza").content.decode()
    assert "Fortaleza" in html
    assert "Vexilor" not in client.get("/en/search/?q=Vexilor").content.decode()


@pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="language-aware stemming needs PostgreSQL's text search configurations (SQLite's FTS5 does not stem)",
)
def test_search_uses_each_languages_stemming_on_postgresql(client, home_pages):
    add(home_pages["de"], StandardPage(title="Gemeinsame Planungen", slug="planungen", body="[]"))
    add(home_pages["en"], StandardPage(title="Connected cities", slug="connected-cities", body="[]"))
    add(home_pages["es"], StandardPage(title="Ciudades conectadas", slug="ciudades", body="[]"))
    assertContains(client.get("/de/search/?q=Planung"), "Gemeinsame")  # German stemming: Planung ~ Planungen
    assertContains(client.get("/en/search/?q=city"), "Connected")  # English stemming: city ~ cities
    assertContains(client.get("/es/search/?q=conectada"), "Ciudades")  # Spanish stemming
    assertContains(client.get("/es/search/?q=ciudades"), "Ciudades")  # the unstemmed copy
