"""Fixtures of the knowledge-base suites: the three collections below the members root, with a small vocabulary."""

import pytest

from home.models import City, Country, Topic
from knowledge.models import (
    Expert,
    ExpertDirectoryPage,
    ExpertTopic,
    FinancingModel,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePageContact,
    GoodPracticePageTopic,
    ProjectIndexPage,
)
from tests.members_area.conftest import make_member, members_root, publish  # noqa: F401  (fixtures shared with the members area)

from .collection_fixtures import collections, kit  # noqa: F401  (fixtures of the matching and contribution tests)


@pytest.fixture
def vocabulary(locales) -> dict:
    en = locales["en"]
    topics = {
        slug: Topic.objects.create(name=name, slug=slug, locale=en)
        for slug, name in [("climate", "Climate"), ("digital-inclusion", "Digital inclusion")]
    }
    brazil = Country.objects.create(name="Brazil", iso_code="BR", locale=en)
    germany = Country.objects.create(name="Germany", iso_code="DE", locale=en)
    cities = {
        "recife": City.objects.create(name="Recife", country=brazil),
        "stuttgart": City.objects.create(name="Stuttgart", country=germany),
    }
    financing = {
        slug: FinancingModel.objects.get_or_create(slug=slug, locale=en, defaults={"name": slug.title()})[0]
        for slug in ("grants", "public-budget")
    }
    return {"topics": topics, "countries": {"BR": brazil, "DE": germany}, "cities": cities, "financing": financing}


@pytest.fixture
def indexes(members_root, home_pages) -> dict:  # noqa: F811
    """The three index pages in English, and copies in de, es and pt below each locale's members root."""
    pages = {}
    for model, slug in [
        (GoodPracticeIndexPage, "good-practices"),
        (ProjectIndexPage, "projects"),
        (ExpertDirectoryPage, "experts"),
    ]:
        page = members_root.add_child(instance=model(title=slug.title(), slug=slug))
        pages[slug] = {"en": page}
        for code in ("de", "es", "pt"):
            copy = page.copy_for_translation(home_pages[code].locale)
            publish(copy)
            pages[slug][code] = copy
    return pages


def add_practice(index, vocabulary, title: str, topics=(), country="BR", city=None, **fields) -> GoodPracticePage:
    locale = index.locale
    tags = [GoodPracticePageTopic(topic=vocabulary["topics"][slug], locale=locale) for slug in topics]
    fields.setdefault("summary", f"Summary of {title}")
    page = GoodPracticePage(
        title=title,
        country=vocabulary["countries"][country],
        city=vocabulary["cities"][city] if city else None,
        topic_tags=tags,
        **fields,
    )
    return index.add_child(instance=page)


@pytest.fixture
def practices(indexes, vocabulary) -> dict:
    index = indexes["good-practices"]["en"]
    grants = vocabulary["financing"]["grants"]
    return {
        "libraries": add_practice(
            index,
            vocabulary,
            "Tool libraries",
            ["climate"],
            "DE",
            "stuttgart",
            status="running",
            financing_model=grants,
        ),
        "wifi": add_practice(
            index,
            vocabulary,
            "Free wifi in squares",
            ["digital-inclusion"],
            "BR",
            "recife",
            status="pilot",
            original_language="pt",
        ),
        "trees": add_practice(
            index,
            vocabulary,
            "Tree cadastre",
            ["climate", "digital-inclusion"],
            "BR",
            "recife",
            status="scaled",
            financing_model=grants,
        ),
    }


@pytest.fixture
def experts(indexes, vocabulary, locales, practices) -> dict:
    en = locales["en"]
    open_expert = Expert.objects.create(
        name="Ana Open",
        country=vocabulary["countries"]["BR"],
        languages="pt,es",
        email="ana@example.org",
        phone="+55 81 1234",
        contact_visible=True,
        available_for_peer_coaching=True,
        locale=en,
    )
    hidden_expert = Expert.objects.create(
        name="Bernd Hidden",
        country=vocabulary["countries"]["DE"],
        languages="de,en",
        email="bernd@example.org",
        phone="+49 711 9876",
        contact_visible=False,
        locale=en,
    )
    ExpertTopic.objects.create(expert=open_expert, topic=vocabulary["topics"]["digital-inclusion"], locale=en)
    ExpertTopic.objects.create(expert=hidden_expert, topic=vocabulary["topics"]["climate"], locale=en)
    GoodPracticePageContact.objects.create(page=practices["wifi"], expert=open_expert)
    return {"open": open_expert, "hidden": hidden_expert}


def bulk_practices(index, vocabulary, count: int, topics=("climate",), country="BR", city="recife") -> None:
    """`count` live practices below `index`, written in a few statements: fast enough to list hundreds in a test.

    The page rows are bulk-created with treebeard paths after the index's current children; each practice row is
    then saved raw (without its parent row), as fixture loading does.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(GoodPracticePage)
    # Not index.get_children(): treebeard answers from the in-memory numchild, which the bulk insert leaves stale.
    start = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).count() + 1
    now = timezone.now()
    pages = []
    for number in range(start, start + count):
        slug = f"bulk-practice-{number}"
        pages.append(
            Page(
                title=f"Bulk practice {number}",
                draft_title=f"Bulk practice {number}",
                slug=slug,
                path=GoodPracticePage._get_path(index.path, index.depth + 1, number),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages)
    Page.objects.filter(pk=index.pk).update(numchild=start - 1 + count)
    tags = []
    for page in Page.objects.filter(path__in=[page.path for page in pages]):
        practice = GoodPracticePage(
            page_ptr_id=page.pk,
            summary=f"Summary of {page.title}",
            country=vocabulary["countries"][country],
            city=vocabulary["cities"][city] if city else None,
        )
        practice.title = page.title
        practice.search_text = practice.compose_search_text()
        practice.save_base(raw=True)
        tags += [
            GoodPracticePageTopic(page_id=page.pk, topic=vocabulary["topics"][slug], locale_id=index.locale_id)
            for slug in topics
        ]
    GoodPracticePageTopic.objects.bulk_create(tags)
