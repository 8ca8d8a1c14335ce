"""Admin of the ground floor: the shared vocabulary (topics, countries, cities) under one "Taxonomy" menu, menus per
language and the messages sent through the contact form.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home import demo
from home.models import City, ContactMessage, Country, Menu, Topic


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


class MenuViewSet(SnippetViewSet):
    model = Menu
    icon = "list-ul"
    menu_label = _("Menus")
    add_to_admin_menu = True
    menu_order = 250
    list_display = ["__str__", "locale"]


class ContactMessageViewSet(SnippetViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["subject", "name", "email", "language", "created_at"]
    list_filter = ["language"]
    search_fields = ["subject", "name", "email", "message"]
    ordering = ["-created_at"]


register_snippet(MenuViewSet)
register_snippet(ContactMessageViewSet)
register_snippet(TaxonomyViewSetGroup)


@hooks.register(demo.DEMO_CONTENT_HOOK, order=0)
def demo_content() -> demo.DemoContent:
    """The site frame (locales, home, About pages) and the public outreach site: everything else builds on it."""
    return demo.DemoContent(create_content=demo.create_demo_content)
