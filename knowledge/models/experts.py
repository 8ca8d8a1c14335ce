"""Experts outside the member accounts: the same shape as the expertise part of a member's profile."""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.images import get_image_model_string
from wagtail.models import TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from home.models.base import BasePage
from knowledge.filters import ExpertFilterSet, People
from knowledge.languages import LANGUAGE_CHOICES, LanguageCodesField, split_codes

from .entries import TopicTag
from .good_practices import GoodPracticePage
from .listing import CollectionIndexMixin
from .projects import ProjectPage


class Expert(TranslatableMixin, index.Indexed, ClusterableModel):
    """A person the network can call on who has no member account; their role and bio are translatable."""

    name = models.CharField(_("name"), max_length=150)
    position = models.CharField(_("position"), max_length=200, blank=True)
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    country = models.ForeignKey(
        "home.Country", verbose_name=_("country"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    city = models.ForeignKey(
        "home.City", verbose_name=_("city"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    languages = LanguageCodesField(_("languages spoken"))
    bio = models.TextField(_("about"), max_length=2000, blank=True)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_visible = models.BooleanField(
        _("contact details visible to members"),
        default=False,
        help_text=_("Only tick this when the expert agreed that members may see their email address and phone."),
    )
    available_for_peer_coaching = models.BooleanField(_("available for peer coaching"), default=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    panels = [
        "name",
        "position",
        "institution",
        "country",
        "city",
        InlinePanel("topic_tags", heading=_("Expertise"), label=_("Topic")),
        "languages",
        "bio",
        "photo",
        MultiFieldPanel(["email", "phone", "contact_visible"], heading=_("Contact")),
        "available_for_peer_coaching",
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("position"),
        index.SearchField("institution"),
        index.SearchField("bio"),
        index.FilterField("locale"),
    ]
    override_translatable_fields = [
        SynchronizedField("name"),
        SynchronizedField("institution"),
        SynchronizedField("languages"),
        SynchronizedField("phone"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("expert")
        verbose_name_plural = _("experts")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.name

    @property
    def language_codes(self) -> list[str]:
        return split_codes(self.languages)

    def contact_for(self, viewer) -> dict[str, str] | None:
        """The contact details a member may see: only when the expert agreed (same contract as a member's profile)."""
        if not self.contact_visible:
            return None
        return {"email": self.email, "phone": self.phone}


class ExpertTopic(TopicTag):
    """A topic an expert knows about."""

    expert = ParentalKey(Expert, on_delete=models.CASCADE, related_name="topic_tags")

    class Meta(TopicTag.Meta):
        verbose_name = _("expertise topic")


class ExpertDirectoryPage(CollectionIndexMixin, RoutablePageMixin, BasePage):
    """Members' profiles and expert entries together, with facets and export; one per members area."""

    page_description = _("The directory of members and experts, with filters and export.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = []
    max_count_per_parent = 1
    collection = "experts"
    filterset_class = ExpertFilterSet

    introduction = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("expert directory page")

    def entries(self) -> People:
        return People(Expert, ExpertTopic)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        for person in context.get("items", []):
            if person["kind"] == "expert":
                person["url"] = self.url + self.reverse_subpage("expert", kwargs={"expert_id": person["pk"]})
            else:
                person["url"] = reverse("members_area:profile_detail", args=[person["pk"]])
        return context

    @path("expert/<int:expert_id>/", name="expert")
    def expert_detail(self, request: HttpRequest, expert_id: int) -> HttpResponse:
        """One expert in this page's language, with the practices and projects that name them as a contact."""
        expert = get_object_or_404(Expert, pk=expert_id)
        expert = expert.get_translation_or_none(self.locale) or expert
        group = Expert.objects.filter(translation_key=expert.translation_key).values("pk")
        practices = GoodPracticePage.objects.filter(locale=self.locale, contacts__expert__in=group).live()
        projects = ProjectPage.objects.filter(locale=self.locale, contacts__expert__in=group).live()
        context = self.get_context(request) | {
            "expert": expert,
            "contact": expert.contact_for(request.user),
            "topic_names": [tag.topic.localized.name for tag in expert.topic_tags.select_related("topic")],
            "language_names": [dict(LANGUAGE_CHOICES)[code] for code in expert.language_codes],
            "practices": list(practices.distinct().order_by("title")),
            "projects": list(projects.distinct().order_by("title")),
        }
        return TemplateResponse(request, "knowledge/expert_detail.html", context)
