"""Locales, the home page and the network's story (About pages, privacy, imprint) in four languages."""

import json
import uuid

from django.conf import settings
from django.db import transaction

from wagtail.models import Collection, Locale, Page, Site

from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from home.models import HomePage, StandardPage

from . import about_content
from .translation import translate

DEMO_NAMESPACE = uuid.UUID("8f6f2b1e-3c1a-4c55-9a63-2a8b0c6f1d10")


def stream(key: str, blocks: list[tuple[str, object]]) -> str:
    """StreamField JSON with block ids derived from `key`, so a re-run produces identical content."""
    return json.dumps(
        [
            {"type": block_type, "value": value, "id": str(uuid.uuid5(DEMO_NAMESPACE, f"{key}:{index}"))}
            for index, (block_type, value) in enumerate(blocks)
        ]
    )


def ensure_locales() -> dict[str, Locale]:
    """Every configured language as a Locale; the others are kept in step with the default by wagtail-localize."""
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code, _name in settings.LANGUAGES}
    default = locales[settings.LANGUAGE_CODE]
    for code, locale in locales.items():
        if code != settings.LANGUAGE_CODE:
            LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": default})
    return locales


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def ensure_home(locale: Locale) -> HomePage:
    """The default locale's home page, replacing the welcome page Wagtail's migrations create."""
    home = HomePage.objects.filter(locale=locale, depth=2).first()
    if home is None:
        # A flushed test database has no tree root; migrations made one everywhere else.
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
        if Collection.get_first_root_node() is None:
            Collection.add_root(name="Root")
        welcome = Page.objects.filter(depth=2, slug="home", content_type__model="page").first()
        if welcome is not None:
            welcome.slug = "wagtail-welcome"
            welcome.save(update_fields=["slug"])
        data = about_content.HOME
        home = root.add_child(
            instance=HomePage(
                title=data["title"],
                slug="home",
                locale=locale,
                hero_title=data["hero_title"],
                hero_text=data["hero_text"],
                search_description=data["search_description"],
                body=stream("home", data["body"]),
                live=False,
            )
        )
        publish(home)
        site = Site.objects.filter(is_default_site=True).first() or Site(hostname="localhost", is_default_site=True)
        site.root_page = home
        site.site_name = settings.WAGTAIL_SITE_NAME
        site.port = site.port or 80
        site.save()
        if welcome is not None:
            welcome.delete()
    return home


def ensure_standard_page(parent: Page, data: dict, *, in_menu: bool) -> StandardPage:
    page = StandardPage.objects.filter(locale=parent.locale, slug=data["slug"]).child_of(parent).first()
    if page is None:
        page = parent.add_child(
            instance=StandardPage(
                title=data["title"],
                slug=data["slug"],
                introduction=data["introduction"],
                search_description=data["search_description"],
                body=stream(data["slug"], data["body"]),
                show_in_menus=in_menu,
                live=False,
            )
        )
        publish(page)
    return page


@transaction.atomic
def create_demo_content() -> dict[str, Page]:
    """Build the site frame and the About pages; returns the default locale's pages by slug for other apps."""
    default = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    home = ensure_home(default)
    locales = ensure_locales()
    about = ensure_standard_page(home, about_content.ABOUT, in_menu=True)
    children = [ensure_standard_page(about, data, in_menu=False) for data in about_content.ABOUT_CHILDREN]
    legal = [ensure_standard_page(home, data, in_menu=False) for data in about_content.LEGAL]

    # Translate parents before children: a translation needs its parent in the target locale.
    for code, locale in locales.items():
        if locale == default:
            continue
        strings = about_content.TRANSLATIONS[code]
        for page in [home, about, *children, *legal]:
            translate(page, locale, strings)
    return {"home": home, "about": about}


def synchronize_locales() -> None:
    """Alias every page not yet translated into each locale, so it stays reachable there (shown in its language)."""
    default = Locale.get_default()
    for sync in LocaleSynchronization.objects.select_related("locale"):
        synchronize_tree(default, sync.locale)
