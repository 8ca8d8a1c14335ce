"""Helpers shared by the public listings: the current locale's taxonomy and filters that work across translations.

Tags (topics, countries) are inline children of a page; wagtail-localize copies them to a translation with each
snippet mapped to the target locale's copy. A translation made before its source was tagged still lacks them until
it is synced, so listings filter through the translation key: a page matches when any of its translations carries
the tag (snippet slugs and ISO codes are the same in every locale).
"""

from django.db.models import QuerySet

from wagtail.models import Locale, Page
from wagtail.query import PageQuerySet

from .taxonomy import Country, Topic


def tagged_with(queryset: PageQuerySet, model: type[Page], **lookup) -> PageQuerySet:
    """Pages of `queryset` whose page in any locale matches `lookup` (e.g. topics__slug="climate")."""
    keys = model.objects.filter(**lookup).values("translation_key")
    return queryset.filter(translation_key__in=keys)


def localized_topics(locale: Locale, slugs: set[str] | list[str] | None = None) -> QuerySet:
    topics = Topic.objects.filter(locale=locale)
    return topics.filter(slug__in=slugs) if slugs is not None else topics


def localized_countries(locale: Locale, iso_codes: set[str] | list[str] | None = None) -> QuerySet:
    countries = Country.objects.filter(locale=locale)
    return countries.filter(iso_code__in=iso_codes) if iso_codes is not None else countries


def page_topic_slugs(page: Page) -> set[str]:
    """The topic slugs of this page in any of its locales (see the module docstring)."""
    model = type(page)
    slugs = model.objects.filter(translation_key=page.translation_key).values_list("topics__topic__slug", flat=True)
    return set(slugs) - {None}
