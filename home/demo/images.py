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


def attach_images(pages: list[Page]) -> None:
    """Topic pages show their topic's illustration, news their first topic's; pages that have one are left alone."""
    images = ensure_images()
    for page in pages:
        page = page.specific
        if page.listing_image_id is not None:
            continue
        if isinstance(page, TopicPage):
            slug = page.slug
        elif isinstance(page, NewsPage):
            first_topic = page.topics.order_by("pk").first()
            slug = first_topic.slug if first_topic else ""
        else:
            continue
        if slug in images:
            page.listing_image = images[slug]
            publish(page)
