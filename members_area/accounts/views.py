"""The account views of the site itself (allauth provides the rest): accepting an invitation, setting up the staff
second factor through a mailed link, and the redirects that keep Wagtail's own login forms out of use.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from wagtail.admin.views.account import LogoutView as WagtailLogoutView

from home.locales import locale_home_url
from home.middleware import private_view

from .invitations import SESSION_TOKEN_KEY, TOKEN_IN_SESSION, invitation_tokens, user_from_uid
from .second_factor import (
    allow_enrolment,
    check_enrolment_token,
    requires_mfa,
    second_factor_missing,
    send_enrolment_link,
)

# One enrolment mail per account in this many seconds, however often the button is pressed.
ENROLMENT_MAIL_INTERVAL = 120


def admin_login(request: HttpRequest) -> HttpResponse:
    """`/admin/login/` and Wagtail's front-end `/<lang>/_util/login/` send every request to the site's login, so
    neither of Wagtail's own forms can skip the second factor or the throttling.

    A POST is not handled here at all: no password is ever checked by these URLs.
    """
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=False):
        next_url = ""
    default = reverse("wagtailadmin_home") if request.path.startswith("/admin/") else locale_home_url(request)
    return redirect_to_login(next_url or default, login_url=reverse("account_login"))


@private_view
@sensitive_post_parameters("new_password1", "new_password2")
def accept_invitation(request: HttpRequest, uidb64: str, token: str) -> HttpResponse:
    """The invitee sets a password; the link then stops working. An expired or used link gets a friendly page."""
    if request.user.is_authenticated:
        messages.info(request, _("You are already logged in."))
        return redirect(locale_home_url(request))
    user = user_from_uid(uidb64)
    if token != TOKEN_IN_SESSION:
        if user is not None and user.is_active and invitation_tokens.check_token(user, token):
            request.session[SESSION_TOKEN_KEY] = token
            return redirect(request.path.replace(token, TOKEN_IN_SESSION))
        return render(request, "members_area/accounts/invitation_invalid.html", status=400)
    token = request.session.get(SESSION_TOKEN_KEY, "")
    if user is None or not user.is_active or not invitation_tokens.check_token(user, token):
        return render(request, "members_area/accounts/invitation_invalid.html", status=400)

    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        del request.session[SESSION_TOKEN_KEY]
        if requires_mfa(user):
            # The invitation came to the address on file: it stands for the enrolment link, so the new member of
            # staff sets up the second factor right after the first login.
            allow_enrolment(request, user)
        messages.success(request, _("Your password is set. You can now log in."))
        return redirect("account_login")
    return render(request, "members_area/accounts/accept_invitation.html", {"form": form, "invitee": user})


@login_required
@require_http_methods(["GET", "POST"])
def second_factor_enrol(request: HttpRequest) -> HttpResponse:
    """Staff without a second factor ask here for the enrolment link; it goes to the address on file only."""
    if not second_factor_missing(request):
        return redirect("mfa_index")
    if request.method == "POST":
        if cache.add(f"iscn-second-factor-link:{request.user.pk}", 1, timeout=ENROLMENT_MAIL_INTERVAL):
            send_enrolment_link(request, request.user)
        messages.success(
            request,
            _("A link has been sent to %(email)s. It works for %(minutes)d minutes.")
            % {"email": request.user.email, "minutes": settings.ISCN_SECOND_FACTOR_LINK_SECONDS // 60},
        )
        return redirect("second_factor_enrol")
    return render(request, "members_area/accounts/second_factor_enrol.html", {"email": request.user.email})


@private_view
@login_required
def second_factor_enrol_link(request: HttpRequest, token: str) -> HttpResponse:
    """The mailed link: opened by the same account, it lets this session set up TOTP (allauth's own page)."""
    if not second_factor_missing(request):
        return redirect("mfa_index")
    if not check_enrolment_token(request.user, token):
        context = {"email": request.user.email, "invalid_link": True}
        return render(request, "members_area/accounts/second_factor_enrol.html", context, status=400)
    allow_enrolment(request, request.user)
    return redirect("mfa_activate_totp")


def admin_logout(request: HttpRequest) -> HttpResponse:
    """`/admin/logout/`: a POST ends the session (Wagtail's view); a GET changes nothing and asks for confirmation.

    Wagtail's own view deletes the cookie even when it refuses a GET, which would leave the session valid on the server.
    """
    if request.method != "POST":
        return redirect("account_logout")
    return WagtailLogoutView.as_view()(request)


class ForbiddenInsteadOfLoginMiddleware:
    """A signed-in user sent to the login page for a page they may not open (the admin without the right, a page or
    document restricted to a group they are not in) gets a translated 403, not the login page that would send them
    back to the page, and so on forever. Sits after AuthenticationMiddleware.
    """

    def __init__(self, get_response) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_view(self, request: HttpRequest, view_func, view_args, view_kwargs) -> HttpResponse | None:
        match = request.resolver_match
        if (
            match is not None
            and match.url_name == "account_login"
            and request.method == "GET"
            and request.user.is_authenticated
            and request.GET.get("next")
        ):
            context = {"next_url": request.GET["next"]}
            return render(request, "members_area/accounts/forbidden.html", context, status=403)
        return None
