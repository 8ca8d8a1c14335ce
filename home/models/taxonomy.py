"""The shared vocabulary every content type tags: key topics, partner countries and their cities."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

MAX_PARTNER_COUNTRIES = 15  # seed document, "Participation"


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A key topic of the network (Digital Inclusion, Data Management & Governance, …); translatable."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Used in filter links; keep it the same in every language.")
    )
    description = models.TextField(_("description"), blank=True, max_length=600)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    search_fields = [index.SearchField("name"), index.SearchField("description"), index.FilterField("locale")]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name


class Country(TranslatableMixin, models.Model):
    """A partner country of the network; its name is translated, its ISO 3166 code is not."""

    name = models.CharField(_("name"), max_length=100)
    iso_code = models.CharField(
        _("ISO 3166 code"), max_length=2, help_text=_("Two capital letters, for example BR for Brazil.")
    )

    override_translatable_fields = [SynchronizedField("iso_code")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        super().clean()
        self.iso_code = (self.iso_code or "").upper()
        if len(self.iso_code) != 2 or not self.iso_code.isalpha():
            raise ValidationError({"iso_code": _("Enter the two-letter ISO 3166 code, for example BR.")})
        # Translations share a translation_key: only a new country in the default locale counts towards the maximum.
        if Country.objects.filter(translation_key=self.translation_key).exclude(pk=self.pk).exists():
            return
        others = Country.objects.filter(locale=Locale.get_default()).exclude(pk=self.pk)
        if others.filter(iso_code=self.iso_code).exists():
            raise ValidationError({"iso_code": _("This country is already a partner of the network.")})
        if others.count() >= MAX_PARTNER_COUNTRIES:
            raise ValidationError(
                _("The network has at most %(max)d partner countries; remove one before adding another.")
                % {"max": MAX_PARTNER_COUNTRIES}
            )


class City(models.Model):
    """A city or municipality taking part through its country; names are the city's own and not translated."""

    country = models.ForeignKey(Country, verbose_name=_("country"), on_delete=models.PROTECT, related_name="cities")
    name = models.CharField(_("name"), max_length=120)
    state = models.CharField(_("state or region"), max_length=120, blank=True)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=5, null=True, blank=True)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=5, null=True, blank=True)

    class Meta:
        verbose_name = _("city")
        verbose_name_plural = _("cities")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["country", "name"], name="unique_city_per_country")]

    def __str__(self) -> str:
        return self.name
