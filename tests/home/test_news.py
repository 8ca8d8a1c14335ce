"""News: listing order, pagination, filters as plain links, the RSS feed, privacy and a constant query count."""

import datetime
import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

import feedparser
import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import NewsIndexPage, NewsPage

from .conftest import make_news, restrict_to_members

pytestmark = pytest.mark.django_db


def test_news_index_lists_newest_first(client, sections):
    make_news(sections["news"], "Older item", datetime.date(2019, 9, 20))
    make_news(sections["news"], "Newer item", datetime.date(2020, 2, 5))
    html = client.get("/en/news/").content.decode()
    assert html.index("Newer item") < html.index("Older item")


def test_news_index_paginates_by_twelve(client, sections):
    for day in range(1, 15):
        make_news(sections["news"], f"Item {day:02d}", datetime.date(2020, 1, day))
    first = client.get("/en/news/").content.decode()
    assert first.count('class="card"') == 12
    assert "Item 14" in first and "Item 02" not in first
    assert re.search(r'rel="next"\s+href="\?page=2"', first)
    second = client.get("/en/news/?page=2").content.decode()
    assert "Item 02" in second and "Item 01" in second and "Item 14" not in second
    # A page number out of range or not a number gives a page, not an error.
    assert client.get("/en/news/?page=999").status_code == 200
    assert client.get("/en/news/?page=abc").status_code == 200


def test_news_filter_by_topic_and_country_uses_plain_links(client, sections, taxonomy):
    topics, countries = taxonomy["topics"], taxonomy["countries"]
    make_news(
        sections["news"], "Inclusion in Fortaleza", topics=[topics["digital-inclusion"]], countries=[countries["BR"]]
    )
    make_news(sections["news"], "Climate in Bhubaneswar", topics=[topics["climate"]], countries=[countries["IN"]])
    html = client.get("/en/news/").content.decode()
    assert 'href="?topic=digital-inclusion"' in html
    assert 'href="?country=BR"' in html

    by_topic = client.get("/en/news/?topic=climate").content.decode()
    assert "Climate in Bhubaneswar" in by_topic and "Inclusion in Fortaleza" not in by_topic
    by_country = client.get("/en/news/?country=BR").content.decode()
    assert "Inclusion in Fortaleza" in by_country and "Climate in Bhubaneswar" not in by_country
    # Filters combine, and the other filter's links keep the chosen one.
    assertContains(client.get("/en/news/?topic=climate"), 'href="?topic=climate&amp;country=IN"')
    assertNotContains(client.get("/en/news/?topic=climate&country=BR"), "Climate in Bhubaneswar")
    # An unknown filter value is ignored, not an error.
    assertContains(client.get("/en/news/?topic=%3Cscript%3E"), "Inclusion in Fortaleza")


def test_news_filter_matches_translations_without_their_own_tags(client, sections, taxonomy, home_pages, locales):
    """Many-to-many tags are not synchronised by wagtail-localize: the German item is found by its source's tags."""
    item = make_news(sections["news"], "Inclusion news", topics=[taxonomy["topics"]["digital-inclusion"]])
    de_index = sections["news"].copy_for_translation(locales["de"])
    de_index.save_revision().publish()
    de_item = item.copy_for_translation(locales["de"])
    de_item.title = "Nachricht zur Inklusion"
    de_item.save_revision().publish()
    NewsPage.objects.get(pk=de_item.pk).topics.clear()
    assertContains(client.get("/de/news/?topic=digital-inclusion"), "Nachricht zur Inklusion")


def test_news_page_shows_date_summary_topics_and_article_metadata(client, sections, taxonomy):
    item = make_news(
        sections["news"],
        "Meeting agrees topics",
        datetime.date(2019, 9, 20),
        topics=[taxonomy["topics"]["climate"]],
        countries=[taxonomy["countries"]["IN"]],
    )
    response = client.get(item.url)
    assertContains(response, '<time datetime="2019-09-20">')
    assertContains(response, "Summary of Meeting agrees topics")
    assertContains(response, 'href="/en/news/?topic=climate"')
    assertContains(response, 'href="/en/news/?country=IN"')
    assertContains(response, '<meta property="og:type" content="article">')


def test_feed_parses_and_lists_only_public_live_items(client, sections, roles):
    make_news(sections["news"], "Public feed item", datetime.date(2020, 1, 2))
    secret = make_news(sections["news"], "Qorvath private item", datetime.date(2020, 1, 3))
    restrict_to_members(secret, roles)
    draft = make_news(sections["news"], "Draft feed item", datetime.date(2020, 1, 4))
    draft.unpublish()
    response = client.get("/en/news/feed/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo
    assert feed.feed.language == "en"
    titles = [entry.title for entry in feed.entries]
    assert titles == ["Public feed item"]
    assert "Qorvath" not in response.content.decode()


def test_restricted_news_is_left_out_of_the_listing_for_visitors_but_shown_to_members(client, sections, roles, member):
    secret = make_news(sections["news"], "Qorvath private item")
    restrict_to_members(secret, roles)
    make_news(sections["news"], "Public item")
    html = client.get("/en/news/").content.decode()
    assert "Public item" in html and "Qorvath" not in html
    client.force_login(member)
    assertContains(client.get("/en/news/"), "Qorvath private item")


def _count_queries(client, url: str) -> int:
    client.get(url)  # warm caches (site root paths, content types) that are per process, not per item
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_news_index_query_count_does_not_grow_with_items(client, sections, taxonomy):
    index: NewsIndexPage = sections["news"]
    topic = taxonomy["topics"]["climate"]
    for n in range(10):
        make_news(index, f"Few {n}", datetime.date(2020, 1, 1) + datetime.timedelta(days=n), topics=[topic])
    few = _count_queries(client, "/en/news/")
    few_filtered = _count_queries(client, "/en/news/?topic=climate")
    few_feed = _count_queries(client, "/en/news/feed/")
    for n in range(190):
        # Bulk creation keeps the test fast; the listing only needs live, public children.
        index.add_child(
            instance=NewsPage(
                title=f"Many {n}", slug=f"many-{n}", date=datetime.date(2021, 1, 1), summary="Many", live=True
            )
        )
    assert NewsPage.objects.child_of(index).count() == 200
    many = _count_queries(client, "/en/news/")
    assert many == few, f"news index: {few} queries with 10 items, {many} with 200"
    assert _count_queries(client, "/en/news/?topic=climate") == few_filtered
    assert _count_queries(client, "/en/news/?page=5") == few
    assert _count_queries(client, "/en/news/feed/") == few_feed
