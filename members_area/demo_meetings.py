"""Demo content of the meeting archive (the Stuttgart 2019 meeting) and registration for the upcoming webinars.

The texts live in demo_data/meetings.toml; this module only builds pages from them and translates them for real.
"""

from pathlib import Path

from django.utils.html import escape

from wagtail.models import Locale, Page

from home.demo.texts import DemoTexts, is_text, read_texts, source
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

TEXTS = Path(__file__).parent / "demo_data" / "meetings.toml"
STUTTGART = {"name": "Stuttgart", "state": "Baden-Württemberg", "latitude": 48.7775, "longitude": 9.18}


def en(value: dict | str) -> str:
    """The source text of a translated entry; a plain string (a person's or an organisation's name) is the same in
    every language."""
    return source(value) if is_text(value) else value


def strings_for(texts: DemoTexts, language_code: str) -> dict[str, str]:
    """Source → target for every text of the data file, with the agenda's plain names kept as they are."""
    names = [actor for row in texts.data["meeting"]["agenda"] for actor in row["actors"] if isinstance(actor, str)]
    return {
        **{name: name for name in names},
        **{escape(name): escape(name) for name in names},
        **texts.strings[language_code],
    }


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def ensure_meetings(members_area: MembersAreaPage, demo: dict) -> list[Page]:
    """The archive and the Stuttgart meeting in the default locale, created on the first run only."""
    locale = members_area.locale
    data = demo["archive"]
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
    data = demo["meeting"]
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


def ensure_registrations(locale: Locale, rows: list[dict]) -> list[RegistrationOptions]:
    """Registration opened for the upcoming webinars (a missing event is skipped, e.g. after an editor removed it)."""
    options = []
    for row in rows:
        event = EventPage.objects.filter(locale=locale, slug=row["event"]).first()
        if event is not None:
            options.append(
                RegistrationOptions.objects.get_or_create(event=event, defaults={"capacity": row["capacity"]})[0]
            )
    return options


def create_demo_content(members_area: MembersAreaPage) -> None:
    texts = read_texts(TEXTS)
    pages = ensure_meetings(members_area, texts.data)
    for locale in Locale.objects.exclude(pk=members_area.locale_id).order_by("language_code"):
        if locale.language_code not in texts.strings:
            continue  # a locale the site does not configure has no demo texts
        strings = strings_for(texts, locale.language_code)
        for page in pages:
            translate(page, locale, strings)
    ensure_registrations(members_area.locale, texts.data["registrations"])
