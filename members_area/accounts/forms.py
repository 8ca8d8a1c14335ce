"""Forms of the accounts: the site's login, and the secretariat's invitation."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from allauth.account.forms import LoginForm

from .roles import ROLE_SECRETARIAT, ROLES

STAFF_ROLES = [ROLE_SECRETARIAT]  # only superusers give these roles


class AccountLoginForm(LoginForm):
    """allauth's login form with a label that says what to type (its own says "Login")."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["login"].label = _("Username or email address")
        self.fields["login"].widget.attrs.update(placeholder="", autocomplete="username")
        self.fields["password"].widget.attrs["placeholder"] = ""
        self.fields["password"].help_text = ""  # the page links to the password reset itself


class InvitationForm(forms.Form):
    """What the secretariat enters to invite someone."""

    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("Email address"))
    group = forms.ChoiceField(
        label=_("Role"),
        choices=[(name, name) for name in ROLES],
        initial=ROLES[-1],
        help_text=_("Members see the members area; the Secretariat also manages the site."),
    )
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )

    def __init__(self, *args, for_user=None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        if for_user is None or not for_user.is_superuser:
            # Only an administrator grants staff rights; the Secretariat invites members and translators.
            self.fields["group"].choices = [(name, name) for name in ROLES if name not in STAFF_ROLES]

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("An account with this email address already exists."))
        return email
