"""Translators working offline: the page's strings as a PO file, downloaded and uploaded through the admin; and the
buttons that lead from a page to its translation."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.users.models import UserProfile

import polib
import pytest
from pytest_django.asserts import assertContains
from wagtail_localize.models import Translation

from home.demo.translation import translate
from home.models import StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(home_pages, django_capture_on_commit_callbacks) -> dict[str, StandardPage]:
    page = home_pages["en"].add_child(
        instance=StandardPage(title="Working group", slug="working-group", introduction="Notes", body="[]")
    )
    page.save_revision().publish()
    with django_capture_on_commit_callbacks(execute=True):
        german = translate(page, home_pages["de"].locale, {"Working group": "Arbeitsgruppe", "Notes": "Notizen"})
    return {"en": page, "de": german}


def test_po_round_trip_changes_the_translated_text(client, editor, pages, django_capture_on_commit_callbacks):
    client.force_login(editor)
    edit_url = f"/admin/pages/{pages['de'].pk}/edit/"
    editor_page = client.get(edit_url).content.decode()
    download_url = re.search(r"/admin/localize/translate/\d+/pofile/download/", editor_page).group(0)
    upload_url = download_url.replace("download", "upload")

    response = client.get(download_url)
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    entry = next(entry for entry in po if entry.msgid == "Notes")
    assert entry.msgstr == "Notizen"
    entry.msgstr = "Protokolle der Sitzungen"

    upload = SimpleUploadedFile("working-group-de.po", str(po).encode(), content_type="text/x-gettext-translation")
    response = client.post(f"{upload_url}?next={edit_url}", {"file": upload})
    assert response.status_code == 302

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit_url, {"action": "publish"})
    assert response.status_code == 302
    client.logout()
    assertContains(client.get("/de/working-group/"), "Protokolle der Sitzungen")


def test_a_po_file_of_another_translation_is_refused(client, editor, pages, home_pages):
    client.force_login(editor)
    edit_url = f"/admin/pages/{pages['de'].pk}/edit/"
    download_url = re.search(r"/admin/localize/translate/\d+/pofile/download/", client.get(edit_url).content.decode())
    po = polib.pofile(client.get(download_url.group(0)).content.decode())
    po.metadata["X-WagtailLocalize-TranslationID"] = "00000000-0000-0000-0000-000000000000"
    upload = SimpleUploadedFile("other.po", str(po).encode())
    response = client.post(download_url.group(0).replace("download", "upload"), {"file": upload}, follow=True)
    assertContains(response, "Cannot import PO file that was created for a different translation.")


def test_translate_this_page_is_a_visible_header_button(client, editor, pages):
    client.force_login(editor)
    html = client.get(f"/admin/pages/{pages['en'].pk}/edit/").content.decode()
    button = re.search(r'<a[^>]*class="[^"]*w-header-button[^"]*"[^>]*>.*?</a>', html, re.S)
    assert button and "Translate this page" in button.group(0)
    assert f'href="/admin/pages/{pages["de"].pk}/edit/"' in html
    assert "Translation editor: Deutsch" in html


def test_the_page_listing_links_each_translation_editor(client, editor, pages, home_pages):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{home_pages['en'].pk}/")
    assertContains(response, "Translation editor: Deutsch")


def test_a_member_cannot_download_the_strings(client, member, pages):

    translation = Translation.objects.get(
        target_locale=pages["de"].locale, source__object_id=pages["en"].translation_key
    )
    client.force_login(member)
    response = client.get(f"/admin/localize/translate/{translation.pk}/pofile/download/")
    assert response.status_code in (302, 403)
    assert b"Notizen" not in response.content


# --- A broken upload is a message, not a server error ---------------------------------------------------------------


def german_translation(pages) -> Translation:
    return Translation.objects.get(target_locale=pages["de"].locale, source__object_id=pages["en"].translation_key)


@pytest.fixture
def upload_url(pages) -> str:
    translation = german_translation(pages)
    return f"/admin/localize/translate/{translation.pk}/pofile/upload/?next=/admin/pages/{pages['de'].pk}/edit/"


def test_uploading_without_a_file_goes_back_with_a_message_in_the_editors_language(client, editor, upload_url):
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "de"
    profile.save()
    client.force_login(editor)
    response = client.post(upload_url)
    assert response.status_code == 302
    assert response["Location"] == upload_url.split("?next=")[1]
    assertContains(client.get(response["Location"]), "Wählen Sie eine PO-Datei zum Hochladen aus.")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "The PO file is empty."),
        (b"\xff\xfe not text", "This is not a valid PO file."),
        (b"this is no PO file at all\n", "This is not a valid PO file."),
        (b'msgid "Notes"\nmsgstr "Notizen"\n', "This PO file was not downloaded from a translation of this site."),
    ],
)
def test_an_invalid_po_file_goes_back_with_a_message(client, editor, pages, upload_url, content, message):
    client.force_login(editor)
    response = client.post(upload_url, {"file": SimpleUploadedFile("notes.po", content)}, follow=True)
    assert response.status_code == 200
    assertContains(response, message)
    assert pages["de"].get_latest_revision_as_object().introduction == "Notizen"


def test_a_member_cannot_upload_a_po_file(client, member, pages, upload_url):
    translation = german_translation(pages)
    po = translation.export_po()
    next(entry for entry in po if entry.msgid == "Notes").msgstr = "Gekapert"
    client.force_login(member)
    for files in ({}, {"file": SimpleUploadedFile("notes.po", str(po).encode())}):
        response = client.post(upload_url, files)
        assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert "Gekapert" not in str(translation.export_po())
