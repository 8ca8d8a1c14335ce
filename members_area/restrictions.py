"""Keep view restrictions in step across translations, and keep the members area private in every locale.

wagtail-localize copies a page's view restrictions only when it synchronises a translation, so a page restricted after
it was translated, or a translation created later, could stay public in another language. These signal handlers copy
restrictions to every page of the same translation group as soon as a restriction or a page is saved, whatever made
the change (the admin, wagtail-localize, the demo loader, a shell). A removed restriction is not removed from the other
languages (privacy fails closed); each members root always gets the Members restriction back.
"""

import threading

from django.contrib.auth.models import Group
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from .roles import ROLE_MEMBERS

MEMBERS_COLLECTION = "Members"
_state = threading.local()


class _Syncing:
    """Writes made by these handlers must not set off the handlers again."""

    def __enter__(self) -> None:
        _state.active = True

    def __exit__(self, *exc) -> None:
        _state.active = False


def _syncing() -> bool:
    return getattr(_state, "active", False)


def members_group() -> Group:
    return Group.objects.get_or_create(name=ROLE_MEMBERS)[0]


def ensure_members_restriction(page: Page) -> PageViewRestriction:
    """The page carries a GROUPS restriction for Members (and nothing weaker)."""
    group = members_group()
    restriction = page.view_restrictions.filter(restriction_type=PageViewRestriction.GROUPS).first()
    with _Syncing():
        # "Any logged-in user" or a password is weaker than the Members rule: replace it.
        page.view_restrictions.exclude(restriction_type=PageViewRestriction.GROUPS).delete()
        if restriction is None:
            restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        if not restriction.groups.filter(pk=group.pk).exists():
            restriction.groups.add(group)
    _copy_to_translations(page)
    return restriction


def _copy_to_translations(source: Page) -> None:
    """Give every other page of the source's translation group the source's restrictions (types and groups)."""
    restrictions = list(source.view_restrictions.prefetch_related("groups"))
    if not restrictions:
        return
    with _Syncing():
        for target in Page.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk):
            _apply(restrictions, target)


def _apply(restrictions: list[PageViewRestriction], target: Page) -> None:
    existing = {r.restriction_type: r for r in target.view_restrictions.prefetch_related("groups")}
    for restriction in restrictions:
        copy = existing.get(restriction.restriction_type)
        if copy is None:
            copy = PageViewRestriction.objects.create(
                page=target, restriction_type=restriction.restriction_type, password=restriction.password
            )
        wanted = {g.pk for g in restriction.groups.all()}
        if {g.pk for g in copy.groups.all()} != wanted:
            copy.groups.set(wanted)


def _inherit_from_translations(page: Page) -> None:
    """A page new in a locale takes the restrictions its translations already carry."""
    if page.view_restrictions.exists():
        return
    for sibling in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
        restrictions = list(sibling.view_restrictions.prefetch_related("groups"))
        if restrictions:
            with _Syncing():
                _apply(restrictions, page)
            return


def page_saved(sender, instance, created: bool = False, raw: bool = False, **kwargs) -> None:
    if raw or _syncing() or not isinstance(instance, Page) or instance.pk is None:
        return
    from .models import MembersAreaPage

    if isinstance(instance, MembersAreaPage):
        ensure_members_restriction(instance)
    elif created:
        _inherit_from_translations(instance)


def restriction_saved(sender, instance: PageViewRestriction, raw: bool = False, **kwargs) -> None:
    if raw or _syncing():
        return
    _copy_to_translations(instance.page)


def restriction_groups_changed(sender, instance, action: str, reverse: bool = False, **kwargs) -> None:
    if _syncing() or reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    if isinstance(instance, PageViewRestriction):
        _copy_to_translations(instance.page)


def restriction_deleted(sender, instance: PageViewRestriction, **kwargs) -> None:
    if _syncing():
        return
    page_id = instance.page_id

    def restore() -> None:
        from .models import MembersAreaPage

        # After commit, so a page being deleted (which deletes its restrictions first) is not given a new one.
        page = Page.objects.filter(pk=page_id).type(MembersAreaPage).first()
        if page is not None:
            # The members root is private by definition; removing its restriction in the admin does not stick.
            ensure_members_restriction(page)

    transaction.on_commit(restore)


def ensure_members_collection() -> Collection:
    """The collection for members' documents and images, restricted to the group Members."""
    root = Collection.get_first_root_node() or Collection.add_root(name="Root")
    collection = root.get_children().filter(name=MEMBERS_COLLECTION).first()
    if collection is None:
        collection = root.add_child(name=MEMBERS_COLLECTION)
    restriction = collection.view_restrictions.filter(restriction_type=CollectionViewRestriction.GROUPS).first()
    collection.view_restrictions.exclude(restriction_type=CollectionViewRestriction.GROUPS).delete()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.add(members_group())
    return collection


def ensure_after_migrate(sender=None, **kwargs) -> None:
    ensure_members_collection()


def connect() -> None:
    post_save.connect(page_saved, dispatch_uid="members_area.page_saved")
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid="members_area.restriction_saved")
    post_delete.connect(
        restriction_deleted, sender=PageViewRestriction, dispatch_uid="members_area.restriction_deleted"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="members_area.restriction_groups_changed",
    )
