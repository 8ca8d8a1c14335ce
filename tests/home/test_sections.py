"""Topics, partners and the menus: tree rules, what each page shows, and that private pages stay out of them."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import (
    ContactPage,
    EventIndexPage,
    EventPage,
    HomePage,
    Menu,
    MenuItem,
    NewsIndexPage,
    NewsPage,
    PartnerCountryPage,
    PartnerCountryPageInstitution,
    PartnerIndexPage,
    StandardPage,
    TopicIndexPage,
    TopicPage,
)

from .conftest import add, days_from_today, make_event, make_news, publish, restrict_to_members

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_sections_live_under_the_home_page(self):
        for index in (TopicIndexPage, NewsIndexPage, EventIndexPage, PartnerIndexPage, ContactPage):
            self.assertAllowedParentPageTypes(index, {HomePage})

    def test_items_live_under_their_index(self):
        self.assertAllowedParentPageTypes(TopicPage, {TopicIndexPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedParentPageTypes(PartnerCountryPage, {PartnerIndexPage})
        for leaf in (TopicPage, NewsPage, EventPage, PartnerCountryPage, ContactPage):
            self.assertAllowedSubpageTypes(leaf, {})


def test_topic_index_lists_topics(client, topic_page):
    assertContains(client.get("/en/topics/"), 'href="/en/topics/digital-inclusion/"')


def test_topic_page_shows_questions_and_related_public_news_and_events(client, topic_page, sections, taxonomy, roles):
    topic = taxonomy["topics"]["digital-inclusion"]
    make_news(sections["news"], "Inclusion news item", topics=[topic])
    make_news(sections["news"], "Unrelated news item", topics=[taxonomy["topics"]["climate"]])
    make_event(sections["events"], "Inclusion webinar", days_from_today(30), topics=[topic])
    secret = make_news(sections["news"], "Krabbelwick private news", topics=[topic])
    restrict_to_members(secret, roles)
    response = client.get(topic_page.url)
    assertContains(response, "What are suitable legal frameworks and strategies?")
    assertContains(response, "Inclusion news item")
    assertContains(response, "Inclusion webinar")
    assertNotContains(response, "Unrelated news item")
    assertNotContains(response, "Krabbelwick")


def test_partner_index_shows_list_and_map_without_external_tiles(client, partner_page):
    html = client.get("/en/partners/").content.decode()
    assert 'href="/en/partners/brazil/"' in html
    assert "Fortaleza" in html
    assert '<svg class="partner-map__svg"' in html
    assert "<circle" in html
    assert "tile" not in html.lower() and "https://" not in html.split("<svg", 1)[1].split("</svg>")[0]


def test_partner_country_page_lists_cities_and_institutions(client, partner_page, taxonomy):
    fortaleza = taxonomy["countries"]["BR"].cities.get(name="Fortaleza")
    partner_page.institutions = [
        PartnerCountryPageInstitution(name="Prefeitura de Fortaleza", level="municipal", city=fortaleza)
    ]
    publish(partner_page)
    response = client.get(partner_page.url)
    assertContains(response, "Fortaleza")
    assertContains(response, "Prefeitura de Fortaleza")
    assertContains(response, "Municipal")


def test_restricted_partner_page_is_left_off_the_partner_list(client, sections, taxonomy, roles):
    secret = add(
        sections["partners"],
        PartnerCountryPage(
            title="Glimmerland", slug="glimmerland", country=taxonomy["countries"]["IN"], introduction="x"
        ),
    )
    restrict_to_members(secret, roles)
    html = client.get("/en/partners/").content.decode()
    assert "Glimmerland" not in html
    assert "Bhubaneswar" not in html  # its cities are not on the map either


def test_main_menu_falls_back_to_pages_in_menus(client, sections):
    html = client.get("/en/news/").content.decode()
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/topics/"' in nav
    assert 'href="/en/news/" aria-current="page"' in nav


def test_secretariat_menu_sets_order_and_labels_and_hides_private_pages(client, sections, locales, roles):
    secret = add(sections["news"].get_parent(), StandardPage(title="Snorkelby private", slug="snorkelby", body="[]"))
    restrict_to_members(secret, roles)
    menu = Menu(location=Menu.Location.MAIN, locale=locales["en"])
    menu.items = [
        MenuItem(link_page=sections["contact"], link_text="Write to us", locale=locales["en"]),
        MenuItem(link_page=sections["news"], locale=locales["en"]),
        MenuItem(link_page=secret, locale=locales["en"]),
        MenuItem(link_url="https://example.org/", link_text="Partner portal", locale=locales["en"]),
    ]
    menu.save()
    html = client.get("/en/").content.decode()
    nav = html.split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert nav.index("Write to us") < nav.index(">News<") < nav.index("Partner portal")
    assert 'href="/en/topics/"' not in nav  # the secretariat's menu replaces the automatic one
    assert "Snorkelby" not in nav


def test_footer_menu_replaces_the_legal_links(client, sections, locales):
    menu = Menu(location=Menu.Location.FOOTER, locale=locales["en"])
    menu.items = [MenuItem(link_page=sections["contact"], link_text="Contact the secretariat", locale=locales["en"])]
    menu.save()
    html = client.get("/en/").content.decode()
    footer = html.split('<nav class="site-footer__legal"', 1)[1].split("</nav>", 1)[0]
    assert 'href="/en/contact/">Contact the secretariat<' in footer


def test_a_menu_edited_by_the_secretariat_shows_on_the_next_page(client, sections, locales):
    menu = Menu(location=Menu.Location.FOOTER, locale=locales["en"])
    menu.items = [MenuItem(link_page=sections["contact"], link_text="Contact the secretariat", locale=locales["en"])]
    menu.save()
    assert "Contact the secretariat" in client.get("/en/").content.decode()
    item = menu.items.get()
    item.link_text = "Write to the secretariat"
    item.save()
    html = client.get("/en/").content.decode()
    assert "Write to the secretariat" in html and "Contact the secretariat" not in html
    menu.delete()
    html = client.get("/en/").content.decode()
    footer = html.split('<nav class="site-footer__legal"', 1)[1].split("</nav>", 1)[0]
    assert "secretariat" not in footer


def test_home_page_sections_and_sitemap_leave_out_restricted_outreach_pages(client, sections, roles):
    secret = make_news(sections["news"], "Plumbago private news", datetime.date(2020, 1, 1))
    restrict_to_members(secret, roles)
    body = client.get("/sitemap.xml").content.decode()
    assert "/en/news/" in body
    assert "plumbago" not in body
    assert Page.objects.filter(slug="plumbago-private-news").exists()
