"""Login throttling with django-axes: which account an attempt counts against, and what a locked-out login sees.

Wired in `cms/settings/base.py` (AUTHENTICATION_BACKENDS, AXES_USERNAME_CALLABLE, AXES_LOCKOUT_CALLABLE).
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from allauth.account.auth_backends import AuthenticationBackend
from axes.backends import AxesStandaloneBackend


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


class EmailOrUsernameBackend(AuthenticationBackend):
    """allauth's backend, hashing exactly once per login, so the time taken does not tell whether an account exists.

    allauth tries a login that looks like an email address both as an address and as a username, and checks the
    address twice; a known address cost two password hashes, an unknown one a single dummy hash. Here each account's
    password is checked at most once per attempt, and unknown logins still get allauth's dummy hash.
    """

    def authenticate(self, request: HttpRequest | None, **credentials) -> AbstractBaseUser | None:
        self._checked_accounts = set()
        return super().authenticate(request, **credentials)

    def _check_password(self, user: AbstractBaseUser | None, password: str) -> AbstractBaseUser | None:
        if user is None or user.pk in self._checked_accounts:
            return None
        self._checked_accounts.add(user.pk)
        return super()._check_password(user, password)
