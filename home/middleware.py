"""Cache-Control for every answer of the site, public or private, decided in one place.

Views never write the header. They say what they are, on the request: `mark_private(request)` for answers that are
personal or not for everyone (members-area pages and views, private files, account pages), `mark_shared(request,
seconds)` for answers built the same for everyone, to say how long a shared cache may keep them (feeds, calendars,
the sitemap). The decorators `private_view` and `shared_view(seconds)` do the same for function views.
"""

from collections.abc import Callable
from functools import wraps

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control, patch_vary_headers

PRIVATE = "private"
_MARK = "_iscn_cache_policy"


def mark_private(request: HttpRequest) -> None:
    """This answer is personal or not for everyone: no cache but the user's own browser session may keep it."""
    setattr(request, _MARK, PRIVATE)


def mark_shared(request: HttpRequest, max_age: int) -> None:
    """This answer is the same for every anonymous visitor; shared caches may keep it `max_age` seconds.

    A private mark wins: a view cannot make public what another layer (a serve hook, a guard) marked private.
    """
    if getattr(request, _MARK, None) != PRIVATE:
        setattr(request, _MARK, max_age)


def private_view(view: Callable) -> Callable:
    """Decorator: `mark_private` for every answer of a function view."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
        mark_private(request)
        return view(request, *args, **kwargs)

    return wrapper


def shared_view(max_age: int) -> Callable:
    """Decorator: `mark_shared(request, max_age)` for every answer of a function view."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponseBase:
            mark_shared(request, max_age)
            return view(request, *args, **kwargs)

        return wrapper

    return decorator


class CacheControlMiddleware:
    """`private, no-store` for signed-in users, the admin, answers setting a cookie and whatever a view marked
    private; `public, max-age=…` with `Vary: Cookie` for anonymous successful GETs (the view's mark or
    ISCN_PUBLIC_CACHE_SECONDS). Other anonymous answers (redirects, errors) carry no Cache-Control.

    Sits near the top of MIDDLEWARE so that it sees the cookies the session and CSRF middleware set.
    """

    PRIVATE_PREFIXES = ("/admin/", "/django-admin/")

    def __init__(self, get_response: Callable) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is None:
            return response  # static files and other answers that never reached the auth middleware
        mark = getattr(request, _MARK, None)
        if (
            mark == PRIVATE
            or user.is_authenticated
            or response.cookies
            or request.path_info.startswith(self.PRIVATE_PREFIXES)
        ):
            # Replace whatever a third-party view set: patch_cache_control would keep public, s-maxage and the like.
            del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True, no_cache=True, max_age=0)
            patch_vary_headers(response, ["Cookie"])
        elif request.method in ("GET", "HEAD") and response.status_code == 200:
            if mark is not None or not response.has_header("Cache-Control"):
                del response["Cache-Control"]
                patch_cache_control(response, public=True, max_age=mark or settings.ISCN_PUBLIC_CACHE_SECONDS)
            patch_vary_headers(response, ["Cookie"])
        return response
