"""Login tracking for the dashboard's "new since your last visit", and the peer-coaching status email."""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_save
from django.utils import timezone

from .access import is_member
from .models import MemberProfile, PeerCoachingRequest
from .peer_coaching import status_saved


def remember_login(sender, request, user, **kwargs) -> None:
    if not is_member(user):
        return
    profile, _created = MemberProfile.objects.get_or_create(user=user)
    # Our own pair of timestamps: User.last_login is already overwritten by the time receivers run (order varies).
    MemberProfile.objects.filter(pk=profile.pk).update(previous_login=profile.latest_login, latest_login=timezone.now())


def connect() -> None:
    user_logged_in.connect(remember_login, dispatch_uid="members_area.remember_login")
    post_save.connect(status_saved, sender=PeerCoachingRequest, dispatch_uid="members_area.peer_coaching_status")
