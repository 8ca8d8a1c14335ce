"""Main menu and footer menu: translatable snippets the secretariat edits per language."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import InlinePanel
from wagtail.models import Orderable, TranslatableMixin

from wagtail_localize.fields import SynchronizedField


class Menu(TranslatableMixin, ClusterableModel):
    """A list of links for one place of the page frame, in one language."""

    class Location(models.TextChoices):
        MAIN = "main", _("Main menu")
        FOOTER = "footer", _("Footer menu")

    location = models.CharField(_("location"), max_length=20, choices=Location.choices)

    panels = ["location", InlinePanel("items", heading=_("Links"), label=_("Link"))]
    override_translatable_fields = [SynchronizedField("location")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("menu")
        verbose_name_plural = _("menus")
        constraints = [models.UniqueConstraint(fields=["location", "locale"], name="unique_menu_location_per_locale")]

    def __str__(self) -> str:
        return str(self.get_location_display())


class MenuItem(TranslatableMixin, Orderable):
    """A link to a page of the site (shown in the reader's language) or to another address."""

    menu = ParentalKey(Menu, on_delete=models.CASCADE, related_name="items")
    link_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    link_url = models.URLField(_("external address"), blank=True, help_text=_("Used when no page is chosen."))
    link_text = models.CharField(
        _("link text"), max_length=60, blank=True, help_text=_("The page's title in the reader's language when empty.")
    )

    panels = ["link_page", "link_url", "link_text"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("menu link")
        verbose_name_plural = _("menu links")

    def clean(self) -> None:
        super().clean()
        if not self.link_page_id and not self.link_url:
            raise ValidationError({"link_page": _("Choose a page or enter an external address.")})
        if self.link_url and not self.link_page_id and not self.link_text:
            raise ValidationError({"link_text": _("Links to other sites need a link text.")})
