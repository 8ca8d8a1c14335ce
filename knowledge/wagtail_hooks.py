"""The shared vocabulary in the admin: topics, countries and cities under one "Taxonomy" menu."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from knowledge.models import City, Country, Topic


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "sort_order"]
    search_fields = ["name", "description"]
    ordering = ["sort_order", "name"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso_code"]
    search_fields = ["name", "iso_code"]


class CityViewSet(SnippetViewSet):
    model = City
    icon = "home"
    list_display = ["name", "country", "state"]
    list_filter = ["country"]
    search_fields = ["name", "state"]


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    items = (TopicViewSet, CountryViewSet, CityViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomy")
    menu_name = "taxonomy"


register_snippet(TaxonomyViewSetGroup)
