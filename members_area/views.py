"""Members' own profile (view, edit, export, deletion request), members-only photos, and the document serve guard."""

import json
import mimetypes

from django.conf import settings
from django.contrib import messages
from django.core.mail import send_mail
from django.core.serializers.json import DjangoJSONEncoder
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document

from home import visibility
from home.middleware import mark_private
from home.visibility import can_view_document, is_private_document

from .access import is_member, member_required, refuse
from .forms import DeletionRequestForm, MemberProfileForm
from .models import CalendarFeed, DeletionRequest, MemberProfile


def _profile_for(user) -> MemberProfile | None:
    return MemberProfile.objects.filter(user=user).select_related("country", "city").first()


def _profile_context(profile: MemberProfile | None) -> dict:
    """Localised names prepared for the profile card (templates run no queries)."""
    if profile is None:
        return {"country_name": "", "expertise": []}
    return {
        "country_name": str(profile.country.localized) if profile.country else "",
        "expertise": [str(topic.localized) for topic in profile.expertise.all()],
    }


@member_required
@require_http_methods(["GET"])
def profile(request: HttpRequest) -> HttpResponse:
    own = _profile_for(request.user)
    context = {
        "profile": own,
        "profile_contact": own.contact_for(request.user) if own else None,
        "open_deletion_request": request.user.deletion_requests.filter(completed_at__isnull=True).first(),
        "calendar_url": _calendar_url(request),
        **_profile_context(own),
    }
    return TemplateResponse(request, "members_area/profile.html", context)


def _calendar_url(request: HttpRequest) -> str:
    """The member's private calendar address, or "" when they have none."""
    feed = CalendarFeed.objects.filter(user=request.user).first()
    if feed is None:
        return ""
    return request.build_absolute_uri(reverse("members_events:private_calendar", kwargs={"token": feed.token}))


@member_required
@require_http_methods(["GET"])
def profile_detail(request: HttpRequest, profile_id: int) -> HttpResponse:
    """Another member's profile as members see it: contact details only when its owner switched them on."""
    other = get_object_or_404(
        MemberProfile.objects.select_related("user", "country", "city"), pk=profile_id, user__is_active=True
    )
    context = {"member_profile": other, "contact": other.contact_for(request.user), **_profile_context(other)}
    return TemplateResponse(request, "members_area/member_profile_detail.html", context)


@member_required
@require_http_methods(["GET", "POST"])
def profile_edit(request: HttpRequest) -> HttpResponse:
    instance = _profile_for(request.user) or MemberProfile(user=request.user)
    form = MemberProfileForm(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("members_area:profile")
    return TemplateResponse(request, "members_area/profile_form.html", {"form": form})


@member_required
@require_http_methods(["GET"])
def profile_export(request: HttpRequest) -> HttpResponse:
    """Everything the platform keeps about the member in their account and profile (GDPR Art. 15 and 20)."""
    user = request.user
    data = {
        "exported_at": timezone.now(),
        "account": {
            "username": user.get_username(),
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "is_active": user.is_active,
            "groups": sorted(user.groups.values_list("name", flat=True)),
        },
        "profile": None,
        "deletion_requests": [
            {"requested_at": r.requested_at, "completed_at": r.completed_at, "reason": r.reason}
            for r in user.deletion_requests.all()
        ],
        "event_registrations": [
            {"event": r.options.event.title, "name": r.name, "email": r.email, "status": r.status}
            for r in user.event_registrations.select_related("options__event")
        ],
    }
    profile = _profile_for(user)
    if profile is not None:
        data["profile"] = {
            "country": profile.country.iso_code if profile.country else None,
            "country_name": profile.country.name if profile.country else None,
            "city": profile.city.name if profile.city else None,
            "institution": profile.institution,
            "level": profile.level,
            "expertise": [topic.name for topic in profile.expertise.all()],
            "languages": profile.languages,
            "bio": profile.bio,
            "photo": profile.photo.name or None,
            "contact_email": profile.contact_email,
            "phone": profile.phone,
            "contact_visible": profile.contact_visible,
            "available_for_peer_coaching": profile.available_for_peer_coaching,
            "updated_at": profile.updated_at,
            "latest_login": profile.latest_login,
            "previous_login": profile.previous_login,
        }
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="iscn-my-data-{user.get_username()}.json"'
    return response


@member_required
@require_http_methods(["GET", "POST"])
def profile_delete(request: HttpRequest) -> HttpResponse:
    """Record a deletion request and tell the secretariat, which erases the data and reassigns the member's pages."""
    open_request = request.user.deletion_requests.filter(completed_at__isnull=True).first()
    form = DeletionRequestForm(request.POST or None)
    if request.method == "POST" and open_request is None and form.is_valid():
        user = request.user
        deletion = DeletionRequest.objects.create(
            user=user, username=user.get_username(), email=user.email, reason=form.cleaned_data["reason"]
        )
        admin_url = request.build_absolute_uri(
            reverse("wagtailsnippets_members_area_deletionrequest:edit", args=[deletion.pk])
        )
        send_mail(
            subject=f"[ISCN] Deletion request from {user.get_username()}",
            message=(
                f"The member {user.get_full_name() or user.get_username()} ({user.email or 'no email'}) asked for "
                f"their account and profile to be deleted on {deletion.requested_at:%Y-%m-%d %H:%M %Z}.\n\n"
                f"Reason: {deletion.reason or '-'}\n\nRequest in the admin: {admin_url}\n"
            ),
            from_email=settings.DEFAULT_FROM_EMAIL,
            recipient_list=[settings.MEMBERS_SECRETARIAT_EMAIL],
        )
        messages.success(
            request,
            _("Your request has been sent. The secretariat will delete your data and confirm by email within 30 days."),
        )
        return redirect("members_area:profile")
    context = {"form": form, "open_deletion_request": open_request}
    return TemplateResponse(request, "members_area/profile_delete.html", context)


def can_manage_profiles(user) -> bool:
    """The secretariat's right to members' profiles, outside the admin too; not before its second factor is set up."""
    return not visibility.is_limited(user) and user.has_perm("members_area.change_memberprofile")


@require_http_methods(["GET"])
def profile_photo(request: HttpRequest, profile_id: int) -> HttpResponse:
    """A member's photo for other members and the secretariat; streamed from private storage, never a media URL."""
    mark_private(request)
    if not (is_member(request.user) or can_manage_profiles(request.user)):
        return refuse(request)
    profile = get_object_or_404(MemberProfile, pk=profile_id, user__is_active=True)
    if not profile.photo:
        raise Http404
    try:
        handle = profile.photo.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    content_type = mimetypes.guess_type(profile.photo.name)[0] or "application/octet-stream"
    response = FileResponse(handle, content_type=content_type)
    response["X-Content-Type-Options"] = "nosniff"
    return response


def serve_document(request: HttpRequest, document_id: int, document_filename: str) -> HttpResponse:
    """Wagtail's permission-checked document view, without validators or 304s for documents of private collections.

    An ETag (the file's hash) or Last-Modified, or a 304 answer to If-None-Match, would confirm a private file's
    content to anyone who can guess it; only public documents keep conditional GET.
    """
    document = get_document_model().objects.filter(pk=document_id).select_related("collection").first()
    private = document is not None and is_private_document(document)
    if private:
        mark_private(request)
        if not can_view_document(request.user, document):
            return refuse(request)
        for header in ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE"):
            request.META.pop(header, None)
    response = wagtail_serve_document(request, document_id, document_filename)
    if private:
        for header in ("ETag", "Last-Modified"):
            if header in response:
                del response[header]
    return response
