"""The site's own scheme and host in absolute URLs (canonical, hreflang, sitemap, feeds, calendars, emails).

On the web the request says where the site is (its host is checked against ALLOWED_HOSTS by Django); where no
request exists (emails from commands, tasks) the configured SITE_URL does. A Site's hostname is never used: the
demo's is "localhost", and a public URL must not point there.
"""

from urllib.parse import urlsplit, urlunsplit

from django.conf import settings
from django.http import HttpRequest


def site_url(request: HttpRequest | None = None) -> str:
    """Scheme and host, with no trailing slash: the request's, or SITE_URL without a request."""
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return settings.SITE_URL.rstrip("/")


def absolute_url(url: str, request: HttpRequest | None = None) -> str:
    """`url` (a path, or a URL on any host) on the site's own host."""
    parts = urlsplit(url)
    return site_url(request) + urlunsplit(("", "", parts.path or "/", parts.query, parts.fragment))


def page_full_url(page, request: HttpRequest | None = None) -> str | None:
    """A page's absolute URL on the site's own host; any Page, specific or not. None if it has no route."""
    url = page.get_url(request=request)
    return absolute_url(url, request) if url else None
