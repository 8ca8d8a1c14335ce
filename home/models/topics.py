"""The key topics: an index of the network's topics and one page per topic with its guiding questions."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.search import index

from home.blocks import StoryBlock
from home.visibility import visible_pages

from .base import BasePage
from .events import EventPage
from .listing import tagged_with
from .news import NewsPage


class TopicIndexPage(BasePage):
    """The list of the network's key topics; unique per locale."""

    page_description = _("The list of the network's key topics.")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.TopicPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=800)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("topic index page")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        topics = visible_pages(request.user, TopicPage.objects.child_of(self))
        context["topics"] = topics.defer_streamfields().select_related("listing_image")
        return context


class TopicPage(BasePage):
    """One key topic: its introduction, guiding questions, and the news and events tagged with it."""

    page_description = _("A key topic of the network with its guiding questions.")
    parent_page_types = ["home.TopicIndexPage"]
    subpage_types = []

    topic = models.ForeignKey(
        "home.Topic",
        verbose_name=_("topic"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The tag that news and events carry for this topic."),
    )
    introduction = models.TextField(_("introduction"), max_length=1500)
    guiding_questions = StreamField(
        [("question", blocks.CharBlock(label=_("Question"), max_length=300))],
        blank=True,
        verbose_name=_("guiding questions"),
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + ["topic", "introduction", "guiding_questions", "body"]
    search_fields = BasePage.search_fields + [
        index.SearchField("introduction"),
        index.SearchField("guiding_questions"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("topic page")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        news = events = NewsPage.objects.none()
        if self.topic_id:
            slug = self.topic.slug
            news = tagged_with(NewsPage.objects.filter(locale=self.locale), NewsPage, topics__topic__slug=slug)
            events = tagged_with(EventPage.objects.filter(locale=self.locale), EventPage, topics__topic__slug=slug)
            news, events = visible_pages(request.user, news), visible_pages(request.user, events)
        related = ("locale", "alias_of__locale")  # for the "not translated yet" mark
        context["related_news"] = list(news.select_related(*related).defer_streamfields().order_by("-date", "-pk")[:4])
        events = events.select_related(*related).defer_streamfields()
        context["related_events"] = list(events.order_by("-start_date", "-pk")[:4])
        return context
