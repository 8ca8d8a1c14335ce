"""A members area with the three collections, a small kit and helpers to build entries, for focused tests."""

from wagtail.models import Page

import pytest

from home.models import Country, Topic
from knowledge.models import (
    ExpertDirectoryPage,
    FinancingModel,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePageTopic,
    ProjectIndexPage,
    ProjectPage,
    ProjectPageTopic,
)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def kit(locales) -> dict:
    en = locales["en"]
    return {
        "mobility": Topic.objects.create(name="Mobility", slug="mobility", locale=en),
        "energy": Topic.objects.create(name="Energy", slug="energy", locale=en),
        "inclusion": Topic.objects.create(name="Digital inclusion", slug="digital-inclusion", locale=en),
        "brazil": Country.objects.create(name="Brazil", iso_code="BR", locale=en),
        "germany": Country.objects.create(name="Germany", iso_code="DE", locale=en),
        "ppp": FinancingModel.objects.get_or_create(
            slug="ppp", locale=en, defaults={"name": "Public-private partnership"}
        )[0],
        "grants": FinancingModel.objects.get_or_create(slug="grants", locale=en, defaults={"name": "Grants"})[0],
    }


@pytest.fixture
def collections(members_root, django_capture_on_commit_callbacks) -> dict:
    with django_capture_on_commit_callbacks(execute=True):
        practices = members_root.add_child(
            instance=GoodPracticeIndexPage(title="Good practices", slug="good-practices", live=False)
        )
        projects = members_root.add_child(instance=ProjectIndexPage(title="Projects", slug="projects", live=False))
        experts = members_root.add_child(instance=ExpertDirectoryPage(title="Experts", slug="experts", live=False))
        for page in (practices, projects, experts):
            publish(page)
    return {"practices": practices, "projects": projects, "experts": experts}


def tagged(page, tag_model, topics) -> Page:
    page.topic_tags = [tag_model(topic=topic, locale_id=page.locale_id) for topic in topics]
    return page


def add_practice(index, title, topics, **fields) -> GoodPracticePage:
    page = tagged(
        GoodPracticePage(title=title, summary=f"{title} summary", live=False, locale=index.locale, **fields),
        GoodPracticePageTopic,
        topics,
    )
    index.add_child(instance=page)
    return publish(page)


def add_project(index, title, topics, **fields) -> ProjectPage:
    page = tagged(
        ProjectPage(title=title, summary=f"{title} summary", live=False, locale=index.locale, **fields),
        ProjectPageTopic,
        topics,
    )
    index.add_child(instance=page)
    return publish(page)
