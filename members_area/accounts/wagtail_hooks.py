"""Admin hooks of the accounts: the secretariat's account pages and menu, the account menu's links, and the
second factor asked before private pages and documents. Loaded by members_area/wagtail_hooks.py.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem

from home.visibility import can_view, is_private_document

from . import admin_views
from .admin_users import STAFF_ROLES, may_manage
from .second_factor import lacks_second_factor, redirect_to_mfa_setup, second_factor_missing


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
    # Not "Members": the members area registers a "Members" snippet group (profiles, deletion requests).
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


# Until the second factor is set up, home.visibility treats the account as a plain signed-in user everywhere.
hooks.register("limit_account_visibility", lacks_second_factor)


@hooks.register("before_serve_page")
def require_second_factor_for_private_pages(page, request, serve_args, serve_kwargs):
    """The Secretariat and superusers without a second factor see only the public site."""
    if request.user.is_authenticated and second_factor_missing(request) and not can_view(None, page):
        return redirect_to_mfa_setup(request)
    return None


@hooks.register("before_serve_document")
def require_second_factor_for_private_documents(document, request):
    if request.user.is_authenticated and second_factor_missing(request) and is_private_document(document):
        return redirect_to_mfa_setup(request)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_changes_to_privileged_accounts(request, action_type, objects, action_class_instance):
    """Wagtail's bulk actions on users (assign a role, (de)activate, delete) follow the user editor's rule."""
    if request.user.is_superuser or action_class_instance.model != get_user_model():
        return None
    if not all(may_manage(request.user, user) for user in objects):
        raise PermissionDenied
    role = getattr(getattr(action_class_instance, "cleaned_form", None), "cleaned_data", {}).get("role")
    if role is not None and role.name in STAFF_ROLES:
        raise PermissionDenied
    return None
