"""The roles of DESIGN.md as Django groups with their Wagtail permissions, kept in step after every migrate."""

from django.apps import apps as global_apps
from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models import Q

from wagtail.models import GroupApprovalTask, Page, Workflow, WorkflowPage, WorkflowTask

ROLE_SECRETARIAT = "Secretariat"
ROLE_TRANSLATORS = "Translators"
ROLE_MEMBERS = "Members"
ROLES = [ROLE_SECRETARIAT, ROLE_TRANSLATORS, ROLE_MEMBERS]
TRANSLATION_REVIEW = "Translation review"

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

    ensure_translation_review()


def ensure_translation_review() -> None:
    """The workflow "Translation review" (the Secretariat approves) on every locale's home page but the default one.

    Translators may edit but not publish: they submit a translation, and the Secretariat publishes it. Idempotent;
    called after every migrate and whenever a new locale's home page appears (see `assign_review_to_locale_root`).
    Wagtail's task models are polymorphic, so the current models are used rather than the migration state's.
    """
    secretariat = Group.objects.filter(name=ROLE_SECRETARIAT).first()
    if secretariat is None:
        return
    workflow, _created = Workflow.objects.get_or_create(name=TRANSLATION_REVIEW)
    if not WorkflowTask.objects.filter(workflow=workflow).exists():
        task, _created = GroupApprovalTask.objects.get_or_create(name="Approval by the Secretariat")
        task.groups.add(secretariat)
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    for root in Page.objects.filter(depth=2).exclude(locale__language_code=settings.LANGUAGE_CODE):
        WorkflowPage.objects.get_or_create(page=root, defaults={"workflow": workflow})


def assign_review_to_locale_root(sender, instance, created: bool = False, **kwargs) -> None:
    """A new home page in another language (e.g. made by translating the site) gets the translation review."""
    if created and isinstance(instance, Page) and instance.depth == 2:
        ensure_translation_review()
