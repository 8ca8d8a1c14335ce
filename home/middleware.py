"""Cache-Control for every answer of the site, public or private, decided in one place."""

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase
from django.utils.cache import patch_cache_control, patch_vary_headers


def private_response(view: Callable) -> Callable:
    """Mark a view whose answers are private even for a visitor without a session (secret-token URLs)."""
    view.cache_private = True
    return view


class CacheControlMiddleware:
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
        if (
            user.is_authenticated
            or response.cookies
            or getattr(request, "_cache_private", False)
            or request.path_info.startswith(self.SESSION_PRIVATE_PREFIXES)
        ):
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

    def process_view(self, request: HttpRequest, view_func: Callable, view_args, view_kwargs) -> None:
        if getattr(view_func, "cache_private", False):
            request._cache_private = True
