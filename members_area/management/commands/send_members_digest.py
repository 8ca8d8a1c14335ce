"""Send the monthly members' digest (run it monthly from cron, or enqueue members_area.tasks.send_members_digest)."""

from django.core.management.base import BaseCommand

from members_area.digest import send_members_digest


class Command(BaseCommand):
    help = "Email each member, in their language, what is new in the network since the last digest."

    def add_arguments(self, parser) -> None:
        parser.add_argument(
            "--dry-run", action="store_true", help="Print the digests instead of sending them; nothing is recorded."
        )

    def handle(self, *args, dry_run: bool = False, **options) -> None:
        count = send_members_digest(dry_run=dry_run, write=self.stdout.write)
        verb = "Printed" if dry_run else "Sent"
        self.stdout.write(self.style.SUCCESS(f"{verb} {count} digest(s)."))
