"""Small non-page views: health check, robots.txt, and the public and private media files."""

import mimetypes

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from django.views.static import serve as static_serve

from wagtail.images import get_image_model

from .middleware import private_view, shared_view
from .storage import PRIVATE_PREFIX, normalise_media_path
from .visibility import can_view_image

# Media folders that are never public files: documents go through Wagtail's permission-checked view, and `private/`
# never lies under MEDIA_ROOT (a misplaced copy there must not be served either).
NON_PUBLIC_MEDIA = ("documents", "original_documents", PRIVATE_PREFIX.rstrip("/"))


@private_view  # monitoring must see the database's state now, never a stored answer
@require_GET
def health(request: HttpRequest) -> JsonResponse:
    """For load balancers and monitoring: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as error:  # any database failure means unhealthy; the message helps the operator
        return JsonResponse({"status": "error", "database": "unavailable", "detail": type(error).__name__}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@require_GET
@shared_view(86400)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /documents/",
        *(f"Disallow: /{code}/members/" for code, _name in settings.LANGUAGES),
        *(f"Disallow: /{code}/accounts/" for code, _name in settings.LANGUAGES),
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_GET
def public_media(request: HttpRequest, path: str) -> HttpResponse:
    """A public file under MEDIA_ROOT (public images and their renditions), for deployments where no web server or
    object storage serves MEDIA_URL in front of the application.

    The decision is taken on the normalised path, and exactly that path is opened, so `./`, `//`, `%2e` or `x/../`
    cannot reach documents.
    """
    relative = normalise_media_path(path)
    if relative is None or relative.split("/", 1)[0] in NON_PUBLIC_MEDIA:
        raise Http404
    return static_serve(request, relative, document_root=settings.MEDIA_ROOT)


@private_view
@require_GET
def private_media(request: HttpRequest, path: str) -> HttpResponse:
    """The original or a rendition of an image in a restricted collection, for those who may see the image.

    Anyone else gets a 404 (the file's existence is not confirmed). No ETag or Last-Modified, so a stranger cannot
    confirm a guessed file with a conditional request.
    """
    relative = normalise_media_path(path)
    if relative is None:
        raise Http404
    name = PRIVATE_PREFIX + relative
    image = (
        get_image_model().objects.filter(Q(file=name) | Q(renditions__file=name)).select_related("collection").first()
    )
    if image is None or not can_view_image(request.user, image):
        raise Http404
    try:
        handle = image.file.storage.open(name, "rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(handle, content_type=mimetypes.guess_type(name)[0] or "application/octet-stream")
    response["X-Content-Type-Options"] = "nosniff"
    return response
