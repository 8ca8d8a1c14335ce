"""The demo loader builds the Stuttgart 2019 meeting, translated, and opens registration for the upcoming webinars."""

import pytest

from members_area.models import MeetingPage, RegistrationOptions

pytestmark = pytest.mark.django_db


def test_demo_builds_the_stuttgart_meeting_in_every_language(client, demo_site, member):
    meetings = MeetingPage.objects.filter(slug="stuttgart-2019")
    assert set(meetings.values_list("locale__language_code", flat=True)) == {"en", "de", "es", "pt"}
    english = meetings.get(locale__language_code="en")
    assert len(english.agenda) == 9 and english.tasks.count() == 5
    client.force_login(member)
    german = client.get("/de/members/meetings/stuttgart-2019/").content.decode()
    assert "Vorstellung des ISCN" in german and "Britta Beylage-Haarmann" in german
    assert "Sekretariat" in german
    portuguese = client.get("/pt/members/meetings/stuttgart-2019/").content.decode()
    assert "Coleta conjunta de temas" in portuguese


def test_demo_opens_registration_for_the_two_upcoming_webinars(demo_site):
    slugs = set(RegistrationOptions.objects.values_list("event__slug", flat=True))
    assert slugs == {"webinar-open-urban-data", "webinar-digital-inclusion"}
