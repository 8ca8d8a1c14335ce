"""Event registration: places, the waiting list, the registrant's cancellation link and their emails.

Registrations hang on the event's translation group, so the English and the Portuguese page share one list of places.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Locale

from home.locales import active_language
from home.models import EventPage
from home.models.events import calendar_response

from .models import Registration, RegistrationOptions


def options_for(event: EventPage) -> RegistrationOptions | None:
    """The registration options of this event in any of its languages."""
    return (
        RegistrationOptions.objects.select_related("event").filter(event__translation_key=event.translation_key).first()
    )


def can_register(options: RegistrationOptions, event: EventPage) -> bool:
    return options.accepting and event.registration_open


def offer(event: EventPage, options: RegistrationOptions) -> dict:
    """What the event page says about registration: counts only, never who registered."""
    places_left = options.places_left()
    full = places_left == 0 and not options.waiting_list
    return {
        "open": can_register(options, event) and not full,
        "members_only": options.members_only,
        "places_left": places_left,
        "waiting_list": options.waiting_list,
        "url": reverse("members_events:register", kwargs={"page_id": event.pk}),
    }


def rate_limited(request: HttpRequest) -> bool:
    """At most EVENT_REGISTRATION_RATE_LIMIT registrations per client address per window (no address is stored)."""
    address = request.META.get("REMOTE_ADDR", "")
    key = "registration-rate:" + hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    window = settings.EVENT_REGISTRATION_RATE_WINDOW
    cache.add(key, 0, timeout=window)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=window)
        count = 1
    return count > settings.EVENT_REGISTRATION_RATE_LIMIT


def register(
    request: HttpRequest, options: RegistrationOptions, *, name: str, email: str, organisation: str = ""
) -> Registration:
    """Register `email` for the event: a place while there is one, else the waiting list.

    An address already registered (and not cancelled) is not registered twice: its confirmation is sent again,
    so the person at that address learns their status and nobody else learns that the address is on the list.
    """
    with transaction.atomic():
        # Locks the event's row (on databases that lock) so two last-place registrations cannot both succeed.
        options = RegistrationOptions.objects.select_for_update().select_related("event").get(pk=options.pk)
        existing = (
            options.registrations.exclude(status=Registration.Status.CANCELLED).filter(email__iexact=email).first()
        )
        if existing is not None:
            registration = existing
        else:
            left = options.places_left()
            status = Registration.Status.CONFIRMED
            if left == 0:
                status = Registration.Status.WAITING if options.waiting_list else None
            registration = None
            if status is not None:
                registration = Registration.objects.create(
                    options=options,
                    name=name,
                    email=email,
                    organisation=organisation,
                    user=request.user if request.user.is_authenticated else None,
                    language=active_language(),
                    status=status,
                )
    if registration is not None:
        send_status_email(request, registration)
    return registration


def cancel(request: HttpRequest, registration: Registration) -> Registration | None:
    """Cancel a registration; a freed place goes to the first person waiting, who is told. Returns who moved up."""
    promoted = []
    with transaction.atomic():
        options = RegistrationOptions.objects.select_for_update().get(pk=registration.options_id)
        registration = Registration.objects.select_for_update().get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return None
        had_place = registration.status == Registration.Status.CONFIRMED
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        if had_place:
            promoted = _promote_waiting(options)
    _tell_promoted(request, promoted)
    return promoted[0] if promoted else None


def fill_free_places(request: HttpRequest, options_id: int) -> list[Registration]:
    """Move people up from the waiting list into the places now free (after the Secretariat cancelled or deleted
    a registration, or added places, in the admin), first come first served; each is told."""
    with transaction.atomic():
        options = RegistrationOptions.objects.select_for_update().filter(pk=options_id).first()
        promoted = _promote_waiting(options) if options else []
    _tell_promoted(request, promoted)
    return promoted


def _promote_waiting(options: RegistrationOptions) -> list[Registration]:
    """Confirm the first people waiting, as many as there are free places; call with the options row locked."""
    waiting = options.registrations.filter(status=Registration.Status.WAITING).order_by("created_at", "pk")
    if options.capacity is not None:
        waiting = waiting[: options.places_left()]
    promoted = list(waiting)
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.save(update_fields=["status"])
    return promoted


def _tell_promoted(request: HttpRequest, promoted: list[Registration]) -> None:
    for registration in promoted:
        send_status_email(request, registration, moved_up=True)


def event_in(event: EventPage, language: str) -> EventPage:
    """The event's page in the registrant's language, if it has one."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = event.get_translation_or_none(locale) if locale else None
    return (translated or event).specific


def send_status_email(request: HttpRequest, registration: Registration, *, moved_up: bool = False) -> None:
    """The registrant's confirmation (or waiting-list notice) in their language, with the event's .ics attached."""
    with translation.override(registration.language):
        event = event_in(registration.options.event, registration.language)
        cancel_url = request.build_absolute_uri(
            reverse("members_events:cancel", kwargs={"token": registration.cancel_token})
        )
        context = {
            "registration": registration,
            "event": event,
            "event_url": event.get_full_url(request),
            "cancel_url": cancel_url,
            "moved_up": moved_up,
            "confirmed": registration.status == Registration.Status.CONFIRMED,
        }
        subject = render_to_string("members_area/email/registration_subject.txt", context).strip()
        body = render_to_string("members_area/email/registration_body.txt", context)
        message = EmailMessage(
            subject=subject, body=body, from_email=settings.DEFAULT_FROM_EMAIL, to=[registration.email]
        )
        if registration.status == Registration.Status.CONFIRMED:
            calendar = calendar_response(request, event.title, [event], f"{event.slug}.ics")
            message.attach(f"{event.slug}.ics", calendar.content, "text/calendar")
    message.send(fail_silently=False)
