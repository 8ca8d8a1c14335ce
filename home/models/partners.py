"""The partner countries: an index with a map drawn from the cities' coordinates, and one page per country."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from home.blocks import StoryBlock
from home.visibility import visible_pages

from .base import BasePage
from .taxonomy import City

MAP_WIDTH, MAP_HEIGHT = 720, 360


class PartnerIndexPage(BasePage):
    """All partner countries as a list and a map (an SVG made here: no external tiles)."""

    page_description = _("The list of the network's partner countries.")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.PartnerCountryPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("partner index page")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        countries = list(
            visible_pages(request.user, PartnerCountryPage.objects.child_of(self))
            .defer_streamfields()
            .select_related("country")
            .order_by("title")
        )
        keys = [page.country.translation_key for page in countries if page.country]
        cities = City.objects.filter(country__translation_key__in=keys).select_related("country").order_by("name")
        by_key: dict = {}
        for city in cities:
            by_key.setdefault(city.country.translation_key, []).append(city)
        markers = []
        for page in countries:
            page.cities = by_key.get(page.country.translation_key, []) if page.country else []
            markers += [map_marker(city, page) for city in page.cities if city.latitude is not None]
        context.update(countries=countries, markers=markers, map_width=MAP_WIDTH, map_height=MAP_HEIGHT)
        return context


def map_marker(city, page) -> dict:
    """Equirectangular projection onto the SVG's box."""
    x = (float(city.longitude) + 180) / 360 * MAP_WIDTH
    y = (90 - float(city.latitude)) / 180 * MAP_HEIGHT
    return {"x": round(x, 1), "y": round(y, 1), "name": city.name, "page": page}


class PartnerCountryPage(BasePage):
    """A partner country: what it brings to the network, its cities and its institutions."""

    page_description = _("A partner country with its cities and institutions.")
    parent_page_types = ["home.PartnerIndexPage"]
    subpage_types = []

    country = models.ForeignKey(
        "home.Country", verbose_name=_("country"), null=True, on_delete=models.PROTECT, related_name="+"
    )
    introduction = models.TextField(_("introduction"), max_length=1000)
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        "country",
        "introduction",
        "body",
        InlinePanel("institutions", heading=_("Institutions"), label=_("Institution")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("partner country page")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        cities = City.objects.none()
        if self.country_id:
            cities = City.objects.filter(country__translation_key=self.country.translation_key).order_by("name")
        context["cities"] = list(cities)
        context["institutions"] = list(self.institutions.select_related("city"))
        return context


class PartnerCountryPageInstitution(TranslatableMixin, Orderable):
    """An institution taking part for the country; a translation of the page may give its name in its own language."""

    page = ParentalKey(PartnerCountryPage, on_delete=models.CASCADE, related_name="institutions")
    name = models.CharField(
        _("name"),
        max_length=200,
        help_text=_(
            "In a translation, keep the name as the institution writes it unless it has an official translation."
        ),
    )
    level = models.CharField(
        _("level"),
        max_length=10,
        choices=[("national", _("National")), ("municipal", _("Municipal"))],
        default="municipal",
    )
    city = models.ForeignKey(
        "home.City", verbose_name=_("city"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    website = models.URLField(_("website"), blank=True)

    panels = ["name", "level", "city", "website"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
