"""The Taxonomy menu of the admin: the secretariat manages topics, countries and cities there."""

import pytest
from pytest_django.asserts import assertContains

from home.models import City, Country, Topic

pytestmark = pytest.mark.django_db


def test_secretariat_sees_the_taxonomy_menu_and_lists(client, editor, locales):
    country = Country.objects.create(locale=locales["en"], iso_code="CL", name="Chile")
    City.objects.create(country=country, name="Providencia")
    Topic.objects.create(locale=locales["en"], slug="climate", name="Climate change mitigation and adaptation")
    client.force_login(editor)
    assertContains(client.get("/admin/"), "Taxonomy")
    assertContains(client.get("/admin/snippets/home/topic/"), "Climate change mitigation and adaptation")
    assertContains(client.get("/admin/snippets/home/country/"), "Chile")
    assertContains(client.get("/admin/snippets/home/city/"), "Providencia")


def test_secretariat_can_add_a_topic_in_the_admin(client, editor, locales):
    client.force_login(editor)
    response = client.post(
        "/admin/snippets/home/topic/add/?locale=en",
        {"name": "Mobility", "slug": "mobility", "description": "", "sort_order": 5},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Topic.objects.get(slug="mobility").locale.language_code == "en"


def test_visitors_cannot_reach_the_taxonomy_admin(client, db):
    response = client.get("/admin/snippets/home/topic/")
    assert response.status_code == 302
    assert "login" in response["Location"]  # the admin's login, or the site's (allauth) login it is routed to
