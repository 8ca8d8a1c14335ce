"""django-allauth as the network uses it: sign-up is closed, accounts come from invitations."""

from django.http import HttpRequest

from allauth.account.adapter import DefaultAccountAdapter

from home.locales import locale_home_url


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is closed: the secretariat invites members (accounts.invitations)."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def get_login_redirect_url(self, request: HttpRequest) -> str:
        """Without a `next`, the home page of the language the member was reading (the login page's prefix)."""
        return locale_home_url(request)

    def get_logout_redirect_url(self, request: HttpRequest) -> str:
        """Logging out from /de/... lands on /de/, not on "/" and whatever the browser's language says."""
        return locale_home_url(request)
