"""Security plumbing of the accounts: login throttling, required second factor, session lifetime, headers.

Middleware here is listed in `cms/settings/base.py`; each class says where it must sit and why.
"""

import time
from collections.abc import Callable
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model, logout
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.base import SessionBase
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _

from allauth.account import signals as account_signals
from axes.backends import AxesStandaloneBackend
from csp.middleware import CSPMiddleware, PolicyParts

from .roles import ROLE_SECRETARIAT

LOGIN_AT_KEY = "iscn_login_at"
LAST_SEEN_KEY = "iscn_last_seen"
# The session is written again for the idle clock at most this often, not on every request.
LAST_SEEN_GRANULARITY = 60


# --- Login throttling (django-axes) -------------------------------------------------------------------------------


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' check in front of every login form (allauth's, and anything calling `authenticate(request, …)`).

    Calls without a request are no web login (the test client's `login()`, scripts); axes would raise on them.
    """

    def authenticate(self, request: HttpRequest | None, username: str | None = None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def axes_username(request: HttpRequest, credentials: dict | None) -> str:
    """The account a login attempt is for, the same whether it was typed as username or email address.

    Otherwise an attacker would get twice the tries by alternating between the two.
    """
    credentials = credentials or {}
    login = credentials.get("username") or credentials.get("email") or request.POST.get("login") or ""
    login = str(login).strip()
    if "@" in login:
        user = get_user_model().objects.filter(email__iexact=login).only("username").first()
        if user is not None:
            return user.username.lower()
    return login.lower()


def lockout_response(request: HttpRequest, original_response=None, credentials: dict | None = None) -> HttpResponse:
    """The page a locked-out login gets: the site's frame, a translated message, status 429 (never a 500)."""
    hours = settings.AXES_COOLOFF_TIME
    minutes = round(float(hours) * 60) if hours else None
    response = render(request, "account/lockout.html", {"cooloff_minutes": minutes}, status=429)
    return response


# --- Second factor required for the Secretariat and superusers ----------------------------------------------------


def requires_mfa(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether this account must use a second factor: superusers and the Secretariat."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=ROLE_SECRETARIAT).exists()


def has_totp(user: AbstractBaseUser) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


class RequireStaffMFAMiddleware:
    """Keeps Secretariat members and superusers without a second factor out of the admin.

    Until they set up TOTP they reach the public site, the account pages and logout; every admin URL sends them to
    the TOTP setup (so do restricted pages and documents: the serve hooks in wagtail_hooks.py). allauth's login asks
    for the second factor of everyone who has one, and the admin's own login form is never used
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


# --- Sessions: idle timeout, absolute lifetime, ended on deactivation and password change ------------------------


def start_session_clock(request: HttpRequest) -> None:
    """At login: the session lasts at most ISCN_SESSION_ABSOLUTE_LIFETIME from now, however active it is.

    The cookie itself ends with the browser (allauth, ACCOUNT_SESSION_REMEMBER = False); these limits are enforced
    on the server, whatever a client does with its cookie.
    """
    now = int(time.time())
    request.session[LOGIN_AT_KEY] = now
    request.session[LAST_SEEN_KEY] = now


class SessionLifetimeMiddleware:
    """Ends a signed-in session after ISCN_SESSION_IDLE_TIMEOUT without a request or ISCN_SESSION_ABSOLUTE_LIFETIME
    after login, whatever the cookie says. Sits after AuthenticationMiddleware.
    """

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.user.is_authenticated:
            now = int(time.time())
            login_at = request.session.get(LOGIN_AT_KEY)
            last_seen = request.session.get(LAST_SEEN_KEY, login_at)
            if login_at is None:
                start_session_clock(request)  # a session from before this middleware: start counting now
            elif (
                now - login_at > settings.ISCN_SESSION_ABSOLUTE_LIFETIME
                or now - (last_seen or login_at) > settings.ISCN_SESSION_IDLE_TIMEOUT
            ):
                logout(request)
                messages.info(request, _("Your session has expired. Please log in again."))
                return redirect(f"{reverse('account_login')}?{urlencode({'next': request.get_full_path()})}")
            elif now - (last_seen or 0) >= LAST_SEEN_GRANULARITY:
                request.session[LAST_SEEN_KEY] = now
        return self.get_response(request)


def end_sessions(user: AbstractBaseUser, keep: SessionBase | None = None) -> int:
    """Delete every session of `user` except `keep`; returns how many ended.

    allauth.usersessions lists a user's sessions for any session engine; with database sessions, sessions it never
    saw (made before it was installed) are found by scanning the session table too.
    """
    from django.contrib.sessions.models import Session

    from allauth.usersessions.models import UserSession

    keep_key = keep.session_key if keep is not None else None
    ended = 0
    for user_session in UserSession.objects.filter(user=user).exclude(session_key=keep_key or ""):
        user_session.end()
        ended += 1
    if settings.SESSION_ENGINE in ("django.contrib.sessions.backends.db", "django.contrib.sessions.backends.cached_db"):
        store_class = import_module(settings.SESSION_ENGINE).SessionStore
        for session in Session.objects.filter(expire_date__gt=timezone.now()).exclude(session_key=keep_key or ""):
            if session.get_decoded().get("_auth_user_id") == str(user.pk):
                store_class(session.session_key).delete()
                ended += 1
    return ended


@receiver(user_logged_in, dispatch_uid="iscn_start_session_clock")
def _on_login(sender, request: HttpRequest | None = None, **kwargs) -> None:
    if request is not None and hasattr(request, "session"):
        start_session_clock(request)


@receiver(account_signals.password_changed, dispatch_uid="iscn_end_sessions_on_password_change")
@receiver(account_signals.password_set, dispatch_uid="iscn_end_sessions_on_password_set")
@receiver(account_signals.password_reset, dispatch_uid="iscn_end_sessions_on_password_reset")
def _on_password_changed(sender, request: HttpRequest, user: AbstractBaseUser, **kwargs) -> None:
    """A new password ends the member's other sessions; the one that changed it stays signed in."""
    keep = request.session if request.user.is_authenticated and request.user.pk == user.pk else None
    end_sessions(user, keep=keep)


@receiver(post_save, sender=settings.AUTH_USER_MODEL, dispatch_uid="iscn_end_sessions_on_deactivation")
def _on_user_saved(sender, instance: AbstractBaseUser, created: bool = False, **kwargs) -> None:
    """An account switched off anywhere (e.g. Wagtail's user editor) loses its open sessions too."""
    if not created and not instance.is_active:
        end_sessions(instance)


def deactivate_user(user: AbstractBaseUser) -> int:
    """Access ends at once: the account cannot log in and every open session is deleted. Content stays."""
    user.is_active = False
    user.save(update_fields=["is_active"])  # the post_save receiver above ends the sessions
    return end_sessions(user)


# --- Response headers: CSP for the admin, Cache-Control for personal answers ---------------------------------------


class AdminRelaxedCSPMiddleware(CSPMiddleware):
    """django-csp's middleware; under /admin/ only the script and style sources are relaxed (ISCN_ADMIN_CSP_REPLACE).

    A nonce in script-src makes browsers ignore 'unsafe-inline', so the admin's sources replace the site's.
    """

    def get_policy_parts(self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False):
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith("/admin/"):
            replace = dict(parts.replace or {})
            replace.update(settings.ISCN_ADMIN_CSP_REPLACE)
            return PolicyParts(parts.config, parts.update, replace, None)
        return parts


class PrivateCacheMiddleware:
    """Answers for a signed-in user, or setting a cookie, are `private, no-store`; anonymous pages may be cached.

    Sits near the top of MIDDLEWARE so that it sees the cookies the session and CSRF middleware set.
    """

    SESSION_PRIVATE_PREFIXES = ("/admin/",)

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is None:
            return response  # static files and other answers that never reached the auth middleware
        if user.is_authenticated or response.cookies or request.path_info.startswith(self.SESSION_PRIVATE_PREFIXES):
            if "public" in response.get("Cache-Control", ""):
                del response["Cache-Control"]  # patch_cache_control keeps s-maxage and friends otherwise
            patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
            patch_vary_headers(response, ["Cookie"])
        elif (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
        ):
            patch_cache_control(response, public=True, max_age=settings.ISCN_PUBLIC_CACHE_SECONDS)
            patch_vary_headers(response, ["Cookie"])
        return response
