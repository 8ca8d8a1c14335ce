"""django-allauth as the network uses it: sign-up is closed, accounts come from invitations."""

from django.http import HttpRequest

from allauth.account.adapter import DefaultAccountAdapter

from home.client_address import client_address


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is closed: the secretariat invites members (accounts.invitations)."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False

    def get_client_ip(self, request: HttpRequest) -> str:
        """The same client address as every other limiter (trusted proxies, home/client_address.py)."""
        return client_address(request) or super().get_client_ip(request)

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials) -> str:
        """Failed passwords count per (account, address), like the axes lock: a stranger cannot lock a member out."""
        return f"{super()._get_login_attempts_cache_key(request, **credentials)}@{self.get_client_ip(request)}"
