"""Admin registration of the knowledge base's snippets, and the hooks lower floors call to show its collections."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

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
