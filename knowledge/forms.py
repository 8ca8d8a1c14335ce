"""The forms members use to propose a good practice or a project; the secretariat reviews what arrives."""

from django import forms
from django.apps import apps
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from home.models import City, Country, Topic
from knowledge.choices import Status
from knowledge.languages import LANGUAGE_CHOICES


class LocalizedChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return str(obj.localized)


class TopicChoiceField(forms.ModelMultipleChoiceField):
    def label_from_instance(self, obj) -> str:
        return str(obj.localized)


class CityChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj) -> str:
        return f"{obj.name} ({obj.country.localized})"


def paragraphs(text: str) -> str:
    """Plain text typed by a member as rich text: one paragraph per blank-line-separated block, HTML escaped."""
    blocks = [block.strip() for block in text.replace("\r\n", "\n").split("\n\n") if block.strip()]
    return "".join("<p>{}</p>".format(escape(block).replace("\n", "<br/>")) for block in blocks)


class ProposalForm(forms.Form):
    """What every proposal holds: what, where, what about, how financed, in which state and language."""

    title = forms.CharField(label=_("Title"), max_length=255)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=400,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences, shown on cards and in search (at most 400 characters)."),
    )
    institution = forms.CharField(label=_("Responsible institution"), max_length=200, required=False)
    country = LocalizedChoiceField(queryset=Country.objects.none(), label=_("Country"))
    city = CityChoiceField(queryset=City.objects.none(), label=_("City"), required=False)
    topics = TopicChoiceField(queryset=Topic.objects.none(), label=_("Topics"), widget=forms.CheckboxSelectMultiple)
    financing_model = LocalizedChoiceField(queryset=None, label=_("Financing and operator model"), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=Status.choices, initial=Status.RUNNING)
    original_language = forms.ChoiceField(label=_("Language of the original"), choices=LANGUAGE_CHOICES)

    rich_text_fields: list[str] = []
    plain_text_fields: list[str] = []

    def __init__(self, *args, locale: Locale, **kwargs) -> None:
        kwargs.setdefault("initial", {}).setdefault("original_language", locale.language_code)
        super().__init__(*args, **kwargs)
        default = Locale.get_default()
        self.locale = locale
        self.fields["country"].queryset = Country.objects.filter(locale=default).order_by("name")
        self.fields["city"].queryset = (
            City.objects.filter(country__locale=default).select_related("country").order_by("name")
        )
        self.fields["topics"].queryset = Topic.objects.filter(locale=locale).order_by("sort_order", "name")
        financing = apps.get_model("knowledge", "FinancingModel")
        self.fields["financing_model"].queryset = financing.objects.filter(locale=locale)
        self.fields["financing_model"].empty_label = _("Not known yet")
        self.fields["city"].empty_label = _("Country-wide")

    def clean(self) -> dict:
        cleaned = super().clean()
        country, city = cleaned.get("country"), cleaned.get("city")
        if country and city and city.country.translation_key != country.translation_key:
            self.add_error("city", _("This city is not in the chosen country."))
        return cleaned

    def page_fields(self) -> dict:
        """The page's field values: place and country in the page's language, typed text as paragraphs."""
        data = self.cleaned_data
        country = data["country"].get_translation_or_none(self.locale) or data["country"]
        fields = {
            "title": data["title"],
            "summary": data["summary"],
            "institution": data["institution"],
            "country": country,
            "city": data["city"],
            "financing_model": data["financing_model"],
            "status": data["status"],
            "original_language": data["original_language"],
        }
        for name in self.rich_text_fields:
            fields[name] = paragraphs(data[name])
        for name in self.plain_text_fields:
            fields[name] = data[name]
        return fields


class GoodPracticeProposalForm(ProposalForm):
    challenge = forms.CharField(
        label=_("Challenge"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000, help_text=_("What problem?")
    )
    solution = forms.CharField(
        label=_("Solution"), widget=forms.Textarea(attrs={"rows": 6}), max_length=8000, help_text=_("What was done?")
    )
    results = forms.CharField(
        label=_("Results"),
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=5000,
        help_text=_("What changed, with figures where you have them."),
    )
    lessons_learned = forms.CharField(
        label=_("Lessons learned"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, required=False
    )
    financing_details = forms.CharField(
        label=_("Financing details"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        required=False,
        help_text=_("Costs, funders and who operates it."),
    )
    replicability = forms.CharField(
        label=_("Replicability"),
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1500,
        required=False,
        help_text=_("What another city needs to copy it."),
    )

    rich_text_fields = ["challenge", "solution", "results", "lessons_learned"]
    plain_text_fields = ["financing_details", "replicability"]


class ProjectProposalForm(ProposalForm):
    goals = forms.CharField(label=_("Goals"), widget=forms.Textarea(attrs={"rows": 5}), max_length=5000)
    funding_sources = forms.CharField(
        label=_("Funding sources"), widget=forms.Textarea(attrs={"rows": 3}), max_length=1000, required=False
    )
    help_wanted = forms.CharField(
        label=_("Help wanted"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=1500,
        required=False,
        help_text=_("What the project asks the network for: experience, contacts, data, a peer visit."),
    )

    rich_text_fields = ["goals"]
    plain_text_fields = ["funding_sources", "help_wanted"]
