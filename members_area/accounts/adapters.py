"""django-allauth as the network uses it: sign-up is closed, accounts come from invitations."""

from django.contrib.auth.models import AbstractBaseUser
from django.core.cache import cache
from django.dispatch import receiver
from django.http import HttpRequest

from allauth.account import signals as account_signals
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.models import EmailAddress

from home.client_address import client_address
from home.locales import locale_home_url

# Addresses removed from an account still get notices of second-factor changes for this long.
FORMER_ADDRESS_DAYS = 30


def former_addresses(user: AbstractBaseUser) -> list[str]:
    return cache.get(f"iscn-former-addresses:{user.pk}", [])


@receiver(account_signals.email_removed, dispatch_uid="iscn_remember_removed_address")
@receiver(account_signals.email_changed, dispatch_uid="iscn_remember_replaced_address")
def remember_former_address(sender, user: AbstractBaseUser, **kwargs) -> None:
    """Keeps the address that was removed or replaced as primary, in the shared cache."""
    old = kwargs.get("email_address") or kwargs.get("from_email_address")
    if old is not None:
        addresses = [old.email, *(a for a in former_addresses(user) if a != old.email)][:5]
        cache.set(f"iscn-former-addresses:{user.pk}", addresses, timeout=FORMER_ADDRESS_DAYS * 24 * 60 * 60)


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

    def get_client_ip(self, request: HttpRequest) -> str:
        """The same client address as every other limiter (trusted proxies, home/client_address.py)."""
        return client_address(request) or super().get_client_ip(request)

    def _get_login_attempts_cache_key(self, request: HttpRequest, **credentials) -> str:
        """Failed passwords count per (account, address), like the axes lock: a stranger cannot lock a member out."""
        return f"{super()._get_login_attempts_cache_key(request, **credentials)}@{self.get_client_ip(request)}"

    def send_notification_mail(
        self, template_prefix: str, user: AbstractBaseUser, context: dict | None = None, email: str | None = None
    ) -> None:
        """allauth's notices, plus copies for the addresses a change could take the account away from.

        A removed address is told it was removed, and a change of the second factor is told to every address of the
        account, including those removed in the last FORMER_ADDRESS_DAYS, so that the owner hears of it even when
        someone else has taken the account's address over.
        """
        super().send_notification_mail(template_prefix, user, context, email)
        sent_to = {(email or EmailAddress.objects.get_primary_email(user) or "").lower()}
        extra = set()
        if template_prefix == "account/email/email_deleted":
            extra.add((context or {}).get("deleted_email") or "")
        if template_prefix.startswith("mfa/email/"):
            extra.add(user.email or "")
            extra.update(EmailAddress.objects.filter(user=user).values_list("email", flat=True))
            extra.update(former_addresses(user))
        for address in sorted({a.lower() for a in extra if a} - sent_to):
            super().send_notification_mail(template_prefix, user, context, address)
