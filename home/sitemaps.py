"""The sitemap: every public page of every locale, each with its alternates in the other languages."""

from collections import defaultdict

from django.contrib.auth.models import AnonymousUser
from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page

from home.visibility import visible_pages


class PublicPagesSitemap(Sitemap):
    """Wagtail's sitemap walks one locale's root only; this one walks the roots of all locales."""

    def items(self) -> list[Page]:
        root = self.get_wagtail_site().root_page
        in_site = Q()
        for locale_root in Page.objects.filter(translation_key=root.translation_key):
            in_site |= Q(path__startswith=locale_root.path)
        # The sitemap is public and cached: it is built as an anonymous visitor sees the site, whoever asks.
        pages = list(
            visible_pages(AnonymousUser(), Page.objects.filter(in_site))
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
        # Each entry lists its translations with their locales: group them here rather than query once per page.
        locales = {locale.pk: locale for locale in Locale.objects.all()}
        by_key = defaultdict(list)
        for page in pages:
            page.locale = locales[page.locale_id]
            by_key[page.translation_key].append(page)
        for page in pages:
            page.prefetched_translations = by_key[page.translation_key]
        return pages

    def _urls(self, page, protocol, domain) -> list[dict]:
        # Wagtail's version calls .iterator() on a queryset; items() here is a list.
        urls = [info for item in self.paginator.page(page).object_list for info in item.get_sitemap_urls(self.request)]
        last_mods = {info.get("lastmod") for info in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
