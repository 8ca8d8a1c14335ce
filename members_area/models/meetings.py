"""The meeting archive of the members area: every network meeting, side event, workshop, webinar and sounding board,
documented with its agenda, participants, outcomes, follow-up tasks, documents and photos."""

import datetime

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from home.blocks import StoryBlock
from home.models.base import BasePage
from home.visibility import visible_pages
from members_area.filters import MeetingFilter


class MeetingFormat(models.TextChoices):
    NETWORK_MEETING = "network_meeting", _("Network meeting")
    SIDE_EVENT = "side_event", _("Side event")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")
    SOUNDING_BOARD = "sounding_board", _("Sounding board")


class AgendaItemBlock(blocks.StructBlock):
    """One line of a meeting's programme: when, what, and who leads it."""

    time = blocks.TimeBlock(label=_("Time"))
    item = blocks.CharBlock(label=_("Programme item"), max_length=200)
    actors = blocks.ListBlock(
        blocks.CharBlock(max_length=200), label=_("Actors"), min_num=0, help_text=_("One person or group per line.")
    )

    class Meta:
        icon = "time"
        template = "blocks/agenda_item_block.html"
        label = _("Agenda item")
        description = _("A time, a programme item and the people who lead it.")
        preview_value = {
            "time": datetime.time(10, 15),
            "item": "Presentation of the ISCN",
            "actors": ["Federal Ministry of the Interior, Building and Community"],
        }


class MeetingArchivePage(BasePage):
    """Every meeting of the network by year, filtered by format and country; private by the members root."""

    page_description = _("The archive of the network's meetings, for members.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = ["members_area.MeetingPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("meeting archive")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        meetings = (
            visible_pages(request.user, MeetingPage.objects.child_of(self))
            .defer_streamfields()
            .select_related("city", "host_country")
            .order_by("-start_date", "-pk")
        )
        meeting_filter = MeetingFilter(request.GET or None, queryset=meetings, locale=self.locale)
        items = Paginator(meeting_filter.qs, 24).get_page(request.GET.get("page"))
        years: dict[int, list] = {}
        for meeting in items:
            years.setdefault(meeting.start_date.year, []).append(meeting)
        query = request.GET.copy()
        query.pop("page", None)
        context.update(
            filter=meeting_filter,
            items=items,
            years=sorted(years.items(), reverse=True),
            filter_query=query.urlencode(),
        )
        return context


class MeetingPage(BasePage):
    """One meeting, documented for the members: when and where, who took part, the agenda, what came out of it."""

    page_description = _("The documentation of one meeting: agenda, participants, outcomes and follow-up tasks.")
    parent_page_types = ["members_area.MeetingArchivePage"]
    subpage_types = []

    format = models.CharField(_("format"), max_length=20, choices=MeetingFormat.choices, default="network_meeting")
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for the archive."))
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), help_text=_("The same as the start date for a one-day meeting."))
    # null=True: drafts may be saved before the place is known; online meetings have none.
    city = models.ForeignKey(
        "home.City", verbose_name=_("city"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    host_country = models.ForeignKey(
        "home.Country",
        verbose_name=_("host country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    venue = models.CharField(_("venue or occasion"), max_length=200, blank=True)
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=["bold", "italic", "link", "ul", "ol", "h3"],
        help_text=_("What was agreed."),
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("report"))

    content_panels = BasePage.content_panels + [
        "format",
        "summary",
        MultiFieldPanel(
            [FieldRowPanel(["start_date", "end_date"]), "city", "host_country", "venue"], heading=_("When and where")
        ),
        InlinePanel("participants", heading=_("Participants"), label=_("Participant")),
        "agenda",
        "outcomes",
        InlinePanel("agreed_topics", heading=_("Agreed topics"), label=_("Topic")),
        InlinePanel("tasks", heading=_("Follow-up tasks"), label=_("Task")),
        InlinePanel("documents", heading=_("Minutes and slides"), label=_("Document")),
        InlinePanel("photos", heading=_("Photos"), label=_("Photo")),
        "body",
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("agenda"),
        index.SearchField("outcomes"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("format"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
    ]

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")

    def clean(self) -> None:
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The meeting cannot end before it starts.")})

    @property
    def summary_text(self) -> str:
        return self.listing_summary or self.summary

    # Named as EventPage's, so that home's calendar_response writes a meeting into members' calendars too.
    @property
    def start(self) -> datetime.date:
        return self.start_date

    @property
    def end(self) -> datetime.date:
        return self.end_date + datetime.timedelta(days=1)  # an all-day entry's DTEND is exclusive

    @property
    def location(self) -> str:
        return ", ".join(part for part in (self.venue, self.city.name if self.city else "") if part)

    @property
    def online(self) -> bool:
        return self.format == MeetingFormat.WEBINAR and self.city_id is None

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        participants = list(self.participants.select_related("country", "profile__user"))
        countries = {p.country.pk: p.country for p in participants if p.country}
        tasks = list(self.tasks.select_related("owner_profile__user"))
        context.update(
            participants=participants,
            participant_countries=sorted(countries.values(), key=lambda c: c.name),
            agreed_topics=[t.topic for t in self.agreed_topics.select_related("topic") if t.topic],
            tasks=tasks,
            open_tasks=sum(1 for t in tasks if t.state != MeetingPageTask.State.DONE),
            documents=list(self.documents.select_related("document")),
            photos=[(photo, photo_url(photo.image)) for photo in self.photos.select_related("image__collection")],
        )
        return context


def photo_url(image) -> str:
    """The rendition's URL: for an image of a restricted collection, the permission-checked private-media view."""
    return image.get_rendition("fill-480x270").url


class MeetingPageParticipant(TranslatableMixin, Orderable):
    """A country, institution or member that took part; a member profile links to it for other members."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="participants")
    country = models.ForeignKey("home.Country", verbose_name=_("country"), on_delete=models.PROTECT, related_name="+")
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    name = models.CharField(
        _("name"), max_length=120, blank=True, help_text=_("A person without a member profile, if they agreed.")
    )
    profile = models.ForeignKey(
        "members_area.MemberProfile",
        verbose_name=_("member profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_participations",
    )

    panels = [FieldRowPanel(["country", "institution"]), FieldRowPanel(["name", "profile"])]
    override_translatable_fields = [SynchronizedField("name")]  # a person's name is the same in every language

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return str(self.profile) if self.profile_id else self.name


class MeetingPageTopic(TranslatableMixin, Orderable):
    """A key topic the meeting agreed to work on (translatable, so each language links its own topic)."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="agreed_topics")
    topic = models.ForeignKey("home.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = ["topic"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("agreed topic")
        verbose_name_plural = _("agreed topics")


class MeetingPageTask(TranslatableMixin, Orderable):
    """A follow-up task agreed at the meeting: who does it, by when, and how far it is."""

    class State(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="tasks")
    task = models.CharField(_("task"), max_length=300)
    owner = models.CharField(
        _("owner"), max_length=200, help_text=_("Who takes care of it: the Secretariat, a partner, all partners.")
    )
    owner_profile = models.ForeignKey(
        "members_area.MemberProfile",
        verbose_name=_("owner's member profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="meeting_tasks",
    )
    due_date = models.DateField(_("due date"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=20, choices=State.choices, default=State.OPEN)

    panels = ["task", FieldRowPanel(["owner", "owner_profile"]), FieldRowPanel(["due_date", "state"])]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("follow-up task")
        verbose_name_plural = _("follow-up tasks")

    def __str__(self) -> str:
        return self.task

    @property
    def overdue(self) -> bool:
        return self.state != self.State.DONE and self.due_date is not None and self.due_date < datetime.date.today()


class MeetingPageDocument(TranslatableMixin, Orderable):
    """Minutes, slides or another file of the meeting, from the members' documents (served permission-checked)."""

    class Kind(models.TextChoices):
        MINUTES = "minutes", _("Minutes")
        SLIDES = "slides", _("Slides")
        OTHER = "other", _("Other document")

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MINUTES)
    label = models.CharField(_("label"), max_length=200, blank=True, help_text=_("The document's title when empty."))

    panels = [FieldRowPanel(["document", "kind"]), "label"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("meeting document")
        verbose_name_plural = _("meeting documents")

    @property
    def title(self) -> str:
        return self.label or self.document.title


class MeetingPagePhoto(TranslatableMixin, Orderable):
    """A photo of the meeting, from the members' images (stored and served privately when their collection is)."""

    page = ParentalKey(MeetingPage, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("home.CustomImage", verbose_name=_("image"), on_delete=models.CASCADE, related_name="+")
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = ["image", "caption"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")
