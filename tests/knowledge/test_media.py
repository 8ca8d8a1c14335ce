"""Files attached to the knowledge base: a practice's images (original and renditions) and the practice's and a
project's documents sit in the members' collection, and the links the pages show serve them to members only."""

import io

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model

import pytest
from PIL import Image as PILImage

from knowledge.models import GoodPracticePageDocument, GoodPracticePageImage, ProjectPageDocument
from members_area.restrictions import ensure_members_collection
from tests.html import tags

from .collection_fixtures import add_practice, add_project

pytestmark = pytest.mark.django_db

SECRET = b"Confidential cost breakdown"


@pytest.fixture(autouse=True)
def media_roots(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.MEMBERS_PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings


@pytest.fixture
def entries(collections, kit) -> dict:
    """A practice with an image and a document, and a project with a document, all in the members' collection."""
    members = ensure_members_collection()
    buffer = io.BytesIO()
    PILImage.new("RGB", (160, 90), (200, 120, 20)).save(buffer, "PNG")
    image = get_image_model()(title="Solar roofs", description="Solar panels on a school roof", collection=members)
    image.file.save("roofs.png", ImageFile(buffer, name="roofs.png"), save=False)
    image.save()
    documents = []
    for name in ("costs.txt", "plan.txt"):
        document = get_document_model()(title=name, collection=members)
        document.file.save(name, ContentFile(SECRET + name.encode()), save=False)
        document.save()
        documents.append(document)
    practice = add_practice(collections["practices"], "Solar leasing", [kit["energy"]], country=kit["germany"])
    GoodPracticePageImage.objects.create(page=practice, image=image, caption="A leased roof")
    GoodPracticePageDocument.objects.create(page=practice, document=documents[0])
    project = add_project(collections["projects"], "Citizen energy fund", [kit["energy"]], country=kit["germany"])
    ProjectPageDocument.objects.create(page=project, document=documents[1])
    return {"practice": practice, "project": project, "image": image}


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def file_urls(content: bytes) -> dict[str, list[str]]:
    """The documents linked and the image files (src and every srcset candidate) a page shows."""
    images = [img["src"] for img in tags(content, "img") if "/private-media/" in img.get("src", "")]
    for source in tags(content, "source"):
        images += [candidate.split()[0] for candidate in source.get("srcset", "").split(",") if candidate.strip()]
    documents = [a["href"] for a in tags(content, "a") if a.get("href", "").startswith("/documents/")]
    return {"images": images, "documents": documents}


@pytest.fixture
def shown(client, member, entries, media_roots) -> dict[str, list[str]]:
    """The file URLs a member finds on the practice and project pages (read as a member, then signed out)."""
    client.force_login(member)
    practice = client.get(entries["practice"].url)
    project = client.get(entries["project"].url)
    assert practice.status_code == project.status_code == 200
    urls = file_urls(practice.content)
    urls["documents"] += file_urls(project.content)["documents"]
    urls["images"].append(entries["image"].file.url)  # the original, which editors and the admin link to
    client.logout()
    assert len(urls["documents"]) == 2
    assert len(urls["images"]) >= 4, "the original and renditions in several formats"
    assert all(url.startswith("/private-media/") for url in urls["images"])
    for url in urls["images"]:
        name = "private/" + url.removeprefix("/private-media/")
        assert (media_roots.MEMBERS_PRIVATE_MEDIA_ROOT / name).is_file()
        assert not (media_roots.MEDIA_ROOT / name).exists()
        assert not (media_roots.MEDIA_ROOT / name.removeprefix("private/")).exists()
    return urls


def test_members_get_the_images_and_documents_of_practices_and_projects(client, member, shown):
    client.force_login(member)
    for url in shown["images"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("image/")
        assert "ETag" not in response and "Last-Modified" not in response
    for url in shown["documents"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert body(response).startswith(SECRET)
        assert "ETag" not in response and "Last-Modified" not in response


def test_anonymous_visitors_get_none_of_them(client, shown):
    for url in shown["images"]:
        assert client.get(url).status_code == 404, url
    for url in shown["documents"]:
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url
        assert SECRET not in body(response)


def test_signed_in_non_members_get_none_of_them(client, outsider, shown):
    client.force_login(outsider)
    for url in shown["images"]:
        assert client.get(url).status_code == 404, url
    for url in shown["documents"]:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert SECRET not in body(response)
