"""The member's own profile form and the deletion request form."""

from django import forms
from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from home.models import City, Country, Topic

from .models import MemberProfile, PeerCoachingRequest, WorkingRoomPost

PHOTO_EXTENSIONS = ["jpg", "jpeg", "png", "webp"]


class LocalizedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return str(obj.localized)


class LocalizedMultipleChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return str(obj.localized)


class MemberProfileForm(forms.ModelForm):
    """What a member edits about themselves; the secretariat's own fields (account, quotas) stay out."""

    country = LocalizedChoiceField(queryset=Country.objects.none(), label=_("Country"))
    expertise = LocalizedMultipleChoiceField(
        queryset=Topic.objects.none(), label=_("Expertise"), required=False, widget=forms.CheckboxSelectMultiple
    )
    photo = forms.ImageField(
        label=_("Photo"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(f".{ext}" for ext in PHOTO_EXTENSIONS)}),
        validators=[FileExtensionValidator(PHOTO_EXTENSIONS)],
        help_text=_("Shown to other members only. JPEG, PNG or WebP, at most 2 MB."),
    )

    class Meta:
        model = MemberProfile
        fields = [
            "country",
            "city",
            "level",
            "institution",
            "expertise",
            "languages",
            "bio",
            "photo",
            "contact_email",
            "phone",
            "contact_visible",
            "available_for_peer_coaching",
            "language",
        ]
        widgets = {"bio": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        # Snippets are stored as their default-locale row and shown in the reader's language.
        self.fields["country"].queryset = Country.objects.filter(locale=default)
        self.fields["expertise"].queryset = Topic.objects.filter(locale=default)
        self.fields["city"].queryset = City.objects.select_related("country").order_by("name")
        # A form sent without the email language (an older page, a script) keeps the saved one.
        self.fields["language"].required = False
        if self.instance.pk and self.instance.country_id:
            self.initial["country"] = (
                Country.objects.filter(translation_key=self.instance.country.translation_key, locale=default).first()
                or self.instance.country
            )

    def clean_language(self) -> str:
        return self.cleaned_data.get("language") or self.instance.language or settings.LANGUAGE_CODE

    def clean_photo(self):
        photo = self.cleaned_data.get("photo")
        limit = settings.MEMBERS_PHOTO_MAX_UPLOAD_SIZE
        if photo and getattr(photo, "size", 0) > limit:
            raise forms.ValidationError(
                _("This photo is too large; the limit is %(size)s.") % {"size": filesizeformat(limit)}
            )
        return photo


class MemberProfileAdminForm(WagtailAdminModelForm):
    """The secretariat's profile editor: like the member's form, it offers each country and topic once (the
    default-locale row, labelled in the editor's language) instead of one copy per locale."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        country, expertise = self.fields["country"], self.fields["expertise"]
        country.queryset = Country.objects.filter(locale=default).order_by("name")
        expertise.queryset = Topic.objects.filter(locale=default).order_by("sort_order", "name")
        country.label_from_instance = expertise.label_from_instance = lambda snippet: str(snippet.localized)
        if self.instance.pk:
            # A profile saved with another locale's copy shows it as the default-locale row, and is saved as that.
            if self.instance.country_id:
                self.initial["country"] = default_locale_rows(Country, [self.instance.country], default).first()
            self.initial["expertise"] = list(default_locale_rows(Topic, self.instance.expertise.all(), default))


def default_locale_rows(model, snippets, default: Locale) -> models.QuerySet:
    return model.objects.filter(translation_key__in=[s.translation_key for s in snippets], locale=default)


class DeletionRequestForm(forms.Form):
    reason = forms.CharField(
        label=_("Anything the secretariat should know? (optional)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    confirm = forms.BooleanField(
        label=_("I want my account and my profile to be deleted."),
        required=True,
    )


class PeerCoachingRequestForm(forms.ModelForm):
    """A member's request for advice on a project; topics are offered in the page's language."""

    topic = LocalizedChoiceField(queryset=Topic.objects.none(), label=_("Topic"))

    class Meta:
        model = PeerCoachingRequest
        fields = ["topic", "project", "question", "format", "languages"]
        labels = {
            "project": _("Your project"),
            "question": _("What would you like advice on?"),
            "format": _("Format"),
            "languages": _("Languages you can talk in"),
        }
        widgets = {"question": forms.Textarea(attrs={"rows": 6}), "format": forms.RadioSelect}

    def __init__(self, *args, locale: Locale, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = Topic.objects.filter(locale=locale)


class WorkingRoomPostForm(forms.ModelForm):
    """A short plain-text post; links are recognised when shown, HTML is shown as typed."""

    class Meta:
        model = WorkingRoomPost
        fields = ["body"]
        labels = {"body": _("Your post")}
        help_texts = {"body": _("Plain text, at most 2000 characters. Web addresses become links.")}
        widgets = {"body": forms.Textarea(attrs={"rows": 4, "maxlength": 2000})}


class RegistrationForm(forms.Form):
    """Registration for an event; `website` is a honeypot that people never see and bots fill in."""

    name = forms.CharField(label=_("Name"), max_length=120, widget=forms.TextInput(attrs={"autocomplete": "name"}))
    email = forms.EmailField(label=_("Email address"), widget=forms.EmailInput(attrs={"autocomplete": "email"}))
    organisation = forms.CharField(
        label=_("Organisation"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    consent = forms.BooleanField(
        label=_("The Secretariat may keep my name and email address to organise this event."),
        error_messages={"required": _("We need your consent to keep your registration.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
