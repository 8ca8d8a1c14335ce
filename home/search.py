"""The public search at /<lang>/search/: visible pages of the current language, counted by type, with highlights."""

import re
from urllib.parse import quote_plus

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page

from home.locales import active_locale
from home.models import EventPage, NewsPage, TopicPage
from home.models.listing import localized_topics
from home.visibility import visible_pages

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Content types a visitor can narrow to, by the short name used in the ?type= link, with their facet labels.
SEARCH_TYPES = {
    "topic": ("home.TopicPage", _("Topics")),
    "news": ("home.NewsPage", _("News")),
    "event": ("home.EventPage", _("Events")),
    "partner": ("home.PartnerCountryPage", _("Partner countries")),
    "page": ("home.StandardPage", _("Pages")),
}


def search_types() -> dict[str, tuple[str, str]]:
    """The public types, and those the apps above add through the hook `search_types` (the members' collections):
    `[(key, "app.Model", label)]`. A type shows up in the facets only when this reader has hits of it."""
    types = dict(SEARCH_TYPES)
    for extra in hooks.get_hooks("search_types"):
        types.update({key: (model, label) for key, model, label in extra()})
    return types


def pages_on_topic(slug: str) -> list:
    """Translation keys of the pages tagged with a topic, from home's own pages and from the apps' hook
    `search_topic_pages(slug) -> [queryset of translation keys]`; in any locale, since tags are not synchronised."""
    keys = [
        NewsPage.objects.filter(topics__topic__slug=slug).values("translation_key"),
        EventPage.objects.filter(topics__topic__slug=slug).values("translation_key"),
        TopicPage.objects.filter(topic__slug=slug).values("translation_key"),
    ]
    for more in hooks.get_hooks("search_topic_pages"):
        keys.extend(more(slug))
    return keys


def on_topic(pages, slug: str):
    condition = Q(pk__in=[])
    for keys in pages_on_topic(slug):
        condition |= Q(translation_key__in=keys)
    return pages.filter(condition)


def clean_query(raw: str) -> str:
    """Words only: backends' query syntaxes (FTS5, tsquery) then never see quotes, operators or markup."""
    terms = re.findall(r"\w+", raw[:MAX_QUERY_LENGTH])
    return " ".join(terms[:MAX_TERMS])


def highlight(text: str, terms: list[str], length: int = 40) -> SafeString:
    """`text` truncated to `length` words, escaped, with the search terms wrapped in <mark>."""
    safe = escape(Truncator(text or "").words(length))
    if not terms:
        return mark_safe(safe)  # noqa: S308 - escaped above
    pattern = re.compile("|".join(re.escape(escape(term)) for term in sorted(terms, key=len, reverse=True)), re.I)
    return mark_safe(pattern.sub(lambda match: f"<mark>{match.group(0)}</mark>", safe))  # noqa: S308


def search(request: HttpRequest) -> HttpResponse:
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    types = search_types()
    locale = active_locale(request)
    topics = {topic.slug: topic.name for topic in localized_topics(locale)}
    active_type = request.GET.get("type", "")
    if active_type not in types:
        active_type = ""
    active_topic = request.GET.get("topic", "")
    if active_topic not in topics:
        active_topic = ""
    context = {
        "query": raw[:MAX_QUERY_LENGTH],
        "search_types": [],
        "search_topics": [],
        "active_type": active_type,
        "active_topic": active_topic,
        "results": None,
    }
    if not query:
        return render(request, "home/search.html", context)

    pages = visible_pages(request.user, Page.objects.filter(locale=locale))
    # Each facet counts what the other facet leaves, so a reader sees what choosing it would give.
    typed = pages.type(apps.get_model(types[active_type][0])) if active_type else pages
    in_topic = on_topic(pages, active_topic) if active_topic else pages
    context["search_types"] = [
        {"key": key, "label": label, "count": count}
        for key, (label, count) in type_counts(in_topic, query, types).items()
        if count
    ]
    context["search_topics"] = [
        {"key": slug, "label": name, "count": count}
        for slug, name in topics.items()
        if (count := on_topic(typed, slug).search(query).count())
    ]
    pages = on_topic(typed, active_topic) if active_topic else typed
    context["total"] = pages.search(query).count()
    results = Paginator(pages.search(query), settings.SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    # One query for the specific pages of this result page, to show their summaries.
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in results]).specific()}
    labels = dict(types.values())
    terms = query.split()
    context["results"] = results
    context["hits"] = []
    for result in results:
        page = specific.get(result.pk, result)
        context["hits"].append(
            {
                "page": page,
                "title": highlight(page.title, terms),
                "summary": highlight(getattr(page, "summary_text", "") or "", terms),
                "type": labels.get(page._meta.label, page._meta.verbose_name),
            }
        )
    context["type_query"] = f"q={quote_plus(query)}" + (f"&topic={active_topic}" if active_topic else "")
    context["topic_query"] = f"q={quote_plus(query)}" + (f"&type={active_type}" if active_type else "")
    context["page_query"] = context["type_query"] + (f"&type={active_type}" if active_type else "")
    return render(request, "home/search.html", context)


def type_counts(pages, query: str, types: dict[str, tuple[str, str]]) -> dict[str, tuple[str, int]]:
    """Label and number of hits per content type a reader can narrow to (one count query per type)."""
    return {
        key: (label, pages.type(apps.get_model(model)).search(query).count()) for key, (model, label) in types.items()
    }
