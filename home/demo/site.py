"""Locales, the home page and the network's story (About pages, privacy, imprint) in four languages."""

import json
import uuid
from pathlib import Path

from django.conf import settings
from django.db import transaction

from wagtail.models import Collection, Locale, Page, Site

from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from home.models import HomePage, StandardPage

from .texts import read_texts, source
from .translation import translate

DEMO_NAMESPACE = uuid.UUID("8f6f2b1e-3c1a-4c55-9a63-2a8b0c6f1d10")
TEXTS = Path(__file__).with_name("about.toml")


def stream(key: str, blocks: list[tuple[str, object]]) -> str:
    """StreamField JSON with block ids derived from `key`, so a re-run produces identical content."""
    return json.dumps(
        [
            {"type": block_type, "value": value, "id": str(uuid.uuid5(DEMO_NAMESPACE, f"{key}:{index}"))}
            for index, (block_type, value) in enumerate(blocks)
        ]
    )


def story_blocks(blocks: list[dict]) -> list[tuple[str, object]]:
    """StoryBlock values from the body blocks of about.toml ("list" is a paragraph holding a bulleted list)."""
    values = []
    for block in blocks:
        if block["type"] == "heading":
            values.append(("heading", {"text": source(block["text"]), "level": block["level"]}))
        elif block["type"] == "quote":
            values.append(("quote", {"text": source(block["text"]), "attribution": source(block["attribution"])}))
        elif block["type"] == "paragraph":
            values.append(("paragraph", "".join(f"<p>{source(text)}</p>" for text in block["paragraphs"])))
        elif block["type"] == "list":
            values.append(
                ("paragraph", "<ul>" + "".join(f"<li>{source(text)}</li>" for text in block["items"]) + "</ul>")
            )
        else:
            raise ValueError(f"unknown demo block type {block['type']!r}")
    return values


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


def ensure_home(locale: Locale, data: dict) -> HomePage:
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
        home = root.add_child(
            instance=HomePage(
                title=source(data["title"]),
                slug="home",
                locale=locale,
                hero_title=source(data["hero_title"]),
                hero_text=source(data["hero_text"]),
                search_description=source(data["search_description"]),
                body=stream("home", story_blocks(data["body"])),
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
                title=source(data["title"]),
                slug=data["slug"],
                introduction=source(data["introduction"]),
                search_description=source(data["search_description"]),
                body=stream(data["slug"], story_blocks(data["body"])),
                show_in_menus=in_menu,
                live=False,
            )
        )
        publish(page)
    return page


@transaction.atomic
def create_demo_content() -> dict[str, Page]:
    """Build the site frame and the About pages; returns the default locale's pages by slug for other apps."""
    texts = read_texts(TEXTS)
    default = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]
    home = ensure_home(default, texts.data["home"])
    locales = ensure_locales()
    about = ensure_standard_page(home, texts.data["about"], in_menu=True)
    children = [ensure_standard_page(about, data, in_menu=False) for data in texts.data["about_pages"]]
    legal = [ensure_standard_page(home, data, in_menu=False) for data in texts.data["legal_pages"]]

    # Translate parents before children: a translation needs its parent in the target locale.
    for code, locale in locales.items():
        if locale == default:
            continue
        strings = texts.strings[code]
        for page in [home, about, *children, *legal]:
            translate(page, locale, strings)
    return {"home": home, "about": about}


def synchronize_locales() -> None:
    """Alias every page not yet translated into each locale, so it stays reachable there (shown in its language)."""
    default = Locale.get_default()
    for sync in LocaleSynchronization.objects.select_related("locale"):
        synchronize_tree(default, sync.locale)
