"""The locale and translation key of every institution, filled in by the previous migration, become required.

A migration of its own: on PostgreSQL a table cannot be altered in the transaction that updated its rows while
their foreign-key checks are still pending.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0009_translatable_institutions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="partnercountrypageinstitution",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="partnercountrypageinstitution",
            name="translation_key",
            field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterField(
            model_name="partnercountrypageinstitution",
            name="name",
            field=models.CharField(
                help_text=(
                    "In a translation, keep the name as the institution writes it unless it has an official "
                    "translation."
                ),
                max_length=200,
                verbose_name="name",
            ),
        ),
        migrations.AlterUniqueTogether(
            name="partnercountrypageinstitution",
            unique_together={("translation_key", "locale")},
        ),
    ]
