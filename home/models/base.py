"""The abstract page every ISCN page inherits: listing and sharing fields, language alternates, the sitemap entry."""

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import models
from django.db.models import Q
from django.http import Http404, HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from wagtail_localize.fields import SynchronizedField

from home.absolute_urls import page_full_url
from home.locales import active_locale
from home.visibility import restrictions_on, visible_pages


class BasePage(Page):
    """Listing and social fields plus the translations a language switcher and hreflang need."""

    listing_summary = models.TextField(
        _("listing summary"),
        blank=True,
        max_length=300,
        help_text=_("Shown on cards and in search results; the search description is used when empty."),
    )
    listing_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown on cards and, unless a social image is set, when the page is shared."),
    )
    social_image = models.ForeignKey(
        "home.CustomImage",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared on social media (1200×630 works best)."),
    )

    promote_panels = Page.promote_panels + [
        MultiFieldPanel(["listing_summary", "listing_image", "social_image"], heading=_("Listing and sharing")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("listing_summary"),
        index.SearchField("search_description"),
        index.FilterField("locale"),
    ]
    # The slug keeps a page's address the same in every language; a translator may still give it its own (override),
    # but it is never a string left to translate. Subclasses extend this list rather than replace it.
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta:
        abstract = True

    @property
    def summary_text(self) -> str:
        return self.listing_summary or self.search_description

    @property
    def content_language(self) -> str:
        """The language the page's text is written in: an alias shows its source page's text."""
        if self.alias_of_id:
            return self.alias_of.locale.language_code
        return self.locale.language_code

    @property
    def untranslated_language(self) -> str | None:
        """The language the page is shown in when it is an untranslated copy of another locale's page, else None.

        The one test for "not translated yet": the detail page's notice and the listings' language mark ask it.
        Listings select_related("locale", "alias_of__locale") so that it costs no query per item.
        """
        language = self.content_language
        return language if language != self.locale.language_code else None

    def visible_translations(self, user: AbstractBaseUser | AnonymousUser | None = None) -> list[Page]:
        """This page in every locale where `user` (anonymous by default) may see it, in settings.LANGUAGES order."""
        order = {code: i for i, (code, _name) in enumerate(settings.LANGUAGES)}
        pages = getattr(self, "prefetched_translations", None)
        if pages is None:
            pages = visible_pages(user, Page.objects.filter(translation_key=self.translation_key))
            pages = pages.select_related("locale")
        return sorted(pages, key=lambda p: order.get(p.locale.language_code, len(order)))

    def route(self, request: HttpRequest, path_components: list[str]) -> RouteResult:
        """Wagtail's routing, reading the pages along the path in one query instead of two per level.

        Each step of the path is the child with that slug (unique among siblings) of the page found for the step
        before. A page type with routing of its own (RoutablePageMixin's sub-paths) is handed
        the rest of the path at its level, as Wagtail does. The page served keeps what routing read:
        `routed_ancestors` (root first) and its view restrictions, so breadcrumbs, the members-area rule and
        Wagtail's restriction check ask the database no more.
        """
        lineage = getattr(self, "routed_ancestors", None)
        if not path_components:
            return super().route(request, path_components)
        # Each step is the child with that slug one level down; the slug index finds every step in one query.
        steps = Q()
        deepest = Page._meta.get_field("path").max_length // self.steplen  # a longer path is a sub-path, no page
        for n, slug in enumerate(path_components[: max(deepest - self.depth, 0)]):
            steps |= Q(depth=self.depth + n + 1, slug=slug)
        wanted = Q(steps, path__startswith=self.path)
        if lineage is None:
            wanted |= Q(path__in=[self.path[:end] for end in range(self.steplen, len(self.path), self.steplen)])
        pages = list(Page.objects.filter(wanted).order_by("depth"))
        if lineage is None:
            lineage = [page for page in pages if page.depth < self.depth]
        below = [page for page in pages if page.depth > self.depth]
        parent, lineage = self, list(lineage)
        for n, slug in enumerate(path_components):
            child = next(
                (p for p in below if p.depth == parent.depth + 1 and p.slug == slug and p.path.startswith(parent.path)),
                None,
            )
            if child is None:
                raise Http404
            child._cached_parent_obj = parent  # treebeard's get_parent() reads it
            lineage.append(parent)
            page_class = child.specific_class
            if n == len(path_components) - 1 or page_class is None or page_class.route is not BasePage.route:
                page = child.specific
                page.routed_ancestors = lineage
                active = active_locale(request)
                if page.locale_id == active.pk:
                    page.locale = active  # the request's copy, read once (templates ask for the page's language)
                page.routed_restrictions = restrictions_on(request.user, [*lineage, page])
                return page.route(request, path_components[n + 1 :])
            parent = child

    def get_view_restrictions(self):
        """Wagtail's answer; for the page being served, the restrictions routing found (same rows, no query)."""
        routed = getattr(self, "routed_restrictions", None)
        return routed if routed is not None else super().get_view_restrictions()

    def breadcrumb_pages(self) -> list[Page]:
        """The pages above this one below the tree root (plain pages: titles and URLs are all breadcrumbs need)."""
        lineage = getattr(self, "routed_ancestors", None)
        if lineage is not None:
            return [page for page in lineage if page.depth >= 2]
        return list(self.get_ancestors().filter(depth__gte=2))

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["translations"] = self.visible_translations(request.user)
        context["ancestors"] = self.breadcrumb_pages()
        return context

    def get_full_url(self, request: HttpRequest | None = None) -> str | None:
        """The page's URL on the site's own host (home.absolute_urls), never the Site record's hostname."""
        return page_full_url(self, request)

    full_url = property(get_full_url)  # Wagtail's property is bound to Page.get_full_url

    def get_sitemap_urls(self, request: HttpRequest | None = None) -> list[dict]:
        alternates = [
            {"lang_code": page.locale.language_code, "location": page_full_url(page, request)}
            for page in self.visible_translations()
        ]
        return [
            {
                "location": self.get_full_url(request),
                "lastmod": self.last_published_at or self.latest_revision_created_at,
                "alternates": alternates if len(alternates) > 1 else [],
            }
        ]
