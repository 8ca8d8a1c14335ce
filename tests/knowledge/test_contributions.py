"""Members propose a practice; the secretariat reviews it; the proposer follows it and hears the outcome."""

from django.core import mail

from wagtail.models import WorkflowState

import pytest
from pytest_django.asserts import assertContains

from knowledge.models import Contribution, GoodPracticePage
from knowledge.moderation import REVIEW_WORKFLOW


@pytest.fixture
def propose_url(collections) -> str:
    return collections["practices"].url + "propose/"


def proposal(kit, **changes) -> dict:
    data = {
        "title": "Open data portal",
        "summary": "The city publishes its data.",
        "country": kit["brazil"].pk,
        "topics": [kit["mobility"].pk],
        "status": "running",
        "original_language": "pt",
        "challenge": "Data was locked in silos.",
        "solution": "A portal with open licences.",
        "results": "120 data sets in a year.",
    }
    return data | changes


def test_anonymous_visitor_is_sent_to_login(client, propose_url):
    response = client.get(propose_url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_signed_in_non_member_is_refused(client, propose_url, outsider, kit):
    client.force_login(outsider)
    assert client.get(propose_url).status_code == 403
    assert client.post(propose_url, proposal(kit)).status_code == 403
    assert not GoodPracticePage.objects.exists()


def test_bad_input_is_explained_and_nothing_typed_is_lost(client, propose_url, member, kit):
    client.force_login(member)
    response = client.post(propose_url, proposal(kit, topics=[], results="", summary="x" * 401))
    assertContains(response, "Please correct the marked fields.")
    assertContains(response, "This field is required.")
    assertContains(response, "Ensure this value has at most 400 characters")
    assertContains(response, "A portal with open licences.")
    assertContains(response, 'value="Open data portal"')
    assert not GoodPracticePage.objects.exists()


def submit(client, member, propose_url, kit) -> GoodPracticePage:
    member.email = "marta@example.org"
    member.save()
    client.force_login(member)
    response = client.post(propose_url, proposal(kit), follow=True)
    assertContains(response, "has been sent to the secretariat for review")
    return GoodPracticePage.objects.get(title="Open data portal")


def test_proposal_arrives_as_a_draft_in_the_secretariat_review(client, propose_url, member, kit, collections):
    page = submit(client, member, propose_url, kit)
    assert not page.live and page.get_parent().pk == collections["practices"].pk
    assert [t.topic for t in page.topic_tags.all()] == [kit["mobility"]]
    assert "<p>A portal with open licences.</p>" in page.solution
    assert Contribution.objects.get(page=page).proposer == member
    state = page.current_workflow_state
    assert state.workflow.name == REVIEW_WORKFLOW and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert [g.name for g in state.current_task_state.task.specific.groups.all()] == ["Secretariat"]
    assert client.get(page.url).status_code == 404  # not live: not served, not even to its proposer
    dashboard = client.get(collections["practices"].get_parent().url)
    assertContains(dashboard, "Your proposals")
    assertContains(dashboard, "In review by the secretariat")


def test_approval_publishes_the_page_and_emails_the_proposer(
    client, propose_url, member, kit, editor, collections, django_capture_on_commit_callbacks
):
    page = submit(client, member, propose_url, kit)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_state.current_task_state.approve(user=editor)
    page.refresh_from_db()
    assert page.live
    to_proposer = [m for m in mail.outbox if m.to == ["marta@example.org"]]
    assert len(to_proposer) == 1
    assert "published" in to_proposer[0].subject and "Open data portal" in to_proposer[0].subject
    assert page.url in to_proposer[0].body
    assertContains(client.get(collections["practices"].get_parent().url), "Published")


def test_sent_back_with_a_comment_emails_the_comment(
    client, propose_url, member, kit, editor, collections, django_capture_on_commit_callbacks
):
    page = submit(client, member, propose_url, kit)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.current_workflow_state.current_task_state.reject(user=editor, comment="Please add the budget.")
    page.refresh_from_db()
    assert not page.live
    to_proposer = [m for m in mail.outbox if m.to == ["marta@example.org"]]
    assert len(to_proposer) == 1  # ours only: Wagtail's admin notification is not sent to a member
    assert "needs changes" in to_proposer[0].subject
    assert "Please add the budget." in to_proposer[0].body
    assertContains(
        client.get(collections["practices"].get_parent().url), "Sent back for changes: Please add the budget."
    )


def test_help_texts_and_errors_describe_their_fields(client, propose_url, member, kit):
    client.force_login(member)
    form = client.get(propose_url)
    assertContains(form, 'aria-describedby="id_summary_helptext"')
    assertContains(form, 'id="id_summary_helptext"')
    response = client.post(propose_url, proposal(kit, summary=""))
    assertContains(response, 'aria-describedby="id_summary_helptext id_summary_error"')
    assertContains(response, 'id="id_summary_error"')
