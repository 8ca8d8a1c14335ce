"""The account views of the site itself (allauth provides the rest): accepting an invitation, and the redirects
that keep Wagtail's own login forms out of use.
"""

from django.contrib import messages
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_post_parameters

from home.locales import locale_home_url
from home.middleware import private_view

from .invitations import SESSION_TOKEN_KEY, TOKEN_IN_SESSION, invitation_tokens, user_from_uid


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
        messages.success(request, _("Your password is set. You can now log in."))
        return redirect("account_login")
    return render(request, "members_area/accounts/accept_invitation.html", {"form": form, "invitee": user})
