"""The public search at /<lang>/search/: visible pages of the current language, counted by type, with highlights."""

import re
from urllib.parse import quote_plus

from django.apps import apps
from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import Truncator

from wagtail.models import Locale, Page

from home.visibility import visible_pages

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
# Content types a visitor can narrow to, by the short name used in the ?type= link.
SEARCH_TYPES = {
    "topic": "home.TopicPage",
    "news": "home.NewsPage",
    "event": "home.EventPage",
    "partner": "home.PartnerCountryPage",
    "page": "home.StandardPage",
}


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
    active_type = request.GET.get("type", "")
    locale = Locale.get_active()
    context = {"query": raw[:MAX_QUERY_LENGTH], "search_types": [], "active_type": active_type, "results": None}
    if query:
        pages = visible_pages(request.user, Page.objects.filter(locale=locale))
        counts = type_counts(pages, query)
        context["search_types"] = [
            {"key": key, "label": model_label(label), "count": counts.get(label, 0)}
            for key, label in SEARCH_TYPES.items()
            if counts.get(label)
        ]
        context["total"] = sum(counts.values())
        if active_type in SEARCH_TYPES:
            pages = pages.type(apps.get_model(SEARCH_TYPES[active_type]))
        results = Paginator(pages.search(query), settings.SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
        terms = query.split()
        specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in results]).specific()}
        context["results"] = results
        context["hits"] = [
            {
                "page": specific.get(page.pk, page),
                "summary": highlight(getattr(specific.get(page.pk, page), "summary_text", "") or "", terms),
                "title": highlight(page.title, terms),
                "type": specific.get(page.pk, page)._meta.verbose_name,
            }
            for page in results
        ]
        query_string = f"q={quote_plus(query)}"
        context["type_query"] = query_string
        context["page_query"] = query_string + (f"&type={active_type}" if active_type in SEARCH_TYPES else "")
    return render(request, "home/search.html", context)


def type_counts(pages, query: str) -> dict[str, int]:
    """Hits per content type, counted over the matching ids (one query per type, at most len(SEARCH_TYPES))."""
    counts = {}
    for label in SEARCH_TYPES.values():
        counts[label] = pages.type(apps.get_model(label)).search(query).count()
    return counts


def model_label(label: str) -> str:
    model = apps.get_model(label)
    return str(model._meta.verbose_name_plural).capitalize()
