"""Peer coaching: members ask, the secretariat is told with suggested peers, and the requester follows each change."""

from django.core import mail
from django.urls import reverse

import pytest
from pytest_django.asserts import assertContains

from home.models import Topic
from members_area.models import PeerCoachingPage, PeerCoachingRequest
from members_area.peer_coaching import suggest_peers

from .formats_helpers import add_page, assert_private_everywhere


@pytest.fixture
def coaching_pages(members_root, django_capture_on_commit_callbacks) -> dict[str, PeerCoachingPage]:
    page = PeerCoachingPage(title="Peer coaching", slug="peer-coaching", introduction="Ask your peers.")
    return add_page(members_root, page, django_capture_on_commit_callbacks)


def request_data(topic: Topic) -> dict:
    return {
        "topic": topic.pk,
        "project": "Digital citizen office",
        "question": "How did you train staff?",
        "format": "online",
        "languages": "Portuguese, English",
    }


def test_peer_coaching_page_is_private_in_every_locale(client, coaching_pages, outsider, member):
    assert_private_everywhere(client, coaching_pages, outsider, member)


def test_request_reaches_the_secretariat_with_members_sharing_the_topic(
    client, coaching_pages, member, topic, make_member, settings
):
    expert = make_member("expert", available_for_peer_coaching=True)
    expert.expertise.add(topic)
    make_member("unrelated")
    client.force_login(member)
    response = client.post(coaching_pages["en"].url, request_data(topic), follow=True)
    assertContains(response, "Your request has been sent to the secretariat.")
    coaching = PeerCoachingRequest.objects.get()
    assert coaching.requester == member and coaching.status == "new" and coaching.language == "en"
    assert [peer["name"] for peer in coaching.suggestions] == ["Expert Tester"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [settings.MEMBERS_SECRETARIAT_EMAIL]
    assert "Digital citizen office" in message.subject
    assert "Expert Tester" in message.body and "How did you train staff?" in message.body
    assert reverse("members_area:profile_detail", args=[expert.pk]) in message.body


def test_suggestions_come_from_the_registered_hook_when_there_is_one(member, topic, make_member):
    from wagtail import hooks

    make_member("expert").expertise.add(topic)
    coaching = PeerCoachingRequest.objects.create(
        requester=member, topic=topic, project="P", question="Q", languages="en"
    )
    with hooks.register_temporarily("suggest_peer_experts", lambda req: [("Dr. Hook", "/x/", "matched")]):
        assert {"name": "Dr. Hook", "url": "/x/", "reason": "matched"} in suggest_peers(coaching)


def test_invalid_request_is_refused_with_a_message(client, coaching_pages, member):
    client.force_login(member)
    response = client.post(coaching_pages["en"].url, {"project": "", "question": ""})
    assertContains(response, "Please correct the marked fields.")
    assert not PeerCoachingRequest.objects.exists()


def test_lifecycle_emails_the_requester_in_their_language_and_shows_on_the_dashboard(
    client, coaching_pages, members_root, member, topic
):
    member.email = "marta@example.org"
    member.save()
    german_topic = topic.copy_for_translation(coaching_pages["de"].locale)
    german_topic.name = "Digitale Inklusion"
    german_topic.save()
    client.force_login(member)
    client.post("/de/members/peer-coaching/", request_data(german_topic))
    coaching = PeerCoachingRequest.objects.get()
    assert coaching.language == "de"
    mail.outbox.clear()
    for status, german in (("matched", "Partner gefunden"), ("scheduled", "Terminiert"), ("done", "Erledigt")):
        coaching.status = status
        coaching.note = f"Note {status}"
        coaching.save()
        message = mail.outbox[-1]
        assert message.to == ["marta@example.org"]
        assert german in message.subject and f"Note {status}" in message.body
    assert len(mail.outbox) == 3
    coaching.note = "only the note changed"
    coaching.save()
    assert len(mail.outbox) == 3
    dashboard = client.get(members_root.url)
    assertContains(dashboard, "Digital citizen office")
    assertContains(dashboard, "Done")


def test_secretariat_changes_the_status_in_the_admin_and_the_member_is_told(client, editor, member, topic):
    member.email = "marta@example.org"
    member.save()
    coaching = PeerCoachingRequest.objects.create(
        requester=member, topic=topic, project="Smart lighting", question="Q", languages="en"
    )
    client.force_login(editor)
    url = reverse("wagtailsnippets_members_area_peercoachingrequest:edit", args=[coaching.pk])
    assert client.get(url).status_code == 200
    data = {
        "requester": member.pk,
        "topic": topic.pk,
        "project": "Smart lighting",
        "question": "Q",
        "format": "online",
        "languages": "en",
        "language": "en",
        "status": "matched",
        "note": "Meet Ana from Recife.",
    }
    response = client.post(url, data)
    assert response.status_code == 302
    coaching.refresh_from_db()
    assert coaching.status == "matched"
    assert mail.outbox[-1].to == ["marta@example.org"] and "Meet Ana from Recife." in mail.outbox[-1].body


def test_members_cannot_open_the_requests_in_the_admin(client, member):
    client.force_login(member)
    response = client.get(reverse("wagtailsnippets_members_area_peercoachingrequest:list"))
    assert response.status_code in (302, 403)
