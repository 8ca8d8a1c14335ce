"""Profile photos live in home.storage's private storage (outside MEDIA_ROOT), served by a members-only view."""

from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.urls import reverse

from home.storage import private_storage


class MemberPhotoFieldFile(ImageFieldFile):
    """A profile photo's URL is the members-only photo view, wherever it is shown (site templates, admin widgets)."""

    @property
    def url(self) -> str:
        self._require_file()
        return reverse("members_area:profile_photo", args=[self.instance.pk])


class MemberPhotoField(models.ImageField):
    """An image field stored in private storage whose URL goes through the members-only view."""

    attr_class = MemberPhotoFieldFile

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("storage", private_storage)
        super().__init__(*args, **kwargs)
