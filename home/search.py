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
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from home.locales import active_locale
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
    if active_type not in SEARCH_TYPES:
        active_type = ""
    context = {"query": raw[:MAX_QUERY_LENGTH], "search_types": [], "active_type": active_type, "results": None}
    if not query:
        return render(request, "home/search.html", context)

    pages = visible_pages(request.user, Page.objects.filter(locale=active_locale(request)))
    context["total"] = pages.search(query).count()
    context["search_types"] = [
        {"key": key, "label": label, "count": count}
        for key, (label, count) in type_counts(pages, query).items()
        if count
    ]
    if active_type:
        pages = pages.type(apps.get_model(SEARCH_TYPES[active_type][0]))
    results = Paginator(pages.search(query), settings.SEARCH_PAGE_SIZE).get_page(request.GET.get("page"))
    # One query for the specific pages of this result page, to show their summaries.
    specific = {page.pk: page for page in Page.objects.filter(pk__in=[p.pk for p in results]).specific()}
    labels = dict(SEARCH_TYPES.values())
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
    context["type_query"] = f"q={quote_plus(query)}"
    context["page_query"] = context["type_query"] + (f"&type={active_type}" if active_type else "")
    return render(request, "home/search.html", context)


def type_counts(pages, query: str) -> dict[str, tuple[str, int]]:
    """Label and number of hits per content type a visitor can narrow to (one count query per type)."""
    return {
        key: (label, pages.type(apps.get_model(model)).search(query).count())
        for key, (model, label) in SEARCH_TYPES.items()
    }
