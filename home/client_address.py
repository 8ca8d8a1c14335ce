"""The address of the visitor, as every limiter sees it: the login lock, allauth's rate limits, the contact form.

Behind reverse proxies `REMOTE_ADDR` is the nearest proxy's address, so it cannot tell visitors apart. Each trusted
proxy appends the address it received the request from to `X-Forwarded-For`; the client is therefore the entry
`TRUSTED_PROXY_COUNT` places from the right. Entries further left were written by the client and are never used:
anyone can send a forged `X-Forwarded-For`.
"""

import ipaddress

from django.conf import settings
from django.http import HttpRequest

CACHE_ATTRIBUTE = "_iscn_client_address"


def client_address(request: HttpRequest) -> str:
    """The client's IP address, read once per request with the trusted proxy count of the settings."""
    cached = getattr(request, CACHE_ATTRIBUTE, None)
    if cached is None:
        cached = _read_address(request)
        setattr(request, CACHE_ATTRIBUTE, cached)
    return cached


def _read_address(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "") or ""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if entry.strip()]
    if len(forwarded) < proxies:
        # The request did not pass through every proxy (or a proxy was added without updating the setting): the
        # header cannot be trusted, and the nearest hop is the only address known for sure.
        return remote
    candidate = forwarded[-proxies]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
