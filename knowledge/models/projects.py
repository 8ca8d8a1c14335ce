"""The project database: who runs what, until when, with what money, and what they ask the network for."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from home.models.base import BasePage
from knowledge import matching
from knowledge.filters import ProjectFilterSet
from knowledge.forms import ProjectProposalForm

from .contributions import ProposalRouteMixin
from .entries import ContactLink, KnowledgeEntryPage, TopicTag
from .financing import FinancingModel
from .listing import CollectionIndexMixin


class BudgetRange(models.TextChoices):
    UNDER_100K = "lt-100k", _("under €100,000")
    UNDER_500K = "100k-500k", _("€100,000 – €500,000")
    UNDER_2M = "500k-2m", _("€500,000 – €2 million")
    UNDER_10M = "2m-10m", _("€2 – €10 million")
    OVER_10M = "gt-10m", _("over €10 million")


class MilestoneBlock(blocks.StructBlock):
    """A dated step of a project's timeline."""

    date = blocks.DateBlock(label=_("Date"))
    title = blocks.CharBlock(label=_("Milestone"), max_length=200)
    reached = blocks.BooleanBlock(label=_("Reached"), required=False)

    class Meta:
        icon = "date"
        label = _("Milestone")
        template = "blocks/milestone_block.html"
        description = _("A dated step of the timeline")
        preview_value = {"date": "2025-03-01", "title": "Pilot in two districts", "reached": True}


class ProjectIndexPage(ProposalRouteMixin, CollectionIndexMixin, RoutablePageMixin, BasePage):
    """The project database: a faceted, searchable listing with CSV and JSON export; one per members area."""

    page_description = _("The list of projects, with filters and export.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = ["knowledge.ProjectPage"]
    max_count_per_parent = 1
    collection = "projects"
    filterset_class = ProjectFilterSet
    financing_model = FinancingModel
    proposal_form_class = ProjectProposalForm

    introduction = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("project index page")

    def entries(self):
        return ProjectPage.objects.child_of(self).live()

    @property
    def tag_model(self) -> type:
        return ProjectPageTopic

    def proposal_model(self) -> type:
        return ProjectPage

    def proposal_tag_model(self) -> type:
        return ProjectPageTopic


class ProjectPage(KnowledgeEntryPage):
    """A project of a member institution: goals, timeline, budget, partners, contacts, outputs and help wanted."""

    page_description = _("A project with its goals, timeline, budget, partners and what it asks the network for.")
    search_text_fields = KnowledgeEntryPage.search_text_fields + ("help_wanted", "funding_sources")
    parent_page_types = ["knowledge.ProjectIndexPage"]
    subpage_types = []

    goals = RichTextField(_("goals"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    milestones = StreamField([("milestone", MilestoneBlock())], blank=True, verbose_name=_("milestones"))
    budget_range = models.CharField(_("budget range"), max_length=20, choices=BudgetRange.choices, blank=True)
    funding_sources = models.TextField(_("funding sources"), blank=True, max_length=1000)
    outputs = RichTextField(_("outputs"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    help_wanted = models.TextField(
        _("help wanted"),
        blank=True,
        max_length=1500,
        help_text=_("What the project asks the network for: experience, contacts, data, a peer visit."),
    )

    content_panels = BasePage.content_panels + [
        "summary",
        MultiFieldPanel(
            ["institution", FieldRowPanel(["country", "city"]), InlinePanel("topic_tags", label=_("Topic"))],
            heading=_("Who, where, what about"),
        ),
        "goals",
        MultiFieldPanel(
            [FieldRowPanel(["start_date", "end_date"]), "milestones", "status", "original_language"],
            heading=_("Timeline, status and language"),
        ),
        MultiFieldPanel(["budget_range", "financing_model", "funding_sources"], heading=_("Budget and funding")),
        InlinePanel("partners", heading=_("Partners"), label=_("Partner")),
        InlinePanel("contacts", heading=_("Contacts"), label=_("Contact")),
        "outputs",
        "help_wanted",
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
    ]
    search_fields = KnowledgeEntryPage.search_fields + [
        index.SearchField("goals"),
        index.SearchField("funding_sources"),
        index.SearchField("outputs"),
        index.SearchField("help_wanted"),
    ]
    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("contacts"),
        SynchronizedField("documents"),
        SynchronizedField("partners"),
    ]

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        # Practices link the project in any language; show their versions in this page's language.
        links = self._meta.get_field("practice_links").related_model.objects
        keys = links.filter(project__translation_key=self.translation_key).values("page__translation_key")
        practices = Page.objects.filter(translation_key__in=keys, locale=self.locale).live().order_by("title")
        context["practices"] = list(practices.specific())
        context["partners"] = list(self.partners.all())
        context["documents"] = [link.document for link in self.documents.select_related("document")]
        context["who_can_help"] = matching.who_can_help(
            matching.need_for_entry(self, request.user), self.locale, request.user
        )
        return context


class ProjectPageTopic(TopicTag):
    """A topic a project works on."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="topic_tags")

    class Meta(TopicTag.Meta):
        verbose_name = _("topic")


class ProjectPageContact(ContactLink):
    """A person to call about a project."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="contacts")


class ProjectPagePartner(Orderable):
    """A partner institution of a project (names are proper nouns and stay as written)."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="partners")
    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    url = models.URLField(_("website"), blank=True)

    panels = ["name", "role", "url"]


class ProjectPageDocument(Orderable):
    """A report, plan or output of the project (kept in the members' collection)."""

    page = ParentalKey(ProjectPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = ["document"]
