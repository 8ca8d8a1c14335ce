"""The sitemap: every public page of every locale, each with its alternates in the other languages."""

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page
from wagtail.query import PageQuerySet

from home.visibility import visible_pages


class PublicPagesSitemap(Sitemap):
    """Wagtail's sitemap walks one locale's root only; this one walks the roots of all locales."""

    def items(self) -> PageQuerySet:
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        in_site = Q()
        for locale_root in roots:
            in_site |= Q(path__startswith=locale_root.path)
        # The sitemap is public and cached: it is built as an anonymous visitor sees the site, whoever asks.
        return (
            visible_pages(AnonymousUser(), Page.objects.filter(in_site))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
