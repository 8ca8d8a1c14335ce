"""Files only members may see (profile photos) live outside MEDIA_ROOT, so no web server can hand them out directly."""

import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage


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
