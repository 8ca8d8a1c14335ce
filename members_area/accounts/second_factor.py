"""Which accounts must use a second factor (superusers, staff and the Secretariat), keeping them out until they do, and
how they set it up: only through a signed, expiring link sent to the address on file, never with the password alone.
"""

import time
from collections.abc import Callable

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from allauth.mfa.models import Authenticator

from .roles import ROLE_SECRETARIAT


def requires_mfa(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether this account must use a second factor: superusers, staff and the Secretariat."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or user.groups.filter(name=ROLE_SECRETARIAT).exists()


def has_totp(user: AbstractBaseUser) -> bool:
    if user.pk is None:
        return False
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def lacks_second_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether this account needs a second factor and has none yet: until it has, it is treated as a plain
    signed-in user outside the admin (the hook `limit_account_visibility`) and kept out of the admin."""
    return getattr(settings, "ISCN_REQUIRE_STAFF_MFA", True) and requires_mfa(user) and not has_totp(user)


ENROLMENT_SALT = "members_area.accounts.second_factor.enrolment"
ENROLMENT_SESSION_KEY = "iscn_second_factor_enrolment"
# allauth's views that add a first factor, or change the address enrolment links go to.
ENROLMENT_VIEWS = {"mfa_activate_totp", "mfa_generate_recovery_codes", "mfa_add_webauthn"}
EMAIL_VIEWS = {"account_email", "account_change_email", "account_confirm_email"}


def enrolment_token(user: AbstractBaseUser) -> str:
    """A signed token naming the account and its address on file; void once the address changes or it expires."""
    return signing.dumps({"u": user.pk, "e": (user.email or "").lower()}, salt=ENROLMENT_SALT, compress=True)


def check_enrolment_token(user: AbstractBaseUser, token: str) -> bool:
    try:
        data = signing.loads(token, salt=ENROLMENT_SALT, max_age=settings.ISCN_SECOND_FACTOR_LINK_SECONDS)
    except signing.BadSignature:  # also SignatureExpired
        return False
    return data == {"u": user.pk, "e": (user.email or "").lower()}


def allow_enrolment(request: HttpRequest, user: AbstractBaseUser) -> None:
    """This session may set up the account's first factor for as long as an enrolment link lives."""
    request.session[ENROLMENT_SESSION_KEY] = {"u": user.pk, "at": int(time.time())}


def enrolment_allowed(request: HttpRequest) -> bool:
    granted = request.session.get(ENROLMENT_SESSION_KEY) or {}
    return (
        granted.get("u") == request.user.pk
        and int(time.time()) - int(granted.get("at", 0)) <= settings.ISCN_SECOND_FACTOR_LINK_SECONDS
    )


def send_enrolment_link(request: HttpRequest, user: AbstractBaseUser) -> None:
    url = request.build_absolute_uri(reverse("second_factor_link", kwargs={"token": enrolment_token(user)}))
    context = {"user": user, "url": url, "minutes": settings.ISCN_SECOND_FACTOR_LINK_SECONDS // 60}
    subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("Set up two-factor authentication")
    body = render_to_string("members_area/accounts/email/second_factor_link.txt", context)
    EmailMultiAlternatives(subject=subject, body=body, to=[user.email]).send()


class RequireStaffMFAMiddleware:
    """Keeps superusers, staff and Secretariat members without a second factor out of the admin, and lets them set one
    up only through the link mailed to their address on file.

    Until they set up TOTP they reach the public site, the account pages and logout; every admin URL sends them to
    the enrolment page (so do restricted pages and documents: the serve hooks in accounts/wagtail_hooks.py), and
    home.visibility treats them as plain signed-in users. allauth's TOTP activation and their email settings stay
    closed to them: otherwise whoever has the password alone could change the address and enrol a factor of their
    own. allauth's login asks for the second factor of everyone who has one, and the admin's own login form is never
    used (`WAGTAILADMIN_LOGIN_URL`, and `/admin/login/` redirects), so a second factor cannot be skipped.
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

    def process_view(self, request: HttpRequest, view_func: Callable, view_args, view_kwargs) -> HttpResponse | None:
        url_name = request.resolver_match.url_name if request.resolver_match else None
        if url_name in EMAIL_VIEWS and second_factor_missing(request):
            messages.error(
                request,
                _(
                    "Your account gives access to the administration: set up two-factor authentication before you "
                    "change its email address."
                ),
            )
            return redirect("second_factor_enrol")
        if url_name in ENROLMENT_VIEWS and second_factor_missing(request) and not enrolment_allowed(request):
            return redirect("second_factor_enrol")
        return None


def second_factor_missing(request: HttpRequest) -> bool:
    """Whether this request comes from an account that needs a second factor and has none yet."""
    return lacks_second_factor(request.user)


def redirect_to_mfa_setup(request: HttpRequest) -> HttpResponse:
    messages.warning(
        request,
        _("Your account gives access to the administration. Set up two-factor authentication to continue."),
    )
    return redirect("second_factor_enrol")
