"""How an entry is financed and operated: a short translatable list the secretariat keeps (public budget, PPP, …)."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.models import TranslatableMixin

from wagtail_localize.fields import SynchronizedField


class FinancingModel(TranslatableMixin, models.Model):
    """A financing and operator model (public budget, public-private partnership, municipal enterprise, …)."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"), max_length=120, help_text=_("Used in filter links; keep it the same in every language.")
    )
    description = models.TextField(_("description"), blank=True, max_length=600)
    sort_order = models.PositiveSmallIntegerField(_("sort order"), default=0)

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("financing model")
        verbose_name_plural = _("financing models")
        ordering = ["sort_order", "name"]

    def __str__(self) -> str:
        return self.name
