"""Private documents: a restricted Members collection, the permission-checked serve view without conditional answers,
no media URL, and the upload allow-list and size limit."""

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import resolve, reverse

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from pytest_django.asserts import assertContains

from members_area import views
from members_area.restrictions import ensure_members_collection
from tests.members_area.conftest import MARKER

pytestmark = pytest.mark.django_db

Document = get_document_model()
CONDITIONAL_HEADERS = ("ETag", "Last-Modified")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def members_collection(roles) -> Collection:
    return ensure_members_collection()


@pytest.fixture
def private_document(members_collection):
    document = Document(title=f"Minutes {MARKER}", collection=members_collection)
    document.file.save("minutes.txt", ContentFile(f"Confidential minutes {MARKER}".encode()), save=False)
    document.save()
    return document


@pytest.fixture
def public_document(roles):
    document = Document(title="Flyer", collection=Collection.get_first_root_node())
    document.file.save("flyer.txt", ContentFile(b"Public flyer"), save=False)
    document.save()
    return document


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_members_collection_is_restricted_to_members(members_collection, roles):
    assert ensure_members_collection() == members_collection  # idempotent
    restrictions = list(members_collection.view_restrictions.all())
    assert [r.restriction_type for r in restrictions] == [CollectionViewRestriction.GROUPS]
    assert list(restrictions[0].groups.all()) == [roles["Members"]]


def test_demo_creates_the_members_collection(demo_site):
    collection = Collection.objects.get(name="Members")
    assert collection.get_view_restrictions().filter(groups__name="Members").exists()


def test_document_urls_use_the_serve_view(private_document):
    assert private_document.url == f"/documents/{private_document.pk}/minutes.txt"
    assert resolve(private_document.url).func is views.serve_document


def test_anonymous_gets_login_not_the_file(client, private_document):
    response = client.get(private_document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert MARKER.encode() not in body(response)


def test_conditional_requests_never_confirm_a_private_file_to_strangers(client, private_document, outsider):
    validators = {
        "HTTP_IF_NONE_MATCH": f'"{private_document.file_hash}"',
        "HTTP_IF_MODIFIED_SINCE": "Wed, 01 Jan 2098 00:00:00 GMT",
    }
    for user in (None, outsider):
        if user:
            client.force_login(user)
        response = client.get(private_document.url, **validators)
        assert response.status_code != 304
        assert response.status_code in (302, 403)
        for header in CONDITIONAL_HEADERS:
            assert header not in response


def test_member_gets_the_file_without_validators_or_shared_caching(client, private_document, member):
    client.force_login(member)
    response = client.get(private_document.url, HTTP_IF_NONE_MATCH=f'"{private_document.file_hash}"')
    assert response.status_code == 200
    assert MARKER.encode() in body(response)
    for header in CONDITIONAL_HEADERS:
        assert header not in response
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert response["X-Content-Type-Options"] == "nosniff"


def test_outsider_does_not_get_the_file(client, private_document, outsider):
    client.force_login(outsider)
    response = client.get(private_document.url)
    assert response.status_code in (302, 403)
    assert MARKER.encode() not in body(response)


def test_public_documents_keep_conditional_get(client, public_document):
    response = client.get(public_document.url)
    assert response.status_code == 200
    assert "ETag" in response
    assert client.get(public_document.url, HTTP_IF_NONE_MATCH=response["ETag"]).status_code == 304


def test_no_media_url_serves_documents(client, private_document, public_document):
    # Public media are served at /media/, documents never: they go through the permission-checked view.
    for document in (private_document, public_document):
        assert client.get(f"/media/{document.file.name}").status_code == 404


def test_private_documents_are_not_found_by_strangers_in_admin_api(client, private_document, member, outsider):
    url = "/admin/api/main/documents/"
    for user in (None, member, outsider):
        if user:
            client.force_login(user)
        response = client.get(url, {"search": MARKER})
        assert response.status_code in (302, 403), response.status_code
        assert MARKER not in response.content.decode()
    client.logout()
    response = client.get(url, HTTP_AUTHORIZATION="Bearer not-a-token")
    assert response.status_code in (302, 401, 403)


# --- Uploads through the admin: allow-list and size limit ---


@pytest.fixture
def secretariat_client(client, editor):
    client.force_login(editor)
    return client


def test_admin_refuses_an_exe_upload(secretariat_client, members_collection):
    upload = SimpleUploadedFile("tool.exe", b"MZ\x90\x00binary", content_type="application/octet-stream")
    response = secretariat_client.post(
        reverse("wagtaildocs:add"), {"title": "Tool", "file": upload, "collection": members_collection.pk}
    )
    assert response.status_code == 200
    assertContains(response, "File extension \u201cexe\u201d is not allowed")
    assert not Document.objects.filter(title="Tool").exists()


def test_admin_multiple_upload_refuses_an_exe(secretariat_client, members_collection):
    upload = SimpleUploadedFile("tool.exe", b"MZ\x90\x00binary", content_type="application/octet-stream")
    response = secretariat_client.post(
        reverse("wagtaildocs:add_multiple"), {"files[]": upload, "collection": members_collection.pk}
    )
    data = response.json()
    assert data["success"] is False
    assert "is not allowed" in data["error_message"]
    assert not Document.objects.exists()


def test_admin_refuses_an_oversized_upload(secretariat_client, members_collection, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    upload = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * 4096, content_type="application/pdf")
    response = secretariat_client.post(
        reverse("wagtaildocs:add"), {"title": "Big", "file": upload, "collection": members_collection.pk}
    )
    assert response.status_code == 200
    assertContains(response, "This file is too big")
    assert not Document.objects.filter(title="Big").exists()


def test_admin_accepts_an_allowed_upload(secretariat_client, members_collection):
    upload = SimpleUploadedFile("agenda.pdf", b"%PDF-1.4\nagenda", content_type="application/pdf")
    response = secretariat_client.post(
        reverse("wagtaildocs:add"), {"title": "Agenda", "file": upload, "collection": members_collection.pk}
    )
    assert response.status_code == 302
    assert Document.objects.get(title="Agenda").collection == members_collection
