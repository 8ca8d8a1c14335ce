"""Topic, Country and City move from the knowledge app to home, the ground floor, with every row, key and link kept.

First the models appear in home's state over the existing tables and home's pages point at them (no SQL: the
columns stay as they are); members_area and knowledge follow in their own migrations. Then the tables are renamed
to home_* (foreign keys and many-to-many links follow the rename), and the content types change their app label
rather than being created anew, so translations (wagtail-localize), revisions, log entries, the search and
reference indexes and the permissions granted to the roles keep pointing at the same rows.
"""

import uuid

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
from django.db import migrations, models

TAXONOMY_MODELS = ["topic", "country", "city"]


def move_content_types(source: str, target: str):
    def move(apps, schema_editor) -> None:
        ContentType = apps.get_model("contenttypes", "ContentType")
        content_types = ContentType.objects.using(schema_editor.connection.alias)
        for model in TAXONOMY_MODELS:
            if content_types.filter(app_label=source, model=model).exists():
                # A content type made for the target in the meantime has nothing attached that matters: the
                # source's one carries the translations, permissions and index entries.
                content_types.filter(app_label=target, model=model).delete()
                content_types.filter(app_label=source, model=model).update(app_label=target)
        ContentType.objects.clear_cache()

    return move


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_public_site"),
        ("knowledge", "0001_initial"),
        # Every table that points at the taxonomy exists before its tables are renamed (SQLite rewrites the references
        # of existing tables only), and the roles migration has made the content types that are moved here.
        ("members_area", "0003_profiles_members_area_page"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Country",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=100, verbose_name="name")),
                        (
                            "iso_code",
                            models.CharField(
                                help_text="Two capital letters, for example BR for Brazil.",
                                max_length=2,
                                verbose_name="ISO 3166 code",
                            ),
                        ),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "country",
                        "verbose_name_plural": "countries",
                        "ordering": ["name"],
                        "db_table": "knowledge_country",
                        "abstract": False,
                        "unique_together": {("translation_key", "locale")},
                    },
                ),
                migrations.CreateModel(
                    name="City",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        ("state", models.CharField(blank=True, max_length=120, verbose_name="state or region")),
                        (
                            "latitude",
                            models.DecimalField(
                                blank=True, decimal_places=5, max_digits=8, null=True, verbose_name="latitude"
                            ),
                        ),
                        (
                            "longitude",
                            models.DecimalField(
                                blank=True, decimal_places=5, max_digits=8, null=True, verbose_name="longitude"
                            ),
                        ),
                        (
                            "country",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="cities",
                                to="home.country",
                                verbose_name="country",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "city",
                        "verbose_name_plural": "cities",
                        "ordering": ["name"],
                        "db_table": "knowledge_city",
                        "constraints": [
                            models.UniqueConstraint(fields=("country", "name"), name="unique_city_per_country")
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                            ),
                        ),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Used in filter links; keep it the same in every language.",
                                max_length=120,
                                verbose_name="slug",
                            ),
                        ),
                        ("description", models.TextField(blank=True, max_length=600, verbose_name="description")),
                        ("sort_order", models.PositiveSmallIntegerField(default=0, verbose_name="sort order")),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "topic",
                        "verbose_name_plural": "topics",
                        "ordering": ["sort_order", "name"],
                        "abstract": False,
                        "db_table": "knowledge_topic",
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
                migrations.AlterField(
                    model_name="partnercountrypageinstitution",
                    name="city",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="home.city",
                        verbose_name="city",
                    ),
                ),
                migrations.AlterField(
                    model_name="eventpage",
                    name="host_country",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="home.country",
                        verbose_name="host country",
                    ),
                ),
                migrations.AlterField(
                    model_name="newspage",
                    name="countries",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="news", to="home.country", verbose_name="partner countries"
                    ),
                ),
                migrations.AlterField(
                    model_name="partnercountrypage",
                    name="country",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="home.country",
                        verbose_name="country",
                    ),
                ),
                migrations.AlterField(
                    model_name="eventpage",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="events", to="home.topic", verbose_name="topics"
                    ),
                ),
                migrations.AlterField(
                    model_name="newspage",
                    name="topics",
                    field=modelcluster.fields.ParentalManyToManyField(
                        blank=True, related_name="news", to="home.topic", verbose_name="topics"
                    ),
                ),
                migrations.AlterField(
                    model_name="topicpage",
                    name="topic",
                    field=models.ForeignKey(
                        help_text="The tag that news and events carry for this topic.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="+",
                        to="home.topic",
                        verbose_name="topic",
                    ),
                ),
            ],
        ),
        migrations.AlterModelTable(name="country", table=None),
        migrations.AlterModelTable(name="city", table=None),
        migrations.AlterModelTable(name="topic", table=None),
        migrations.RunPython(move_content_types("knowledge", "home"), move_content_types("home", "knowledge")),
    ]
