"""Media under production settings: public images are served, members' originals and renditions are private files
served only to those who may see them, and the media view cannot be tricked into serving documents."""

import importlib
import io
import re

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

import pytest
from PIL import Image as PILImage

from home.models import StandardPage
from members_area.restrictions import ensure_members_collection

pytestmark = pytest.mark.django_db

# Test-only infrastructure that stays as in the test settings: the rest comes from cms.settings.production.
KEEP = {"DATABASES", "CACHES", "PASSWORD_HASHERS", "STORAGES", "TASKS", "EMAIL_BACKEND", "LOGGING", "SECRET_KEY"}


@pytest.fixture
def production(settings, monkeypatch, tmp_path):
    """cms.settings.production applied over the test settings, with media roots in a temporary folder."""
    monkeypatch.setenv("SECRET_KEY", "production-test-key")
    monkeypatch.setenv("ALLOWED_HOSTS", "testserver")
    module = importlib.import_module("cms.settings.production")
    for name in dir(module):
        if name.isupper() and name not in KEEP and getattr(settings, name, None) != getattr(module, name):
            setattr(settings, name, getattr(module, name))
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEMBERS_PRIVATE_MEDIA_ROOT = tmp_path / "private"
    # cms.urls was built at import from the test settings: the settings it reads must match production's.
    from cms.settings import test

    assert (module.DEBUG, module.ISCN_SERVE_MEDIA, module.MEDIA_URL) == (
        test.DEBUG,
        test.ISCN_SERVE_MEDIA,
        test.MEDIA_URL,
    )
    return settings


def make_image(collection: Collection, title: str = "Photo"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (120, 80), (10, 120, 60)).save(buffer, "JPEG")
    image = get_image_model()(title=title, collection=collection)
    image.file.save(f"{title.lower()}.jpg", ImageFile(buffer, name=f"{title.lower()}.jpg"), save=False)
    image.save()
    return image


@pytest.fixture
def members_collection(roles) -> Collection:
    return ensure_members_collection()


@pytest.fixture
def public_image(production, roles):
    return make_image(Collection.get_first_root_node(), "Public")


@pytest.fixture
def private_image(production, members_collection):
    return make_image(members_collection, "Private")


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_public_rendition_and_original_are_served(client, public_image, production):
    rendition = public_image.get_rendition("fill-60x40")
    assert rendition.url.startswith("/media/images/")
    response = client.get(rendition.url, secure=True)
    assert response.status_code == 200
    assert body(response)[:2] == b"\xff\xd8"  # a JPEG
    assert "public" in response["Cache-Control"]
    assert client.get(public_image.file.url, secure=True).status_code == 200
    assert (production.MEDIA_ROOT / rendition.file.name).is_file()


def test_private_original_and_rendition_live_outside_media_root(private_image, production):
    rendition = private_image.get_rendition("fill-60x40")
    for name in (private_image.file.name, rendition.file.name):
        assert name.startswith("private/")
        assert (production.MEMBERS_PRIVATE_MEDIA_ROOT / name).is_file()
        assert not (production.MEDIA_ROOT / name).exists()
        assert not (production.MEDIA_ROOT / name.removeprefix("private/")).exists()
    assert rendition.url.startswith("/private-media/images/")


def test_private_files_are_refused_to_strangers_and_served_to_members(client, private_image, member, outsider):
    urls = [private_image.file.url, private_image.get_rendition("fill-60x40").url]
    for url in urls:
        assert client.get(url, secure=True).status_code == 404
        # The public media view does not know the file either, whatever the spelling.
        name = url.removeprefix("/private-media/")
        for spelling in (f"/media/private/{name}", f"/media/{name}", f"/media/./private/{name}"):
            assert client.get(spelling, secure=True).status_code == 404
    client.force_login(outsider)
    assert all(client.get(url, secure=True).status_code == 404 for url in urls)
    client.force_login(member)
    for url in urls:
        response = client.get(url, secure=True, HTTP_IF_MODIFIED_SINCE="Wed, 21 Oct 2099 07:28:00 GMT")
        assert response.status_code == 200
        assert body(response)[:2] == b"\xff\xd8"
        assert "ETag" not in response and "Last-Modified" not in response
        assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}


def test_editor_sees_private_thumbnails_in_admin(client, private_image, editor):
    client.force_login(editor)
    assert client.get(private_image.get_rendition("max-165x165").url, secure=True).status_code == 200


def test_image_moved_between_collections_moves_its_files(client, public_image, members_collection, production):
    old_rendition = public_image.get_rendition("fill-60x40")
    old_path = production.MEDIA_ROOT / old_rendition.file.name
    public_image.collection = members_collection
    public_image.save()
    public_image.refresh_from_db()
    assert public_image.file.name.startswith("private/")
    assert (production.MEMBERS_PRIVATE_MEDIA_ROOT / public_image.file.name).is_file()
    assert not (production.MEDIA_ROOT / public_image.file.name.removeprefix("private/")).exists()
    assert not old_path.exists() and client.get(old_rendition.url, secure=True).status_code == 404
    assert public_image.get_rendition("fill-60x40").url.startswith("/private-media/")

    public_image.collection = Collection.get_first_root_node()
    public_image.save()
    public_image.refresh_from_db()
    assert not public_image.file.name.startswith("private/")
    assert client.get(public_image.get_rendition("fill-60x40").url, secure=True).status_code == 200


def test_restricting_a_collection_moves_its_images(roles, production):
    collection = Collection.get_first_root_node().add_child(name="Board")
    image = make_image(collection, "Board")
    rendition_path = production.MEDIA_ROOT / image.get_rendition("fill-60x40").file.name
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    image.refresh_from_db()
    assert image.file.name.startswith("private/") and not rendition_path.exists()
    restriction.delete()
    image.refresh_from_db()
    assert not image.file.name.startswith("private/")


@pytest.fixture
def document(production, roles):
    document = get_document_model()(title="Flyer", collection=Collection.get_first_root_node())
    document.file.save("flyer.txt", ContentFile(b"Flyer text"), save=False)
    document.save()
    return document


@pytest.mark.parametrize(
    "prefix", ["/media/", "/media/./", "/media//", "/media/%2e/", "/media/x/../", "/media/images/../", "/media/.//./"]
)
def test_media_view_never_serves_documents(client, document, prefix):
    assert (document.file.path.endswith("documents/flyer.txt")) and document.file.name.startswith("documents/")
    response = client.get(prefix + document.file.name, secure=True)
    assert response.status_code == 404


def test_media_view_refuses_climbing_out(client, production):
    (production.MEDIA_ROOT).mkdir(parents=True, exist_ok=True)
    assert client.get("/media/../cms/settings/base.py", secure=True).status_code == 404
    assert client.get("/media/%2e%2e/cms/settings/base.py", secure=True).status_code == 404


@pytest.mark.parametrize("field", ["listing_image", "social_image"])
def test_page_with_a_listing_or_social_image_shares_it(client, home, public_image, field):
    page = home.add_child(instance=StandardPage(title="Shared", slug="with-image", body="[]", **{field: public_image}))
    page.save_revision().publish()
    response = client.get("/en/with-image/", secure=True)
    assert response.status_code == 200
    content = response.content.decode()
    assert re.search(r'<meta property="og:image"\s+content="https://testserver/media/images/public\.', content)
    assert 'content="summary_large_image"' in content
