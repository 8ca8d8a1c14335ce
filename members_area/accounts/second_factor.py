"""Which accounts must use a second factor (superusers and the Secretariat), and keeping them out until they do."""

from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from allauth.mfa.models import Authenticator

from home.visibility import user_groups

from .roles import ROLE_SECRETARIAT


def requires_mfa(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether this account must use a second factor: superusers and the Secretariat."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or ROLE_SECRETARIAT in user_groups(user).values()


def has_totp(user: AbstractBaseUser) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireStaffMFAMiddleware:
    """Keeps Secretariat members and superusers without a second factor out of the admin.

    Until they set up TOTP they reach the public site, the account pages and logout; every admin URL sends them to
    the TOTP setup (so do restricted pages and documents: the serve hooks in accounts/wagtail_hooks.py). allauth's
    login asks for the second factor of everyone who has one, and the admin's own login form is never used
    (`WAGTAILADMIN_LOGIN_URL`, and `/admin/login/` redirects), so a second factor cannot be skipped.
    Sits after AuthenticationMiddleware.
    """

    PROTECTED_PREFIXES = ("/admin/", "/django-admin/")

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if (
            request.path_info.startswith(self.PROTECTED_PREFIXES)
            and not request.path_info.startswith("/admin/logout/")
            and second_factor_missing(request)
        ):
            return redirect_to_mfa_setup(request)
        return self.get_response(request)


def second_factor_missing(request: HttpRequest) -> bool:
    """Whether this request comes from an account that needs a second factor and has none yet."""
    return (
        getattr(settings, "ISCN_REQUIRE_STAFF_MFA", True) and requires_mfa(request.user) and not has_totp(request.user)
    )


def redirect_to_mfa_setup(request: HttpRequest) -> HttpResponse:
    messages.warning(
        request,
        _("Your account gives access to the administration. Set up two-factor authentication to continue."),
    )
    return redirect("mfa_activate_totp")
