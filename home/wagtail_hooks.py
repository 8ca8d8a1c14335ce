"""Admin of the ground floor: the shared vocabulary (topics, countries, cities) under one "Taxonomy" menu, menus per
language and the messages sent through the contact form.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.models import Locale
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from home import demo
from home.admin_views import TranslationStatusView
from home.models import City, ContactMessage, Country, EventPage, Menu, Topic
from home.translation_buttons import translation_editor_buttons
from home.translation_status import MISSING, OUTDATED, TRANSLATED, status_counts, target_locales


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


class ContactMessageEditView(EditView):
    """Opening a message marks it read, so the dashboard counts only the messages nobody has opened."""

    def get(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        self.object.mark_read()
        return super().get(request, *args, **kwargs)


class ContactMessageViewSet(SnippetViewSet):
    model = ContactMessage
    icon = "mail"
    menu_label = _("Contact messages")
    add_to_admin_menu = True
    menu_order = 260
    edit_view_class = ContactMessageEditView
    list_display = ["subject", "name", "email", "language", "created_at", BooleanColumn("is_read", label=_("Read"))]
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


@hooks.register("register_admin_urls")
def register_translation_status_urls() -> list:
    return [
        path("reports/translation-status/", TranslationStatusView.as_view(), name="home_translation_status"),
        path(
            "reports/translation-status/results/",
            TranslationStatusView.as_view(results_only=True),
            name="home_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_status_menu_item() -> AdminOnlyMenuItem:
    return AdminOnlyMenuItem(_("Translation status"), reverse("home_translation_status"), icon_name="globe", order=1200)


class EditorsDashboardPanel(Component):
    """Dashboard panel: translations per language, contact messages nobody has opened, the next events."""

    name = "editors_overview"
    order = 90
    template_name = "home/admin/editors_dashboard_panel.html"

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        counts = status_counts()
        languages = [
            {
                "name": locale.get_display_name(),
                "code": locale.language_code,
                "translated": counts.get(locale.language_code, {}).get(TRANSLATED, 0),
                "outdated": counts.get(locale.language_code, {}).get(OUTDATED, 0),
                "missing": counts.get(locale.language_code, {}).get(MISSING, 0),
            }
            for locale in target_locales()
        ]
        events = (
            EventPage.objects.live()
            .filter(locale=Locale.get_default(), end_date__gte=timezone.localdate())
            .order_by("start_date", "pk")[:5]
        )
        user = parent_context["request"].user if parent_context else None
        can_read_messages = user is not None and user.has_perm("home.change_contactmessage")
        return {
            "languages": languages,
            "report_url": reverse("home_translation_status"),
            "can_read_messages": can_read_messages,
            "unread_messages": ContactMessage.objects.filter(read_at=None).count() if can_read_messages else 0,
            "messages_url": reverse(ContactMessage.snippet_viewset.get_url_name("list")),
            "events": list(events),
        }


@hooks.register("construct_homepage_panels")
def add_editors_dashboard_panel(request: HttpRequest, panels: list) -> None:
    panels.append(EditorsDashboardPanel())


@hooks.register("register_page_header_buttons")
def translation_editor_header_buttons(page, user, view_name: str, next_url=None) -> list:
    return translation_editor_buttons(page, user, priority=61)


@hooks.register("register_page_listing_more_buttons")
def translation_editor_listing_buttons(page, user, next_url=None) -> list:
    return translation_editor_buttons(page, user, priority=61)
