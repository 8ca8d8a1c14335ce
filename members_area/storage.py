"""Files only members may see (profile photos) live outside MEDIA_ROOT, so no web server can hand them out directly."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.urls import reverse


class PrivateMediaStorage(FileSystemStorage):
    """File storage under MEMBERS_PRIVATE_MEDIA_ROOT with no public URL; files are streamed by members-only views."""

    @property
    def base_location(self) -> str:
        # Read on every use (not cached like MEDIA_ROOT) so tests and deployments can point it elsewhere.
        return str(settings.MEMBERS_PRIVATE_MEDIA_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise NotImplementedError("Private files have no public URL; use a members-only view.")


def private_storage() -> PrivateMediaStorage:
    return PrivateMediaStorage()


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
