"""Template tags for the frame of every page: menus and language links. Templates call these and run no queries."""

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page, Site

from home.visibility import visible_pages

register = template.Library()


def _locale_home(request) -> Page | None:
    site = Site.find_for_request(request) if request else None
    if site is None:
        return None
    root = site.root_page
    try:
        locale = Locale.objects.get(language_code=translation.get_language())
    except Locale.DoesNotExist:
        return root
    return root.get_translation_or_none(locale) or root


@register.simple_tag(takes_context=True)
def locale_home(context) -> Page | None:
    request = context.get("request")
    if request is None:
        return None
    if not hasattr(request, "_iscn_locale_home"):
        request._iscn_locale_home = _locale_home(request)
    return request._iscn_locale_home


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    request = context.get("request")
    home = locale_home(context)
    items = []
    if home is not None:
        items = list(visible_pages(request.user, home.get_children()).in_menu().specific().defer_streamfields())
    current_path = getattr(context.get("page"), "path", "")
    for item in items:
        # "page" for the page itself, "true" for the section the page lies in (WAI-ARIA aria-current values)
        item.menu_current = (
            "page" if current_path == item.path else "true" if current_path.startswith(item.path) else ""
        )
    return {"home": home, "items": items}


@register.inclusion_tag("components/language_switcher.html", takes_context=True)
def language_switcher(context) -> dict:
    return {"links": language_links(context)}


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """One link per language: this page's translation where it is live, otherwise that language's home page."""
    request = context.get("request")
    page = context.get("page")
    by_code = {}
    for translated in context.get("translations") or []:
        by_code[translated.locale.language_code] = translated.get_url(request)
    home = locale_home(context)
    homes = {}
    if home is not None and len(by_code) < len(settings.LANGUAGES):
        for translated in home.get_translations(inclusive=True).live().select_related("locale"):
            homes[translated.locale.language_code] = translated.get_url(request)
    active = translation.get_language()
    links = []
    for code, name in settings.LANGUAGES:
        url = by_code.get(code) or homes.get(code) or f"/{code}/"
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == active,
                "exact": code in by_code or page is None,
            }
        )
    return links


@register.simple_tag(takes_context=True)
def footer_pages(context) -> list[Page]:
    """The legal pages (imprint, privacy) of the current language, for the footer."""
    request = context.get("request")
    home = locale_home(context)
    if home is None:
        return []
    children = visible_pages(request.user, home.get_children())
    return list(children.filter(slug__in=["privacy", "imprint"]).order_by("slug"))
