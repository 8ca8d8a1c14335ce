"""What good practices and projects share: where, what about, how financed, in which state and language.

Matching, facets and exports read these fields on both page types, so they are defined once here.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from home.models.base import BasePage
from knowledge.choices import Status
from knowledge.languages import LANGUAGE_CHOICES


class KnowledgeEntryPage(BasePage):
    """Abstract: a good practice or project, tagged with place, topics, financing model, status and language."""

    summary = models.TextField(_("summary"), max_length=400, help_text=_("Shown on cards, in exports and in search."))
    institution = models.CharField(_("responsible institution"), max_length=200, blank=True)
    # null=True: drafts may be saved without a country; the form still requires one.
    country = models.ForeignKey(
        "home.Country", verbose_name=_("country"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    city = models.ForeignKey(
        "home.City", verbose_name=_("city"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.RUNNING)
    financing_model = models.ForeignKey(
        "knowledge.FinancingModel",
        verbose_name=_("financing and operator model"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    original_language = models.CharField(
        _("language of the original"),
        max_length=5,
        choices=LANGUAGE_CHOICES,
        default="en",
        help_text=_("The language the documentation was first written in."),
    )

    # The listings' text query matches this one lower-case column with one LIKE, rather than each field on its own
    # (ten times faster over thousands of entries). save() keeps it; so does renaming a city (knowledge.signals).
    search_text = models.TextField(_("searchable text"), editable=False, blank=True, default="")
    search_text_fields: tuple[str, ...] = ("title", "summary", "institution")

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("institution"),
        # Place names, so that "Recife" or "Chile" finds the entries from there in the site search.
        index.RelatedFields("country", [index.SearchField("name")]),
        index.RelatedFields("city", [index.SearchField("name")]),
        index.FilterField("status"),
        index.FilterField("original_language"),
    ]

    class Meta:
        abstract = True

    def compose_search_text(self) -> str:
        """The text fields and the city's name, one per line, case-folded (a query word never spans two)."""
        parts = [str(getattr(self, name) or "") for name in self.search_text_fields]
        parts.append(self.city.name if self.city_id else "")
        return "\n".join(parts).casefold()

    def save(self, *args, **kwargs):
        self.search_text = self.compose_search_text()
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "search_text" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "search_text"]
        return super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        links = self.contacts.select_related("expert", "profile__user")
        context["contacts"] = contact_people(links, request.user, self.expert_directory())
        context["topic_names"] = [tag.topic.localized.name for tag in self.topic_tags.select_related("topic")]
        return context

    def expert_directory(self) -> Page | None:
        """The directory in this entry's language, where its expert contacts have their page."""
        # By name: the directory's module imports the entry pages.
        directory = apps.get_model("knowledge", "ExpertDirectoryPage")
        return directory.objects.live().filter(locale_id=self.locale_id).first()

    @property
    def topics(self) -> list:
        """The entry's topics, from the prefetched tags when a listing prepared them."""
        return [tag.topic for tag in self.topic_tags.all() if tag.topic_id]


class TopicTag(TranslatableMixin, Orderable):
    """Abstract tag of a page with a topic; translatable so wagtail-localize maps the topic to each locale's copy."""

    topic = models.ForeignKey("home.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = ["topic"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True


class ContactLink(Orderable):
    """Abstract link to a contact person: a member's profile or an expert entry (one of the two)."""

    expert = models.ForeignKey(
        "knowledge.Expert", verbose_name=_("expert"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    profile = models.ForeignKey(
        "members_area.MemberProfile",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = ["expert", "profile"]

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self) -> None:
        super().clean()
        if bool(self.expert_id) == bool(self.profile_id):
            raise ValidationError(_("Choose either an expert or a member, not both."))


def contact_people(links, viewer, directory: Page | None = None) -> list[dict]:
    """The people behind contact links, in the viewer's language, with the contact details their owners allow; an
    expert links to their page in `directory` when there is one."""
    people = []
    for link in links:
        if link.expert_id:
            expert = link.expert.localized
            url = ""
            if directory is not None:
                url = directory.url + directory.reverse_subpage("expert", kwargs={"expert_id": expert.pk})
            people.append(
                {
                    "name": expert.name,
                    "position": expert.position,
                    "institution": expert.institution,
                    "contact": expert.contact_for(viewer),
                    "url": url,
                }
            )
        elif link.profile_id:
            profile = link.profile
            people.append(
                {
                    "name": profile.display_name,
                    "position": "",
                    "institution": profile.institution,
                    "contact": profile.contact_for(viewer),
                    "url": reverse("members_area:profile_detail", args=[profile.pk]),
                }
            )
    return people
