"""The secretariat edits the outreach pages and snippets in the admin."""

import datetime

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

import pytest
from pytest_django.asserts import assertContains

from home.models import EventPage, Menu, NewsPage

from .conftest import make_event, make_news

pytestmark = pytest.mark.django_db


def test_every_outreach_page_type_opens_in_the_editor(client, editor, sections, topic_page, partner_page):
    news = make_news(sections["news"], "Editable news")
    event = make_event(sections["events"], "Editable event", datetime.date(2030, 1, 1))
    client.force_login(editor)
    for page in [*sections.values(), topic_page, partner_page, news, event]:
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__


def test_secretariat_creates_a_news_item_through_the_admin(client, editor, sections, taxonomy):
    client.force_login(editor)
    topic = taxonomy["topics"]["climate"]
    data = nested_form_data(
        {
            "title": "Chiclayo joins the climate cluster",
            "slug": "chiclayo-climate",
            "date": "2020-03-01",
            "summary": "Chiclayo shares its early-warning system.",
            "topics": inline_formset([{"topic": topic.pk}]),
            "countries": inline_formset([]),
            "body": streamfield([("paragraph", rich_text("<p>Floods are monitored with sensors.</p>"))]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/newspage/{sections['news'].pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = NewsPage.objects.get(slug="chiclayo-climate")
    assert page.live and [t.topic for t in page.topics.all()] == [topic]
    assertContains(client.get("/en/news/?topic=climate"), "Chiclayo joins the climate cluster")


def test_secretariat_creates_an_event_through_the_admin(client, editor, sections):
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Peer coaching call",
            "slug": "peer-coaching-call",
            "kind": "call",
            "summary": "Apply for a peer-coaching pair.",
            "start_date": "2030-02-01",
            "start_time": "",
            "end_date": "2030-02-01",
            "end_time": "",
            "time_zone": "Europe/Berlin",
            "online": "on",
            "location": "",
            "registration_url": "https://example.org/apply",
            "registration_deadline": "2030-01-15",
            "topics": inline_formset([]),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/home/eventpage/{sections['events'].pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert EventPage.objects.get(slug="peer-coaching-call").live


def test_secretariat_edits_a_menu_snippet(client, editor, sections, locales):
    client.force_login(editor)
    data = nested_form_data(
        {
            "location": "main",
            "items": inline_formset(
                [
                    {"link_page": sections["news"].pk, "link_url": "", "link_text": "Latest news"},
                    {"link_page": "", "link_url": "https://example.org/", "link_text": "Partner portal"},
                ]
            ),
        }
    )
    response = client.post("/admin/snippets/home/menu/add/?locale=en", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Menu.objects.get(locale=locales["en"]).items.count() == 2
    nav = client.get("/en/").content.decode().split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert "Latest news" in nav and "Partner portal" in nav
