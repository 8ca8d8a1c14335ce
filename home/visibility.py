"""What a user may see. Every listing, search, feed, sitemap, menu, language switcher, file view and API asks here:
privacy is decided once.

The rule is Wagtail's own view restrictions: a page is visible when it is live and the user passes every restriction on
it and on its ancestors; a document or an image when the user passes every restriction on its collection and the
collections above it. Anonymous visitors get `.public()`; signed-in users are checked against each restriction's
groups. Apps add their own rules through the hooks `filter_visible_pages`, `can_view_page`, `can_view_document` and
`can_view_image` (the members area plugs in its second layer this way).
"""

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import F, Q, QuerySet, prefetch_related_objects

from wagtail import hooks
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import BaseViewRestriction, Collection, Page, PageViewRestriction
from wagtail.permissions import policy_registry
from wagtail.query import PageQuerySet

User = AbstractBaseUser | AnonymousUser


def is_limited(user: User) -> bool:
    """Whether this signed-in account sees no more than any signed-in user, whatever its groups or superuser flag.

    Apps decide it with the hook `limit_account_visibility(user) -> bool` (the accounts app: an administrator or a
    member of the Secretariat who has not set up the second factor yet). Asked once per user object.
    """
    if not user.is_authenticated:
        return False
    limited = getattr(user, "_iscn_limited", None)
    if limited is None:
        limited = user._iscn_limited = any(check(user) for check in hooks.get_hooks("limit_account_visibility"))
    return limited


def user_groups(user: User) -> dict[int, str]:
    """The user's groups (id: name), read once per user object, that is once per request.

    They are read as a prefetch of `user.groups`, so Wagtail's own restriction check (`user.groups.all()`) reuses them;
    adding or removing a group through `user.groups` drops the prefetch, and the next call reads them again.
    """
    if not user.is_authenticated:
        return {}
    prefetched = getattr(user, "_prefetched_objects_cache", {})
    if "groups" not in prefetched:
        prefetch_related_objects([user], "groups")
    return {group.pk: group.name for group in user.groups.all()}


def passes_restriction(user: User, restriction: BaseViewRestriction) -> bool:
    """Whether `user` passes one page or collection view restriction."""
    if restriction.restriction_type == BaseViewRestriction.LOGIN:
        return user.is_authenticated
    if restriction.restriction_type == BaseViewRestriction.GROUPS:
        if not user.is_authenticated or not user.is_active or is_limited(user):
            return False
        if user.is_superuser:
            return True
        allowed = {group.pk for group in restriction.groups.all()}
        return bool(allowed & user_groups(user).keys())
    return False  # shared passwords are switched off; an old one refuses everybody


def restriction_table(user: User) -> list[PageViewRestriction]:
    """Every page view restriction with its page's path and its groups, read in two queries once per user object.

    A request's user lives for one request, so routing, Wagtail's restriction check, every listing, menu and
    language switcher of a page share these two queries.
    """
    table = getattr(user, "_iscn_restriction_table", None)
    if table is None:
        rows = PageViewRestriction.objects.annotate(page_path=F("page__path")).prefetch_related("groups")
        table = user._iscn_restriction_table = list(rows)
    return table


def restrictions_on(user: User, lineage: list[Page]) -> QuerySet:
    """The view restrictions on the last page of `lineage` (a page after its ancestors), as Wagtail's
    `Page.get_view_restrictions` finds them (an alias answers to its source page's), taken from the table.

    The queryset comes evaluated: iterating it reads nothing more, and filtering or ordering it queries afresh.
    """
    page_ids = {page.alias_of_id or page.pk for page in lineage}
    found = [restriction for restriction in restriction_table(user) if restriction.page_id in page_ids]
    queryset = PageViewRestriction.objects.filter(pk__in=[restriction.pk for restriction in found])
    queryset._result_cache, queryset._prefetch_done = found, True
    return queryset


def hidden_paths(user: User) -> list[str]:
    """Tree paths of the restricted pages this user does not pass; everything below them is hidden too."""
    cached = getattr(user, "_iscn_hidden_paths", None)
    if cached is None:
        table = restriction_table(user)
        cached = user._iscn_hidden_paths = [r.page_path for r in table if not passes_restriction(user, r)]
    return cached


def visible_pages(user: User | None, queryset: PageQuerySet | None = None) -> PageQuerySet:
    """Live pages of `queryset` (all pages by default) whose every view restriction this user passes.

    Apps narrow it further with the hook `filter_visible_pages(user, queryset) -> queryset` (the members area hides
    itself from non-members even if its restriction were removed), so every channel gets their rules too.
    """
    queryset = (queryset if queryset is not None else Page.objects.all()).live()
    if user is None:
        user = AnonymousUser()
        queryset = queryset.public()
    else:
        # A request's user, signed in or not: the restrictions it does not pass, read once for the request.
        hidden = Q()
        for path in hidden_paths(user):
            hidden |= Q(path__startswith=path)
        if hidden:
            queryset = queryset.exclude(hidden)
    for narrow in hooks.get_hooks("filter_visible_pages"):
        queryset = narrow(user, queryset)
    return queryset


def can_view(user: User | None, page: Page) -> bool:
    """Whether this user may see this page: live, every restriction on it or an ancestor passed, and every app's
    `can_view_page(user, page) -> bool` hook agreeing."""
    user = user or AnonymousUser()
    if not page.live:
        return False
    # An alias answers to its source page's restrictions as well as to its own place in the tree (as in Wagtail).
    paths = [page.path, page.alias_of.path] if page.alias_of_id else [page.path]
    if any(own.startswith(hidden) for own in paths for hidden in hidden_paths(user)):
        return False
    return all(allowed(user, page) for allowed in hooks.get_hooks("can_view_page"))


def _passes_collection(user: User, collection: Collection) -> bool:
    return all(passes_restriction(user, r) for r in collection.get_view_restrictions().prefetch_related("groups"))


def _may_manage(user: User, item: AbstractImage | AbstractDocument) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    policy = policy_registry.get_by_type(type(item), fallback=False)
    return policy is not None and policy.user_has_any_permission_for_instance(user, ["change", "choose"], item)


def can_view_document(user: User | None, document: AbstractDocument) -> bool:
    """Whether this user may download this document: its collection's restrictions passed, and every app's
    `can_view_document(user, document) -> bool` hook agreeing."""
    user = user or AnonymousUser()
    if not _passes_collection(user, document.collection):
        return False
    return all(allowed(user, document) for allowed in hooks.get_hooks("can_view_document"))


def can_view_image(user: User | None, image: AbstractImage) -> bool:
    """Whether this user may see this image (original and renditions): its collection's restrictions passed, or the
    user may edit or choose it in the admin (editors need thumbnails), and every app's
    `can_view_image(user, image) -> bool` hook agreeing."""
    user = user or AnonymousUser()
    if not (_passes_collection(user, image.collection) or _may_manage(user, image)):
        return False
    return all(allowed(user, image) for allowed in hooks.get_hooks("can_view_image"))


def is_private_document(document: AbstractDocument) -> bool:
    """Not for everyone: an anonymous visitor may not download it, so no shared cache or validator may reveal it."""
    return not can_view_document(None, document)


def is_private_image(image: AbstractImage) -> bool:
    """Not for everyone: an anonymous visitor may not see it, so it is served by a permission-checked view only."""
    return not can_view_image(None, image)
