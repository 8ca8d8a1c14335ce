"""The translation status report and the editors' dashboard panel."""

import datetime

from django.utils import timezone

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.demo.translation import translate
from home.models import ContactMessage, StandardPage
from home.translation_status import MISSING, OUTDATED, TRANSLATED, status_rows

from .conftest import make_event

pytestmark = pytest.mark.django_db

REPORT = "/admin/reports/translation-status/"


@pytest.fixture
def translated_page(home_pages, django_capture_on_commit_callbacks) -> StandardPage:
    """An English page translated into German through wagtail-localize, and into no other language."""
    page = home_pages["en"].add_child(
        instance=StandardPage(title="Working group", slug="working-group", introduction="Notes", body="[]")
    )
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        translate(page, home_pages["de"].locale, {"Working group": "Arbeitsgruppe", "Notes": "Notizen"})
    return page


def statuses_of(page) -> dict[str, str]:
    return next(row.statuses for row in status_rows() if row.instance.pk == page.pk)


def test_a_translation_is_translated_and_a_locale_without_copy_is_missing(translated_page):
    assert statuses_of(translated_page) == {"de": TRANSLATED, "es": MISSING, "pt": MISSING}


def test_changing_the_source_marks_the_translation_outdated_in_the_report(client, editor, translated_page):
    client.force_login(editor)
    response = client.get(REPORT, {"locale": "de", "status": "outdated"})
    assertNotContains(response, "Working group")

    translated_page.introduction = "Notes, revised after the meeting"
    translated_page.save_revision().publish()

    assert statuses_of(translated_page)["de"] == OUTDATED
    response = client.get(REPORT, {"locale": "de", "status": "outdated"})
    assertContains(response, "Working group")
    assertContains(response, "Outdated")


def test_the_report_filters_by_status_and_type(client, editor, translated_page):
    client.force_login(editor)
    assertContains(client.get(REPORT, {"locale": "de", "status": "translated"}), "Working group")
    assertNotContains(client.get(REPORT, {"locale": "es", "status": "translated"}), "Working group")
    assertNotContains(client.get(REPORT, {"type": "home.homepage"}), "Working group")
    assertContains(client.get(REPORT, {"type": "home.standardpage"}), "Working group")


def test_the_report_exports_csv(client, editor, translated_page):
    client.force_login(editor)
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert lines[0] == "Title,Type,Deutsch,Español,Português"
    assert "Working group,Standard page,Translated,Missing,Missing" in lines


def test_the_report_is_for_the_admin_only(client, member, translated_page):
    client.force_login(member)
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    assert b"Working group" not in response.content


def test_dashboard_counts_translations_unread_messages_and_next_events(client, editor, translated_page, sections):
    ContactMessage.objects.create(name="Ana", email="ana@example.org", subject="Visit", message="Hello")
    make_event(sections["events"], "Rosario workshop", timezone.localdate() + datetime.timedelta(days=5))
    client.force_login(editor)
    response = client.get("/admin/")
    assertContains(response, "Translations, messages and events")
    assertContains(response, "1 unread contact message")
    assertContains(response, "Rosario workshop")
    assertContains(response, f"{REPORT}?locale=de&amp;status=outdated")


def test_opening_a_contact_message_marks_it_read(client, editor, home):
    message = ContactMessage.objects.create(name="Ana", email="ana@example.org", subject="Visit", message="Hello")
    client.force_login(editor)
    response = client.get(f"/admin/snippets/home/contactmessage/edit/{message.pk}/")
    assert response.status_code == 200
    message.refresh_from_db()
    assert message.read_at is not None
    assertContains(client.get("/admin/"), "0 unread contact messages")
