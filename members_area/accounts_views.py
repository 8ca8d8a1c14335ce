"""django-allauth accounts as the network uses them: by invitation only, the admin login routed through them."""

from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import LoginForm

from home.locales import locale_home_url


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is closed: the secretariat invites members (members_area.invitations)."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Without a `next`, the home page of the language the member was reading (the login page's prefix)."""
        return locale_home_url(request)

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        """Logging out from /de/... lands on /de/, not on "/" and whatever the browser's language says."""
        return locale_home_url(request)


class AccountLoginForm(LoginForm):
    """allauth's login form with a label that says what to type (its own says "Login")."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or email address")
        self.fields["login"].widget.attrs.update(placeholder="", autocomplete="username")
        self.fields["password"].widget.attrs["placeholder"] = ""
        self.fields["password"].help_text = ""  # the page links to the password reset itself


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
