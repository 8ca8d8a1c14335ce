"""The six financing and operator models the network distinguishes, in the default language."""

import uuid

from django.conf import settings
from django.db import migrations

FINANCING_MODELS = [
    ("public-budget", "Public budget"),
    ("public-private-partnership", "Public-private partnership"),
    ("municipal-enterprise", "Municipal enterprise"),
    ("grants", "Grants"),
    ("open-shared-infrastructure", "Open/shared infrastructure"),
    ("other", "Other"),
]


def create(apps, schema_editor) -> None:
    Locale = apps.get_model("wagtailcore", "Locale")
    FinancingModel = apps.get_model("knowledge", "FinancingModel")
    locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first() or Locale.objects.first()
    if locale is None:
        return
    for order, (slug, name) in enumerate(FINANCING_MODELS):
        if not FinancingModel.objects.filter(slug=slug, locale=locale).exists():
            FinancingModel.objects.create(
                slug=slug, name=name, sort_order=order, locale=locale, translation_key=uuid.uuid4()
            )


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0003_collections"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(create, migrations.RunPython.noop)]
