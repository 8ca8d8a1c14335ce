"""`<page path>calendar.ics`: Wagtail's page URLs cannot contain a dot, so calendar files get this one small view."""

from django.http import Http404, HttpRequest, HttpResponse

from home.locales import locale_home
from home.middleware import mark_shared
from home.visibility import can_view

# Calendar apps poll; a public calendar may be kept by shared caches this long.
CALENDAR_CACHE_SECONDS = 900


def page_calendar(request: HttpRequest, path: str) -> HttpResponse:
    """The calendar of the page at `path` (an event or the events index), if this visitor may see that page."""
    root = locale_home(request)
    if root is None:
        raise Http404
    try:
        page, _args, _kwargs = root.specific.route(request, [part for part in path.split("/") if part])
    except Http404:
        raise
    if not hasattr(page, "ics_response") or not can_view(request.user, page):
        raise Http404
    mark_shared(request, CALENDAR_CACHE_SECONDS)
    return page.ics_response(request)
