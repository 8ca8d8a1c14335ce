"""Admin and serving hooks of the members area."""

from django.contrib import messages
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.widgets import Button
from wagtail.models import Locale, Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from home.demo import DEMO_CONTENT_HOOK, DemoContent
from home.middleware import mark_private
from home.models import Country

from . import admin_views, demo, registrations
from .access import hide_members_area, in_members_area, is_member, members_only_rule, refuse
from .accounts import wagtail_hooks as accounts_hooks  # noqa: F401  (Wagtail loads only the app's own module)
from .exports import csv_safe
from .forms import LocalizedChoiceField, MemberProfileAdminForm, MemberProfileForm
from .membership import representation_gaps
from .models import (
    DeletionRequest,
    MemberProfile,
    PeerCoachingRequest,
    Registration,
    RegistrationOptions,
    SurveyPage,
    WorkingRoomPost,
)


def default_locale_countries(request: HttpRequest) -> QuerySet:
    return Country.objects.filter(locale=Locale.get_default()).order_by("name")


class LocalizedModelChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = LocalizedChoiceField  # each choice named in the editor's language


class MemberProfileFilterSet(WagtailFilterSet):
    """The profile list's filters; a country is offered once and matches profiles saved with any of its copies."""

    country = LocalizedModelChoiceFilter(label=_("country"), queryset=default_locale_countries, method="filter_country")

    class Meta:
        model = MemberProfile
        fields = ["level", "country", "available_for_peer_coaching", "contact_visible"]

    def filter_country(self, queryset: QuerySet, name: str, value: Country) -> QuerySet:
        return queryset.filter(country__translation_key=value.translation_key)


class MemberProfileViewSet(SnippetViewSet):
    model = MemberProfile
    icon = "user"
    menu_label = _("Member profiles")
    list_display = ["__str__", "country", "level", "institution", "available_for_peer_coaching"]
    filterset_class = MemberProfileFilterSet
    search_fields = ["user__username", "user__first_name", "user__last_name", "institution"]
    search_backend_name = None  # plain database lookups: profiles are not in the site's search index
    # The Secretariat edits the account link as well as everything a member edits about themselves.
    edit_handler = ObjectList(
        ["user", *MemberProfileForm.Meta.fields],
        base_form_class=MemberProfileAdminForm,
    )


class DeletionRequestViewSet(SnippetViewSet):
    model = DeletionRequest
    icon = "warning"
    menu_label = _("Deletion requests")
    list_display = ["username", "email", "requested_at", "completed_at"]
    list_filter = ["completed_at"]
    search_fields = ["username", "email"]
    search_backend_name = None
    panels = ["username", "email", "reason", "completed_at"]


class MembersViewSetGroup(SnippetViewSetGroup):
    """The secretariat's "Members" menu: member profiles and deletion requests."""

    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    items = (MemberProfileViewSet, DeletionRequestViewSet)


register_snippet(MembersViewSetGroup)


class RegistrationIndexView(SnippetIndexView):
    """The registrations list; its CSV export neutralises cells that a spreadsheet would run as formulas."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return csv_safe(value) if export_format == self.FORMAT_CSV else value


class RegistrationOptionsViewSet(SnippetViewSet):
    model = RegistrationOptions
    icon = "date"
    menu_label = _("Registration options")
    list_display = ["event", "audience", "capacity", "waiting_list", "accepting"]
    list_filter = ["accepting", "audience"]
    search_backend_name = None
    panels = ["event", "audience", "capacity", "waiting_list", "accepting"]


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "list-ul"
    menu_label = _("Registrations")
    index_view_class = RegistrationIndexView
    list_display = ["name", "email", "organisation", "options", "status", "created_at"]
    list_filter = ["options", "status"]
    list_export = ["options", "name", "email", "organisation", "status", "language", "created_at", "cancelled_at"]
    export_filename = "event-registrations"
    search_fields = ["name", "email", "organisation"]
    search_backend_name = None
    # A place freed here (status set to cancelled, or the registration deleted) goes to the waiting list: see below.
    panels = ["options", "name", "email", "organisation", "status", "language"]


class EventRegistrationViewSetGroup(SnippetViewSetGroup):
    """The Secretariat's "Event registrations" menu: which events take registrations, and who registered."""

    menu_label = _("Event registrations")
    menu_icon = "date"
    menu_order = 260
    items = (RegistrationViewSet, RegistrationOptionsViewSet)


register_snippet(EventRegistrationViewSetGroup)


@hooks.register("after_edit_snippet")
def registration_edited(request: HttpRequest, instance) -> None:
    """The Secretariat cancelled a registration or added places in the admin: move the waiting list up."""
    if isinstance(instance, RegistrationOptions):
        registrations.fill_free_places(request, instance.pk)
    if not isinstance(instance, Registration):
        return
    if instance.status == Registration.Status.CANCELLED and instance.cancelled_at is None:
        instance.cancelled_at = timezone.now()
        instance.save(update_fields=["cancelled_at"])
    registrations.fill_free_places(request, instance.options_id)


@hooks.register("after_delete_snippet")
def registrations_deleted(request: HttpRequest, instances: list) -> None:
    """Deleted registrations free their places for the waiting list, event by event."""
    for options_id in sorted({item.options_id for item in instances if isinstance(item, Registration)}):
        registrations.fill_free_places(request, options_id)


class RepresentationGapsPanel(Component):
    """Dashboard panel: countries below the minimum of national or municipal representatives."""

    name = "representation_gaps"
    order = 150
    template_name = "members_area/admin/representation_gaps_panel.html"

    def get_context_data(self, parent_context: dict | None = None) -> dict:
        return {"gaps": representation_gaps()}


@hooks.register("construct_homepage_panels")
def add_representation_gaps_panel(request: HttpRequest, panels: list) -> None:
    if request.user.has_perm("members_area.change_memberprofile"):
        panels.append(RepresentationGapsPanel())


# Second layer: whatever the restrictions say, pages in a members area are for members only. Runs before Wagtail's
# own restriction check (order=-10) so a signed-in non-member gets a 403 page rather than a login form.
def _in_members_area(page: Page, request: HttpRequest) -> bool:
    """in_members_area, asked once per request (both serve hooks need it)."""
    cache = request.__dict__.setdefault("_iscn_in_members_area", {})
    if page.pk not in cache:
        cache[page.pk] = in_members_area(page)
    return cache[page.pk]


@hooks.register("event_registration")
def offer_event_registration(page, request: HttpRequest) -> dict | None:
    """The registration box of an event page, when the Secretariat opened registration for the event."""
    options = registrations.options_for(page)
    return registrations.offer(page, options) if options else None


# The second layer for listings, search, feeds, sitemap and menus: home.visibility asks these.
hooks.register("can_view_page", members_only_rule)
hooks.register("filter_visible_pages", hide_members_area)


@hooks.register("before_serve_page", order=-10)
def refuse_non_members(page: Page, request: HttpRequest, serve_args, serve_kwargs) -> HttpResponse | None:
    if not _in_members_area(page, request):
        return None
    mark_private(request)  # whatever the restrictions say, no shared cache keeps a members-area answer
    return None if is_member(request.user) else refuse(request)


@hooks.register("before_copy_page")
def keep_members_content_in_members_area(request: HttpRequest, page: Page) -> HttpResponse | None:
    """No copy or alias of a members page outside the members area: it would publish the members' text."""
    if request.method != "POST" or not in_members_area(page):
        return None
    destination = Page.objects.filter(pk=request.POST.get("new_parent_page") or 0).first()
    if destination is None or in_members_area(destination):
        return None
    messages.error(
        request,
        _("Pages of the members area can only be copied or aliased inside the members area: %(page)s is public.")
        % {"page": destination.get_admin_display_title()},
    )
    return redirect("wagtailadmin_pages:copy", page.pk)


@hooks.register(DEMO_CONTENT_HOOK, order=100)
def demo_content() -> DemoContent:
    """The members area in every language, and the demo accounts admin, editor and member."""
    return DemoContent(create_content=demo.create_demo_content, create_users=demo.create_demo_users)


class PeerCoachingRequestViewSet(SnippetViewSet):
    """The secretariat's list of peer-coaching requests; changing the status emails the member."""

    model = PeerCoachingRequest
    icon = "help"
    menu_label = _("Peer coaching")
    list_display = ["project", "requester", "topic", "format", "status", "created_at"]
    list_filter = ["status", "format"]
    search_fields = ["project", "question", "requester__username", "requester__last_name"]
    search_backend_name = None
    panels = [
        MultiFieldPanel(
            ["requester", "topic", "project", "question", "format", "languages", "language"],
            heading=_("Request"),
        ),
        FieldPanel("suggestions", read_only=True),
        MultiFieldPanel(["status", "note"], heading=_("Secretariat")),
    ]


class WorkingRoomPostViewSet(SnippetViewSet):
    """Members' posts in the working rooms; the secretariat removes what does not belong."""

    model = WorkingRoomPost
    icon = "comment"
    menu_label = _("Working room posts")
    list_display = ["__str__", "author", "room", "created_at"]
    list_filter = ["room"]
    search_fields = ["body"]
    search_backend_name = None
    panels = ["body"]


class FormatsViewSetGroup(SnippetViewSetGroup):
    """The secretariat's "Working formats" menu: peer coaching and the working rooms' posts."""

    menu_label = _("Working formats")
    menu_icon = "group"
    menu_order = 260
    items = (PeerCoachingRequestViewSet, WorkingRoomPostViewSet)


register_snippet(FormatsViewSetGroup)


@hooks.register("register_admin_urls")
def register_survey_results_urls() -> list:
    return [
        path("surveys/<int:page_id>/results/", admin_views.survey_results_view, name="members_area_survey_results"),
        path(
            "surveys/<int:page_id>/results.csv",
            admin_views.survey_results_export,
            name="members_area_survey_results_csv",
        ),
    ]


def _survey_results_buttons(page: Page, user, priority: int) -> list:
    if page.specific_class is not SurveyPage or not user.has_perm(admin_views.RESULTS_PERMISSION):
        return []
    url = reverse("members_area_survey_results", args=[page.pk])
    return [Button(_("Survey results"), url=url, icon_name="form", priority=priority)]


@hooks.register("register_page_listing_more_buttons")
def survey_results_listing_button(page: Page, user, next_url=None) -> list:
    return _survey_results_buttons(page, user, priority=45)


@hooks.register("register_page_header_buttons")
def survey_results_header_button(page: Page, user, view_name: str, next_url=None) -> list:
    return _survey_results_buttons(page, user, priority=62)
