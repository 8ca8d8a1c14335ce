"""The demo builds the working formats: an open survey, the peer-coaching page, a working room per topic with posts."""

from pytest_django.asserts import assertContains

from home.models import Topic
from members_area.models import PeerCoachingPage, SurveyPage, WorkingRoomPage, WorkingRoomPost


def test_demo_builds_the_working_formats_in_every_language(client, demo_site, member):
    survey = SurveyPage.objects.get(locale__language_code="en")
    assert survey.state == "open" and survey.form_fields.count() == 3
    assert SurveyPage.objects.count() == PeerCoachingPage.objects.count() == 4
    topics = Topic.objects.filter(locale__language_code="en").count()
    assert WorkingRoomPage.objects.filter(locale__language_code="en").count() == topics > 0
    assert WorkingRoomPost.objects.count() >= 2 * topics
    client.force_login(member)
    german = SurveyPage.objects.get(locale__language_code="de")
    assertContains(client.get(german.url), "Betreibt Ihre Stadt eine urbane Datenplattform?")
    room = WorkingRoomPage.objects.filter(locale__language_code="pt").first()
    assertContains(client.get(room.url), "Sala de trabalho")
    assertContains(client.get(room.url), "data-sharing agreement")
