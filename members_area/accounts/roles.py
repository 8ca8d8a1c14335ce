"""The roles of DESIGN.md as Django groups with their Wagtail permissions, kept in step after every migrate."""

from django.apps import apps as global_apps
from django.db.models import Q

ROLE_SECRETARIAT = "Secretariat"
ROLE_TRANSLATORS = "Translators"
ROLE_MEMBERS = "Members"
ROLES = [ROLE_SECRETARIAT, ROLE_TRANSLATORS, ROLE_MEMBERS]

# Page permissions granted on the tree's root, so they cover every locale's tree.
PAGE_PERMISSIONS = {
    ROLE_SECRETARIAT: ["add_page", "change_page", "publish_page", "bulk_delete_page", "lock_page", "unlock_page"],
    ROLE_TRANSLATORS: ["change_page"],
}
# Collection permissions on the root collection (images and documents).
COLLECTION_PERMISSIONS = {
    ROLE_SECRETARIAT: [
        "add_image",
        "change_image",
        "choose_image",
        "delete_image",
        "add_document",
        "change_document",
        "choose_document",
        "delete_document",
    ],
    ROLE_TRANSLATORS: ["choose_image", "choose_document"],
}
# Model permissions: app labels whose every model the Secretariat manages, and single permissions per role.
SECRETARIAT_APPS = ["home", "knowledge", "members_area", "wagtailforms", "wagtailredirects", "wagtailsnippets"]
MODEL_PERMISSIONS = {
    ROLE_SECRETARIAT: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "wagtailcore.add_locale",
        "wagtailcore.change_locale",
        "wagtailusers.add_userprofile",
        "wagtailusers.change_userprofile",
        "auth.view_group",
    ],
    ROLE_TRANSLATORS: [
        "wagtailadmin.access_admin",
        "wagtail_localize.submit_translation",
        "home.change_topic",
        "home.change_country",
    ],
    ROLE_MEMBERS: [],
}


def sync_role_permissions(sender=None, apps=global_apps, **kwargs) -> None:
    """Create the groups and grant their permissions; idempotent, adds what is missing and removes nothing."""
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        Page = apps.get_model("wagtailcore", "Page")
        Collection = apps.get_model("wagtailcore", "Collection")
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    except LookupError:
        return  # migrations of the apps we need have not run yet

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    root_page = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    for role, codenames in PAGE_PERMISSIONS.items():
        for perm in Permission.objects.filter(content_type__app_label="wagtailcore", codename__in=codenames):
            if root_page:
                GroupPagePermission.objects.get_or_create(group=groups[role], page=root_page, permission=perm)
    for role, codenames in COLLECTION_PERMISSIONS.items():
        for perm in Permission.objects.filter(codename__in=codenames):
            if root_collection:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[role], collection=root_collection, permission=perm
                )
    for role, names in MODEL_PERMISSIONS.items():
        query = Q(pk__in=[])
        for name in names:
            app_label, codename = name.split(".")
            query |= Q(content_type__app_label=app_label, codename=codename)
        if role == ROLE_SECRETARIAT:
            query |= Q(content_type__app_label__in=SECRETARIAT_APPS)
        groups[role].permissions.add(*Permission.objects.filter(query))
