"""Build the public outreach site on top of the site frame: taxonomy, sections, their pages, menus."""

from pathlib import Path

from django.conf import settings

from wagtail.models import Locale, Page

from home.models import (
    City,
    ContactPage,
    Country,
    EventIndexPage,
    EventPage,
    HomePage,
    Menu,
    MenuItem,
    NewsIndexPage,
    NewsPage,
    PartnerCountryPage,
    PartnerCountryPageInstitution,
    PartnerIndexPage,
    Topic,
    TopicIndexPage,
    TopicPage,
)

from .images import attach_images
from .site import publish, stream
from .texts import read_texts, source
from .translation import translate

TEXTS = Path(__file__).with_name("outreach.toml")
TAG_FIELDS = {"topics": "topic", "countries": "country"}  # inline child relation -> its snippet field

INDEX_MODELS = {
    "topics": TopicIndexPage,
    "news": NewsIndexPage,
    "events": EventIndexPage,
    "partners": PartnerIndexPage,
    "contact": ContactPage,
}


def ensure_taxonomy(content: dict, locale: Locale) -> tuple[dict[str, Topic], dict[str, Country]]:
    topics = {}
    for data in content["topics"]:
        topic, _created = Topic.objects.get_or_create(
            locale=locale,
            slug=data["slug"],
            defaults={
                "name": source(data["name"]),
                "description": source(data["description"]),
                "sort_order": data["sort_order"],
            },
        )
        topics[data["slug"]] = topic
    countries = {}
    for data in content["countries"]:
        country, _created = Country.objects.get_or_create(
            locale=locale, iso_code=data["iso_code"], defaults={"name": source(data["name"])}
        )
        countries[data["iso_code"]] = country
        for city in data["cities"]:
            City.objects.get_or_create(
                country=country,
                name=city["name"],
                defaults={"state": city["state"], "latitude": city["latitude"], "longitude": city["longitude"]},
            )
    return topics, countries


def child(parent: Page, model: type[Page], slug: str, **fields) -> Page:
    """The child of `parent` with this slug, created and published on the first run only."""
    page = model.objects.filter(locale=parent.locale, slug=slug).child_of(parent).first()
    if page is None:
        page = parent.add_child(instance=model(slug=slug, live=False, **fields))
        publish(page)
    return page


def ensure_pages(content: dict, home: HomePage, topics: dict[str, Topic], countries: dict[str, Country]) -> list[Page]:
    """Every page of the outreach site in the default locale, parents before children."""
    indexes = {}
    for slug, model in INDEX_MODELS.items():
        data = content["indexes"][slug]
        indexes[slug] = child(
            home,
            model,
            slug,
            title=source(data["title"]),
            introduction=source(data["introduction"]),
            search_description=source(data["introduction"]),
            show_in_menus=True,
            **({"thank_you_text": source(data["thank_you_text"])} if "thank_you_text" in data else {}),
        )
    pages = list(indexes.values())

    for data in content["topics"]:
        questions = [("question", source(question)) for question in data["questions"]]
        pages.append(
            child(
                indexes["topics"],
                TopicPage,
                data["slug"],
                title=source(data["name"]),
                topic=topics[data["slug"]],
                introduction=source(data["introduction"]),
                search_description=source(data["description"]),
                guiding_questions=stream(f"topic-{data['slug']}", questions),
            )
        )

    for data in content["news"]:
        page = child(
            indexes["news"],
            NewsPage,
            data["slug"],
            title=source(data["title"]),
            date=data["date"],
            summary=source(data["summary"]),
            search_description=source(data["summary"]),
            body=stream(f"news-{data['slug']}", [("paragraph", f"<p>{source(data['body'])}</p>")]),
        )
        set_tags(page, topics=[topics[s] for s in data["topics"]], countries=[countries[c] for c in data["countries"]])
        pages.append(page)

    for data in content["events"]:
        page = child(
            indexes["events"],
            EventPage,
            data["slug"],
            title=source(data["title"]),
            kind=data["kind"],
            summary=source(data["summary"]),
            search_description=source(data["summary"]),
            start_date=data["start_date"],
            start_time=data.get("start_time"),
            end_date=data["end_date"],
            end_time=data.get("end_time"),
            time_zone=data["time_zone"],
            online=data.get("online", False),
            location=source(data["location"]) if "location" in data else "",
            host_country=countries.get(data.get("host")),
            registration_url=data.get("registration_url", ""),
            registration_deadline=data.get("registration_deadline"),
        )
        set_tags(page, topics=[topics[s] for s in data["topics"]])
        pages.append(page)

    for country_data in content["countries"]:
        data, country = country_data["partner_page"], countries[country_data["iso_code"]]
        page = PartnerCountryPage.objects.filter(locale=home.locale, slug=data["slug"]).first()
        if page is None:
            page = PartnerCountryPage(
                slug=data["slug"],
                title=source(country_data["name"]),
                country=country,
                introduction=source(data["introduction"]),
                search_description=source(data["introduction"]),
                live=False,
            )
            cities = {city.name: city for city in City.objects.filter(country=country)}
            page.institutions = [
                PartnerCountryPageInstitution(
                    name=source(institution["name"]),
                    level=institution["level"],
                    city=cities.get(institution.get("city")),
                )
                for institution in data["institutions"]
            ]
            indexes["partners"].add_child(instance=page)
            publish(page)
        pages.append(page)
    return pages


def set_tags(page: Page, **tags) -> None:
    """Tag a page once (each tag an inline child pointing at a snippet); published again only when the tags changed."""
    changed = False
    for relation, snippets in tags.items():
        children = getattr(page, relation)
        field = TAG_FIELDS[relation]
        if [getattr(c, f"{field}_id") for c in children.all()] != [s.pk for s in snippets]:
            children.set([children.model(locale=page.locale, **{field: snippet}) for snippet in snippets])
            changed = True
    if changed:
        publish(page)


def ensure_menus(home: HomePage) -> list[Menu]:
    """The secretariat's footer menu in the default locale.

    The demo has no main-menu snippet on purpose: without one, the main menu lists the home page's children marked
    "show in menus", so sections added later by other apps (the members area) appear without editing a menu.
    """
    by_slug = {page.slug: page for page in home.get_children().specific()}
    layout = {Menu.Location.FOOTER: ["contact", "privacy", "imprint"]}
    menus = []
    for location, slugs in layout.items():
        menu = Menu.objects.filter(location=location, locale=home.locale).first()
        if menu is None:
            menu = Menu(location=location, locale=home.locale)
            menu.items = [MenuItem(link_page=by_slug[slug], locale=home.locale) for slug in slugs if slug in by_slug]
            menu.save()
        menus.append(menu)
    return menus


def create_demo_content(home: HomePage) -> None:
    texts = read_texts(TEXTS)
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    topics, countries = ensure_taxonomy(texts.data, default)
    others = Locale.objects.exclude(pk=default.pk).order_by("language_code")
    # Snippets first: translated pages point at the translated topics and countries.
    for locale in others:
        strings = texts.strings[locale.language_code]
        for snippet in [*topics.values(), *countries.values()]:
            translate(snippet, locale, strings)
    pages = ensure_pages(texts.data, home, topics, countries)
    pages = attach_images(pages)
    menus = ensure_menus(home)
    for locale in others:
        strings = texts.strings[locale.language_code]
        for page in pages:
            translate(page, locale, strings)
        for menu in menus:
            translate(menu, locale, strings)
