"""Peer coaching requests: the member's form, suggested peers, and the emails to the secretariat and the requester.

Suggestions come from the apps above through the hook `suggest_peer_experts` (a function taking the request and
returning a list of (name, url, reason)); with no such hook, members whose expertise shares the topic are suggested.
"""

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail import hooks

from home.locales import active_language

from .forms import PeerCoachingRequestForm
from .models import MemberProfile, PeerCoachingPage, PeerCoachingRequest

MAX_SUGGESTIONS = 5


def serve_request_form(page: PeerCoachingPage, request: HttpRequest) -> HttpResponse:
    form = PeerCoachingRequestForm(request.POST or None, locale=page.locale)
    if request.method == "POST" and form.is_valid():
        coaching = form.save(commit=False)
        coaching.requester = request.user
        coaching.language = active_language()
        coaching.save()
        coaching.suggestions = suggest_peers(coaching)
        coaching.save(update_fields=["suggestions"])
        notify_secretariat(coaching, request)
        messages.success(
            request, _("Your request has been sent to the secretariat. You can follow it on your dashboard.")
        )
        return HttpResponseRedirect(page.url)
    context = page.get_context(request)
    context.update(form=form, own_requests=own_requests(request.user))
    return TemplateResponse(request, page.get_template(request), context)


def own_requests(user, limit: int = 10) -> list[PeerCoachingRequest]:
    if not user.is_authenticated:
        return []
    return list(PeerCoachingRequest.objects.filter(requester=user).select_related("topic")[:limit])


def suggest_peers(coaching: PeerCoachingRequest) -> list[dict]:
    """Peers for this request, from the registered hooks or else from members' stated expertise."""
    suggestions = []
    for suggest in hooks.get_hooks("suggest_peer_experts"):
        suggestions += [{"name": n, "url": u, "reason": r} for n, u, r in suggest(coaching)]
    if suggestions or coaching.topic is None:
        return suggestions[:MAX_SUGGESTIONS]
    profiles = (
        MemberProfile.objects.filter(expertise__translation_key=coaching.topic.translation_key, user__is_active=True)
        .exclude(user=coaching.requester)
        .select_related("user")
        .order_by("-available_for_peer_coaching", "user__last_name")
        .distinct()[:MAX_SUGGESTIONS]
    )
    with translation.override(settings.LANGUAGE_CODE):
        return [
            {
                "name": str(profile),
                "url": reverse("members_area:profile_detail", args=[profile.pk]),
                "reason": _("Expertise in %(topic)s") % {"topic": coaching.topic.name}
                + (" · " + _("available for peer coaching") if profile.available_for_peer_coaching else ""),
            }
            for profile in profiles
        ]


def notify_secretariat(coaching: PeerCoachingRequest, request: HttpRequest) -> None:
    """The secretariat works in the default language; the email says which language the member wrote in."""
    with translation.override(settings.LANGUAGE_CODE):
        admin_url = request.build_absolute_uri(
            reverse("wagtailsnippets_members_area_peercoachingrequest:edit", args=[coaching.pk])
        )
        body = render_to_string(
            "members_area/email/peer_coaching_new.txt",
            {
                "coaching": coaching,
                "admin_url": admin_url,
                "peers": [{**peer, "url": request.build_absolute_uri(peer["url"])} for peer in coaching.suggestions],
            },
        )
        subject = _("[ISCN] Peer coaching request: %(project)s") % {"project": coaching.project}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [settings.MEMBERS_SECRETARIAT_EMAIL])


def status_saved(sender, instance: PeerCoachingRequest, **kwargs) -> None:
    """post_save receiver: a changed status is emailed to the requester."""
    if instance.status_changed:
        notify_status_change(instance)


def notify_status_change(coaching: PeerCoachingRequest) -> None:
    """Tell the requester the new state of their request, in the language they wrote it in."""
    address = coaching.requester.email
    if not address:
        return
    with translation.override(coaching.language):
        body = render_to_string("members_area/email/peer_coaching_status.txt", {"coaching": coaching})
        subject = _("[ISCN] Your peer coaching request: %(status)s") % {"status": coaching.get_status_display()}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
