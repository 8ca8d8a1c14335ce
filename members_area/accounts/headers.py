"""The Content-Security-Policy header: the site's strict policy, relaxed for the Wagtail admin only."""

from django.conf import settings
from django.http import HttpRequest, HttpResponseBase

from csp.middleware import CSPMiddleware, PolicyParts


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
