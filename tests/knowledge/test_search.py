"""The site search: members also find the collections, with facets by type and topic; everyone else public pages."""

import datetime

from wagtail.search import index as search_index

import pytest
from pytest_django.asserts import assertNotContains

from home.models import NewsIndexPage, NewsPage
from home.models.news import NewsPageTopic

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_news(home, vocabulary):
    index = home.add_child(instance=NewsIndexPage(title="News", slug="news"))
    news = NewsPage(
        title="Cadastre news for everyone",
        slug="cadastre-news",
        date=datetime.date(2026, 3, 1),
        summary="A public cadastre story",
        topics=[NewsPageTopic(topic=vocabulary["topics"]["climate"], locale=home.locale)],
    )
    return indexed(index.add_child(instance=news))


def indexed(*pages):
    """Pages made with add_child are live without a publish, which is what updates the search index."""
    for page in pages:
        search_index.insert_or_update_object(page)
    return pages[0] if len(pages) == 1 else pages


@pytest.fixture
def practices(practices):
    indexed(*practices.values())
    return practices


def search(client, **params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    return response


def titles(response) -> set[str]:
    # Not the HTML: the search terms are wrapped in <mark> there.
    return {hit["page"].title for hit in response.context["hits"]}


def facet(response, name: str) -> dict[str, int]:
    return {item["key"]: item["count"] for item in response.context[name]}


def test_members_find_practices_with_type_and_topic_facets(client, member, practices, public_news):
    client.force_login(member)
    response = search(client, q="cadastre")
    assert titles(response) == {"Tree cadastre", "Cadastre news for everyone"}
    assert facet(response, "search_types") == {"news": 1, "practice": 1}
    assert facet(response, "search_topics") == {"climate": 2, "digital-inclusion": 1}
    narrowed = search(client, q="cadastre", type="practice")
    assert [hit["page"].title for hit in narrowed.context["hits"]] == ["Tree cadastre"]
    on_topic = search(client, q="cadastre", topic="digital-inclusion")
    assert [hit["page"].title for hit in on_topic.context["hits"]] == ["Tree cadastre"]


def test_practices_are_found_by_their_text_and_place(client, member, practices):
    client.force_login(member)
    assert titles(search(client, q="Stuttgart")) == {"Tool libraries"}


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_everyone_else_gets_public_results_only(client, outsider, practices, public_news, who):
    if who == "outsider":
        client.force_login(outsider)
    response = search(client, q="cadastre")
    assert titles(response) == {"Cadastre news for everyone"}
    assertNotContains(response, "Tree")
    assert facet(response, "search_types") == {"news": 1}
    assert facet(response, "search_topics") == {"climate": 1}
    assert search(client, q="cadastre", type="practice").context["total"] == 0


def test_unknown_facet_values_are_ignored(client, member, practices):
    client.force_login(member)
    response = search(client, q="cadastre", type="nonsense", topic="<script>")
    assert response.context["active_type"] == response.context["active_topic"] == ""
    assert "Tree cadastre" in titles(response)
