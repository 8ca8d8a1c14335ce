"""Hand-written forms of the public site and of the admin."""

import tempfile

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _

import polib

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


class PoFileUploadForm(forms.Form):
    """A PO file uploaded to a translation: present, readable, and made by wagtail-localize's download."""

    file = forms.FileField(
        error_messages={
            "required": _("Choose a PO file to upload."),
            "empty": _("The PO file is empty."),
            "invalid": _("Choose a PO file to upload."),
        }
    )

    def clean_file(self) -> UploadedFile:
        upload = self.cleaned_data["file"]
        content = upload.read()
        upload.seek(0)  # wagtail-localize's view reads the file again
        # polib takes a string for a file name when such a file exists: it only ever reads a temporary copy.
        with tempfile.NamedTemporaryFile(suffix=".po") as copy:
            copy.write(content)
            copy.flush()
            try:
                po = polib.pofile(copy.name)
            except (OSError, UnicodeDecodeError, ValueError) as error:
                raise forms.ValidationError(_("This is not a valid PO file.")) from error
        if not po.metadata.get("X-WagtailLocalize-TranslationID"):
            raise forms.ValidationError(_("This PO file was not downloaded from a translation of this site."))
        return upload
