"""Facets of the members area's listings (django-filter): plain GET forms that work without JavaScript."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

import django_filters

from home.models import Country


class MeetingFilter(django_filters.FilterSet):
    """The meeting archive by format, country (host or participant) and year.

    Every filter is declared here and the format choices come from the queryset's model, so this module needs no
    import of the meeting models (which use it).
    """

    format = django_filters.ChoiceFilter(label=_("Format"), empty_label=_("All formats"))
    country = django_filters.ModelChoiceFilter(
        label=_("Country"),
        queryset=Country.objects.none(),
        method="filter_country",
        empty_label=_("All countries"),
        help_text=_("Host or participating country."),
    )
    year = django_filters.NumberFilter(
        label=_("Year"), field_name="start_date", lookup_expr="year", widget=forms.NumberInput(attrs={"min": 2000})
    )

    def __init__(self, *args, locale: Locale, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.filters["format"].extra["choices"] = self.queryset.model._meta.get_field("format").choices
        self.filters["country"].queryset = Country.objects.filter(locale=locale).order_by("name")

    def filter_country(self, queryset, name: str, value: Country):
        return queryset.filter(Q(host_country=value) | Q(participants__country=value)).distinct()
