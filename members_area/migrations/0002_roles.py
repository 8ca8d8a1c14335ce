"""Create the Secretariat, Translators and Members groups with their Wagtail permissions."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_roles(apps, schema_editor):
    from members_area.accounts.roles import sync_role_permissions

    # Permissions are normally made after all migrations (post_migrate); make them now so the groups can get them.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    sync_role_permissions(apps=apps)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=["Secretariat", "Translators", "Members"]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("members_area", "0001_initial"),
        ("auth", "__latest__"),
        ("wagtailcore", "__latest__"),
        ("wagtailadmin", "__latest__"),
        ("wagtailimages", "__latest__"),
        ("wagtaildocs", "__latest__"),
        ("wagtail_localize", "__latest__"),
        ("home", "0001_initial"),
        ("knowledge", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
