"""What the members' dashboard shows: news in the members area, upcoming events, the member's own pages and requests.

The apps above add sections through the hook `members_dashboard_sections`: a function taking (root, user) and
returning a list of dicts with "id", "heading", "items" (dicts with "title", "url", "note"), "empty" (the text
shown when there are no items) and optionally "link_url" and "link_text".
"""

import datetime

from django.urls import reverse
from django.utils import timezone

from wagtail import hooks
from wagtail.models import Page

from home.models import EventPage
from home.models.events import today
from home.visibility import visible_pages

# The model modules themselves: models/pages.py imports this module while the models package is still loading.
from .models.formats import PeerCoachingPage, PeerCoachingRequest
from .models.registrations import Registration

NEW_SINCE_FALLBACK = datetime.timedelta(days=30)


def new_since(user) -> datetime.datetime:
    """The member's previous login, or thirty days back for a first visit."""
    profile = getattr(user, "member_profile", None) if user.is_authenticated else None
    try:
        previous = profile.previous_login if profile else None
    except AttributeError:
        previous = None
    return previous or timezone.now() - NEW_SINCE_FALLBACK


def whats_new(root: Page, user, limit: int = 10) -> list[Page]:
    since = new_since(user)
    pages = visible_pages(user, root.get_descendants()).filter(last_published_at__gt=since)
    return list(pages.order_by("-last_published_at").specific().defer_streamfields()[:limit])


def upcoming_events(root: Page, user, limit: int = 5) -> list[EventPage]:
    """Events of the members root's language that have not ended and that this member may see, soonest first.

    "Upcoming" is measured as on the events page: by the day an event ends, so a meeting stays listed while it runs.
    """
    events = EventPage.objects.filter(locale=root.locale, end_date__gte=today()).order_by("start_date", "pk")
    return list(visible_pages(user, events).defer_streamfields()[:limit])


def own_contributions(root: Page, user, limit: int = 20) -> list[Page]:
    """Pages under the members area that this member owns (created) in any state but deleted."""
    if not user.is_authenticated:
        return []
    pages = root.get_descendants().filter(owner=user)
    return list(pages.order_by("-latest_revision_created_at").specific().defer_streamfields()[:limit])


def peer_coaching(root: Page, user, limit: int = 5) -> dict:
    """The member's latest peer-coaching requests with their state, and where to ask for more."""
    requests = PeerCoachingRequest.objects.filter(requester=user) if user.is_authenticated else []
    return {
        "peer_coaching_requests": list(requests[:limit]),
        "peer_coaching_page": PeerCoachingPage.objects.child_of(root).live().first(),
    }


def own_registrations(root: Page, user, limit: int = 10) -> list[dict]:
    """The member's registrations for events that have not ended, soonest first, with the event in the root's language.

    Registrations made while signed in belong to the account; cancelled ones are left out.
    """
    if not user.is_authenticated:
        return []
    registrations = list(
        Registration.objects.filter(user=user, options__event__end_date__gte=today())
        .exclude(status=Registration.Status.CANCELLED)
        .select_related("options__event")
        .order_by("options__event__start_date", "pk")[:limit]
    )
    keys = {registration.options.event.translation_key for registration in registrations}
    localized = {
        event.translation_key: event
        for event in EventPage.objects.filter(translation_key__in=keys, locale=root.locale).defer_streamfields()
    }
    return [
        {
            "registration": registration,
            "event": localized.get(registration.options.event.translation_key, registration.options.event),
            "cancel_url": reverse("members_events:cancel", kwargs={"token": registration.cancel_token}),
        }
        for registration in registrations
    ]


def extra_sections(root: Page, user) -> list[dict]:
    if not user.is_authenticated:
        return []
    sections = []
    for build in hooks.get_hooks("members_dashboard_sections"):
        sections += build(root, user)
    return sections


def dashboard_context(root: Page, user) -> dict:
    return {
        "extra_sections": extra_sections(root, user),
        **peer_coaching(root, user),
        "own_registrations": own_registrations(root, user),
        "new_since": new_since(user),
        "whats_new": whats_new(root, user),
        "upcoming_events": upcoming_events(root, user),
        "own_contributions": own_contributions(root, user),
        "profile": getattr(user, "member_profile", None) if user.is_authenticated else None,
    }
