"""Login tracking for the dashboard's "new since your last visit"."""

from django.contrib.auth.signals import user_logged_in
from django.utils import timezone

from .access import is_member
from .models import MemberProfile


def remember_login(sender, request, user, **kwargs) -> None:
    if not is_member(user):
        return
    profile, _created = MemberProfile.objects.get_or_create(user=user)
    # Our own pair of timestamps: User.last_login is already overwritten by the time receivers run (order varies).
    MemberProfile.objects.filter(pk=profile.pk).update(previous_login=profile.latest_login, latest_login=timezone.now())


def connect() -> None:
    user_logged_in.connect(remember_login, dispatch_uid="members_area.remember_login")
