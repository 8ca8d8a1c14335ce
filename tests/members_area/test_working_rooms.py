"""Working rooms: members' posts (escaped, links made clickable), the edit window, removal and email to the room."""

import datetime

from django.core import mail

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from members_area.models import WorkingRoomMute, WorkingRoomPage, WorkingRoomPost

from .formats_helpers import add_page, assert_private_everywhere


@pytest.fixture
def rooms(members_root, topic, django_capture_on_commit_callbacks) -> dict[str, WorkingRoomPage]:
    room = WorkingRoomPage(title="Digital inclusion room", slug="digital-inclusion-room", topic=topic)
    return add_page(members_root, room, django_capture_on_commit_callbacks)


@pytest.fixture
def room(rooms) -> WorkingRoomPage:
    return rooms["en"]


def test_working_room_is_private_in_every_locale(client, rooms, outsider, member):
    assert_private_everywhere(client, rooms, outsider, member)


def test_post_is_shown_escaped_with_its_links_clickable(client, room, member):
    client.force_login(member)
    body = '<script>alert("x")</script> See https://example.org/report and <b>bold</b>'
    response = client.post(room.url, {"body": body}, follow=True)
    assertContains(response, "Your post has been published.")
    assertContains(response, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;")
    assertContains(response, "&lt;b&gt;bold&lt;/b&gt;")
    assertNotContains(response, '<script>alert("x")</script>')
    assertContains(response, '<a href="https://example.org/report" rel="nofollow">https://example.org/report</a>')


def test_posts_are_shared_by_every_language_version_of_the_room(client, rooms, member):
    client.force_login(member)
    client.post(rooms["de"].url, {"body": "Hallo aus Stuttgart"})
    assertContains(client.get(rooms["pt"].url), "Hallo aus Stuttgart")


def test_author_edits_within_15_minutes_and_not_after(client, room, member):
    client.force_login(member)
    client.post(room.url, {"body": "First version"})
    post = WorkingRoomPost.objects.get()
    edit_url = room.url + room.reverse_subpage("edit_post", args=[post.pk])
    response = client.post(edit_url, {"body": "Second version"}, follow=True)
    assertContains(response, "Second version")
    post.refresh_from_db()
    assert post.edited_at is not None
    WorkingRoomPost.objects.filter(pk=post.pk).update(created_at=post.created_at - datetime.timedelta(minutes=16))
    assert client.post(edit_url, {"body": "Too late"}).status_code == 403
    assert WorkingRoomPost.objects.get().body == "Second version"


def test_another_member_cannot_edit_or_remove_a_post(client, room, member, make_member):
    post = WorkingRoomPost.objects.create(room=room, author=member, body="Mine")
    stranger = make_member("stranger").user
    client.force_login(stranger)
    assertNotContains(client.get(room.url), room.reverse_subpage("edit_post", args=[post.pk]))
    assert client.post(room.url + room.reverse_subpage("edit_post", args=[post.pk]), {"body": "X"}).status_code == 403
    assert client.post(room.url + room.reverse_subpage("remove_post", args=[post.pk])).status_code == 403
    assert WorkingRoomPost.objects.get().body == "Mine"


@pytest.mark.parametrize("who", ["anonymous", "outsider"])
def test_non_members_cannot_post_edit_or_remove(client, room, member, outsider, who):
    post = WorkingRoomPost.objects.create(room=room, author=member, body="Mine")
    if who == "outsider":
        client.force_login(outsider)
    for url, data in (
        (room.url, {"body": "Intruder"}),
        (room.url + room.reverse_subpage("edit_post", args=[post.pk]), {"body": "Intruder"}),
        (room.url + room.reverse_subpage("remove_post", args=[post.pk]), {}),
    ):
        assert client.post(url, data).status_code in (302, 403)
    assert list(WorkingRoomPost.objects.values_list("body", flat=True)) == ["Mine"]


def test_secretariat_removes_a_post(client, room, member, editor):
    post = WorkingRoomPost.objects.create(room=room, author=member, body="Off topic")
    editor.groups.add(member.groups.get(name="Members"))
    client.force_login(editor)
    remove_url = room.url + room.reverse_subpage("remove_post", args=[post.pk])
    assertContains(client.get(room.url), remove_url)
    response = client.post(remove_url, follow=True)
    assertContains(response, "The post has been removed.")
    assert not WorkingRoomPost.objects.exists()


def test_new_post_emails_room_members_in_their_language_except_opted_out(
    client, room, rooms, member, topic, make_member
):
    reader = make_member("reader", language="de")
    reader.expertise.add(topic)
    quiet = make_member("quiet")
    quiet.expertise.add(topic)
    WorkingRoomMute.objects.create(user=quiet.user, room_key=room.translation_key)
    make_member("elsewhere")  # no expertise in the topic, never posted: not in the room
    client.force_login(member)
    client.post(room.url, {"body": "Who has a template for data-sharing agreements?"})
    assert [m.to for m in mail.outbox] == [[reader.user.email]]
    message = mail.outbox[0]
    assert "Neuer Beitrag" in message.subject
    assert "data-sharing agreements" in message.body and rooms["de"].url in message.body


def test_member_switches_room_emails_off_and_on(client, room, member):
    client.force_login(member)
    url = room.url + room.reverse_subpage("notifications")
    assertContains(client.post(url, {"emails": "off"}, follow=True), "You will no longer get emails")
    assert WorkingRoomMute.objects.filter(user=member, room_key=room.translation_key).exists()
    client.post(url, {"emails": "on"})
    assert not WorkingRoomMute.objects.exists()


def test_room_shows_the_topics_upcoming_sessions(client, room, member, home_pages, topic):
    from home.models import EventIndexPage, EventPage

    events = home_pages["en"].add_child(instance=EventIndexPage(title="Events", slug="events"))
    soon = datetime.date.today() + datetime.timedelta(days=10)
    event = EventPage(
        title="Webinar on inclusion", slug="webinar", summary="S", start_date=soon, end_date=soon, online=True
    )
    events.add_child(instance=event)
    event.topics.add(event.topics.model(topic=topic))
    event.save_revision().publish()
    client.force_login(member)
    assertContains(client.get(room.url), "Webinar on inclusion")
