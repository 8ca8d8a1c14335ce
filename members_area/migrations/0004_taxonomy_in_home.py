"""The member profiles' country, city and expertise now point at the taxonomy in home (same tables, no SQL)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_taxonomy_from_knowledge"),
        ("members_area", "0003_profiles_members_area_page"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="memberprofile",
                    name="city",
                    field=models.ForeignKey(
                        blank=True,
                        help_text="For municipal representatives: the city or municipality.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="member_profiles",
                        to="home.city",
                        verbose_name="city",
                    ),
                ),
                migrations.AlterField(
                    model_name="memberprofile",
                    name="country",
                    field=models.ForeignKey(
                        help_text="The partner country this member represents.",
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="member_profiles",
                        to="home.country",
                        verbose_name="country",
                    ),
                ),
                migrations.AlterField(
                    model_name="memberprofile",
                    name="expertise",
                    field=models.ManyToManyField(
                        blank=True, related_name="member_profiles", to="home.topic", verbose_name="expertise"
                    ),
                ),
            ],
        ),
    ]
