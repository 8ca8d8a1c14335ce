"""Surveys: members only, one answer per member, open between two dates, results and a formula-safe export."""

import csv
import datetime
import io

from django.urls import reverse
from django.utils import timezone

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from members_area.exports import csv_safe
from members_area.models import SurveyField, SurveyPage, SurveySubmission

from .formats_helpers import add_page, assert_private_everywhere


def make_survey(**fields) -> SurveyPage:
    survey = SurveyPage(title="Open data survey", slug="open-data-survey", introduction="Tell us.", **fields)
    survey.form_fields = [
        SurveyField(label="Does your city publish open data?", field_type="radio", choices="Yes\nNo\nPlanned"),
        SurveyField(label="Which tools do you use?", field_type="singleline", required=False),
    ]
    return survey


@pytest.fixture
def surveys(members_root, django_capture_on_commit_callbacks) -> dict[str, SurveyPage]:
    return add_page(members_root, make_survey(), django_capture_on_commit_callbacks)


@pytest.fixture
def survey(surveys) -> SurveyPage:
    return surveys["en"]


def answer(client, page, choice="Yes", tools="CKAN"):
    return client.post(page.url, {"does_your_city_publish_open_data": choice, "which_tools_do_you_use": tools})


def test_survey_is_private_in_every_locale(client, surveys, outsider, member):
    assert_private_everywhere(client, surveys, outsider, member)


def test_survey_belongs_below_the_members_root():
    assert SurveyPage.parent_page_types == ["members_area.MembersAreaPage"]


def test_member_answers_once_and_a_second_answer_replaces_the_first(client, survey, member):
    client.force_login(member)
    first = answer(client, survey, "No")
    assertContains(first, "Thank you, your answer has been saved.")
    again = client.get(survey.url)
    assertContains(again, "sending the form again replaces your earlier answer")
    assertContains(again, "Replace my answer")
    second = answer(client, survey, "Planned")
    assertContains(second, "Your answer has been updated")
    submissions = SurveySubmission.objects.filter(user=member)
    assert submissions.count() == 1
    assert submissions.get().form_data["does_your_city_publish_open_data"] == "Planned"


def test_answer_in_another_language_replaces_the_same_survey_answer(client, surveys, member):
    client.force_login(member)
    answer(client, surveys["en"], "No")
    response = answer(client, surveys["de"], "Yes")
    assert response.status_code == 200
    assert SurveySubmission.objects.filter(user=member).count() == 1
    assert SurveySubmission.objects.get(user=member).page_id == surveys["de"].pk


def test_invalid_answer_shows_the_form_again(client, survey, member):
    client.force_login(member)
    response = answer(client, survey, "Maybe")
    assertContains(response, "Please correct the marked fields.")
    assert not SurveySubmission.objects.exists()


def test_survey_before_its_opening_shows_the_date_and_takes_no_answers(client, survey, member):
    survey.opens_at = timezone.now() + datetime.timedelta(days=3)
    survey.save_revision().publish()
    client.force_login(member)
    assertContains(client.get(survey.url), "This survey opens on")
    answer(client, survey)
    assert not SurveySubmission.objects.exists()


def test_survey_after_its_closing_date_is_closed(client, survey, member):
    survey.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    survey.save_revision().publish()
    client.force_login(member)
    response = client.get(survey.url)
    assertContains(response, "This survey is closed.")
    assertNotContains(response, '<form class="form"')
    answer(client, survey)
    assert not SurveySubmission.objects.exists()


def test_closed_survey_shows_the_aggregate_only_when_allowed(client, survey, member, make_member):
    client.force_login(member)
    answer(client, survey, "Yes")
    other = make_member("other").user
    client.force_login(other)
    answer(client, survey, "No")
    survey.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    survey.save_revision().publish()
    assertNotContains(client.get(survey.url), "2 members answered.")
    survey.results_visible_to_members = True
    survey.save_revision().publish()
    response = client.get(survey.url)
    assertContains(response, "2 members answered.")
    assertContains(response, "<caption>Does your city publish open data?</caption>", html=False)
    assertNotContains(response, "Marta")  # the aggregate never says who answered what


def test_secretariat_sees_results_per_question_and_a_formula_safe_csv(client, survey, member, editor):
    client.force_login(member)
    answer(client, survey, "Yes", tools='=HYPERLINK("http://evil.example")')
    client.force_login(editor)
    results = client.get(reverse("members_area_survey_results", args=[survey.pk]))
    assertContains(results, "1 member answered.")
    assertContains(results, '<th scope="row">Yes</th>', html=False)
    export = client.get(reverse("members_area_survey_results_csv", args=[survey.pk]))
    assert export["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(export.content.decode("utf-8-sig"))))
    assert rows[0][-2:] == ["Does your city publish open data?", "Which tools do you use?"]
    assert rows[1][-1] == '\'=HYPERLINK("http://evil.example")'
    assert rows[1][1] == "Marta Member"


def test_members_cannot_reach_the_results_in_the_admin(client, survey, member):
    client.force_login(member)
    for name in ("members_area_survey_results", "members_area_survey_results_csv"):
        response = client.get(reverse(name, args=[survey.pk]))
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx"])
def test_csv_cells_that_start_a_formula_are_neutralised(value):
    assert csv_safe(value) == "'" + value
    assert csv_safe("plain") == "plain"
