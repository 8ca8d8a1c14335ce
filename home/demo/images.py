"""Demo images: a small illustration per key topic, used as the listing image of topic and news pages."""

from pathlib import Path

from django.core.files.images import ImageFile

from wagtail.images import get_image_model
from wagtail.models import Collection, Page

from home.models import NewsPage, TopicPage

from .site import publish

IMAGES_DIR = Path(__file__).resolve().parent / "images"


def ensure_images() -> dict[str, object]:
    """One public image per file in demo/images/, keyed by its name (a topic slug); created on the first run only."""
    Image = get_image_model()
    collection = Collection.get_first_root_node()
    images = {}
    for path in sorted(IMAGES_DIR.glob("*.jpg")):
        title = f"Illustration: {path.stem.replace('-', ' ')}"
        image = Image.objects.filter(title=title).first()
        if image is None:
            image = Image(title=title, collection=collection)
            with path.open("rb") as handle:
                image.file.save(path.name, ImageFile(handle, name=path.name), save=False)
            image.save()
        images[path.stem] = image
    return images


def attach_images(pages: list[Page]) -> list[Page]:
    """Topic pages show their topic's illustration, news their first topic's; pages that have one are left alone.

    Returns the pages, those given an image read again from the database (an instance published earlier may still
    hold unsaved inline children, which a second publish would duplicate).
    """
    images = ensure_images()
    result = []
    for page in pages:
        if isinstance(page, TopicPage | NewsPage) and page.listing_image_id is None:
            page = type(page).objects.get(pk=page.pk)
            if isinstance(page, TopicPage):
                slug = page.slug
            else:
                first_tag = page.topics.select_related("topic").first()
                slug = first_tag.topic.slug if first_tag else ""
            if slug in images:
                page.listing_image = images[slug]
                publish(page)
        result.append(page)
    return result
