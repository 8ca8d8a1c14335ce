"""Who may grant administrator rights in Wagtail's user editor: superusers only.

The Secretariat manages members: it may create and edit accounts that are neither superusers, staff nor in the
Secretariat, and may give them no such rights. Superusers manage everything. The rule holds in the forms (the fields
are not offered and not accepted) and in the views (editing or deleting a privileged account is refused).
"""

from django import forms
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views import users

from .forms import STAFF_ROLES


def is_privileged_account(user: AbstractBaseUser) -> bool:
    """Superusers, staff and the Secretariat: accounts only a superuser may edit or grant."""
    if user.pk is None:
        return False
    return user.is_superuser or user.is_staff or user.groups.filter(name__in=STAFF_ROLES).exists()


def may_manage(actor: AbstractBaseUser | AnonymousUser, target: AbstractBaseUser) -> bool:
    return actor.is_superuser or not is_privileged_account(target)


class AccountRightsFormMixin:
    """Offers administrator rights and staff roles to superusers only, and refuses them from anyone else."""

    def __init__(self, *args, for_user: AbstractBaseUser | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        actor = for_user
        self.limited_editor = actor is None or not actor.is_superuser
        if self.limited_editor:
            self.fields.pop("is_superuser", None)
            if "groups" in self.fields:
                self.fields["groups"].queryset = self.fields["groups"].queryset.exclude(name__in=STAFF_ROLES)

    def clean(self) -> dict:
        cleaned_data = super().clean()
        if self.limited_editor and self.instance.pk is not None and is_privileged_account(self.instance):
            raise forms.ValidationError(_("Only an administrator can edit an administrator or a member of staff."))
        return cleaned_data


class AccountCreationForm(AccountRightsFormMixin, UserCreationForm):
    pass


class AccountEditForm(AccountRightsFormMixin, UserEditForm):
    pass


class ActorFormMixin:
    """Wagtail's user forms are plain model forms: hand them the acting user explicitly."""

    def get_form_kwargs(self) -> dict:
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class AccountCreateView(ActorFormMixin, users.CreateView):
    pass


class AccountEditView(ActorFormMixin, users.EditView):
    def run_before_hook(self):
        if not may_manage(self.request.user, self.object):
            raise PermissionDenied
        return super().run_before_hook()


class AccountDeleteView(users.DeleteView):
    def dispatch(self, request: HttpRequest, *args, **kwargs):
        if not may_manage(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class AccountViewSet(users.UserViewSet):
    """Wagtail's user editor with the rule above."""

    add_view_class = AccountCreateView
    edit_view_class = AccountEditView
    delete_view_class = AccountDeleteView

    def get_form_class(self, for_update: bool = False) -> type:
        return AccountEditForm if for_update else AccountCreationForm
