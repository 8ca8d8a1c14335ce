"""Admin registration of the knowledge base's snippets, and the hooks lower floors call to show its collections."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.demo import DEMO_CONTENT_HOOK, DemoContent

from . import demo, topics
from .models import Expert, FinancingModel


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = _("Experts")
    list_display = ["name", "institution", "country", "available_for_peer_coaching", "locale"]
    list_filter = ["country", "available_for_peer_coaching", "contact_visible", "locale"]
    search_fields = ["name", "institution", "position"]
    search_backend_name = None


class FinancingModelViewSet(SnippetViewSet):
    model = FinancingModel
    icon = "table"
    menu_label = _("Financing models")
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    search_backend_name = None


class KnowledgeViewSetGroup(SnippetViewSetGroup):
    """The secretariat's "Knowledge base" menu: experts and financing models."""

    menu_label = _("Knowledge base")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = [ExpertViewSet, FinancingModelViewSet]


register_snippet(KnowledgeViewSetGroup)


@hooks.register("latest_topic_knowledge")
def latest_topic_knowledge(topic, locale, user) -> list[tuple[str, str, str]]:
    """Practices and projects on a topic for topic pages and working rooms, filtered through home.visibility."""
    return topics.latest_on_topic(topic, locale, user)


@hooks.register("search_types")
def search_types() -> list[tuple[str, str, str]]:
    """The collections as facets of the site search; only members have hits of them (home.visibility decides)."""
    return [
        ("practice", "knowledge.GoodPracticePage", _("Good practices")),
        ("project", "knowledge.ProjectPage", _("Projects")),
    ]


@hooks.register("search_topic_pages")
def search_topic_pages(slug: str) -> list:
    """Translation keys of the practices and projects tagged with a topic, for the search's topic facet."""
    return topics.tagged_keys(slug)


@hooks.register(DEMO_CONTENT_HOOK, order=200)
def demo_content() -> DemoContent:
    """The three collections with sample practices, projects and experts (after the members area)."""
    return DemoContent(create_content=demo.create_demo_content)
