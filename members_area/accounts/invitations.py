"""Invitations: the secretariat creates an account without a password and mails a link that sets one.

The link is a token of `InvitationTokenGenerator`: it expires after ISCN_INVITATION_TIMEOUT_DAYS and works once,
because the token hashes the password, which changes when the invitee sets it.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core.mail import EmailMultiAlternatives
from django.http import HttpRequest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare
from django.utils.encoding import force_bytes, force_str
from django.utils.http import base36_to_int, urlsafe_base64_decode, urlsafe_base64_encode
from django.utils.translation import gettext as _

SESSION_TOKEN_KEY = "iscn_invitation_token"
# Placeholder in the URL once the token has moved into the session, so it never leaks through a Referer header.
TOKEN_IN_SESSION = "set-password"


class InvitationTokenGenerator(PasswordResetTokenGenerator):
    """Password-reset tokens with their own salt and lifetime: a reset token is no invitation and vice versa."""

    # A fixed string, not the module path: changing it would void the links already sent.
    key_salt = "members_area.invitations.InvitationTokenGenerator"

    def check_token(self, user: AbstractBaseUser | None, token: str | None) -> bool:
        """Django's check with ISCN_INVITATION_TIMEOUT_DAYS instead of PASSWORD_RESET_TIMEOUT."""
        if not (user and token) or token.count("-") != 1:
            return False
        try:
            timestamp = base36_to_int(token.split("-")[0])
        except ValueError:
            return False
        if self._num_seconds(self._now()) - timestamp > settings.ISCN_INVITATION_TIMEOUT_DAYS * 24 * 60 * 60:
            return False
        return any(
            constant_time_compare(self._make_token_with_timestamp(user, timestamp, secret), token)
            for secret in [self.secret, *self.secret_fallbacks]
        )


invitation_tokens = InvitationTokenGenerator()


def unique_username(email: str) -> str:
    User = get_user_model()
    base = re.sub(r"[^\w.+-]", "", email.split("@")[0].lower())[:140] or "member"
    candidate, n = base, 1
    while User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}{n}"
    return candidate


def invite(
    *, first_name: str, last_name: str, email: str, group: str, language: str, request: HttpRequest
) -> AbstractBaseUser:
    """Create the account with an unusable password, put it in its group and mail the invitation."""
    user = get_user_model()(
        username=unique_username(email),
        email=email,
        first_name=first_name,
        last_name=last_name,
        is_staff=group == "Secretariat",
    )
    user.set_unusable_password()
    user.save()
    user.groups.add(Group.objects.get(name=group))
    send_invitation(user, language=language, request=request)
    return user


def invitation_url(user: AbstractBaseUser, language: str, request: HttpRequest) -> str:
    with translation.override(language):
        path = reverse(
            "accept_invitation",
            kwargs={"uidb64": urlsafe_base64_encode(force_bytes(user.pk)), "token": invitation_tokens.make_token(user)},
        )
    return request.build_absolute_uri(path)


def send_invitation(user: AbstractBaseUser, *, language: str, request: HttpRequest) -> None:
    context = {
        "user": user,
        "url": invitation_url(user, language, request),
        "days": settings.ISCN_INVITATION_TIMEOUT_DAYS,
        "username": user.get_username(),
    }
    with translation.override(language):
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + _("Your invitation to the International Smart Cities Network")
        body = render_to_string("members_area/accounts/email/invitation.txt", context)
    EmailMultiAlternatives(subject=subject, body=body, to=[user.email]).send()


def user_from_uid(uidb64: str) -> AbstractBaseUser | None:
    """The account an invitation link names, or None for a malformed or unknown one."""
    try:
        pk = force_str(urlsafe_base64_decode(uidb64))
        return get_user_model().objects.get(pk=pk)
    except (TypeError, ValueError, OverflowError, get_user_model().DoesNotExist):
        return None
