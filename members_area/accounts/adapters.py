"""django-allauth as the network uses it: sign-up is closed, accounts come from invitations."""

from django.http import HttpRequest

from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """Sign-up is closed: the secretariat invites members (accounts.invitations)."""

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return False
