"""Working rooms: what a room shows, members' posts (edit window, removal by the secretariat) and post emails.

Practices and projects come from the apps above through the hook `latest_topic_knowledge`: a function taking
(topic, locale, user) and returning a list of (title, url, kind); the room shows nothing of the kind when none is
registered.
"""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mass_mail
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from wagtail import hooks

from home.models import EventPage
from home.models.listing import tagged_with
from home.visibility import visible_pages

from .accounts.roles import ROLE_MEMBERS
from .forms import WorkingRoomPostForm
from .models import MemberProfile, WorkingRoomMute, WorkingRoomPage, WorkingRoomPost

SECRETARIAT_REMOVE_PERMISSION = "members_area.delete_workingroompost"
KNOWLEDGE_LIMIT = 6


def upcoming_sessions(room: WorkingRoomPage, user, limit: int = 5) -> list[EventPage]:
    if room.topic is None:
        return []
    events = visible_pages(user, EventPage.objects.filter(locale=room.locale, end_date__gte=timezone.localdate()))
    events = tagged_with(events, EventPage, topics__topic__translation_key=room.topic.translation_key)
    return list(events.order_by("start_date", "pk").defer_streamfields()[:limit])


def knowledge_items(room: WorkingRoomPage, user) -> list[dict]:
    if room.topic is None:
        return []
    items = []
    for latest in hooks.get_hooks("latest_topic_knowledge"):
        items += [{"title": t, "url": u, "kind": k} for t, u, k in latest(room.topic, room.locale, user)]
    return items[:KNOWLEDGE_LIMIT]


def can_remove(user) -> bool:
    return user.has_perm(SECRETARIAT_REMOVE_PERMISSION)


def room_context(room: WorkingRoomPage, request: HttpRequest, form: WorkingRoomPostForm) -> dict:
    user = request.user
    now = timezone.now()
    posts = list(room.posts()[:50])
    for post in posts:
        post.can_edit = post.editable_by(user, now)
    context = room.get_context(request)
    context.update(
        form=form,
        posts=posts,
        can_remove=can_remove(user),
        sessions=upcoming_sessions(room, user),
        documents=[item.document for item in room.documents.select_related("document")],
        knowledge=knowledge_items(room, user),
        muted=WorkingRoomMute.objects.filter(user=user, room_key=room.translation_key).exists(),
        topic_name=str(room.topic.localized) if room.topic else "",
    )
    return context


def serve_room(room: WorkingRoomPage, request: HttpRequest) -> HttpResponse:
    form = WorkingRoomPostForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        post = form.save(commit=False)
        post.room = room
        post.author = request.user
        post.save()
        notify_new_post(post, request)
        messages.success(request, _("Your post has been published. You can edit it for 15 minutes."))
        return HttpResponseRedirect(room.url)
    return TemplateResponse(request, room.get_template(request), room_context(room, request, form))


def _room_post(room: WorkingRoomPage, post_id: int) -> WorkingRoomPost:
    return get_object_or_404(WorkingRoomPost, pk=post_id, room__translation_key=room.translation_key)


def serve_edit_post(room: WorkingRoomPage, request: HttpRequest, post_id: int) -> HttpResponse:
    post = _room_post(room, post_id)
    if not post.editable_by(request.user):
        raise PermissionDenied(_("Only the author can edit a post, and only for 15 minutes after posting."))
    form = WorkingRoomPostForm(request.POST or None, instance=post)
    if request.method == "POST" and form.is_valid():
        post = form.save(commit=False)
        post.edited_at = timezone.now()
        post.save()
        messages.success(request, _("Your post has been updated."))
        return HttpResponseRedirect(room.url)
    context = room.get_context(request)
    context.update(form=form, post=post)
    return TemplateResponse(request, "members_area/working_room_post_edit.html", context)


@require_POST
def _remove(request: HttpRequest, room: WorkingRoomPage, post_id: int) -> HttpResponse:
    if not can_remove(request.user):
        raise PermissionDenied(_("Only the secretariat can remove posts."))
    _room_post(room, post_id).delete()
    messages.success(request, _("The post has been removed."))
    return HttpResponseRedirect(room.url)


def serve_remove_post(room: WorkingRoomPage, request: HttpRequest, post_id: int) -> HttpResponse:
    return _remove(request, room, post_id)


def serve_notifications(room: WorkingRoomPage, request: HttpRequest) -> HttpResponse:
    """Switch this member's emails about new posts in this room off or on again."""
    if request.method != "POST":
        raise Http404
    if request.POST.get("emails") == "off":
        WorkingRoomMute.objects.get_or_create(user=request.user, room_key=room.translation_key)
        messages.success(request, _("You will no longer get emails about new posts in this room."))
    else:
        WorkingRoomMute.objects.filter(user=request.user, room_key=room.translation_key).delete()
        messages.success(request, _("You will get an email about each new post in this room."))
    return HttpResponseRedirect(room.url)


def room_members(room: WorkingRoomPage) -> list[MemberProfile]:
    """Members of the room: those with its topic as expertise and those who have posted in it, who did not opt out."""
    posters = WorkingRoomPost.objects.filter(room__translation_key=room.translation_key).values("author")
    in_room = Q(user__in=posters)
    if room.topic is not None:
        in_room |= Q(expertise__translation_key=room.topic.translation_key)
    muted = WorkingRoomMute.objects.filter(room_key=room.translation_key).values("user")
    profiles = MemberProfile.objects.filter(in_room, user__is_active=True, user__groups__name=ROLE_MEMBERS)
    return list(profiles.exclude(user__in=muted).exclude(user__email="").select_related("user").distinct())


def notify_new_post(post: WorkingRoomPost, request: HttpRequest) -> int:
    """Email each room member but the author, in their own language, with a link to the room in that language."""
    room = post.room
    versions = {page.locale.language_code: page for page in room.get_translations(inclusive=True).live()}
    author = post.author.get_full_name() or post.author.get_username()
    messages_out = []
    for profile in room_members(room):
        if profile.user_id == post.author_id:
            continue
        language = profile.language if profile.language in versions else room.locale.language_code
        version = versions.get(language, room)
        with translation.override(language):
            subject = _("[ISCN] New post in %(room)s") % {"room": version.title}
            body = render_to_string(
                "members_area/email/working_room_post.txt",
                {"post": post, "author": author, "room": version, "url": version.get_full_url(request)},
            )
        messages_out.append((subject, body, settings.DEFAULT_FROM_EMAIL, [profile.user.email]))
    return send_mass_mail(messages_out, fail_silently=False)
