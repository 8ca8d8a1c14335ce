"""The home page and the general-purpose standard page."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import StoryBlock
from home.visibility import visible_pages

from .base import BasePage


class HomePage(BasePage):
    """The root of each locale's tree: the network's introduction and the way into every section."""

    page_description = _("The start page of the site in one language.")
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    hero_title = models.CharField(_("hero title"), max_length=200)
    hero_text = models.TextField(_("hero text"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + ["hero_title", "hero_text", "hero_image", "body"]
    search_fields = BasePage.search_fields + [index.SearchField("hero_text"), index.SearchField("body")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        children = visible_pages(request.user, self.get_children()).in_menu()
        context["sections"] = children.specific().defer_streamfields().select_related("listing_image")
        return context


class StandardPage(BasePage):
    """A page of text: about the network, the secretariat, privacy, imprint."""

    page_description = _("A page of text, such as About or Imprint.")

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)
    body = StreamField(StoryBlock(), verbose_name=_("body"))

    content_panels = BasePage.content_panels + ["introduction", "body"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction"), index.SearchField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = visible_pages(request.user, self.get_children()).specific()
        return context
