"""Absolute URLs name the host the site is served under (or SITE_URL without a request), never the demo's localhost."""

import re
import xml.etree.ElementTree as ET

from django.test import override_settings

import pytest

from .conftest import make_news

pytestmark = pytest.mark.django_db

HOST = "iscn.example.org"


def test_sitemap_uses_the_request_host(client, home_pages, sections):
    make_news(sections["news"], "Rosario joins")
    response = client.get("/sitemap.xml", HTTP_HOST=HOST)
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = [loc.text for loc in root.iterfind("s:url/s:loc", ns)]
    locations += [link.get("href") for link in root.iterfind("s:url/x:link", ns)]
    assert f"http://{HOST}/en/news/rosario-joins/" in locations
    assert all(location.startswith(f"http://{HOST}/") for location in locations)
    assert b"localhost" not in response.content


def test_canonical_and_hreflang_use_the_request_host(client, home_pages, sections):
    head = client.get("/en/news/", HTTP_HOST=HOST).content.decode().split("</head>")[0]
    assert f'<link rel="canonical" href="http://{HOST}/en/news/">' in head
    assert f'<meta property="og:url" content="http://{HOST}/en/news/">' in head
    assert "localhost" not in head
    assert re.search(rf'hreflang="en"\s+href="http://{HOST}/en/"', client.get("/de/", HTTP_HOST=HOST).content.decode())


def test_feed_links_use_the_request_host(client, home_pages, sections):
    make_news(sections["news"], "Rosario joins")
    response = client.get("/en/news/feed/", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert f"http://{HOST}/en/news/rosario-joins/" in response.content.decode()
    assert b"localhost" not in response.content


@override_settings(SITE_URL="https://iscn.example.org/")
def test_without_a_request_the_configured_site_url_is_used(home_pages, sections):
    news = make_news(sections["news"], "Rosario joins")
    assert news.get_full_url() == "https://iscn.example.org/en/news/rosario-joins/"
    assert news.full_url == "https://iscn.example.org/en/news/rosario-joins/"


@override_settings(ALLOWED_HOSTS=[HOST])
def test_sitemap_and_canonical_answer_only_for_the_configured_host(client, home_pages, sections):
    # The request's host goes into absolute URLs only because Django refuses hosts outside ALLOWED_HOSTS.
    for path in ("/sitemap.xml", "/en/news/"):
        assert client.get(path, HTTP_HOST="attacker.example").status_code == 400
        assert client.get(path, HTTP_HOST=HOST).status_code == 200
