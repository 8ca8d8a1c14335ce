"""Build the ISCN demo site from the network's 2019 founding document, in four languages. Safe to run again."""

import secrets

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils import translation

from wagtail import hooks

from home.demo import DEMO_CONTENT_HOOK, synchronize_locales


class Command(BaseCommand):
    help = "Create the demo content (pages in en, de, es, pt) and, with --with-demo-users, the demo accounts."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--with-demo-users", action="store_true", help="Also create the accounts admin, editor, member."
        )
        parser.add_argument(
            "--force", action="store_true", help="Run even though DEBUG is off (e.g. on a staging site)."
        )

    def handle(self, *args, with_demo_users: bool = False, force: bool = False, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError("DEBUG is off: this looks like production. Pass --force to load demo content anyway.")
        # Demo pages are written in English; the admin's activity log should be too.
        with translation.override(settings.LANGUAGE_CODE):
            apps_content = [declare() for declare in hooks.get_hooks(DEMO_CONTENT_HOOK)]  # in the hooks' order
            for content in apps_content:
                content.create_content()
            synchronize_locales()
            self.stdout.write(
                self.style.SUCCESS("Demo content is in place in: " + ", ".join(c for c, _n in settings.LANGUAGES))
            )
            if with_demo_users:
                password = settings.DEMO_PASSWORD or secrets.token_urlsafe(12)
                created = [name for c in apps_content if c.create_users for name in c.create_users(password)]
                if created:
                    self.stdout.write(self.style.SUCCESS(f"Demo accounts created: {', '.join(created)}"))
                    self.stdout.write(f"Their password: {password}")
                else:
                    self.stdout.write("Demo accounts already exist; their passwords are unchanged.")
