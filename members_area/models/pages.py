"""The root of the members area in each locale: private by a Members view restriction, and the member's dashboard."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.search import index

from home.models.base import BasePage

from ..dashboard import dashboard_context


class MembersAreaPage(BasePage):
    """The members' dashboard at /<lang>/members/; everything below it is private by inheritance."""

    page_description = _("The members area: private to the group Members in every language.")
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("members area")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context.update(dashboard_context(self, request.user))
        return context
