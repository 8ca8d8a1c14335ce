"""The network's working formats between meetings: surveys, peer coaching, working rooms; and the digest log."""

import datetime
from types import ModuleType

from django.conf import settings
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission, FormMixin
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from home.models.base import BasePage

POST_EDIT_WINDOW = datetime.timedelta(minutes=15)


class SurveyPage(FormMixin, BasePage):
    """An informative survey for members on Wagtail's form builder: one answer per member, open between two dates."""

    page_description = _("A survey for members: one answer each, open between two dates, results for the secretariat.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = []

    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)
    thank_you_text = models.TextField(
        _("thank-you text"), blank=True, max_length=600, help_text=_("Shown after a member has sent the survey.")
    )
    opens_at = models.DateTimeField(_("opens"), null=True, blank=True, help_text=_("Empty: open from publication."))
    closes_at = models.DateTimeField(_("closes"), null=True, blank=True, help_text=_("Empty: open until unpublished."))
    results_visible_to_members = models.BooleanField(
        _("show the results to members once closed"),
        default=False,
        help_text=_("Members then see the aggregated answers (never who answered what) after the closing date."),
    )

    content_panels = BasePage.content_panels + [
        "introduction",
        MultiFieldPanel(
            [FieldRowPanel(["opens_at", "closes_at"]), "results_visible_to_members"], heading=_("Survey period")
        ),
        InlinePanel("form_fields", label=_("Questions")),
        "thank_you_text",
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("results_visible_to_members"),
    ]

    class Meta:
        verbose_name = _("survey")
        verbose_name_plural = _("surveys")

    def get_submission_class(self) -> type["SurveySubmission"]:
        return SurveySubmission

    def get_submissions(self) -> models.QuerySet:
        """Every answer to this survey, whichever language version the member answered."""
        return SurveySubmission.objects.filter(page__translation_key=self.translation_key)

    def get_submissions_list_view_class(self) -> type:
        # Wagtail's admin views cannot load before the models are ready (Wagtail's own FormMixin imports here too).
        from ..exports import SurveySubmissionsListView

        return SurveySubmissionsListView

    @property
    def state(self) -> str:
        """ "upcoming", "open" or "closed", measured now."""
        now = timezone.now()
        if self.opens_at and now < self.opens_at:
            return "upcoming"
        if self.closes_at and now >= self.closes_at:
            return "closed"
        return "open"

    def answer_of(self, user) -> "SurveySubmission | None":
        if not user.is_authenticated:
            return None
        return self.get_submissions().filter(user=user).first()

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # surveys.py serves this page with the models and forms defined here: a real cycle, resolved when serving.
        from members_area.surveys import serve_survey

        return serve_survey(self, request)


class SurveyField(TranslatableMixin, AbstractFormField):
    """One question of a survey; its key (clean name) and type stay the same in every language."""

    page = ParentalKey(SurveyPage, on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [
        SynchronizedField("clean_name"),
        SynchronizedField("field_type"),
        SynchronizedField("required"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("question")
        verbose_name_plural = _("questions")


class SurveySubmission(AbstractFormSubmission):
    """A member's answer to a survey: one per member and survey, in whichever language they answered."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE, related_name="survey_answers"
    )
    # The survey's translation key: the language versions of a survey share their answers and the one-answer rule.
    survey_key = models.UUIDField(editable=False)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("survey answer")
        verbose_name_plural = _("survey answers")
        constraints = [models.UniqueConstraint(fields=["survey_key", "user"], name="one_answer_per_member")]

    def get_data(self) -> dict:
        return {**super().get_data(), "member": self.user.get_full_name() or self.user.get_username()}


class PeerCoachingPage(BasePage):
    """The request form for peer coaching and sounding boards; requests go to the secretariat."""

    page_description = _("Members ask the network for advice on a project; the secretariat finds peers.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = []
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("peer coaching page")

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # peer_coaching.py builds its form on the models defined here: a real cycle, resolved when serving.
        from members_area.peer_coaching import serve_request_form

        return serve_request_form(self, request)


class PeerCoachingRequest(models.Model):
    """A member's request for peer advice, which the secretariat matches, schedules and closes."""

    class Format(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PLACE = "in_place", _("In place")
        EITHER = "either", _("Online or in place")

    class Status(models.TextChoices):
        NEW = "new", _("Received")
        MATCHED = "matched", _("Peers found")
        SCHEDULED = "scheduled", _("Scheduled")
        DONE = "done", _("Done")

    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("requested by"),
        on_delete=models.CASCADE,
        related_name="peer_coaching_requests",
    )
    topic = models.ForeignKey(
        "home.Topic", verbose_name=_("topic"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    project = models.CharField(_("project"), max_length=200)
    question = models.TextField(_("question"), max_length=3000)
    format = models.CharField(_("format"), max_length=10, choices=Format.choices, default=Format.ONLINE)
    languages = models.CharField(_("languages"), max_length=200, help_text=_("Languages the conversation can be in."))
    language = models.CharField(
        _("language of the request"), max_length=10, default="en", help_text=_("Emails to the member use it.")
    )
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    note = models.TextField(
        _("note to the member"),
        blank=True,
        max_length=2000,
        help_text=_("Sent with the status email, e.g. who and when."),
    )
    suggestions = models.JSONField(_("suggested peers"), default=list, blank=True)
    created_at = models.DateTimeField(_("requested"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("peer coaching request")
        verbose_name_plural = _("peer coaching requests")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.project

    def save(self, *args, **kwargs) -> None:
        super().save(*args, **kwargs)  # post_save receivers (the status email) still see the change
        self._loaded_status = self.status

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_status = instance.status
        return instance

    @property
    def status_changed(self) -> bool:
        """Whether the status differs from the one loaded from the database (a new request has not changed)."""
        return getattr(self, "_loaded_status", self.status) != self.status


class WorkingRoomPage(RoutablePageMixin, BasePage):
    """The working room of one key topic: its sessions, shared documents, knowledge and members' short posts."""

    page_description = _("A members' working room on one key topic, with short posts by members.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = []

    # null=True: a draft may be saved before the topic is chosen; publishing requires it.
    topic = models.ForeignKey(
        "home.Topic", verbose_name=_("topic"), null=True, on_delete=models.PROTECT, related_name="working_rooms"
    )
    introduction = models.TextField(_("introduction"), blank=True, max_length=1200)

    content_panels = BasePage.content_panels + [
        "topic",
        "introduction",
        InlinePanel("documents", label=_("Shared documents")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("working room")
        verbose_name_plural = _("working rooms")

    def posts(self) -> models.QuerySet:
        """The room's posts in every language version of the room, newest first."""
        return WorkingRoomPost.objects.filter(room__translation_key=self.translation_key).select_related("author")

    @path("")
    def index_route(self, request: HttpRequest) -> HttpResponse:
        return working_room_views().serve_room(self, request)

    @path("posts/<int:post_id>/edit/", name="edit_post")
    def edit_post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        return working_room_views().serve_edit_post(self, request, post_id)

    @path("posts/<int:post_id>/remove/", name="remove_post")
    def remove_post(self, request: HttpRequest, post_id: int) -> HttpResponse:
        return working_room_views().serve_remove_post(self, request, post_id)

    @path("notifications/", name="notifications")
    def notifications(self, request: HttpRequest) -> HttpResponse:
        return working_room_views().serve_notifications(self, request)


def working_room_views() -> ModuleType:
    # working_rooms.py builds its forms and emails on the models defined here: a real cycle, resolved when serving.
    from members_area import working_rooms

    return working_rooms


class WorkingRoomPageDocument(Orderable):
    """A document of the members' collection shared in a working room."""

    page = ParentalKey(WorkingRoomPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = ["document"]


class WorkingRoomPost(models.Model):
    """A member's short plain-text post in a working room; shown escaped, with its links made clickable."""

    room = models.ForeignKey(
        WorkingRoomPage, verbose_name=_("working room"), on_delete=models.CASCADE, related_name="room_posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"), on_delete=models.CASCADE, related_name="working_room_posts"
    )
    body = models.TextField(_("text"), max_length=2000)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)

    class Meta:
        verbose_name = _("working room post")
        verbose_name_plural = _("working room posts")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.body[:60]

    def editable_by(self, user, now: datetime.datetime | None = None) -> bool:
        """Only the author, and only within the edit window after posting."""
        now = now or timezone.now()
        return user.pk == self.author_id and now - self.created_at <= POST_EDIT_WINDOW


class WorkingRoomMute(models.Model):
    """A member who asked for no emails about new posts in one working room (all its language versions)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="working_room_mutes")
    room_key = models.UUIDField()

    class Meta:
        verbose_name = _("working room email opt-out")
        verbose_name_plural = _("working room email opt-outs")
        constraints = [models.UniqueConstraint(fields=["user", "room_key"], name="one_mute_per_room")]

    def __str__(self) -> str:
        return f"{self.user} / {self.room_key}"


class DigestLog(models.Model):
    """When the members' digest was last sent, so the next one covers what is new since then."""

    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        ordering = ["-sent_at"]
        get_latest_by = "sent_at"

    def __str__(self) -> str:
        return f"{self.sent_at:%Y-%m-%d %H:%M}"
