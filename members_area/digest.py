"""The monthly members' digest: what appeared since the last one, for each member in their own language.

Practices and projects come from the apps above through the hook `members_digest_items`: a function taking
(since, locale, user) and returning a list of (title, url, kind). Everything else published in the members area
(meetings, surveys, working rooms, ...) and new events are found here, each through home.visibility.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.models import Locale

from home.absolute_urls import site_url
from home.models import EventPage
from home.visibility import visible_pages

from .accounts.roles import ROLE_MEMBERS
from .models import DigestLog, MemberProfile, MembersAreaPage

FIRST_DIGEST_PERIOD = datetime.timedelta(days=31)
ITEMS_PER_SECTION = 10


@dataclass
class Digest:
    profile: MemberProfile
    language: str
    since: datetime.datetime
    sections: list[tuple[str, list[dict]]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not any(items for _title, items in self.sections)

    def subject(self) -> str:
        with translation.override(self.language):
            return _("[ISCN] What is new in the network")

    def body(self) -> str:
        with translation.override(self.language):
            return render_to_string("members_area/email/members_digest.txt", {"digest": self})


def last_sent() -> datetime.datetime:
    latest = DigestLog.objects.order_by("-sent_at").first()
    return latest.sent_at if latest else timezone.now() - FIRST_DIGEST_PERIOD


def recipients() -> list[MemberProfile]:
    profiles = MemberProfile.objects.filter(user__is_active=True, user__groups__name=ROLE_MEMBERS).exclude(
        user__email=""
    )
    return list(profiles.select_related("user").distinct())


def _absolute(url: str, base: str) -> str:
    return url if url.startswith(("http://", "https://")) else base + url


def build_digest(profile: MemberProfile, since: datetime.datetime, base_url: str) -> Digest:
    """The digest for one member: only what this member may see, in their language's version of the site."""
    language = profile.language or settings.LANGUAGE_CODE
    digest = Digest(profile=profile, language=language, since=since)
    user = profile.user
    locale = Locale.objects.filter(language_code=language).first() or Locale.get_default()
    with translation.override(language):
        knowledge = []
        for items in hooks.get_hooks("members_digest_items"):
            knowledge += [
                {"title": t, "url": _absolute(u, base_url), "kind": k} for t, u, k in items(since, locale, user)
            ]
        by_kind: dict[str, list[dict]] = {}
        for item in knowledge:
            by_kind.setdefault(str(item["kind"]), []).append(item)
        seen = {item["url"] for item in knowledge}

        root = MembersAreaPage.objects.filter(locale=locale).first()
        if root is not None:
            pages = visible_pages(user, root.get_descendants().live().filter(first_published_at__gt=since))
            for page in pages.specific().defer_streamfields().order_by("-first_published_at"):
                url = _absolute(page.get_url(), base_url)
                if url not in seen:
                    kind = capfirst(page._meta.verbose_name_plural)
                    by_kind.setdefault(str(kind), []).append({"title": page.title, "url": url, "kind": kind})
        events = visible_pages(user, EventPage.objects.live().filter(locale=locale, first_published_at__gt=since))
        event_items = [
            {"title": event.title, "url": _absolute(event.get_url(), base_url), "date": event.start_date}
            for event in events.order_by("start_date").defer_streamfields()[:ITEMS_PER_SECTION]
        ]
        digest.sections = [(kind, items[:ITEMS_PER_SECTION]) for kind, items in sorted(by_kind.items())]
        if event_items:
            digest.sections.append((_("Events"), event_items))
    return digest


def site_base_url() -> str:
    return site_url()


def send_members_digest(dry_run: bool = False, write=None) -> int:
    """Send every member the digest of what is new since the last one; returns how many were sent (or printed)."""
    since = last_sent()
    started = timezone.now()
    base_url = site_base_url()
    count = 0
    for profile in recipients():
        digest = build_digest(profile, since, base_url)
        if digest.empty:
            continue
        if dry_run:
            write(f"To: {profile.user.email} ({digest.language})\nSubject: {digest.subject()}\n\n{digest.body()}\n")
        else:
            send_mail(digest.subject(), digest.body(), settings.DEFAULT_FROM_EMAIL, [profile.user.email])
        count += 1
    if not dry_run:
        DigestLog.objects.create(sent_at=started, recipients=count)
    return count
