"""Demo content of the members area and the demo accounts."""

from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from wagtail.models import Locale

from home.demo.texts import read_texts, source
from home.demo.translation import translate
from home.models import HomePage

from . import demo_formats, demo_meetings
from .accounts.roles import ROLE_MEMBERS, ROLE_SECRETARIAT, sync_role_permissions
from .models import MemberProfile, MembersAreaPage
from .restrictions import ensure_members_collection, ensure_members_restriction

TEXTS = Path(__file__).with_name("demo.toml")
DEMO_USERS = [
    # username, email, first name, last name, group, superuser
    ("admin", "admin@iscn.example.org", "Ada", "Admin", None, True),
    ("editor", "editor@iscn.example.org", "Elena", "Editor", ROLE_SECRETARIAT, False),
    ("member", "member@iscn.example.org", "Marta", "Member", ROLE_MEMBERS, False),
]


def ensure_members_area(home: HomePage, data: dict) -> MembersAreaPage:
    """The members root under the default locale's home page, restricted to the group Members."""
    page = MembersAreaPage.objects.child_of(home).first()
    if page is None:
        page = home.add_child(
            instance=MembersAreaPage(
                title=source(data["title"]),
                slug=data["slug"],
                introduction=source(data["introduction"]),
                search_description=source(data["search_description"]),
                show_in_menus=True,  # the menu lists it to members only (home.visibility)
                live=False,
            )
        )
        page.save_revision().publish()
        page.refresh_from_db()
    ensure_members_restriction(page)
    return page


@transaction.atomic
def create_demo_content() -> None:
    """The roles (a flushed test database needs them made again), the private collection, the members area."""
    sync_role_permissions()
    ensure_members_collection()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    home = HomePage.objects.filter(locale=default, depth=2).first()
    if home is None:
        return
    texts = read_texts(TEXTS)
    members_area = ensure_members_area(home, texts.data["members_area"])
    for locale in Locale.objects.exclude(pk=default.pk):
        if locale.language_code in texts.strings:
            translated = translate(members_area, locale, texts.strings[locale.language_code])
            ensure_members_restriction(translated)
    demo_meetings.create_demo_content(members_area)
    demo_formats.create_demo_content(members_area)


def create_demo_users(password: str) -> list[str]:
    """Create the demo accounts that do not exist yet; existing ones keep their password. Returns those created."""
    User = get_user_model()
    created = []
    for username, email, first_name, last_name, group_name, is_superuser in DEMO_USERS:
        user, was_created = User.objects.get_or_create(
            username=username,
            defaults={
                "email": email,
                "first_name": first_name,
                "last_name": last_name,
                "is_staff": is_superuser or group_name == ROLE_SECRETARIAT,
                "is_superuser": is_superuser,
            },
        )
        if was_created:
            user.set_password(password)
            user.save()
            created.append(username)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        if group_name == ROLE_MEMBERS:
            MemberProfile.objects.get_or_create(
                user=user, defaults={"institution": "City of Fortaleza", "languages": "Portuguese, English"}
            )
    return created
