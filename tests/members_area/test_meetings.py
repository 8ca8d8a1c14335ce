"""The meeting archive: tree rules, the meeting page for members, the archive filters, privacy in every locale."""

import datetime

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import City, Country, Topic
from members_area.models import (
    MeetingArchivePage,
    MeetingPage,
    MeetingPageParticipant,
    MeetingPageTask,
    MeetingPageTopic,
    MembersAreaPage,
)
from tests.members_area.conftest import publish

LOGIN_PATH = "/accounts/login/"


class TestMeetingTreeRules(WagtailPageTestCase):
    def test_archive_lives_in_the_members_area_only(self):
        self.assertAllowedParentPageTypes(MeetingArchivePage, {MembersAreaPage})
        self.assertAllowedSubpageTypes(MeetingArchivePage, {MeetingPage})

    def test_meeting_lives_in_the_archive_only(self):
        self.assertAllowedParentPageTypes(MeetingPage, {MeetingArchivePage})
        self.assertAllowedSubpageTypes(MeetingPage, set())


@pytest.fixture
def places(locales) -> dict:
    germany = Country.objects.create(locale=locales["en"], iso_code="DE", name="Germany")
    brazil = Country.objects.create(locale=locales["en"], iso_code="BR", name="Brazil")
    return {
        "DE": germany,
        "BR": brazil,
        "stuttgart": City.objects.create(country=germany, name="Stuttgart"),
        "fortaleza": City.objects.create(country=brazil, name="Fortaleza"),
        "topic": Topic.objects.create(locale=locales["en"], slug="digital-inclusion", name="Digital Inclusion"),
    }


def add_meeting(archive: MeetingArchivePage, slug: str, start: datetime.date, **fields) -> MeetingPage:
    participants = fields.pop("participants", [])
    tasks = fields.pop("tasks", [])
    topics = fields.pop("topics", [])
    meeting = MeetingPage(
        title=fields.pop("title", slug.replace("-", " ").title()),
        slug=slug,
        summary=fields.pop("summary", f"Summary of {slug}"),
        start_date=start,
        end_date=start,
        live=False,
        **fields,
    )
    meeting.participants = [MeetingPageParticipant(locale=archive.locale, **p) for p in participants]
    meeting.tasks = [MeetingPageTask(locale=archive.locale, **t) for t in tasks]
    meeting.agreed_topics = [MeetingPageTopic(locale=archive.locale, topic=t) for t in topics]
    archive.add_child(instance=meeting)
    return publish(meeting)


@pytest.fixture
def archive(members_root) -> MeetingArchivePage:
    page = members_root.add_child(instance=MeetingArchivePage(title="Meeting archive", slug="meetings", live=False))
    return publish(page)


@pytest.fixture
def stuttgart(archive, places) -> MeetingPage:
    return add_meeting(
        archive,
        "stuttgart-2019",
        datetime.date(2019, 9, 20),
        title="Network meeting Stuttgart 2019",
        format="network_meeting",
        city=places["stuttgart"],
        host_country=places["DE"],
        venue="Federal Congress",
        outcomes="<p>Three key topics agreed.</p>",
        agenda=[
            (
                "item",
                {"time": datetime.time(10, 15), "item": "Presentation of the ISCN", "actors": ["Julia Brennauer"]},
            ),
            ("item", {"time": datetime.time(11, 50), "item": "Wrap-Up and Conclusion", "actors": []}),
        ],
        participants=[{"country": places["BR"], "institution": "BNDES", "name": "Eduardo Kaplan"}],
        tasks=[
            {"task": "Describe your projects", "owner": "All partners", "due_date": datetime.date(2019, 11, 30)},
            {"task": "Build the platform", "owner": "Secretariat", "state": "done"},
        ],
        topics=[places["topic"]],
    )


@pytest.fixture
def translated(stuttgart, archive, home_pages, django_capture_on_commit_callbacks) -> dict[str, Page]:
    """Copies of the archive and the meeting in de, es and pt (what wagtail-localize starts a translation from)."""
    pages = {}
    with django_capture_on_commit_callbacks(execute=True):
        for code in ("de", "es", "pt"):
            publish(archive.copy_for_translation(home_pages[code].locale))
            pages[code] = publish(stuttgart.copy_for_translation(home_pages[code].locale, copy_parents=False))
    return pages


def test_member_reads_agenda_participants_outcomes_and_tasks(client, member, stuttgart):
    client.force_login(member)
    response = client.get("/en/members/meetings/stuttgart-2019/")
    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Presentation of the ISCN",
        "Julia Brennauer",
        "Wrap-Up and Conclusion",
        "Eduardo Kaplan",
        "BNDES",
        "Three key topics agreed.",
        "Digital Inclusion",
        "Describe your projects",
        "All partners",
        "Stuttgart",
        "Germany",
        "Network meeting",
    ):
        assert text in html, text
    assert '<th scope="row"><time>10:15' in html or "10:15" in html
    assert "1 task still open." in html
    assert "(overdue)" in html  # the 2019 task is open and past its date
    assert response["Cache-Control"].startswith("private") or "private" in response["Cache-Control"]


@pytest.mark.parametrize("code", ["en", "de", "es", "pt"])
def test_anonymous_visitor_is_sent_to_login_in_every_locale(client, translated, code):
    for path in (f"/{code}/members/meetings/", f"/{code}/members/meetings/stuttgart-2019/"):
        response = client.get(path)
        assert response.status_code == 302, path
        assert LOGIN_PATH in response["Location"]


@pytest.mark.parametrize("code", ["en", "de", "es", "pt"])
def test_non_member_is_refused_in_every_locale(client, outsider, translated, code):
    client.force_login(outsider)
    for path in (f"/{code}/members/meetings/", f"/{code}/members/meetings/stuttgart-2019/"):
        response = client.get(path)
        assert response.status_code == 403, path
        assertNotContains(response, "Eduardo Kaplan", status_code=403)


@pytest.mark.parametrize("code", ["de", "es", "pt"])
def test_member_reads_the_meeting_in_every_locale(client, member, translated, code):
    client.force_login(member)
    response = client.get(f"/{code}/members/meetings/stuttgart-2019/")
    assertContains(response, "Presentation of the ISCN")  # an untranslated copy shows the source text


def test_meetings_stay_out_of_public_search_and_sitemap(client, stuttgart):
    assertNotContains(client.get("/en/search/", {"q": "Stuttgart"}), "stuttgart-2019")
    assertNotContains(client.get("/sitemap.xml"), "meetings")


def test_archive_lists_meetings_by_year_newest_first(client, member, archive, stuttgart, places):
    add_meeting(archive, "webinar-2020", datetime.date(2020, 5, 4), title="Open data webinar", format="webinar")
    client.force_login(member)
    response = client.get("/en/members/meetings/")
    html = response.content.decode()
    assert html.index('id="year-2020"') < html.index('id="year-2019"')
    assert html.index("Open data webinar") < html.index("Network meeting Stuttgart 2019")


def test_archive_filters_by_format_country_and_year(client, member, archive, stuttgart, places):
    add_meeting(
        archive,
        "fortaleza-sounding-board",
        datetime.date(2020, 3, 2),
        title="Sounding board in Fortaleza",
        format="sounding_board",
        city=places["fortaleza"],
        host_country=places["BR"],
    )
    add_meeting(archive, "webinar-2020", datetime.date(2020, 5, 4), title="Open data webinar", format="webinar")
    client.force_login(member)

    by_format = client.get("/en/members/meetings/", {"format": "sounding_board"}).content.decode()
    assert "Sounding board in Fortaleza" in by_format
    assert "Open data webinar" not in by_format and "Network meeting Stuttgart 2019" not in by_format

    # Brazil hosted the sounding board and took part in Stuttgart; the webinar has neither.
    by_country = client.get("/en/members/meetings/", {"country": places["BR"].pk}).content.decode()
    assert "Sounding board in Fortaleza" in by_country and "Network meeting Stuttgart 2019" in by_country
    assert "Open data webinar" not in by_country

    by_year = client.get("/en/members/meetings/", {"year": 2019}).content.decode()
    assert "Network meeting Stuttgart 2019" in by_year and "Open data webinar" not in by_year


def test_archive_filter_with_bad_input_says_so_and_does_not_fail(client, member, archive, stuttgart):
    client.force_login(member)
    response = client.get("/en/members/meetings/", {"format": "party", "country": "abc", "year": "soon"})
    assert response.status_code == 200
    assertContains(response, "errorlist")


def test_meeting_cannot_end_before_it_starts(archive):
    meeting = MeetingPage(
        title="Backwards",
        slug="backwards",
        summary="x",
        start_date=datetime.date(2020, 2, 2),
        end_date=datetime.date(2020, 2, 1),
    )
    with pytest.raises(Exception, match="cannot end before"):
        meeting.full_clean()


def test_secretariat_can_create_a_meeting_in_the_admin(client, editor, archive, places):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    client.force_login(editor)
    data = nested_form_data(
        {
            "title": "Webinar on open data",
            "slug": "webinar-open-data",
            "format": "webinar",
            "summary": "Partners present their open data portals.",
            "start_date": "2021-03-04",
            "end_date": "2021-03-04",
            "agenda": streamfield([("item", {"time": "15:00", "item": "Welcome", "actors": {"count": 0}})]),
            "participants": inline_formset([]),
            "agreed_topics": inline_formset([]),
            "tasks": inline_formset(
                [{"task": "Send the slides", "owner": "Secretariat", "due_date": "2021-03-11", "state": "open"}]
            ),
            "documents": inline_formset([]),
            "photos": inline_formset([]),
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = client.post(f"/admin/pages/add/members_area/meetingpage/{archive.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    meeting = MeetingPage.objects.get(slug="webinar-open-data")
    assert meeting.live
    assert meeting.agenda[0].value["item"] == "Welcome"
    assert meeting.tasks.get().task == "Send the slides"
