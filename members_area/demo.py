"""Demo content of the members area and the demo accounts."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .roles import ROLE_MEMBERS, ROLE_SECRETARIAT, sync_role_permissions

DEMO_USERS = [
    # username, email, first name, last name, group, superuser
    ("admin", "admin@iscn.example.org", "Ada", "Admin", None, True),
    ("editor", "editor@iscn.example.org", "Elena", "Editor", ROLE_SECRETARIAT, False),
    ("member", "member@iscn.example.org", "Marta", "Member", ROLE_MEMBERS, False),
]


def create_demo_content() -> None:
    """The roles exist after migrate; a flushed test database needs them made again."""
    sync_role_permissions()


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
    return created
