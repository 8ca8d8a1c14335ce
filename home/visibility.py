"""What a user may see. Every listing, search, feed, sitemap, menu and API asks here: privacy is decided once.

The rule is Wagtail's own view restrictions: a page is visible when it is live and the user passes every restriction on
it and on its ancestors. Anonymous visitors get `.public()`; signed-in users are checked against each restriction's
groups (members_area adds the second, serve-time layer in its hooks).
"""

from django.contrib.auth.models import AnonymousUser, User
from django.db.models import Q

from wagtail import hooks
from wagtail.models import CollectionMember, Page, PageViewRestriction
from wagtail.permissions import policy_registry
from wagtail.query import PageQuerySet


def passes_restriction(user: User | AnonymousUser, restriction: PageViewRestriction) -> bool:
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        if not user.is_authenticated or not user.is_active:
            return False
        if user.is_superuser:
            return True
        allowed = {group.pk for group in restriction.groups.all()}
        return bool(allowed & {group.pk for group in user.groups.all()})
    return False  # shared passwords are switched off; an old one refuses everybody


def visible_pages(user: User | AnonymousUser, queryset: PageQuerySet | None = None) -> PageQuerySet:
    """Live pages of `queryset` (all pages by default) whose every view restriction this user passes.

    Apps narrow it further with the hook `filter_visible_pages(user, queryset) -> queryset` (the members area hides
    itself from non-members even if its restriction were removed), so every channel gets their rules too.
    """
    user = user or AnonymousUser()
    queryset = (queryset if queryset is not None else Page.objects.all()).live()
    if not user.is_authenticated:
        queryset = queryset.public()
    else:
        hidden = Q()
        for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups"):
            if not passes_restriction(user, restriction):
                hidden |= Q(path__startswith=restriction.page.path)
        if hidden:
            queryset = queryset.exclude(hidden)
    for narrow in hooks.get_hooks("filter_visible_pages"):
        queryset = narrow(user, queryset)
    return queryset


def can_view(user: User | AnonymousUser, page: Page) -> bool:
    """Whether this user may see this page: live, every restriction on it or an ancestor passed, and every app's
    `can_view_page(user, page) -> bool` hook agreeing."""
    user = user or AnonymousUser()
    if not page.live:
        return False
    if not all(passes_restriction(user, r) for r in page.get_view_restrictions().prefetch_related("groups")):
        return False
    return all(allowed(user, page) for allowed in hooks.get_hooks("can_view_page"))


def can_view_collection_item(user: User | AnonymousUser, item: CollectionMember) -> bool:
    """Whether this user may see a document or image: every view restriction on its collection (or an ancestor)
    passed, or the user may manage it in the admin (editors need the thumbnails of private images)."""
    user = user or AnonymousUser()
    restrictions = item.collection.get_view_restrictions().prefetch_related("groups")
    if all(passes_restriction(user, r) for r in restrictions):
        return True
    if not user.is_authenticated or not user.is_active:
        return False
    policy = policy_registry.get_by_type(type(item))
    return policy is not None and policy.user_has_any_permission_for_instance(user, ["change", "choose"], item)


can_view_image = can_view_collection_item
can_view_document = can_view_collection_item
