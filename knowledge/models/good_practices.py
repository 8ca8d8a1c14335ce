"""The good-practice compilation: what a city did, how, at what cost, with what result, and whom to call."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from home.models.base import BasePage
from knowledge.filters import GoodPracticeFilterSet
from knowledge.forms import GoodPracticeProposalForm

from .contributions import ProposalRouteMixin
from .entries import ContactLink, KnowledgeEntryPage, TopicTag
from .financing import FinancingModel
from .listing import CollectionIndexMixin
from .projects import ProjectPage


class FigureBlock(blocks.StructBlock):
    """One result in numbers: "38 %" and what it measures."""

    value = blocks.CharBlock(label=_("Figure"), max_length=40)
    label = blocks.CharBlock(label=_("What it measures"), max_length=200)

    class Meta:
        icon = "snippet"
        label = _("Figure")
        template = "blocks/figure_block.html"
        description = _("A result in numbers")
        preview_value = {"value": "38 %", "label": "fewer paper forms at the citizens' office"}


class GoodPracticeIndexPage(ProposalRouteMixin, CollectionIndexMixin, RoutablePageMixin, BasePage):
    """The good-practice compilation: a faceted, searchable listing with CSV and JSON export; one per members area."""

    page_description = _("The list of good practices, with filters and export.")
    parent_page_types = ["members_area.MembersAreaPage"]
    subpage_types = ["knowledge.GoodPracticePage"]
    max_count_per_parent = 1
    collection = "good_practices"
    filterset_class = GoodPracticeFilterSet
    financing_model = FinancingModel
    proposal_form_class = GoodPracticeProposalForm

    introduction = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("good practice index page")

    def entries(self):
        return GoodPracticePage.objects.child_of(self).live()

    @property
    def tag_model(self) -> type:
        return GoodPracticePageTopic

    def proposal_model(self) -> type:
        return GoodPracticePage

    def proposal_tag_model(self) -> type:
        return GoodPracticePageTopic


class GoodPracticePage(KnowledgeEntryPage):
    """A documented practice with evidence, financing, contacts and what another city needs to copy it."""

    page_description = _("A practice that worked, with evidence, costs and contacts.")
    search_text_fields = KnowledgeEntryPage.search_text_fields + ("replicability", "financing_details")
    parent_page_types = ["knowledge.GoodPracticeIndexPage"]
    subpage_types = []

    challenge = RichTextField(_("challenge"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    solution = RichTextField(_("solution"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h3"])
    results = RichTextField(_("results"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    figures = StreamField([("figure", FigureBlock())], blank=True, verbose_name=_("results in figures"))
    lessons_learned = RichTextField(_("lessons learned"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    financing_details = models.TextField(
        _("financing details"), blank=True, max_length=1000, help_text=_("Costs, funders and who operates it.")
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True, help_text=_("Leave empty while it runs."))
    replicability = models.TextField(
        _("replicability"), blank=True, max_length=1500, help_text=_("What another city needs to copy it.")
    )
    review_date = models.DateField(
        _("review date"), null=True, blank=True, help_text=_("When the secretariat should check it is still current.")
    )

    content_panels = BasePage.content_panels + [
        "summary",
        MultiFieldPanel(
            ["institution", FieldRowPanel(["country", "city"]), InlinePanel("topic_tags", label=_("Topic"))],
            heading=_("Who, where, what about"),
        ),
        "challenge",
        "solution",
        "results",
        "figures",
        "lessons_learned",
        MultiFieldPanel(["financing_model", "financing_details"], heading=_("Financing and operation")),
        MultiFieldPanel(
            [FieldRowPanel(["start_date", "end_date"]), "status", "original_language", "review_date"],
            heading=_("Period, status and language"),
        ),
        "replicability",
        InlinePanel("contacts", heading=_("Contact experts"), label=_("Contact")),
        InlinePanel("related_projects", heading=_("Related projects"), label=_("Project")),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        InlinePanel("images", heading=_("Images"), label=_("Image")),
    ]
    search_fields = KnowledgeEntryPage.search_fields + [
        index.SearchField("challenge"),
        index.SearchField("solution"),
        index.SearchField("results"),
        index.SearchField("lessons_learned"),
        index.SearchField("replicability"),
        index.SearchField("financing_details"),
    ]
    override_translatable_fields = [
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("review_date"),
        SynchronizedField("contacts"),
        SynchronizedField("related_projects"),
        SynchronizedField("documents"),
    ]

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        keys = self.related_projects.values("project__translation_key")
        projects = ProjectPage.objects.filter(translation_key__in=keys, locale=self.locale).live()
        context["projects"] = list(projects.order_by("title"))
        context["documents"] = [link.document for link in self.documents.select_related("document")]
        context["images"] = list(self.images.select_related("image"))
        return context


class GoodPracticePageTopic(TopicTag):
    """A topic a good practice is about."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="topic_tags")

    class Meta(TopicTag.Meta):
        verbose_name = _("topic")


class GoodPracticePageContact(ContactLink):
    """A person to call about a good practice."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="contacts")


class GoodPracticePageProject(Orderable):
    """A project that applies or grew out of the practice."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="related_projects")
    project = models.ForeignKey(
        "knowledge.ProjectPage", verbose_name=_("project"), on_delete=models.CASCADE, related_name="practice_links"
    )

    panels = ["project"]


class GoodPracticePageDocument(Orderable):
    """A report, plan or contract attached to the practice (kept in the members' collection)."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        get_document_model_string(), verbose_name=_("document"), on_delete=models.CASCADE, related_name="+"
    )

    panels = ["document"]


class GoodPracticePageImage(Orderable):
    """A photo or chart of the practice with its caption."""

    page = ParentalKey(GoodPracticePage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        get_image_model_string(), verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = ["image", "caption"]
