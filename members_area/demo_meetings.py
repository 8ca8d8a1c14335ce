"""Demo content of the meeting archive (the Stuttgart 2019 meeting) and registration for the upcoming webinars.

The texts live in demo_data/meetings.toml; this module only builds pages from them and translates them for real.
"""

import tomllib
from collections.abc import Iterator
from pathlib import Path

from django.utils.html import escape

from wagtail.models import Locale, Page

from home.demo.translation import translate
from home.models import City, Country, EventPage, Topic

from .models import (
    MeetingArchivePage,
    MeetingPage,
    MeetingPageParticipant,
    MeetingPageTask,
    MeetingPageTopic,
    MembersAreaPage,
    RegistrationOptions,
)

DATA = tomllib.loads((Path(__file__).parent / "demo_data" / "meetings.toml").read_text(encoding="utf-8"))
STUTTGART = {"name": "Stuttgart", "state": "Baden-Württemberg", "latitude": 48.7775, "longitude": 9.18}


def en(value: dict | str) -> str:
    """The English text of a translated entry; a plain string is the same in every language."""
    return value["en"] if isinstance(value, dict) else value


def _texts(node) -> Iterator[dict | str]:
    if isinstance(node, dict):
        if "en" in node:
            yield node
            return
        for value in node.values():
            yield from _texts(value)
    elif isinstance(node, list):
        for value in node:
            yield from _texts(value)
    elif isinstance(node, str):
        yield node


def strings_for(language_code: str) -> dict[str, str]:
    """English → target for every text of the data file, also in the HTML-escaped form wagtail-localize extracts."""
    strings = {}
    for text in _texts(DATA):
        source, target = (text["en"], text[language_code]) if isinstance(text, dict) else (text, text)
        strings[source] = target
        strings[escape(source)] = escape(target)
    return strings


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def ensure_meetings(members_area: MembersAreaPage) -> list[Page]:
    """The archive and the Stuttgart meeting in the default locale, created on the first run only."""
    locale = members_area.locale
    data = DATA["archive"]
    archive = MeetingArchivePage.objects.child_of(members_area).first()
    if archive is None:
        archive = members_area.add_child(
            instance=MeetingArchivePage(
                title=en(data["title"]),
                slug=data["slug"],
                introduction=en(data["introduction"]),
                show_in_menus=True,
                live=False,
            )
        )
        _publish(archive)
    data = DATA["meeting"]
    meeting = MeetingPage.objects.child_of(archive).filter(slug=data["slug"]).first()
    if meeting is None:
        countries = {c.iso_code: c for c in Country.objects.filter(locale=locale)}
        city, _created = City.objects.get_or_create(
            country=countries[data["host_country"]], name=STUTTGART["name"], defaults=STUTTGART
        )
        meeting = MeetingPage(
            title=en(data["title"]),
            slug=data["slug"],
            format=data["format"],
            summary=en(data["summary"]),
            search_description=en(data["summary"]),
            start_date=data["start_date"],
            end_date=data["end_date"],
            city=city,
            host_country=countries[data["host_country"]],
            venue=en(data["venue"]),
            outcomes="".join(f"<p>{escape(en(p))}</p>" for p in data["outcomes"]),
            agenda=[
                ("item", {"time": row["time"], "item": en(row["item"]), "actors": [en(a) for a in row["actors"]]})
                for row in data["agenda"]
            ],
            live=False,
        )
        meeting.participants = [
            MeetingPageParticipant(
                country=countries[row["country"]],
                institution=en(row["institution"]),
                name=row.get("name", ""),
                locale=locale,
            )
            for row in data["participants"]
        ]
        topics = {t.slug: t for t in Topic.objects.filter(locale=locale)}
        meeting.agreed_topics = [
            MeetingPageTopic(topic=topics[slug], locale=locale) for slug in data["agreed_topics"] if slug in topics
        ]
        meeting.tasks = [
            MeetingPageTask(
                task=en(row["task"]),
                owner=en(row["owner"]),
                due_date=row.get("due_date"),
                state=row["state"],
                locale=locale,
            )
            for row in data["tasks"]
        ]
        archive.add_child(instance=meeting)
        _publish(meeting)
    return [archive, meeting]


def ensure_registrations(locale: Locale) -> list[RegistrationOptions]:
    """Registration opened for the upcoming webinars (a missing event is skipped, e.g. after an editor removed it)."""
    options = []
    for row in DATA["registrations"]:
        event = EventPage.objects.filter(locale=locale, slug=row["event"]).first()
        if event is not None:
            options.append(
                RegistrationOptions.objects.get_or_create(event=event, defaults={"capacity": row["capacity"]})[0]
            )
    return options


def create_demo_content(members_area: MembersAreaPage) -> None:
    pages = ensure_meetings(members_area)
    for locale in Locale.objects.exclude(pk=members_area.locale_id).order_by("language_code"):
        strings = strings_for(locale.language_code)
        for page in pages:
            translate(page, locale, strings)
    ensure_registrations(members_area.locale)
