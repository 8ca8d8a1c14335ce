"""Routing reads the pages along a URL in one query and answers as Wagtail does: pages, 404s, sub-paths, privacy."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from home.models import NewsIndexPage, StandardPage

from .conftest import add, make_news, restrict_to_members

pytestmark = pytest.mark.django_db


def standard(parent, slug: str, **fields) -> StandardPage:
    return add(parent, StandardPage(title=slug.title(), slug=slug, body="[]", **fields))


@pytest.fixture
def nested(home) -> list[StandardPage]:
    """Four standard pages, each below the one before: /en/a/b/c/d/."""
    pages, parent = [], home
    for slug in "abcd":
        parent = standard(parent, slug)
        pages.append(parent)
    return pages


def queries(client, url: str) -> tuple[int, int]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    return response.status_code, len(captured)


@pytest.mark.parametrize("signed_in", [False, True])
def test_every_level_is_served_and_deeper_pages_cost_no_more_queries(client, home, nested, member, signed_in):
    leaf = standard(home, "e")  # a page without children, like d
    if signed_in:
        client.force_login(member)
    client.get(leaf.url)  # the locale and the session as later requests find them
    status_e, shallow = queries(client, leaf.url)
    status_d, deep = queries(client, nested[3].url)
    assert nested[3].url == "/en/a/b/c/d/"
    assert (status_e, status_d) == (200, 200)
    assert deep == shallow
    assert [status for status, _count in (queries(client, page.url) for page in nested[:3])] == [200, 200, 200]


def test_unknown_slugs_drafts_and_wrong_levels_are_not_found(client, nested):
    draft = nested[2].add_child(instance=StandardPage(title="Draft", slug="draft", body="[]", live=False))
    assert client.get("/en/a/b/missing/").status_code == 404
    assert client.get("/en/a/b/c/draft/").status_code == 404
    assert client.get(draft.url or "/en/a/b/c/draft/").status_code == 404
    assert client.get("/en/a/c/").status_code == 404  # c is below b, not below a
    assert client.get("/en/b/").status_code == 404


def test_a_live_page_below_an_unpublished_one_is_served_as_wagtail_does(client, nested):
    nested[1].unpublish()
    assert client.get("/en/a/b/").status_code == 404
    assert client.get("/en/a/b/c/").status_code == 200


def test_a_routable_page_keeps_its_sub_paths_and_its_children(client, home):
    news = add(home, NewsIndexPage(title="News", slug="news"))
    item = make_news(news, "Smart lighting in Recife")
    feed = client.get("/en/news/feed/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith(("application/rss+xml", "application/atom+xml", "application/xml"))
    page = client.get(item.url)
    assert page.status_code == 200
    assert b"Smart lighting in Recife" in page.content


def test_breadcrumbs_come_from_the_path(client, nested):
    response = client.get(nested[3].url)
    assert [page.title for page in response.context["ancestors"]] == [nested[0].get_parent().title, "A", "B", "C"]


def test_a_restricted_page_and_everything_below_it_are_refused_to_others(client, nested, roles, member, outsider):
    restrict_to_members(nested[1], roles)
    for url in ("/en/a/b/", "/en/a/b/c/d/"):
        anonymous = client.get(url)
        assert anonymous.status_code == 302 and "login" in anonymous["Location"], url
    assert client.get("/en/a/").status_code == 200
    client.force_login(outsider)
    assert client.get("/en/a/b/c/").status_code == 302
    client.force_login(member)
    assert client.get("/en/a/b/c/").status_code == 200


def test_an_alias_answers_to_its_source_pages_restriction(client, home, nested, roles, outsider):
    restrict_to_members(nested[1], roles)
    public = standard(home, "public")
    alias = nested[1].create_alias(parent=public, update_slug="shared-notes")
    assert alias.url == "/en/public/shared-notes/"
    assert client.get(alias.url).status_code == 302
    client.force_login(outsider)
    assert client.get(alias.url).status_code == 302
