"""Events: network meetings, webinars, technical events and calls, with .ics files and a calendar of upcoming events."""

import datetime
import zoneinfo

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

import icalendar
from wagtail_localize.fields import SynchronizedField

from home.blocks import StoryBlock
from home.visibility import visible_pages

from .base import BasePage
from .listing import localized_topics, page_topic_slugs, tagged_with

TIME_ZONES = [
    "UTC",
    "Europe/Berlin",
    "America/Sao_Paulo",
    "America/Fortaleza",
    "America/Santiago",
    "America/Mexico_City",
    "America/Lima",
    "Asia/Kolkata",
]

# The city each time zone is named after, as readers of each language write it.
TIME_ZONE_CITIES = {
    "Europe/Berlin": _("Berlin"),
    "America/Sao_Paulo": _("São Paulo"),
    "America/Fortaleza": _("Fortaleza"),
    "America/Santiago": _("Santiago de Chile"),
    "America/Mexico_City": _("Mexico City"),
    "America/Lima": _("Lima"),
    "Asia/Kolkata": _("Kolkata"),
}


def today() -> datetime.date:
    """Upcoming and past are measured by the day an event ends, so a meeting stays upcoming while it runs."""
    return timezone.localdate()


class EventIndexPage(BasePage):
    """Upcoming events first, past events in an archive; the calendar of upcoming events is served as calendar.ics."""

    page_description = _("The list of events, with a calendar to subscribe to.")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.EventPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("event index page")

    def events(self, user):
        pages = visible_pages(user, EventPage.objects.child_of(self)).defer_streamfields()
        return pages.select_related("host_country", "locale", "alias_of__locale")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        events = self.events(request.user)
        topics = list(localized_topics(self.locale))
        topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        if topic:
            events = tagged_with(events, EventPage, topics__topic__slug=topic.slug)
        archive = request.GET.get("archive") == "1"
        if archive:
            events = events.filter(end_date__lt=today()).order_by("-start_date", "-pk")
        else:
            events = events.filter(end_date__gte=today()).order_by("start_date", "pk")
        query = [("archive", "1")] if archive else []
        if topic:
            query.append(("topic", topic.slug))
        context.update(
            items=Paginator(events, 12).get_page(request.GET.get("page")),
            archive=archive,
            topics=topics,
            active_topic=topic,
            filter_query="&".join(f"{key}={value}" for key, value in query),
            calendar_url=self.url + "calendar.ics",
        )
        return context

    def ics_response(self, request: HttpRequest) -> HttpResponse:
        """Every upcoming public event of this language; the calendar is public, so built as an anonymous visitor."""
        events = self.events(AnonymousUser()).filter(end_date__gte=today()).order_by("start_date", "pk")
        return calendar_response(request, self.title, list(events), "iscn-events.ics")


class EventPage(BasePage):
    """One event, with its times in the event's own time zone, where it happens and how to register."""

    page_description = _("A network meeting, webinar, technical event or call for participation.")
    parent_page_types = ["home.EventIndexPage"]
    subpage_types = []

    class Kind(models.TextChoices):
        NETWORK_MEETING = "network_meeting", _("Network meeting")
        WEBINAR = "webinar", _("Webinar")
        TECHNICAL_EVENT = "technical_event", _("Technical event")
        CALL = "call", _("Call for participation")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.NETWORK_MEETING)
    summary = models.TextField(
        _("summary"), max_length=400, help_text=_("One or two sentences for lists and calendars.")
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(_("start time"), null=True, blank=True, help_text=_("Empty for an all-day event."))
    end_date = models.DateField(_("end date"), help_text=_("The same as the start date for a one-day event."))
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=[(tz, tz) for tz in TIME_ZONES],
        default="Europe/Berlin",
        help_text=_("Enter the times as they are on the clock where the event takes place."),
    )
    online = models.BooleanField(_("online"), default=False)
    location = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("Venue and city; leave empty for an online event.")
    )
    host_country = models.ForeignKey(
        "home.Country",
        verbose_name=_("host country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    registration_deadline = models.DateField(_("registration deadline"), null=True, blank=True)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        "kind",
        "summary",
        MultiFieldPanel(
            [
                FieldRowPanel(["start_date", "start_time"]),
                FieldRowPanel(["end_date", "end_time"]),
                "time_zone",
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(["online", "location", "host_country"], heading=_("Where")),
        MultiFieldPanel(["registration_url", "registration_deadline"], heading=_("Registration")),
        InlinePanel("topics", heading=_("Topics"), label=_("Topic")),
        "body",
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("location"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.RelatedFields("topics", [index.RelatedFields("topic", [index.SearchField("name")])]),
    ]
    # When, where and how to register are the same event in every language.
    override_translatable_fields = (
        BasePage.override_translatable_fields
        + [
            SynchronizedField(name, overridable=False)
            for name in ("start_date", "start_time", "end_date", "end_time", "time_zone", "registration_url")
        ]
        + [SynchronizedField("registration_deadline", overridable=False)]
    )

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The event cannot end before it starts.")})
        if not self.online and not self.location:
            raise ValidationError({"location": _("Enter a place, or mark the event as online.")})

    @property
    def summary_text(self) -> str:
        return self.listing_summary or self.summary

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone or "UTC")

    @property
    def time_zone_label(self) -> str:
        """The time zone as people read it: the UTC offset on the day and its city, e.g. "UTC+02:00 (Berlin)"."""
        moment = datetime.datetime.combine(self.start_date, self.start_time or datetime.time(12), tzinfo=self.tz)
        total = int(moment.utcoffset().total_seconds() // 60)
        hours, minutes = divmod(abs(total), 60)
        offset = f"UTC{'+' if total >= 0 else '−'}{hours:02d}:{minutes:02d}"
        city = TIME_ZONE_CITIES.get(self.time_zone)
        return f"{offset} ({city})" if city else "UTC"

    @property
    def all_day(self) -> bool:
        return self.start_time is None

    @property
    def start(self) -> datetime.datetime | datetime.date:
        if self.all_day:
            return self.start_date
        return datetime.datetime.combine(self.start_date, self.start_time, tzinfo=self.tz)

    @property
    def end(self) -> datetime.datetime | datetime.date:
        if self.all_day or self.end_time is None:
            # iCalendar's DTEND of an all-day event is exclusive: the day after the last day.
            return (
                self.end_date + datetime.timedelta(days=1) if self.all_day else self.start + datetime.timedelta(hours=2)
            )
        return datetime.datetime.combine(self.end_date, self.end_time, tzinfo=self.tz)

    @property
    def is_past(self) -> bool:
        return self.end_date < today()

    @property
    def registration_open(self) -> bool:
        if self.is_past:
            return False
        return self.registration_deadline is None or self.registration_deadline >= today()

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["page_topics"] = list(localized_topics(self.locale, page_topic_slugs(self)))
        context["ics_url"] = self.url + "calendar.ics"
        # The app that keeps registration lists offers its form through the hook `event_registration(page, request)`.
        for offer in hooks.get_hooks("event_registration"):
            context["registration"] = offer(self, request) or context.get("registration")
        return context

    def ics_response(self, request: HttpRequest) -> HttpResponse:
        return calendar_response(request, self.title, [self], f"{self.slug}.ics")


def calendar_response(request: HttpRequest, name: str, events: list[EventPage], filename: str) -> HttpResponse:
    """An .ics of `events`: EventPages, or pages with the same calendar attributes (title, summary, start, end,
    location, online)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//International Smart Cities Network//iscn//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = timezone.now()
    for event in events:
        entry = icalendar.Event()
        entry.add("uid", f"{event.translation_key}-{event.locale.language_code}@iscn")
        entry.add("dtstamp", stamp)
        entry.add("summary", event.title)
        entry.add("description", event.summary)
        entry.add("dtstart", event.start)
        entry.add("dtend", event.end)
        entry.add("location", event.location if not event.online else str(_("Online")))
        entry.add("url", event.get_full_url(request))
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class EventPageTopic(TranslatableMixin, Orderable):
    """A topic an event is tagged with; a translation of the event links the topic of its own language."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey(
        "home.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="event_tags"
    )

    panels = ["topic"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("event topic")
        verbose_name_plural = _("event topics")
