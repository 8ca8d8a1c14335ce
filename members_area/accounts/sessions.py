"""How long a session lasts: idle timeout and absolute lifetime, and which sessions end on deactivation and a new
password. The signal receivers here are connected when the members area app is ready (apps.py).
"""

import time
from collections.abc import Callable
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.models import AbstractBaseUser
from django.contrib.auth.signals import user_logged_in
from django.contrib.sessions.backends.base import SessionBase
from django.contrib.sessions.models import Session
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from allauth.account import signals as account_signals
from allauth.usersessions.models import UserSession

LOGIN_AT_KEY = "iscn_login_at"
LAST_SEEN_KEY = "iscn_last_seen"
# The session is written again for the idle clock at most this often, not on every request.
LAST_SEEN_GRANULARITY = 60


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
