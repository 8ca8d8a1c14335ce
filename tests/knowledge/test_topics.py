"""Topic pages (public, on the ground floor) show members the practices and projects on their topic."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import TopicIndexPage, TopicPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def climate_page(home, vocabulary):
    index = home.add_child(instance=TopicIndexPage(title="Topics", slug="topics"))
    return index.add_child(
        instance=TopicPage(title="Climate", slug="climate", topic=vocabulary["topics"]["climate"], introduction="Heat")
    )


def test_members_see_the_practices_on_the_topic(client, member, climate_page, practices):
    client.force_login(member)
    response = client.get(climate_page.url)
    assertContains(response, "Tool libraries")
    assertContains(response, practices["trees"].url)
    assertNotContains(response, "Free wifi in squares")  # digital inclusion only


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_visitors_and_non_members_see_no_member_content(client, outsider, climate_page, practices, who):
    if who == "outsider":
        client.force_login(outsider)
    response = client.get(climate_page.url)
    assert response.status_code == 200
    assertNotContains(response, "Tool libraries")
    assertNotContains(response, "/members/")


def test_hook_answers_in_the_page_locale_and_filters_by_user(member, outsider, climate_page, practices, locales):
    from knowledge.topics import latest_on_topic

    topic = climate_page.topic
    titles = [title for title, _url, _kind in latest_on_topic(topic, locales["en"], member)]
    assert sorted(titles) == ["Tool libraries", "Tree cadastre"]
    assert latest_on_topic(topic, locales["en"], outsider) == []
    assert latest_on_topic(topic, locales["de"], member) == []  # no German practices yet
