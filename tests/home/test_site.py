"""The site frame: languages, language switcher, hreflang, the root redirect, robots, sitemap, health."""

import re
import xml.etree.ElementTree as ET
from urllib.parse import urlparse

import pytest
from pytest_django.asserts import assertContains

from tests.html import attribute, tags

pytestmark = pytest.mark.django_db

HOME_TEXT = {
    "en": "Shaping the digital transformation of cities together",
    "de": "Die digitale Transformation der Städte gemeinsam gestalten",
    "es": "Dar forma juntos a la transformación digital de las ciudades",
    "pt": "Moldar juntos a transformação digital das cidades",
}


@pytest.mark.parametrize("code", HOME_TEXT)
def test_each_locale_home_page_shows_its_own_language(client, demo_site, code):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{code}"' in html
    assert HOME_TEXT[code] in html
    for other, text in HOME_TEXT.items():
        if other != code:
            assert text not in html


@pytest.mark.parametrize(
    ("accept", "target"), [("de-DE,de;q=0.9", "/de/"), ("pt-BR", "/pt/"), ("es", "/es/"), ("fr", "/en/"), ("", "/en/")]
)
def test_root_redirects_by_accept_language(client, demo_site, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_language_switcher_links_same_page_in_other_languages(client, demo_site):
    content = client.get("/es/about/participation/").content
    links = {a["hreflang"]: a["href"] for a in tags(content, "a", class_="language-switcher__link")}
    assert links == {code: f"/{code}/about/participation/" for code in ("en", "de", "pt")}
    assert [span["lang"] for span in tags(content, "span", class_="language-switcher__link--current")] == ["es"]


def test_hreflang_alternates_in_head(client, demo_site):
    head = client.get("/de/about/").content.decode().split("</head>")[0]
    alternates = {link["hreflang"]: link["href"] for link in tags(head, "link", rel="alternate")}
    assert set(alternates) == {"en", "de", "es", "pt", "x-default"}
    for code in ("en", "de", "es", "pt"):
        assert re.fullmatch(rf"http://[^/]+/{code}/about/", alternates[code])
    assert re.fullmatch(r"http://[^/]+/en/about/", alternates["x-default"])
    assert re.fullmatch(r"http://[^/]+/de/about/", attribute(head, "link", "href", rel="canonical"))


def test_about_pages_are_translated_not_copied(client, demo_site):
    assertContains(client.get("/de/about/participation/"), "höchstens 15 Partnerländer")
    assertContains(client.get("/es/about/participation/"), "como máximo 15 países socios")
    assertContains(client.get("/pt/about/participation/"), "no máximo 15 países parceiros")


def test_unknown_page_is_a_friendly_404_in_the_visitors_language(client, demo_site):
    response = client.get("/de/gibt-es-nicht/")
    assert response.status_code == 404
    assertContains(response, "Seite nicht gefunden", status_code=404)


def test_health_reports_database(client, db):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_robots_txt_points_to_sitemap_and_hides_private_areas(client, db):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body
    assert "Disallow: /de/members/" in body


def test_sitemap_lists_public_pages_of_every_locale_with_alternates(client, demo_site):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ET.fromstring(response.content)
    locations = {urlparse(url.find("s:loc", ns).text).path: url for url in root.findall("s:url", ns)}
    for code in ("en", "de", "es", "pt"):
        assert f"/{code}/about/participation/" in locations
    alternates = locations["/pt/about/"].findall("x:link", ns)
    assert {a.get("hreflang") for a in alternates} == {"en", "de", "es", "pt"}


def test_sitemap_leaves_out_restricted_and_draft_pages(client, demo_site, roles):
    from wagtail.models import PageViewRestriction

    from home.models import StandardPage

    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    secret = about.add_child(instance=StandardPage(title="Zyxwvu secret", slug="zyxwvu-secret", body="[]"))
    secret.save_revision().publish()
    restriction = PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles["Members"])
    draft = about.add_child(instance=StandardPage(title="Draft", slug="qwerty-draft", body="[]", live=False))
    body = client.get("/sitemap.xml").content.decode()
    assert "zyxwvu-secret" not in body
    assert draft.slug not in body


def test_sitemap_query_count_does_not_grow_with_pages(client, demo_site):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from home.models import StandardPage

    def sitemap_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/sitemap.xml").status_code == 200
        return len(queries)

    sitemap_queries()  # warm the per-process caches (content types, site root paths)
    before = sitemap_queries()
    about = StandardPage.objects.get(slug="about", locale__language_code="en")
    for n in range(15):
        about.add_child(
            instance=StandardPage(title=f"Extra {n}", slug=f"extra-{n}", body="[]")
        ).save_revision().publish()
    assert "extra-14" in client.get("/sitemap.xml").content.decode()
    assert sitemap_queries() == before
