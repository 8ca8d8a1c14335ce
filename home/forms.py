"""Hand-written forms of the public site."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.models.contact_messages import ContactMessage


class ContactForm(forms.ModelForm):
    """The contact form; `website` is a honeypot that people never see and bots fill in."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    class Meta:
        model = ContactMessage
        fields = ["name", "email", "organisation", "subject", "message"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
            "message": forms.Textarea(attrs={"rows": 8}),
        }

    def clean_subject(self) -> str:
        # The subject becomes the mail's Subject header, where a line break is refused (header injection).
        subject = self.cleaned_data["subject"]
        if "\n" in subject or "\r" in subject:
            raise forms.ValidationError(_("Please write the subject on a single line."))
        return subject

    def is_spam(self) -> bool:
        return bool(self.cleaned_data.get("website"))
