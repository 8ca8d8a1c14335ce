"""Fixtures for the public outreach site: taxonomy, the section index pages and small helpers to fill them."""

import datetime

from django.utils import timezone

from wagtail.models import Page, PageViewRestriction

import pytest

from home.models import (
    City,
    ContactPage,
    Country,
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    NewsPage,
    PartnerCountryPage,
    PartnerIndexPage,
    Topic,
    TopicIndexPage,
    TopicPage,
)
from members_area.accounts.roles import ROLE_MEMBERS


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add(parent: Page, page: Page) -> Page:
    page.live = False
    parent.add_child(instance=page)
    return publish(page)


def restrict_to_members(page: Page, roles) -> Page:
    """The members area's rule: a GROUPS view restriction for Members."""
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.add(roles[ROLE_MEMBERS])
    return page


def tag(page: Page, topics=(), countries=()) -> Page:
    """Tag a news item or event (unsaved: publish it afterwards); each tag is an inline child of the page."""
    page.topics.set([page.topics.model(topic=topic) for topic in topics])
    if countries:
        page.countries.set([page.countries.model(country=country) for country in countries])
    return page


def make_news(index: NewsIndexPage, title: str, date: datetime.date | None = None, **fields) -> NewsPage:
    topics = fields.pop("topics", [])
    countries = fields.pop("countries", [])
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")
    fields.setdefault("summary", f"Summary of {title}")
    page = NewsPage(title=title, slug=slug, date=date or datetime.date(2020, 1, 1), **fields)
    page = add(index, page)
    if topics or countries:
        tag(page, topics=topics, countries=countries)
        publish(page)
    return page


def make_event(index: EventIndexPage, title: str, start: datetime.date, **fields) -> EventPage:
    topics = fields.pop("topics", [])
    fields.setdefault("end_date", start)
    fields.setdefault("location", "Stuttgart, Germany")
    slug = fields.pop("slug", None) or title.lower().replace(" ", "-")
    page = add(index, EventPage(title=title, slug=slug, start_date=start, summary=f"About {title}", **fields))
    if topics:
        tag(page, topics=topics)
        publish(page)
    return page


def days_from_today(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def taxonomy(locales) -> dict:
    en = locales["en"]
    topics = {
        slug: Topic.objects.create(locale=en, slug=slug, name=name, sort_order=i)
        for i, (slug, name) in enumerate(
            [("digital-inclusion", "Digital Inclusion"), ("climate", "Climate change mitigation and adaptation")]
        )
    }
    brazil = Country.objects.create(locale=en, iso_code="BR", name="Brazil")
    india = Country.objects.create(locale=en, iso_code="IN", name="India")
    City.objects.create(country=brazil, name="Fortaleza", latitude=-3.71722, longitude=-38.54306)
    City.objects.create(country=india, name="Bhubaneswar", latitude=20.29606, longitude=85.82454)
    return {"topics": topics, "countries": {"BR": brazil, "IN": india}}


@pytest.fixture
def sections(home) -> dict[str, Page]:
    """The outreach section pages under the English home page."""
    return {
        "topics": add(home, TopicIndexPage(title="Key topics", slug="topics", show_in_menus=True)),
        "news": add(home, NewsIndexPage(title="News", slug="news", show_in_menus=True)),
        "events": add(home, EventIndexPage(title="Events", slug="events", show_in_menus=True)),
        "partners": add(home, PartnerIndexPage(title="Partners", slug="partners", show_in_menus=True)),
        "contact": add(home, ContactPage(title="Contact", slug="contact", show_in_menus=True)),
    }


@pytest.fixture
def topic_page(sections, taxonomy) -> TopicPage:
    topic = taxonomy["topics"]["digital-inclusion"]
    page = TopicPage(
        title="Digital Inclusion",
        slug="digital-inclusion",
        topic=topic,
        introduction="Opportunity, access, knowledge and skill.",
        guiding_questions='[{"type": "question", "value": "What are suitable legal frameworks and strategies?"}]',
    )
    return add(sections["topics"], page)


@pytest.fixture
def partner_page(sections, taxonomy) -> PartnerCountryPage:
    page = PartnerCountryPage(
        title="Brazil", slug="brazil", country=taxonomy["countries"]["BR"], introduction="Brazil takes part."
    )
    return add(sections["partners"], page)
