"""The reader's language as the site knows it: the active `Locale` and that locale's home page.

LocaleMiddleware activates the language of the URL prefix; everything that turns it into a Locale, a home page or a
search configuration asks here, so the lookup and its fallback (the default language) are written once. Both
answers are kept on the request, since the frame of every page asks for them several times.
"""

from django.conf import settings
from django.http import HttpRequest
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home.caching import SharedFacts
from home.visibility import visible_pages

# Languages that write the name of a language in lower case within a sentence ("en inglés", "em inglês"), unlike
# German ("auf Englisch"); a name standing alone, as a label, keeps its capital.
LOWER_CASE_LANGUAGE_NAMES = {"es", "pt", "fr", "it"}


def language_name(code: str, in_sentence: bool = False) -> str:
    """The name of language `code` in the active language (e.g. "Englisch" in German, "inglés" within Spanish text)."""
    name = str(translation.get_language_info(code)["name_translated"])
    return name.lower() if in_sentence and active_language() in LOWER_CASE_LANGUAGE_NAMES else name


def active_language() -> str:
    """The content language of the active interface language (e.g. "pt" for "pt-br"); the default one otherwise."""
    try:
        return get_supported_content_language_variant(translation.get_language() or settings.LANGUAGE_CODE)
    except LookupError:
        return settings.LANGUAGE_CODE


# Locale rows change only when the site's languages do (home.apps connects LOCALES.forget to their changes).
LOCALES = SharedFacts("locales", 60 * 60)


def locale_for(code: str) -> Locale | None:
    """The `Locale` of a language code, from the cache when another request read it already."""
    return LOCALES.get(code, lambda: Locale.objects.filter(language_code=code).first())


def default_locale() -> Locale:
    """The `Locale` of the site's default language (Wagtail's Locale.get_default), from the cache when read already."""
    return locale_for(get_supported_content_language_variant(settings.LANGUAGE_CODE)) or Locale.get_default()


def active_locale(request: HttpRequest | None = None) -> Locale:
    """The `Locale` of the active language, looked up once per request and language."""
    code = active_language()
    memo = request.__dict__.setdefault("_iscn_locales", {}) if request is not None else {}
    if code not in memo:
        memo[code] = locale_for(code) or Locale.get_default()
    return memo[code]


def locale_home(request: HttpRequest | None) -> Page | None:
    """The home page of the request's site in the active language (the site root where it has no translation)."""
    if request is None:
        return None
    code = active_language()
    cache = request.__dict__.setdefault("_iscn_locale_homes", {})
    if code not in cache:
        site = Site.find_for_request(request)
        root = site.root_page if site is not None else None
        if root is not None:
            locale = active_locale(request)
            if root.locale_id != locale.pk:
                root = root.get_translation_or_none(locale) or root
        cache[code] = root
    return cache[code]


def locale_home_url(request: HttpRequest) -> str:
    """Where "home" is for this reader: the home page in the active language (e.g. after logging in or out)."""
    home = locale_home(request)
    url = home.get_url(request) if home is not None else None
    return url or f"/{active_language()}/"


def _nearest_visible(request: HttpRequest, page: Page, codes: list[str]) -> dict[str, Page]:
    """Per language code: the page's own translation if this user may see it, else its deepest visible ancestor's."""
    keys = [page.translation_key, *page.get_ancestors().filter(depth__gte=2).values_list("translation_key", flat=True)]
    candidates = Page.objects.filter(translation_key__in=keys, locale__language_code__in=codes)
    nearest = {}
    for candidate in visible_pages(request.user, candidates).select_related("locale").order_by("depth"):
        nearest[candidate.locale.language_code] = candidate  # deeper pages come later and win
    return nearest


def _view_in(request: HttpRequest, code: str) -> str | None:
    """The same non-page view (search, login, profile...) in language `code`, with its query; None for pages."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    if match.url_name == "wagtail_serve":
        return None  # a path Wagtail could not serve: slugs differ between languages, so go to that home page
    url = translate_url(request.get_full_path(), code)
    return url if url != request.get_full_path() or code == active_language() else None


def language_links(request: HttpRequest | None, page: Page | None = None, translations=None) -> list[dict]:
    """One link per language to the same place: the same view, or this page's translation that the reader may see
    (with a routable page's sub-path), keeping the query string (filters, archive, search words).

    Where that page has no visible translation, the link goes to its nearest translated section, at worst that
    language's home page. `translations` are the page's visible translations, when the view has them already.
    """
    current = active_language()
    urls = {code: (f"/{code}/", False) for code, _name in settings.LANGUAGES}
    if request is not None:
        urls.update(_same_place(request, page, translations, list(urls)))
    return [
        {"code": code, "name": name, "url": urls[code][0], "exact": urls[code][1], "current": code == current}
        for code, name in settings.LANGUAGES
    ]


def _same_place(request: HttpRequest, page: Page | None, translations, codes: list[str]) -> dict[str, tuple[str, bool]]:
    """Per language code: (url, whether it is the same place rather than a section or home page above it)."""
    query = request.META.get("QUERY_STRING", "")
    suffix = f"?{query}" if query else ""
    if page is None:
        views = {code: _view_in(request, code) for code in codes}
        if all(views.values()):
            return {code: (url, True) for code, url in views.items()}
        page, suffix = locale_home(request), ""
        if page is None:
            return {}
    else:
        # A routable page's sub-path (e.g. a form's thanks/) exists under every translation of the page.
        own_url = page.get_url(request) or ""
        if own_url and request.path.startswith(own_url):
            suffix = request.path[len(own_url) :] + suffix
    found = {t.locale.language_code: t for t in translations or []}
    if any(code not in found for code in codes):
        found = _nearest_visible(request, page, codes)
    urls = {}
    for code, target in found.items():
        exact = target.translation_key == page.translation_key
        url = target.get_url(request)
        if url:
            urls[code] = (url + (suffix if exact else ""), exact)
    return urls
