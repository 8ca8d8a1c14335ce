"""Admin and serving hooks of the members area."""

from django.http import HttpRequest, HttpResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.visibility import can_view, is_private_document

from . import admin_views
from .access import hide_members_area, in_members_area, is_member, members_only_rule, refuse
from .membership import representation_gaps
from .models import DeletionRequest, MemberProfile
from .security import redirect_to_mfa_setup, second_factor_missing

# --- Members area: profiles, privacy layer, dashboard panel (issue 4, members half) ---


class MemberProfileViewSet(SnippetViewSet):
    model = MemberProfile
    icon = "user"
    menu_label = _("Member profiles")
    list_display = ["__str__", "country", "level", "institution", "available_for_peer_coaching"]
    list_filter = ["level", "country", "available_for_peer_coaching", "contact_visible"]
    search_fields = ["user__username", "user__first_name", "user__last_name", "institution"]
    search_backend_name = None  # plain database lookups: profiles are not in the site's search index
    panels = [
        "user",
        "country",
        "city",
        "level",
        "institution",
        "expertise",
        "languages",
        "bio",
        "photo",
        "contact_email",
        "phone",
        "contact_visible",
        "available_for_peer_coaching",
    ]


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
    """The secretariat's "Members" menu; the accounts half (invitations, deactivation) may add its viewsets here."""

    menu_label = _("Members")
    menu_icon = "group"
    menu_order = 250
    items = (MemberProfileViewSet, DeletionRequestViewSet)


register_snippet(MembersViewSetGroup)


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


# The second layer for listings, search, feeds, sitemap and menus: home.visibility asks these.
hooks.register("can_view_page", members_only_rule)
hooks.register("filter_visible_pages", hide_members_area)


@hooks.register("before_serve_page", order=-10)
def refuse_non_members(page: Page, request: HttpRequest, serve_args, serve_kwargs) -> HttpResponse | None:
    if _in_members_area(page, request) and not is_member(request.user):
        return refuse(request)
    return None


@hooks.register("on_serve_page")
def keep_members_pages_out_of_shared_caches(next_serve_page):
    def inner(page: Page, request: HttpRequest, serve_args, serve_kwargs) -> HttpResponse:
        response = next_serve_page(page, request, serve_args, serve_kwargs)
        if _in_members_area(page, request):
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        return response

    return inner


# --- end of the members-area block ---


# --- Accounts and security (issue 4): invitations, deactivation, login locks ---------------------------------------


class AccountManagerMenuItem(MenuItem):
    """Shown to those who manage accounts (members_area.change_user: the Secretariat and superusers)."""

    def is_shown(self, request) -> bool:
        return admin_views.can_manage_accounts(request.user)


@hooks.register("register_admin_urls")
def register_account_urls() -> list:
    return [
        path("accounts/", admin_views.AccountIndexView.as_view(), name="iscn_accounts_index"),
        path("accounts/invite/", admin_views.InviteView.as_view(), name="iscn_accounts_invite"),
        path("accounts/<int:pk>/deactivate/", admin_views.deactivate, name="iscn_accounts_deactivate"),
        path("accounts/<int:pk>/invite-again/", admin_views.resend_invitation, name="iscn_accounts_resend"),
        path("accounts/login-locks/", admin_views.LoginLockIndexView.as_view(), name="iscn_login_locks"),
        path("accounts/login-locks/lift/", admin_views.lift_lock, name="iscn_login_locks_lift"),
    ]


@hooks.register("register_admin_menu_item")
def register_accounts_menu() -> SubmenuMenuItem:
    menu = Menu(
        items=[
            AccountManagerMenuItem(_("All accounts"), reverse("iscn_accounts_index"), icon_name="group", order=100),
            AccountManagerMenuItem(_("Invite a member"), reverse("iscn_accounts_invite"), icon_name="mail", order=200),
            AccountManagerMenuItem(_("Login locks"), reverse("iscn_login_locks"), icon_name="lock", order=300),
        ]
    )
    # Not "Members": the members-area half registers a "Members" snippet group (profiles, deletion requests).
    return SubmenuMenuItem(_("Accounts"), menu, icon_name="key", name="iscn-accounts", order=260)


@hooks.register("register_account_menu_item")
def change_password_link(request) -> dict:
    """Wagtail's own password forms are off: its account page links to the site's account pages instead."""
    return {
        "url": reverse("account_change_password"),
        "label": _("Change password"),
        "help_text": _("Changing your password ends your other sessions."),
    }


@hooks.register("register_account_menu_item")
def second_factor_link(request) -> dict:
    return {
        "url": reverse("mfa_index"),
        "label": _("Two-factor authentication"),
        "help_text": _("An authenticator app and recovery codes protect your account."),
    }


@hooks.register("before_serve_page")
def require_second_factor_for_private_pages(page, request, serve_args, serve_kwargs):
    """The Secretariat and superusers without a second factor see only the public site (issue 4)."""
    if request.user.is_authenticated and second_factor_missing(request) and not can_view(None, page):
        return redirect_to_mfa_setup(request)
    return None


@hooks.register("before_serve_document")
def require_second_factor_for_private_documents(document, request):
    if request.user.is_authenticated and second_factor_missing(request) and is_private_document(document):
        return redirect_to_mfa_setup(request)
    return None


# --- end of accounts and security (issue 4) -------------------------------------------------------------------------
