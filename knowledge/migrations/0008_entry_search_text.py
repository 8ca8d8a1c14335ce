from django.db import migrations, models

# The text fields of each page type as they were when this column came in (knowledge.models.entries).
SEARCH_TEXT_FIELDS = {
    "goodpracticepage": ("title", "summary", "institution", "replicability", "financing_details"),
    "projectpage": ("title", "summary", "institution", "help_wanted", "funding_sources"),
}


def fill_search_text(apps, schema_editor) -> None:
    for model_name, fields in SEARCH_TEXT_FIELDS.items():
        model = apps.get_model("knowledge", model_name)
        for entry in model.objects.select_related("city").iterator(chunk_size=500):
            parts = [str(getattr(entry, name) or "") for name in fields]
            parts.append(entry.city.name if entry.city_id else "")
            model.objects.filter(pk=entry.pk).update(search_text="\n".join(parts).casefold())


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0007_image_foreign_keys"),
    ]

    operations = [
        migrations.AddField(
            model_name="goodpracticepage",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False, verbose_name="searchable text"),
        ),
        migrations.AddField(
            model_name="projectpage",
            name="search_text",
            field=models.TextField(blank=True, default="", editable=False, verbose_name="searchable text"),
        ),
        migrations.RunPython(fill_search_text, migrations.RunPython.noop),
    ]
