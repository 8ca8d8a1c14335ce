"""The site's image model: files of images in restricted collections (and their renditions) are private files."""

from django.db import models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.images.models import (
    AbstractImage,
    AbstractRendition,
    Image,
    WagtailImageField,
    get_rendition_upload_to,
    get_upload_to,
)
from wagtail.models import Collection, CollectionViewRestriction

from home.storage import PRIVATE_PREFIX, is_private_name, media_storage, move_file


class CustomImage(AbstractImage):
    """Wagtail's image, stored in private storage while its collection carries a view restriction."""

    file = WagtailImageField(
        verbose_name=_("file"),
        upload_to=get_upload_to,
        storage=media_storage,
        width_field="width",
        height_field="height",
    )

    # Permissions stay those of wagtailimages.Image: Wagtail's image permission policy checks them for any image model.
    admin_form_fields = Image.admin_form_fields

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    def is_restricted(self) -> bool:
        """Whether the image's collection, or one of its ancestors, carries a view restriction."""
        return self.collection_id is not None and self.collection.get_view_restrictions().exists()

    def get_upload_to(self, filename: str) -> str:
        name = super().get_upload_to(filename)
        return PRIVATE_PREFIX + name if self.is_restricted() else name

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)
        if self.file and self.file._committed and is_private_name(self.file.name) != self.is_restricted():
            self.move_files()

    def move_files(self) -> None:
        """Put the original on the side (public or private) its collection asks for; renditions are made again."""
        old_name = self.file.name
        self.file.name = move_file(self.file.storage, old_name, private=self.is_restricted())
        type(self).objects.filter(pk=self.pk).update(file=self.file.name)
        # The files go now, not after commit as Wagtail's own handler would: a public copy must not outlive the move.
        with transaction.atomic():
            for rendition in self.renditions.all():
                rendition.file.delete(save=False)
                rendition.delete()


class Rendition(AbstractRendition):
    """A resized copy of a CustomImage, stored on the same side (public or private) as its original."""

    image = models.ForeignKey(CustomImage, related_name="renditions", on_delete=models.CASCADE)
    file = WagtailImageField(
        upload_to=get_rendition_upload_to, storage=media_storage, width_field="width", height_field="height"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)

    def get_upload_to(self, filename: str) -> str:
        name = super().get_upload_to(filename)
        return PRIVATE_PREFIX + name if is_private_name(self.image.file.name) else name


def move_collection_images(collection: Collection) -> None:
    """After a collection's view restrictions change, move the files of its images (and its descendants') to the
    side they now belong on."""
    collections = Collection.objects.descendant_of(collection, inclusive=True)
    for image in CustomImage.objects.filter(collection__in=collections).select_related("collection"):
        if image.file and is_private_name(image.file.name) != image.is_restricted():
            image.move_files()


def restriction_changed(sender, instance: CollectionViewRestriction, raw: bool = False, **kwargs) -> None:
    if not raw:
        move_collection_images(instance.collection)
