"""`generate_sample_knowledge --count N`: N synthetic experts, good practices and projects for load and search tests."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from knowledge import samples


class Command(BaseCommand):
    help = "Add N realistic synthetic experts, good practices and projects (deterministic) to the demo collections."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--count", type=int, default=100, help="How many entries of each kind.")
        parser.add_argument("--seed", type=int, default=42, help="Seed of the random generator.")
        parser.add_argument("--force", action="store_true", help="Run even when DEBUG is false.")

    def handle(self, *args, count: int, seed: int, force: bool, **options) -> None:
        if not settings.DEBUG and not force:
            raise CommandError("Refusing to add sample data with DEBUG off; pass --force if you mean it.")
        if count < 1:
            raise CommandError("--count must be at least 1.")
        try:
            made = samples.generate(count, seed)
        except LookupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(
                f"Added {made['practices']} good practices, {made['projects']} projects and {made['experts']} experts."
            )
        )
