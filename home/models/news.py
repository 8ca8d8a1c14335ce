"""News: a paginated, filterable listing with an RSS feed per language, and the news items themselves."""

from django.contrib.auth.models import AnonymousUser
from django.core.paginator import Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import feedgenerator
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from home.blocks import StoryBlock
from home.middleware import mark_shared
from home.visibility import visible_pages

from .base import BasePage
from .listing import localized_countries, localized_topics, page_topic_slugs, tagged_with

PAGE_SIZE = 12
FEED_SIZE = 20
FEED_CACHE_SECONDS = 900


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Newest news first, filterable by topic and country with plain links; its feed lives at feed/."""

    page_description = _("The list of news items, with a feed.")
    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=600)

    content_panels = BasePage.content_panels + ["introduction"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("news index page")

    def news(self, request: HttpRequest):
        pages = visible_pages(request.user, NewsPage.objects.child_of(self)).order_by("-date", "-pk")
        return pages.select_related("locale", "alias_of__locale")

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        items = self.news(request).defer_streamfields().select_related("image").prefetch_related("image__renditions")
        topics = list(localized_topics(self.locale))
        countries = list(localized_countries(self.locale))
        topic = next((t for t in topics if t.slug == request.GET.get("topic")), None)
        country = next((c for c in countries if c.iso_code == request.GET.get("country")), None)
        if topic:
            items = tagged_with(items, NewsPage, topics__topic__slug=topic.slug)
        if country:
            items = tagged_with(items, NewsPage, countries__country__iso_code=country.iso_code)
        query = {
            key: value
            for key, value in (("topic", topic and topic.slug), ("country", country and country.iso_code))
            if value
        }
        context.update(
            items=items_page(items, request),
            topics=topics,
            countries=countries,
            active_topic=topic,
            active_country=country,
            filter_query="&".join(f"{key}={value}" for key, value in query.items()),
            topic_query=f"topic={topic.slug}" if topic else "",
            country_query=f"country={country.iso_code}" if country else "",
            feed_url=self.url + self.reverse_subpage("feed"),
        )
        return context

    @path("feed/", name="feed")
    def feed(self, request: HttpRequest) -> HttpResponse:
        """RSS 2.0 with the newest public items of this language (the feed is public: built as an anonymous visitor)."""
        feed = feedgenerator.Rss201rev2Feed(
            title=self.title,
            link=self.get_full_url(request),
            description=self.introduction or self.search_description or self.title,
            language=self.locale.language_code,
            feed_url=self.get_full_url(request) + self.reverse_subpage("feed"),
        )
        anonymous = AnonymousUser()
        for item in (
            visible_pages(anonymous, NewsPage.objects.child_of(self))
            .order_by("-date", "-pk")
            .defer_streamfields()[:FEED_SIZE]
        ):
            feed.add_item(
                title=item.title,
                link=item.get_full_url(request),
                description=item.summary,
                pubdate=item.first_published_at,
                unique_id=item.get_full_url(request),
            )
        response = HttpResponse(content_type="application/rss+xml; charset=utf-8")
        feed.write(response, "utf-8")
        # Built as an anonymous visitor sees the site, whoever asks: shared caches may keep it a while.
        mark_shared(request, FEED_CACHE_SECONDS)
        return response


def items_page(queryset, request: HttpRequest):
    return Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))


class NewsPage(BasePage):
    """A news item: dated, summarised, tagged with topics and partner countries."""

    page_description = _("A news item of the network.")
    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    date = models.DateField(_("date"), help_text=_("Shown on the item and used to sort the news, newest first."))
    summary = models.TextField(_("summary"), max_length=400, help_text=_("One or two sentences for lists and feeds."))
    image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(StoryBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [
        "date",
        "summary",
        "image",
        InlinePanel("topics", heading=_("Topics"), label=_("Topic")),
        InlinePanel("countries", heading=_("Partner countries"), label=_("Partner country")),
        "body",
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.RelatedFields("topics", [index.RelatedFields("topic", [index.SearchField("name")])]),
        index.RelatedFields("countries", [index.RelatedFields("country", [index.SearchField("name")])]),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("date", overridable=False),
        SynchronizedField("image"),
    ]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def summary_text(self) -> str:
        return self.listing_summary or self.summary

    def get_context(self, request, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        keys = NewsPage.objects.filter(translation_key=self.translation_key)
        context["page_topics"] = list(localized_topics(self.locale, page_topic_slugs(self)))
        codes = set(keys.values_list("countries__country__iso_code", flat=True)) - {None}
        context["page_countries"] = list(localized_countries(self.locale, codes))
        context["parent_url"] = context["ancestors"][-1].get_url(request) if context["ancestors"] else ""
        return context


class NewsPageTopic(TranslatableMixin, Orderable):
    """A topic a news item is tagged with; a translation of the item links the topic of its own language."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="topics")
    topic = models.ForeignKey("home.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="news_tags")

    panels = ["topic"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("news topic")
        verbose_name_plural = _("news topics")


class NewsPageCountry(TranslatableMixin, Orderable):
    """A partner country a news item concerns; a translation of the item links the country of its own language."""

    page = ParentalKey(NewsPage, on_delete=models.CASCADE, related_name="countries")
    country = models.ForeignKey(
        "home.Country", verbose_name=_("partner country"), on_delete=models.CASCADE, related_name="news_tags"
    )

    panels = ["country"]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("news partner country")
        verbose_name_plural = _("news partner countries")
