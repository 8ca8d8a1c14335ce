"""The network's membership rules over all profiles: which countries lack representatives (gaps, not refusals)."""

from django.db.models import Count, Q

from wagtail.models import Locale

from home.models import Country

from .models.profiles import LEVEL_MUNICIPAL, LEVEL_NATIONAL, REPRESENTATIVES, MemberProfile


def representation_gaps() -> list[dict]:
    """Countries (default locale, shown localised) with fewer than 1 national or 2 municipal active representatives."""
    counts = {
        row["country__translation_key"]: row
        for row in MemberProfile.objects.filter(user__is_active=True, country__isnull=False)
        .values("country__translation_key")
        .annotate(
            national=Count("pk", filter=Q(level=LEVEL_NATIONAL)),
            municipal=Count("pk", filter=Q(level=LEVEL_MUNICIPAL)),
        )
    }
    gaps = []
    for country in Country.objects.filter(locale=Locale.get_default()).order_by("name"):
        row = counts.get(country.translation_key, {})
        national, municipal = row.get("national", 0), row.get("municipal", 0)
        missing_national = max(0, REPRESENTATIVES[LEVEL_NATIONAL]["min"] - national)
        missing_municipal = max(0, REPRESENTATIVES[LEVEL_MUNICIPAL]["min"] - municipal)
        if missing_national or missing_municipal:
            gaps.append(
                {
                    "country": country.localized,
                    "national": national,
                    "municipal": municipal,
                    "missing_national": missing_national,
                    "missing_municipal": missing_municipal,
                }
            )
    return gaps
