"""Topic, Country and City now belong to home (home.0003 renamed their tables): only the state forgets them here."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("knowledge", "0001_initial"),
        ("home", "0003_taxonomy_from_knowledge"),
        ("members_area", "0004_taxonomy_in_home"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="City"),
                migrations.DeleteModel(name="Country"),
                migrations.DeleteModel(name="Topic"),
            ],
        ),
    ]
