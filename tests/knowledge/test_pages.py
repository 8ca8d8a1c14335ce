"""Tree rules, rendering and admin editing of the knowledge pages."""

from wagtail.test.utils import WagtailPageTestCase

import pytest
from pytest_django.asserts import assertContains

from home.models import HomePage
from knowledge.models import ExpertDirectoryPage, GoodPracticeIndexPage, GoodPracticePage, ProjectIndexPage, ProjectPage
from members_area.models import MembersAreaPage


class TestTreeRules(WagtailPageTestCase):
    def test_indexes_live_below_the_members_root(self):
        self.assertAllowedParentPageTypes(GoodPracticeIndexPage, {MembersAreaPage})
        self.assertAllowedParentPageTypes(ProjectIndexPage, {MembersAreaPage})
        self.assertAllowedParentPageTypes(ExpertDirectoryPage, {MembersAreaPage})
        self.assertCanNotCreateAt(HomePage, GoodPracticeIndexPage)

    def test_entries_live_below_their_index(self):
        self.assertAllowedParentPageTypes(GoodPracticePage, {GoodPracticeIndexPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedSubpageTypes(GoodPracticeIndexPage, {GoodPracticePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage})


@pytest.mark.django_db
def test_project_page_renders_with_its_practices(client, member, indexes, practices, vocabulary):
    from knowledge.models import GoodPracticePageProject

    project = indexes["projects"]["en"].add_child(
        instance=ProjectPage(
            title="Recife connected",
            summary="Wifi for every square",
            country=vocabulary["countries"]["BR"],
            help_wanted="Experience with municipal fibre operators",
        )
    )
    GoodPracticePageProject.objects.create(page=practices["wifi"], project=project)
    client.force_login(member)
    response = client.get(project.url)
    assert response.status_code == 200
    assert b"Experience with municipal fibre operators" in response.content
    assert b"Free wifi in squares" in response.content
    assert b"Recife connected" in client.get(practices["wifi"].url).content


@pytest.mark.django_db
def test_editor_can_open_the_practice_editor(client, editor, practices):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{practices['wifi'].pk}/edit/")
    assert response.status_code == 200
    assert b"topic_tags" in response.content


@pytest.mark.django_db
def test_practice_contact_links_to_the_experts_page(client, member, indexes, practices, experts):
    client.force_login(member)
    response = client.get(practices["wifi"].url)
    expert_url = f"{indexes['experts']['en'].url}expert/{experts['open'].pk}/"
    assertContains(response, f'<a href="{expert_url}">Ana Open</a>', html=True)
    expert_page = client.get(expert_url)
    assertContains(expert_page, "<h1>Ana Open</h1>", html=True)
    assertContains(expert_page, "Free wifi in squares")
