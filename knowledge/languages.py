"""The languages the knowledge base records (the original language of an entry, the languages an expert speaks).

Codes are ISO 639-1. Member profiles keep their languages as free text ("Portuguese, English"), so each language also
lists the names a member may have typed, in the site's four languages.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

LANGUAGE_CHOICES = [
    ("en", _("English")),
    ("de", _("German")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("fr", _("French")),
    ("hi", _("Hindi")),
]
LANGUAGE_CODES = [code for code, _name in LANGUAGE_CHOICES]

# Lower-case spellings found in free-text language lists (English, German, Spanish, Portuguese names, native name).
LANGUAGE_ALIASES = {
    "en": ["english", "englisch", "inglés", "ingles", "inglês"],
    "de": ["german", "deutsch", "alemán", "aleman", "alemão", "alemao"],
    "es": ["spanish", "spanisch", "español", "espanol", "espanhol", "castellano"],
    "pt": ["portuguese", "portugiesisch", "portugués", "portugues", "português"],
    "fr": ["french", "französisch", "francés", "frances", "francês", "français"],
    "hi": ["hindi", "हिन्दी"],
}


def codes_from_text(text: str) -> list[str]:
    """The language codes named in a free-text list such as "Portuguese, English"."""
    lowered = (text or "").lower()
    return [code for code in LANGUAGE_CODES if any(alias in lowered for alias in LANGUAGE_ALIASES[code])]


def split_codes(value: str | list | None) -> list[str]:
    if isinstance(value, list | tuple):
        return [code for code in value if code in LANGUAGE_CODES]
    return [code for code in (value or "").split(",") if code in LANGUAGE_CODES]


class LanguageCodesField(models.CharField):
    """Several language codes stored as "en,es,pt" and edited as checkboxes.

    Two-letter codes joined by commas cannot overlap, so `__contains="es"` finds exactly the entries speaking Spanish on
    every database.
    """

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("max_length", 60)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def get_prep_value(self, value):
        if isinstance(value, list | tuple):
            value = ",".join(split_codes(value))
        return super().get_prep_value(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return ",".join(split_codes(value))
        return super().to_python(value)

    def value_from_object(self, obj) -> list[str]:
        return split_codes(super().value_from_object(obj))

    def save_form_data(self, instance, data) -> None:
        setattr(instance, self.name, ",".join(split_codes(data)))

    def formfield(self, **kwargs) -> forms.Field:
        return forms.MultipleChoiceField(
            choices=LANGUAGE_CHOICES,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )
