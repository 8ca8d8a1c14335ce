"""Registrations for the network's events (capacity, waiting list) and members' private calendar feeds."""

import secrets
import uuid

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils.translation import gettext_lazy as _

CANCEL_SALT = "iscn.event-registration.cancel"


class RegistrationOptions(models.Model):
    """How an event takes registrations; shared by all translations of the event page."""

    class Audience(models.TextChoices):
        BY_KIND = "by_kind", _("As the event's kind says (network meetings: members only; others: anyone)")
        ANYONE = "anyone", _("Anyone")
        MEMBERS = "members", _("Members only")

    event = models.OneToOneField(
        "home.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registration_options",
        help_text=_("Any language version of the event: registrations are shared by all of them."),
    )
    audience = models.CharField(_("who may register"), max_length=20, choices=Audience.choices, default="by_kind")
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for an event without a limit.")
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_("When the event is full, later registrations wait and move up when someone cancels."),
    )
    accepting = models.BooleanField(
        _("accepting registrations"), default=True, help_text=_("Closes registration before the deadline when off.")
    )

    class Meta:
        verbose_name = _("registration options")
        verbose_name_plural = _("registration options")

    def __str__(self) -> str:
        return self.event.title

    @property
    def members_only(self) -> bool:
        if self.audience == self.Audience.BY_KIND:
            return self.event.kind == "network_meeting"
        return self.audience == self.Audience.MEMBERS

    def confirmed_count(self) -> int:
        return self.registrations.filter(status=Registration.Status.CONFIRMED).count()

    def places_left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed_count(), 0)


class Registration(models.Model):
    """One person registered for an event: confirmed, waiting for a place, or cancelled. Never shown publicly."""

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")

    options = models.ForeignKey(
        RegistrationOptions, verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    language = models.CharField(_("language"), max_length=10, help_text=_("Emails to the registrant use it."))
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED)
    reference = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"

    @property
    def event_title(self) -> str:
        return self.options.event.title

    @property
    def cancel_token(self) -> str:
        """The signed reference in the registrant's cancellation link (works without an account)."""
        return signing.Signer(salt=CANCEL_SALT).sign(str(self.reference))

    @classmethod
    def from_cancel_token(cls, token: str) -> "Registration | None":
        try:
            reference = signing.Signer(salt=CANCEL_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return cls.objects.select_related("options__event").filter(reference=reference).first()


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(models.Model):
    """A member's secret calendar address: calendar clients cannot sign in, so the token stands for the account."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.CASCADE, related_name="calendar_feed"
    )
    token = models.CharField(_("token"), max_length=64, unique=True, default=new_feed_token, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now=True)

    class Meta:
        verbose_name = _("private calendar feed")
        verbose_name_plural = _("private calendar feeds")

    def __str__(self) -> str:
        return str(self.user)
