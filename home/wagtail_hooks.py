"""Admin for the public site: menus per language and the messages sent through the contact form."""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.models import ContactMessage, Menu


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
