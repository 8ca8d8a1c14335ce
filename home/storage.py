"""Where media files live: public files in the default storage (MEDIA_ROOT or object storage), private ones outside it.

The location rule: a file whose name starts with `private/` is private and lives under PRIVATE_MEDIA_ROOT, which no web
server serves; its URL is the permission-checked view at /private-media/. Every other name is public and lives in the
default storage, served at MEDIA_URL. Images and their renditions pick their prefix from the image's collection.
"""

import os
import posixpath

from django.conf import settings
from django.core.files.base import File
from django.core.files.storage import FileSystemStorage, Storage, default_storage
from django.utils.deconstruct import deconstructible

PRIVATE_PREFIX = "private/"
PRIVATE_URL = "/private-media/"


class PrivateMediaStorage(FileSystemStorage):
    """File storage under PRIVATE_MEDIA_ROOT with no public URL; files are streamed by permission-checked views."""

    @property
    def base_location(self) -> str:
        # Read on every use (not cached like MEDIA_ROOT) so tests and deployments can point it elsewhere.
        return str(settings.MEMBERS_PRIVATE_MEDIA_ROOT)

    @property
    def location(self) -> str:
        return os.path.abspath(self.base_location)

    def url(self, name: str | None) -> str:
        raise NotImplementedError("Private files have no public URL; use a permission-checked view.")


def private_storage() -> PrivateMediaStorage:
    return PrivateMediaStorage()


def is_private_name(name: str) -> bool:
    return name.startswith(PRIVATE_PREFIX)


@deconstructible(path="home.storage.MediaStorage")
class MediaStorage(Storage):
    """Routes each file by its name: `private/…` to private storage, everything else to the default storage.

    Deconstructible, so Wagtail's background file deletion can rebuild it from its path.
    """

    def _backend(self, name: str) -> Storage:
        return private_storage() if is_private_name(name) else default_storage

    def _open(self, name: str, mode: str = "rb") -> File:
        return self._backend(name).open(name, mode)

    def _save(self, name: str, content: File) -> str:
        return self._backend(name).save(name, content, max_length=None)

    def delete(self, name: str) -> None:
        self._backend(name).delete(name)

    def exists(self, name: str) -> bool:
        return self._backend(name).exists(name)

    def size(self, name: str) -> int:
        return self._backend(name).size(name)

    def path(self, name: str) -> str:
        return self._backend(name).path(name)

    def listdir(self, path: str) -> tuple[list[str], list[str]]:
        return self._backend(path).listdir(path)

    def get_modified_time(self, name: str):
        return self._backend(name).get_modified_time(name)

    def get_created_time(self, name: str):
        return self._backend(name).get_created_time(name)

    def get_accessed_time(self, name: str):
        return self._backend(name).get_accessed_time(name)

    def url(self, name: str | None) -> str:
        if name and is_private_name(name):
            return PRIVATE_URL + name.removeprefix(PRIVATE_PREFIX)
        return default_storage.url(name)


def media_storage() -> MediaStorage:
    return MediaStorage()


def move_file(storage: Storage, name: str, private: bool) -> str:
    """Copy a stored file to the public or private side of `storage` and delete the old one; returns the new name."""
    if is_private_name(name) == private:
        return name
    target = PRIVATE_PREFIX + name if private else name.removeprefix(PRIVATE_PREFIX)
    with storage.open(name, "rb") as handle:
        new_name = storage.save(target, handle)
    storage.delete(name)
    return new_name


def normalise_media_path(raw: str) -> str | None:
    """The path inside a media root that a request names, or None when it tries to leave the root.

    Decides on the path the file system will open (the URL resolver has already decoded percent-escapes once; the
    caller opens exactly the returned path): empty and `.` segments dropped, `..` resolved, backslashes treated as
    separators. A request that climbs above the root is refused.
    """
    path = raw.replace("\\", "/")
    if "\x00" in path:
        return None
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return None
            parts.pop()
            continue
        parts.append(part)
    normalised = posixpath.join(*parts) if parts else ""
    return normalised or None
