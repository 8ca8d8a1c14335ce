"""Template tags for the frame of every page: menus and language links. Templates call these and run no queries."""

from dataclasses import dataclass

from django import template
from django.conf import settings
from django.utils import translation

from wagtail.models import Locale, Page, Site

from home.models import Menu
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


@dataclass
class MenuLink:
    """One link of a menu, ready for the template: no queries left to run."""

    title: str
    url: str
    path: str = ""  # the tree path of a page link, to mark the current section
    current: str = ""


def menu_links(request, home: Page | None, location: str) -> list[MenuLink] | None:
    """The links of the secretariat's menu for `location` in the current language; None when it has none."""
    if home is None:
        return None
    menu = Menu.objects.filter(location=location, locale_id=home.locale_id).first()
    if menu is None:
        return None
    items = list(menu.items.select_related("link_page"))
    keys = [item.link_page.translation_key for item in items if item.link_page_id]
    # The menu's pages in the reader's language, and only those this reader may see.
    visible = {
        page.translation_key: page
        for page in visible_pages(request.user, Page.objects.filter(translation_key__in=keys, locale_id=home.locale_id))
    }
    links = []
    for item in items:
        if item.link_page_id:
            page = visible.get(item.link_page.translation_key)
            if page is not None:
                links.append(MenuLink(item.link_text or page.title, page.get_url(request), page.path))
        elif item.link_url:
            links.append(MenuLink(item.link_text, item.link_url))
    return links


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    request = context.get("request")
    home = locale_home(context)
    items = menu_links(request, home, "main")
    if items is None:
        pages = []
        if home is not None:
            pages = visible_pages(request.user, home.get_children()).in_menu()
        items = [MenuLink(page.title, page.get_url(request), page.path) for page in pages]
    current_path = getattr(context.get("page"), "path", "")
    for item in items:
        # "page" for the page itself, "true" for the section the page lies in (WAI-ARIA aria-current values)
        if item.path and current_path:
            item.current = "page" if current_path == item.path else "true" if current_path.startswith(item.path) else ""
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
def footer_pages(context) -> list[MenuLink]:
    """The footer links of the current language: the secretariat's footer menu, else the legal pages."""
    request = context.get("request")
    home = locale_home(context)
    links = menu_links(request, home, "footer")
    if links is not None:
        return links
    if home is None:
        return []
    children = visible_pages(request.user, home.get_children())
    pages = children.filter(slug__in=["privacy", "imprint"]).order_by("slug")
    return [MenuLink(page.title, page.get_url(request), page.path) for page in pages]
