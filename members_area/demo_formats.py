"""Demo content of the working formats: an open survey, the peer-coaching page, a working room per key topic."""

import datetime
import tomllib
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from django.utils.html import escape

from wagtail.models import Locale

from home.demo.translation import translate
from home.models.listing import localized_topics

from .accounts.roles import ROLE_MEMBERS
from .models import (
    MemberProfile,
    MembersAreaPage,
    PeerCoachingPage,
    SurveyField,
    SurveyPage,
    WorkingRoomPage,
    WorkingRoomPost,
)

DATA = tomllib.loads((Path(__file__).parent / "demo_formats.toml").read_text(encoding="utf-8"))


def _publish(root: MembersAreaPage, page) -> None:
    root.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()


def ensure_survey(root: MembersAreaPage):
    data = DATA["survey"]
    page = SurveyPage.objects.child_of(root).filter(slug=data["slug"]).first()
    if page is None:
        page = SurveyPage(
            title=data["title"]["en"],
            slug=data["slug"],
            introduction=data["introduction"]["en"],
            thank_you_text=data["thank_you_text"]["en"],
            closes_at=timezone.now() + datetime.timedelta(days=data["days_open"]),
            results_visible_to_members=True,
        )
        page.form_fields = [
            SurveyField(
                clean_name=q["clean_name"],
                label=q["label"]["en"],
                field_type=q["field_type"],
                required=q.get("required", True),
                choices=q.get("choices", {}).get("en", ""),
            )
            for q in data["questions"]
        ]
        _publish(root, page)
    texts = [data["title"], data["introduction"], data["thank_you_text"]]
    texts += [q[key] for q in data["questions"] for key in ("label", "choices") if key in q]
    return page, texts


def ensure_peer_coaching(root: MembersAreaPage):
    data = DATA["peer_coaching"]
    page = PeerCoachingPage.objects.child_of(root).first()
    if page is None:
        page = PeerCoachingPage(title=data["title"]["en"], slug=data["slug"], introduction=data["introduction"]["en"])
        _publish(root, page)
    return page, [data["title"], data["introduction"]]


def ensure_authors() -> list:
    User = get_user_model()
    members = Group.objects.get(name=ROLE_MEMBERS)
    authors = {}
    for data in DATA["authors"]:
        user, created = User.objects.get_or_create(
            username=data["username"], defaults={"first_name": data["first_name"], "last_name": data["last_name"]}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(members)
        MemberProfile.objects.get_or_create(user=user, defaults={"institution": data["institution"]})
        authors[data["username"]] = user
    return authors


def ensure_working_rooms(root: MembersAreaPage, locales: list[Locale]) -> None:
    authors = ensure_authors()
    room_data = DATA["working_room"]
    for topic in localized_topics(root.locale):
        slug = f"working-room-{topic.slug}"
        room = WorkingRoomPage.objects.child_of(root).filter(slug=slug).first()
        if room is None:
            room = WorkingRoomPage(
                title=room_data["title"]["en"].format(topic=topic.name),
                slug=slug,
                topic=topic,
                introduction=room_data["introduction"]["en"].format(topic=topic.name),
            )
            _publish(root, room)
            for post in DATA["posts"]:
                WorkingRoomPost.objects.create(room=room, author=authors[post["author"]], body=post["body"])
        for locale in locales:
            code = locale.language_code
            name = str(topic.get_translation_or_none(locale) or topic)
            strings = {
                # wagtail-localize extracts plain text as HTML: "&" in a topic name arrives as "&amp;".
                escape(room_data[key]["en"].format(topic=topic.name)): escape(room_data[key][code].format(topic=name))
                for key in ("title", "introduction")
            }
            translate(room, locale, strings)


def create_demo_content(root: MembersAreaPage) -> None:
    """Build the working formats below the English members root and translate them into the other locales."""
    locales = [
        locale for locale in Locale.objects.exclude(pk=root.locale_id) if locale.language_code in ("de", "es", "pt")
    ]
    for page, texts in (ensure_survey(root), ensure_peer_coaching(root)):
        for locale in locales:
            translate(page, locale, {text["en"]: text[locale.language_code] for text in texts})
    ensure_working_rooms(root, locales)
