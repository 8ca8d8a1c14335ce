"""The site search: members also find the collections, with facets by type and topic; everyone else public pages."""

import datetime

import pytest
from pytest_django.asserts import assertContains, assertNotContains

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
    return index.add_child(instance=news)


def search(client, **params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    return response


def facet(response, name: str) -> dict[str, int]:
    return {item["key"]: item["count"] for item in response.context[name]}


def test_members_find_practices_with_type_and_topic_facets(client, member, practices, public_news):
    client.force_login(member)
    response = search(client, q="cadastre")
    assertContains(response, "Tree cadastre")
    assertContains(response, "Cadastre news for everyone")
    assert facet(response, "search_types") == {"news": 1, "practice": 1}
    assert facet(response, "search_topics") == {"climate": 2, "digital-inclusion": 1}
    narrowed = search(client, q="cadastre", type="practice")
    assert [hit["page"].title for hit in narrowed.context["hits"]] == ["Tree cadastre"]
    on_topic = search(client, q="cadastre", topic="digital-inclusion")
    assert [hit["page"].title for hit in on_topic.context["hits"]] == ["Tree cadastre"]


def test_practices_are_found_by_their_text_and_place(client, member, practices):
    client.force_login(member)
    assertContains(search(client, q="Stuttgart"), "Tool libraries")


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_everyone_else_gets_public_results_only(client, outsider, practices, public_news, who):
    if who == "outsider":
        client.force_login(outsider)
    response = search(client, q="cadastre")
    assertContains(response, "Cadastre news for everyone")
    assertNotContains(response, "Tree cadastre")
    assert facet(response, "search_types") == {"news": 1}
    assert facet(response, "search_topics") == {"climate": 1}
    assert search(client, q="cadastre", type="practice").context["total"] == 0


def test_unknown_facet_values_are_ignored(client, member, practices):
    client.force_login(member)
    response = search(client, q="cadastre", type="nonsense", topic="<script>")
    assert response.context["active_type"] == response.context["active_topic"] == ""
    assertContains(response, "Tree cadastre")
