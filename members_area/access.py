"""Who may see what in the members area. Built on home.visibility, the one visible-to-this-user helper.

`is_member` is the only definition of membership; `can_view` adds the members-area rule (second layer) to the
restriction check of home.visibility; `member_required` guards non-page views.
"""

from collections.abc import Callable
from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from wagtail.models import Page
from wagtail.query import PageQuerySet

from home import visibility
from home.middleware import mark_private

from .accounts.roles import ROLE_MEMBERS
from .models import MembersAreaPage


def is_member(user) -> bool:
    """Active account in the group Members (superusers count, as Wagtail's GROUPS restriction lets them in).

    An account held to a plain signed-in user's view (home.visibility.is_limited: no second factor yet) is none.
    """
    if user is None or not user.is_authenticated or not user.is_active or visibility.is_limited(user):
        return False
    if user.is_superuser:
        return True
    return ROLE_MEMBERS in visibility.user_groups(user).values()


def members_roots() -> PageQuerySet:
    """The members area root of every locale."""
    return Page.objects.type(MembersAreaPage)


def in_members_area(page: Page) -> bool:
    """Whether the page is members' content: a members root, a page below one (in any locale), or an alias of one
    (an alias shows its source's content wherever it is placed).

    A page that routing served knows its ancestors (`routed_ancestors`): their types answer without a query.
    """
    lineage = getattr(page, "routed_ancestors", None)
    if lineage is not None and page.alias_of_id is None:
        return any(issubclass(p.specific_class or Page, MembersAreaPage) for p in [*lineage, page])
    paths = list(members_roots().values_list("path", flat=True))
    if any(page.path.startswith(path) for path in paths):
        return True
    if page.alias_of_id is None:
        return False
    source_path = Page.objects.filter(pk=page.alias_of_id).values_list("path", flat=True).first() or ""
    return any(source_path.startswith(path) for path in paths)


def members_area_q() -> Q:
    """A filter matching every page in any locale's members area, and every alias of one (for excluding them from
    public channels)."""
    query = aliases = Q(pk__in=[])
    for path in members_roots().values_list("path", flat=True):
        query |= Q(path__startswith=path)
        aliases |= Q(alias_of__path__startswith=path)
    # By id, not by a join: search backends filter only on indexed fields (id and path are).
    return query | Q(pk__in=list(Page.objects.filter(aliases).values_list("pk", flat=True)))


# The members-area rule is plugged into home.visibility by the hooks `can_view_page` and `filter_visible_pages`
# (members_area/wagtail_hooks.py), so every channel that asks home.visibility gets it; these names are re-exported.
can_view = visibility.can_view
visible_pages = visibility.visible_pages


def members_only_rule(user, page: Page) -> bool:
    return is_member(user) or not in_members_area(page)


def hide_members_area(user, queryset: PageQuerySet) -> PageQuerySet:
    if is_member(user):
        return queryset
    # Built once per user object (once per request): a page's listings, menus and switcher share it.
    hidden = getattr(user, "_iscn_members_area_q", None)
    if hidden is None:
        hidden = user._iscn_members_area_q = members_area_q()
    return queryset.exclude(hidden)


def refuse(request: HttpRequest) -> HttpResponse:
    """Anonymous visitors go to the login page; signed-in non-members get a friendly 403 in their language."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    mark_private(request)
    return TemplateResponse(request, "members_area/forbidden.html", {}, status=403)


def member_required(view: Callable) -> Callable:
    """Decorator for non-page views of the members area."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        mark_private(request)
        if not is_member(request.user):
            return refuse(request)
        return view(request, *args, **kwargs)

    return wrapper
