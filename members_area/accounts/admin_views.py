"""The secretariat's account work in the Wagtail admin: invite, deactivate, lift login locks.

Every view needs `members_area.change_user` (the Secretariat has it through its role; superusers have everything).
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q, Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse, reverse_lazy
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from django.views.generic import FormView, TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset

from .forms import InvitationForm
from .invitations import invite, send_invitation
from .second_factor import has_totp
from .sessions import deactivate_user

PERMISSION = "members_area.change_user"


def can_manage_accounts(user) -> bool:
    return user.is_active and user.has_perm(PERMISSION)


def require_account_manager(view):
    def wrapped(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not can_manage_accounts(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


class AccountsBreadcrumbsMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def get_breadcrumbs_items(self) -> list[dict]:
        return [
            *self.breadcrumbs_items,
            {"url": reverse("iscn_accounts_index"), "label": _("Accounts")},
            {"url": "", "label": self.get_page_title()},
        ]


@method_decorator(require_account_manager, name="dispatch")
class AccountIndexView(AccountsBreadcrumbsMixin, TemplateView):
    """Every account with its role, status and second factor, searchable; deactivate or invite again from here."""

    page_title = gettext_lazy("Accounts")
    template_name = "members_area/accounts/admin/account_index.html"

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        users = get_user_model().objects.prefetch_related("groups").order_by("last_name", "first_name", "username")
        query = self.request.GET.get("q", "").strip()
        if query:
            users = users.filter(
                Q(username__icontains=query)
                | Q(email__icontains=query)
                | Q(first_name__icontains=query)
                | Q(last_name__icontains=query)
            )
        page = Paginator(users, 50).get_page(self.request.GET.get("p"))
        for user in page:
            user.has_second_factor = has_totp(user)
        context.update(page_obj=page, query=query)
        return context


@method_decorator(require_account_manager, name="dispatch")
class InviteView(AccountsBreadcrumbsMixin, FormView):
    """Invite a member (or a member of the Secretariat) by email."""

    page_title = gettext_lazy("Invite a member")
    template_name = "members_area/accounts/admin/invite.html"
    form_class = InvitationForm
    success_url = reverse_lazy("iscn_accounts_index")

    def get_context_data(self, **kwargs) -> dict:
        return super().get_context_data(invitation_days=settings.ISCN_INVITATION_TIMEOUT_DAYS, **kwargs)

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "for_user": self.request.user}

    def form_valid(self, form: InvitationForm) -> HttpResponse:
        user = invite(request=self.request, **form.cleaned_data)
        messages.success(
            self.request,
            _("%(name)s has been invited; the link in the email works once and for %(days)d days.")
            % {"name": user.get_full_name() or user.email, "days": settings.ISCN_INVITATION_TIMEOUT_DAYS},
        )
        return super().form_valid(form)


@require_account_manager
@require_POST
def deactivate(request: HttpRequest, pk: int) -> HttpResponse:
    """Access ends at once; the content the person wrote stays."""
    user = get_object_or_404(get_user_model(), pk=pk)
    if user == request.user:
        messages.error(request, _("You cannot deactivate your own account."))
    elif user.is_superuser and not request.user.is_superuser:
        messages.error(request, _("Only an administrator can deactivate an administrator."))
    else:
        deactivate_user(user)
        messages.success(request, _("%(name)s has been deactivated and logged out everywhere.") % {"name": user})
    return redirect("iscn_accounts_index")


@require_account_manager
@require_POST
def resend_invitation(request: HttpRequest, pk: int) -> HttpResponse:
    user = get_object_or_404(get_user_model(), pk=pk, is_active=True)
    if user.has_usable_password():
        messages.error(request, _("%(name)s has already set a password.") % {"name": user})
    else:
        send_invitation(user, language=request.POST.get("language") or settings.LANGUAGE_CODE, request=request)
        messages.success(request, _("A new invitation has been sent to %(email)s.") % {"email": user.email})
    return redirect("iscn_accounts_index")


@method_decorator(require_account_manager, name="dispatch")
class LoginLockIndexView(AccountsBreadcrumbsMixin, TemplateView):
    """Sign-ins locked after too many failed logins: an account, for the address the failures came from."""

    page_title = gettext_lazy("Login locks")
    template_name = "members_area/accounts/admin/login_locks.html"

    def get_context_data(self, **kwargs) -> dict:
        context = super().get_context_data(**kwargs)
        limit = settings.AXES_FAILURE_LIMIT
        # Attempts older than the cool-off no longer count (axes ignores them too).
        recent = AccessAttempt.objects.filter(
            attempt_time__gte=timezone.now() - timedelta(hours=float(settings.AXES_COOLOFF_TIME))
        )
        locks = (
            recent.exclude(username=None)
            .values("username", "ip_address")
            .annotate(failures=Sum("failures_since_start"))
            .filter(failures__gte=limit)
            .order_by("username", "ip_address")
        )
        context.update(locks=locks, limit=limit)
        return context


@require_account_manager
@require_POST
def lift_lock(request: HttpRequest) -> HttpResponse:
    """Lifts the lock of an account, for one address when one is given, else for every address."""
    username = request.POST.get("username", "")
    ip_address = request.POST.get("ip_address", "") or None
    if username:
        axes_reset(username=username, ip=ip_address)
        messages.success(request, _("The lock on the account %(username)s has been lifted.") % {"username": username})
    return redirect("iscn_login_locks")
