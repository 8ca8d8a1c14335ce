"""What the members' dashboard shows: news in the members area, upcoming network events, the member's own pages."""

import datetime

from django.apps import apps
from django.db import models
from django.utils import timezone

from wagtail.models import Page

from home.visibility import visible_pages

NEW_SINCE_FALLBACK = datetime.timedelta(days=30)
# Issue 3 brings EventPage; until then, and whatever its date field is called, the dashboard finds it by name.
EVENT_MODELS = [("home", "EventPage"), ("events", "EventPage")]
EVENT_DATE_FIELDS = ["start", "start_date", "starts_at", "start_datetime", "date"]


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


def event_model() -> type[models.Model] | None:
    for app_label, model_name in EVENT_MODELS:
        try:
            return apps.get_model(app_label, model_name)
        except LookupError:
            continue
    return None


def upcoming_events(root: Page, user, limit: int = 5) -> list[Page]:
    """Upcoming events of the member's language that this member may see (public and members-only)."""
    model = event_model()
    if model is None:
        return []
    field_names = {field.name for field in model._meta.get_fields()}
    date_field = next((name for name in EVENT_DATE_FIELDS if name in field_names), None)
    if date_field is None:
        return []
    field = model._meta.get_field(date_field)
    today = timezone.now() if isinstance(field, models.DateTimeField) else timezone.localdate()
    events = model.objects.filter(locale=root.locale, **{f"{date_field}__gte": today}).order_by(date_field)
    return list(visible_pages(user, events)[:limit])


def own_contributions(root: Page, user, limit: int = 20) -> list[Page]:
    """Pages under the members area that this member owns (created) in any state but deleted."""
    if not user.is_authenticated:
        return []
    pages = root.get_descendants().filter(owner=user)
    return list(pages.order_by("-latest_revision_created_at").specific().defer_streamfields()[:limit])


def dashboard_context(root: Page, user) -> dict:
    return {
        "new_since": new_since(user),
        "whats_new": whats_new(root, user),
        "upcoming_events": upcoming_events(root, user),
        "event_listing_available": event_model() is not None,
        "own_contributions": own_contributions(root, user),
        "profile": getattr(user, "member_profile", None) if user.is_authenticated else None,
    }
