"""Registering for an event, cancelling by the registrant's own link, and members' private calendar feeds."""

import datetime

from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from home.locales import active_language, active_locale
from home.middleware import private_view
from home.models import EventPage
from home.models.events import calendar_response
from home.visibility import can_view, visible_pages

from . import registrations
from .access import is_member, member_required, refuse
from .forms import RegistrationForm
from .models import CalendarFeed, MeetingPage, Registration

# Events that ended this long ago stay in the private calendar, so calendar clients keep recent history.
FEED_PAST_DAYS = 90


def _event_or_404(request: HttpRequest, page_id: int) -> EventPage:
    event = get_object_or_404(EventPage, pk=page_id)
    if not can_view(request.user, event):
        raise Http404
    return event


@require_http_methods(["GET", "POST"])
def register(request: HttpRequest, page_id: int) -> HttpResponse:
    """The registration form of an event: anyone for public events, members only for network meetings."""
    event = _event_or_404(request, page_id)
    options = registrations.options_for(event)
    if options is None:
        raise Http404
    if options.members_only and not is_member(request.user):
        return refuse(request)
    context = {"event": event, "offer": registrations.offer(event, options)}
    if not registrations.can_register(options, event):
        return TemplateResponse(request, "members_area/registration_closed.html", context)
    initial = {}
    if request.user.is_authenticated:
        initial = {"name": request.user.get_full_name(), "email": request.user.email}
    form = RegistrationForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        done = reverse("members_events:registered", kwargs={"page_id": event.pk})
        if form.is_spam():
            return HttpResponseRedirect(done)  # bots get the same answer as people
        if registrations.rate_limited(request):
            form.add_error(None, _("There have been many registrations from your address. Please try again later."))
        else:
            registration = registrations.register(
                request,
                options,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                organisation=form.cleaned_data["organisation"],
            )
            if registration is None:
                form.add_error(None, _("Sorry, the event is full and has no waiting list."))
            else:
                return HttpResponseRedirect(done)
    context["form"] = form
    return TemplateResponse(request, "members_area/registration_form.html", context)


@require_http_methods(["GET"])
def registered(request: HttpRequest, page_id: int) -> HttpResponse:
    """The same answer whatever happened, so the page tells nobody whether an address was already registered."""
    event = _event_or_404(request, page_id)
    return TemplateResponse(request, "members_area/registration_done.html", {"event": event})


@private_view
@require_http_methods(["GET", "POST"])
def cancel(request: HttpRequest, token: str) -> HttpResponse:
    """The registrant's own link: GET asks (mail scanners follow links), POST cancels."""
    registration = Registration.from_cancel_token(token)
    if registration is None:
        return TemplateResponse(request, "members_area/registration_unknown.html", {}, status=404)
    language = active_language()
    context = {
        "registration": registration,
        "event": registrations.event_in(registration.options.event, language),
        "cancelled": registration.status == Registration.Status.CANCELLED,
    }
    if request.method == "POST" and not context["cancelled"]:
        registrations.cancel(request, registration)
        context["cancelled"] = context["just_cancelled"] = True
    return TemplateResponse(request, "members_area/registration_cancel.html", context)


@member_required
@require_http_methods(["POST"])
def calendar_feed(request: HttpRequest) -> HttpResponse:
    """Create or replace (`action=regenerate`) the member's private calendar address, or revoke it."""
    action = request.POST.get("action")
    if action == "revoke":
        CalendarFeed.objects.filter(user=request.user).delete()
    elif action == "regenerate":
        CalendarFeed.objects.filter(user=request.user).delete()
        CalendarFeed.objects.create(user=request.user)
    else:
        raise Http404
    return redirect("members_area:profile")


@private_view
@require_http_methods(["GET"])
def private_calendar(request: HttpRequest, token: str) -> HttpResponse:
    """The events the token's member may see (members-only and public) and the members' meetings, in the language of
    the URL."""
    feed = CalendarFeed.objects.select_related("user").filter(token=token).first()
    if feed is None or not is_member(feed.user):
        raise Http404  # a revoked token, or an account that is no longer a member, sees nothing
    locale = active_locale(request)
    since = timezone.localdate() - datetime.timedelta(days=FEED_PAST_DAYS)
    events = (
        visible_pages(feed.user, EventPage.objects.filter(locale=locale))
        .filter(end_date__gte=since)
        .select_related("locale")
    )
    meetings = (
        visible_pages(feed.user, MeetingPage.objects.filter(locale=locale))
        .filter(end_date__gte=since)
        .select_related("locale", "city")
    )
    entries = sorted([*events, *meetings], key=lambda page: (page.start_date, page.pk))
    return calendar_response(request, _("ISCN members' calendar"), entries, "iscn-members.ics")
