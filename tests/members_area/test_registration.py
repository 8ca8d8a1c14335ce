"""Event registration: places and waiting list, the registrant's cancellation link, emails with the event's .ics,
members-only registration, spam defences, and the Secretariat's list and export. Nobody's data is shown publicly."""

import csv
import datetime
import io

from django.core import mail
from django.utils import timezone

import icalendar
import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import EventIndexPage, EventPage
from members_area.models import Registration, RegistrationOptions
from tests.members_area.conftest import publish


def in_days(days: int) -> datetime.date:
    return timezone.localdate() + datetime.timedelta(days=days)


@pytest.fixture
def events_index(home_pages) -> EventIndexPage:
    page = home_pages["en"].add_child(instance=EventIndexPage(title="Events", slug="events", live=False))
    return publish(page)


def make_event(index: EventIndexPage, slug: str, kind: str = "webinar", **fields) -> EventPage:
    page = EventPage(
        title=fields.pop("title", slug.replace("-", " ").title()),
        slug=slug,
        kind=kind,
        summary=f"About {slug}",
        start_date=in_days(30),
        start_time=datetime.time(15, 0),
        end_date=in_days(30),
        end_time=datetime.time(16, 30),
        online=True,
        live=False,
        **fields,
    )
    index.add_child(instance=page)
    return publish(page)


@pytest.fixture
def webinar(events_index) -> EventPage:
    return make_event(events_index, "open-data-webinar", title="Open data webinar")


@pytest.fixture
def two_places(webinar) -> RegistrationOptions:
    return RegistrationOptions.objects.create(event=webinar, capacity=2)


def register(client, event: EventPage, name: str, email: str, language: str = "en", **extra):
    data = {"name": name, "email": email, "organisation": "City of Fortaleza", "consent": "on", **extra}
    return client.post(f"/{language}/event-registration/{event.pk}/", data)


def test_event_page_offers_registration_instead_of_the_placeholder_link(client, two_places, webinar):
    webinar.registration_url = "https://example.org/placeholder"
    publish(webinar)
    response = client.get("/en/events/open-data-webinar/")
    assertContains(response, f'href="/en/event-registration/{webinar.pk}/"')
    assertNotContains(response, "example.org/placeholder")
    assertContains(response, "2 places left.")


def test_registration_gets_a_place_and_an_email_with_a_parseable_ics(client, two_places, webinar):
    response = register(client, webinar, "Ana Souza", "ana@example.org")
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.status == Registration.Status.CONFIRMED
    assert registration.language == "en"
    (message,) = mail.outbox
    assert message.to == ["ana@example.org"]
    assert "Open data webinar" in message.subject
    assert registration.cancel_token in message.body
    (name, content, mimetype) = message.attachments[0]
    assert name == "open-data-webinar.ics" and mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(content)
    (event,) = calendar.walk("VEVENT")
    assert str(event["summary"]) == "Open data webinar"
    assert event.decoded("dtstart").date() == webinar.start_date


def test_confirmation_is_in_the_registrants_language(client, two_places, webinar):
    register(client, webinar, "Ana Souza", "ana@example.org", language="pt")
    (message,) = mail.outbox
    assert Registration.objects.get().language == "pt"
    assert "Sua vaga" in message.subject or "vaga" in message.subject.lower()
    assert "/pt/event-registration/cancel/" in message.body


def test_full_event_puts_people_on_the_waiting_list_and_says_so(client, two_places, webinar):
    register(client, webinar, "One", "one@example.org")
    register(client, webinar, "Two", "two@example.org")
    register(client, webinar, "Three", "three@example.org")
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {"one@example.org": "confirmed", "two@example.org": "confirmed", "three@example.org": "waiting"}
    waiting_mail = mail.outbox[-1]
    assert waiting_mail.to == ["three@example.org"] and "waiting list" in waiting_mail.body
    assert not waiting_mail.attachments
    assertContains(client.get("/en/events/open-data-webinar/"), "Join the waiting list")


def test_full_event_without_waiting_list_refuses_clearly(client, two_places, webinar):
    two_places.waiting_list = False
    two_places.save()
    register(client, webinar, "One", "one@example.org")
    register(client, webinar, "Two", "two@example.org")
    response = register(client, webinar, "Three", "three@example.org")
    assert response.status_code == 302 or "full" in response.content.decode()
    assert not Registration.objects.filter(email="three@example.org").exists()


def test_cancellation_link_asks_first_then_cancels_and_promotes_the_first_waiting(client, two_places, webinar):
    register(client, webinar, "One", "one@example.org")
    register(client, webinar, "Two", "two@example.org")
    register(client, webinar, "Three", "three@example.org")
    register(client, webinar, "Four", "four@example.org")
    one = Registration.objects.get(email="one@example.org")
    url = f"/en/event-registration/cancel/{one.cancel_token}/"
    mail.outbox.clear()

    response = client.get(url)  # a mail scanner following the link cancels nothing
    assertContains(response, "Cancel my registration")
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    one.refresh_from_db()
    assert one.status == Registration.Status.CONFIRMED

    response = client.post(url)
    assertContains(response, "Your registration is cancelled")
    one.refresh_from_db()
    assert one.status == Registration.Status.CANCELLED and one.cancelled_at
    assert Registration.objects.get(email="three@example.org").status == Registration.Status.CONFIRMED
    assert Registration.objects.get(email="four@example.org").status == Registration.Status.WAITING
    (promoted_mail,) = mail.outbox
    assert promoted_mail.to == ["three@example.org"]
    assert "moved up" in promoted_mail.body
    assert promoted_mail.attachments  # now with the calendar file

    client.post(url)  # cancelling twice promotes nobody else
    assert Registration.objects.get(email="four@example.org").status == Registration.Status.WAITING


def test_forged_or_altered_cancellation_link_is_refused(client, two_places, webinar):
    register(client, webinar, "One", "one@example.org")
    one = Registration.objects.get()
    token = one.cancel_token
    for bad in (str(one.reference), token[:-2] + "xx"):
        response = client.post(f"/en/event-registration/cancel/{bad}/")
        assert response.status_code == 404
        assertContains(response, "not valid", status_code=404)
    one.refresh_from_db()
    assert one.status == Registration.Status.CONFIRMED


def test_same_address_twice_is_not_registered_twice_and_the_answer_tells_nothing(client, two_places, webinar):
    first = register(client, webinar, "One", "one@example.org")
    second = register(client, webinar, "Someone else", "ONE@example.org")
    assert first["Location"] == second["Location"]
    assert Registration.objects.count() == 1
    assert [m.to for m in mail.outbox] == [["one@example.org"], ["one@example.org"]]


def test_honeypot_registers_nobody_and_looks_like_success(client, two_places, webinar):
    response = register(client, webinar, "Bot", "bot@example.org", website="http://spam.example")
    assert response.status_code == 302
    assert not Registration.objects.exists() and not mail.outbox


def test_missing_consent_and_bad_email_get_clear_messages(client, two_places, webinar):
    response = client.post(f"/de/event-registration/{webinar.pk}/", {"name": "Ana", "email": "not-an-address"})
    assert response.status_code == 200
    assertContains(response, "errorlist")
    assert not Registration.objects.exists()


def test_registrations_are_rate_limited_per_address(client, two_places, webinar, settings):
    settings.EVENT_REGISTRATION_RATE_LIMIT = 2
    two_places.capacity = None
    two_places.save()
    for n in range(2):
        assert register(client, webinar, f"P{n}", f"p{n}@example.org").status_code == 302
    response = register(client, webinar, "P3", "p3@example.org")
    assertContains(response, "Please try again later")
    assert Registration.objects.count() == 2


def test_closed_registration_takes_nobody(client, two_places, webinar):
    two_places.accepting = False
    two_places.save()
    response = register(client, webinar, "Late", "late@example.org")
    assertContains(response, "does not take registrations any more")
    assert not Registration.objects.exists()


def test_members_only_registration_refuses_strangers_and_takes_members(client, events_index, member, outsider):
    meeting = make_event(events_index, "network-meeting-2027", kind="network_meeting", title="Network meeting 2027")
    RegistrationOptions.objects.create(event=meeting)  # "as the kind says": members only
    url = f"/en/event-registration/{meeting.pk}/"

    response = client.get(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert register(client, meeting, "Anon", "anon@example.org").status_code == 302
    client.force_login(outsider)
    assert client.get(url).status_code == 403
    assert register(client, meeting, "Out", "out@example.org").status_code == 403
    assert not Registration.objects.exists()

    client.force_login(member)
    assertContains(client.get(url), member.email)  # the form starts from the member's account
    assert register(client, meeting, "Marta Member", member.email).status_code == 302
    assert Registration.objects.get().user == member


def test_event_page_never_shows_who_registered(client, two_places, webinar):
    register(client, webinar, "Ana Quixotrellis", "ana.quixotrellis@example.org")
    for path in ("/en/events/open-data-webinar/", f"/en/event-registration/{webinar.pk}/", "/en/events/"):
        assertNotContains(client.get(path), "Quixotrellis")
    response = client.get(f"/en/event-registration/{webinar.pk}/thanks/")
    assertNotContains(response, "Quixotrellis")


def test_registrations_are_shared_by_the_events_translations(client, two_places, webinar, home_pages):
    index_de = webinar.get_parent().copy_for_translation(home_pages["de"].locale)
    publish(index_de)
    german = publish(webinar.copy_for_translation(home_pages["de"].locale))
    register(client, webinar, "One", "one@example.org")
    register(client, german, "Zwei", "zwei@example.org", language="de")
    assert Registration.objects.filter(options=two_places).count() == 2
    assertContains(client.get("/de/events/open-data-webinar/"), "Warteliste")  # full now, in German


def test_secretariat_lists_filters_and_exports_safely(client, editor, two_places, webinar, events_index):
    register(client, webinar, '=HYPERLINK("http://evil")', "one@example.org")
    register(client, webinar, "Two", "two@example.org")
    other = RegistrationOptions.objects.create(event=make_event(events_index, "other-webinar"))
    Registration.objects.create(options=other, name="Elsewhere", email="x@example.org", language="en")
    client.force_login(editor)

    listing = client.get("/admin/snippets/members_area/registration/", {"options": two_places.pk})
    assertContains(listing, "two@example.org")
    assertNotContains(listing, "Elsewhere")

    response = client.get("/admin/snippets/members_area/registration/", {"options": two_places.pk, "export": "csv"})
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    names = [row[1] for row in rows[1:]]
    assert '\'=HYPERLINK("http://evil")' in names and "Two" in names and "Elsewhere" not in names


def test_members_and_strangers_cannot_reach_the_list(client, member, two_places):
    client.force_login(member)
    response = client.get("/admin/snippets/members_area/registration/")
    assert response.status_code in (302, 403)


def fill_up_with_two_waiting(client, webinar) -> dict[str, Registration]:
    for name in ("One", "Two", "Three", "Four"):
        register(client, webinar, name, f"{name.lower()}@example.org")
    mail.outbox.clear()
    return {r.name: r for r in Registration.objects.all()}


def test_secretariat_cancelling_in_the_admin_moves_the_first_waiting_up(client, editor, two_places, webinar):
    people = fill_up_with_two_waiting(client, webinar)
    assert people["Three"].status == Registration.Status.WAITING
    client.force_login(editor)
    one = people["One"]
    response = client.post(
        f"/admin/snippets/members_area/registration/edit/{one.pk}/",
        {
            "options": two_places.pk,
            "name": one.name,
            "email": one.email,
            "organisation": one.organisation,
            "status": Registration.Status.CANCELLED,
            "language": "en",
        },
    )
    assert response.status_code == 302
    one.refresh_from_db()
    assert one.status == Registration.Status.CANCELLED and one.cancelled_at
    assert Registration.objects.get(name="Three").status == Registration.Status.CONFIRMED
    assert Registration.objects.get(name="Four").status == Registration.Status.WAITING
    (promoted_mail,) = mail.outbox
    assert promoted_mail.to == ["three@example.org"]
    assert "moved up" in promoted_mail.body
    assert promoted_mail.attachments[0][0] == "open-data-webinar.ics"


def test_secretariat_deleting_a_confirmed_registration_moves_the_first_waiting_up(client, editor, two_places, webinar):
    people = fill_up_with_two_waiting(client, webinar)
    client.force_login(editor)
    response = client.post(f"/admin/snippets/members_area/registration/delete/{people['Two'].pk}/")
    assert response.status_code == 302
    assert not Registration.objects.filter(name="Two").exists()
    assert Registration.objects.get(name="Three").status == Registration.Status.CONFIRMED
    assert Registration.objects.get(name="Four").status == Registration.Status.WAITING
    assert [m.to for m in mail.outbox] == [["three@example.org"]]


def test_secretariat_deleting_someone_waiting_promotes_nobody(client, editor, two_places, webinar):
    people = fill_up_with_two_waiting(client, webinar)
    client.force_login(editor)
    client.post(f"/admin/snippets/members_area/registration/delete/{people['Three'].pk}/")
    assert Registration.objects.get(name="Four").status == Registration.Status.WAITING
    assert mail.outbox == []


def test_dashboard_lists_the_members_own_registrations_with_state_and_cancel_link(
    client, members_root, member, outsider, two_places, webinar, events_index
):
    client.force_login(member)
    register(client, webinar, "Marta Member", "marta@example.org")
    past = make_event(events_index, "past-webinar")
    EventPage.objects.filter(pk=past.pk).update(start_date=in_days(-10), end_date=in_days(-10))
    past_options = RegistrationOptions.objects.create(event=past)
    Registration.objects.create(options=past_options, name="Marta", email="m@example.org", language="en", user=member)
    full = make_event(events_index, "full-webinar", title="Full webinar")
    full_options = RegistrationOptions.objects.create(event=full, capacity=0)
    register(client, full, "Marta Member", "marta@example.org")
    cancelled = make_event(events_index, "cancelled-webinar", title="Dropped webinar")
    Registration.objects.create(
        options=RegistrationOptions.objects.create(event=cancelled),
        name="Marta",
        email="m@example.org",
        language="en",
        user=member,
        status=Registration.Status.CANCELLED,
    )
    Registration.objects.create(options=two_places, name="Other", email="o@example.org", language="en", user=outsider)

    response = client.get("/en/members/")
    html = response.content.decode()
    section = html.split('id="registrations-heading"')[1].split("</section>")[0]
    assert "Your registrations" in html
    confirmed = Registration.objects.get(options=two_places, user=member)
    waiting = Registration.objects.get(options=full_options, user=member)
    assert waiting.status == Registration.Status.WAITING
    assert 'href="/en/events/open-data-webinar/"' in section and "Confirmed" in section
    assert 'href="/en/events/full-webinar/"' in section and "On the waiting list" in section
    assert f'href="/en/event-registration/cancel/{confirmed.cancel_token}/"' in section
    assert f'href="/en/event-registration/cancel/{waiting.cancel_token}/"' in section
    assert "past-webinar" not in section and "Dropped webinar" not in section and "Other" not in section


def test_secretariat_adding_places_in_the_admin_moves_the_waiting_list_up(client, editor, two_places, webinar):
    fill_up_with_two_waiting(client, webinar)
    client.force_login(editor)
    response = client.post(
        f"/admin/snippets/members_area/registrationoptions/edit/{two_places.pk}/",
        {"event": webinar.pk, "audience": "by_kind", "capacity": 3, "waiting_list": "on", "accepting": "on"},
    )
    assert response.status_code == 302
    assert Registration.objects.get(name="Three").status == Registration.Status.CONFIRMED
    assert Registration.objects.get(name="Four").status == Registration.Status.WAITING
    assert [m.to for m in mail.outbox] == [["three@example.org"]]
