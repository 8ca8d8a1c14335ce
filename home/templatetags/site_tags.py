"""Template tags for the frame of every page: menus and language links. Templates call these and run no queries."""

from dataclasses import dataclass

from django import template
from django.db.models import Prefetch

from wagtail.models import Page

from home import locales
from home.absolute_urls import page_full_url
from home.caching import SharedFacts
from home.models import Menu, MenuItem
from home.visibility import visible_pages

register = template.Library()


@register.simple_tag(takes_context=True)
def locale_home(context) -> Page | None:
    return locales.locale_home(context.get("request"))


@dataclass
class MenuLink:
    """One link of a menu, ready for the template: no queries left to run."""

    title: str
    url: str
    path: str = ""  # the tree path of a page link, to mark the current section
    current: str = ""


def per_request(request, key: str, compute):
    """A fact the frame of a page asks for more than once (menus, the home page's children), computed once."""
    cache = request.__dict__.setdefault("_iscn_frame", {}) if request is not None else {}
    if key not in cache:
        cache[key] = compute()
    return cache[key]


def home_children(request, home: Page) -> list[Page]:
    """The children of the locale's home page this reader may see, for the main menu and the footer alike."""
    return per_request(request, "home_children", lambda: list(visible_pages(request.user, home.get_children())))


# The secretariat's menus change when an editor saves one (home.apps connects MENUS.forget to their changes).
MENUS = SharedFacts("menus", 10 * 60)


def menu_items(locale_id: int) -> dict[str, list[tuple[str, str, str | None]]]:
    """Per location, the items of the locale's menus as (text, URL, linked page's translation key), from the cache.

    Only the menus' own fields are kept: which linked pages exist and whom they are shown to is read per request.
    """

    def read() -> dict[str, list[tuple[str, str, str | None]]]:
        items = MenuItem.objects.select_related("link_page").order_by("sort_order")
        return {
            menu.location: [
                (item.link_text, item.link_url, item.link_page.translation_key if item.link_page_id else None)
                for item in menu.items.all()
            ]
            for menu in Menu.objects.filter(locale_id=locale_id).prefetch_related(Prefetch("items", queryset=items))
        }

    return MENUS.get(str(locale_id), read)


def menu_links(request, home: Page | None, location: str) -> list[MenuLink] | None:
    """The links of the secretariat's menu for `location` in the current language; None when it has none."""
    if home is None:
        return None
    items = menu_items(home.locale_id).get(location)
    if items is None:
        return None
    keys = [key for _text, _url, key in items if key]
    # The menu's pages in the reader's language, and only those this reader may see.
    visible = (
        {
            page.translation_key: page
            for page in visible_pages(
                request.user, Page.objects.filter(translation_key__in=keys, locale_id=home.locale_id)
            )
        }
        if keys
        else {}
    )
    links = []
    for text, url, key in items:
        if key:
            page = visible.get(key)
            if page is not None:
                links.append(MenuLink(text or page.title, page.get_url(request), page.path))
        elif url:
            links.append(MenuLink(text, url))
    return links


@register.inclusion_tag("components/main_menu.html", takes_context=True)
def main_menu(context) -> dict:
    request = context.get("request")
    home = locale_home(context)
    items = menu_links(request, home, "main")
    if items is None:
        pages = []
        if home is not None:
            pages = [page for page in home_children(request, home) if page.show_in_menus]
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
    """One link per language to the same place in that language (see home.locales.language_links)."""
    return locales.language_links(context.get("request"), context.get("page"), context.get("translations"))


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
    pages = [page for page in home_children(request, home) if page.slug in ("privacy", "imprint")]
    pages.sort(key=lambda page: page.slug)
    return [MenuLink(page.title, page.get_url(request), page.path) for page in pages]


@register.simple_tag(takes_context=True)
def full_url(context, page: Page) -> str:
    """The page's absolute URL on the host the visitor asked for (canonical and hreflang links)."""
    return page_full_url(page, context.get("request")) or ""


@register.filter
def language_name(code: str, in_sentence: bool = False) -> str:
    """The name of a language in the reader's language; `|language_name:True` within a sentence (see home.locales)."""
    return locales.language_name(code, in_sentence=bool(in_sentence))
