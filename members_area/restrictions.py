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
from wagtail.signals import post_page_move

from .access import in_members_area
from .accounts.roles import ROLE_MEMBERS
from .models import MembersAreaPage

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


def ensure_members_restriction(page: Page, keep: PageViewRestriction | None = None) -> PageViewRestriction:
    """The page carries exactly one restriction: GROUPS, including Members.

    `keep` is a restriction being saved right now: Wagtail's copy actions save a restriction and then set its groups,
    so that one must survive and any older duplicate goes.
    """
    group = members_group()
    with _Syncing():
        restrictions = list(page.view_restrictions.order_by("-pk"))
        if keep is None or keep.restriction_type != PageViewRestriction.GROUPS:
            keep = next((r for r in restrictions if r.restriction_type == PageViewRestriction.GROUPS), None)
        # "Any logged-in user", a password or a second GROUPS restriction: replace them by the one rule.
        PageViewRestriction.objects.filter(
            pk__in=[r.pk for r in restrictions if keep is None or r.pk != keep.pk]
        ).delete()
        if keep is None:
            keep = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        if not keep.groups.filter(pk=group.pk).exists():
            keep.groups.add(group)
    _copy_to_translations(page)
    return keep


def _effective(page: Page) -> dict[str, PageViewRestriction]:
    """The page's restrictions by type; a GROUPS restriction without groups (half-made) is left out."""
    result = {}
    for restriction in page.view_restrictions.order_by("pk").prefetch_related("groups"):
        if restriction.restriction_type == PageViewRestriction.GROUPS and not restriction.groups.all():
            continue
        result.setdefault(restriction.restriction_type, restriction)
    return result


def _copy_to_translations(source: Page) -> None:
    """Give every other page of the source's translation group the source's restrictions (types and groups)."""
    restrictions = _effective(source)
    if not restrictions:
        return
    with _Syncing():
        for target in Page.objects.filter(translation_key=source.translation_key).exclude(pk=source.pk):
            _apply(restrictions, target)


def _apply(restrictions: dict[str, PageViewRestriction], target: Page) -> None:
    existing: dict[str, PageViewRestriction] = {}
    # Newest first: a restriction being saved right now (by a copy action that sets its groups next) survives.
    for restriction in target.view_restrictions.order_by("-pk").prefetch_related("groups"):
        if restriction.restriction_type in existing:
            restriction.delete()  # one restriction per type; an older duplicate would only confuse
        else:
            existing[restriction.restriction_type] = restriction
    for restriction_type, restriction in restrictions.items():
        copy = existing.get(restriction_type)
        if copy is None:
            copy = PageViewRestriction.objects.create(
                page=target, restriction_type=restriction_type, password=restriction.password
            )
        wanted = {g.pk for g in restriction.groups.all()}
        if {g.pk for g in copy.groups.all()} != wanted:
            copy.groups.set(wanted)


def _inherit_from_translations(page: Page) -> bool:
    """The page takes the restrictions its translations carry; False when none of them has any."""
    for sibling in Page.objects.filter(translation_key=page.translation_key).exclude(pk=page.pk):
        restrictions = _effective(sibling)
        if restrictions:
            with _Syncing():
                _apply(restrictions, page)
            return True
    return False


def restrict_to_members(page: Page) -> None:
    """Give a page outside the members area the Members restriction, so it is private wherever it stands."""
    restriction = page.view_restrictions.filter(
        restriction_type=PageViewRestriction.GROUPS, groups=members_group()
    ).first()
    if restriction is None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.add(members_group())


def page_saved(sender, instance, created: bool = False, raw: bool = False, **kwargs) -> None:
    if raw or _syncing() or not isinstance(instance, Page) or instance.pk is None:
        return
    if isinstance(instance, MembersAreaPage):
        ensure_members_restriction(instance)
    elif created and instance.alias_of_id and in_members_area(instance):
        # An alias of a members page shows the members' text wherever it is placed: it takes their restriction.
        restrict_to_members(instance)
    elif created and not instance.view_restrictions.exists():
        _inherit_from_translations(instance)


def page_moved(sender, instance: Page, parent_page_after: Page, **kwargs) -> None:
    """A page moved into the members area takes its translations with it: each goes under its new parent's
    translation when that lies in the members area, and is otherwise restricted to Members where it stands."""
    if not in_members_area(instance):
        return
    for translation in Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk):
        if in_members_area(translation):
            continue
        target = parent_page_after.get_translation_or_none(translation.locale)
        movable = target is not None and in_members_area(target) and translation.can_move_to(target)
        if movable and not target.get_children().filter(slug=translation.slug).exists():
            translation.move(target, pos="last-child")
        else:
            restrict_to_members(translation)


def restriction_saved(sender, instance: PageViewRestriction, raw: bool = False, **kwargs) -> None:
    if raw or _syncing():
        return
    page = instance.page.specific_deferred
    if isinstance(page, MembersAreaPage):
        ensure_members_restriction(page, keep=instance)
    elif instance.restriction_type == PageViewRestriction.GROUPS and not instance.groups.exists():
        # Either the admin adds the groups next (m2m_changed syncs then), or wagtail-localize copied a restriction
        # without its groups (it does not copy the m2m): take them from a translation that has them.
        _inherit_from_translations(instance.page)
    else:
        _copy_to_translations(instance.page)


def restriction_groups_changed(sender, instance, action: str, reverse: bool = False, **kwargs) -> None:
    if _syncing() or reverse or action not in ("post_add", "post_remove", "post_clear"):
        return
    if not isinstance(instance, PageViewRestriction):
        return
    page = instance.page.specific_deferred
    if isinstance(page, MembersAreaPage):
        ensure_members_restriction(page)
    else:
        _copy_to_translations(instance.page)


def restriction_deleted(sender, instance: PageViewRestriction, **kwargs) -> None:
    if _syncing():
        return
    page_id = instance.page_id

    def restore() -> None:
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
    post_page_move.connect(page_moved, dispatch_uid="members_area.page_moved")
    post_save.connect(restriction_saved, sender=PageViewRestriction, dispatch_uid="members_area.restriction_saved")
    post_delete.connect(
        restriction_deleted, sender=PageViewRestriction, dispatch_uid="members_area.restriction_deleted"
    )
    m2m_changed.connect(
        restriction_groups_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="members_area.restriction_groups_changed",
    )
