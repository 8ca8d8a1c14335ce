"""Institution names on partner-country pages are content that wagtail-localize offers for translation."""

import pytest
from pytest_django.asserts import assertContains, assertNotContains
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.models import Country, PartnerCountryPage, PartnerCountryPageInstitution

from .conftest import add, publish

pytestmark = pytest.mark.django_db

MINISTRY = "Federal Ministry of the Interior, Building and Community"
GERMAN_NAMES = {MINISTRY: "Bundesministerium des Innern, für Bau und Heimat"}


@pytest.fixture
def germany(sections, taxonomy, home_pages, locales) -> PartnerCountryPage:
    sections["partners"].copy_for_translation(locales["de"]).save_revision().publish()
    country = Country.objects.create(locale=locales["en"], iso_code="DE", name="Germany")
    german = country.copy_for_translation(locales["de"])
    german.name = "Deutschland"
    german.save()
    page = PartnerCountryPage(title="Germany", slug="germany", country=country, introduction="Initiator.")
    page = add(sections["partners"], page)
    page.institutions = [
        PartnerCountryPageInstitution(name=MINISTRY, level="national"),
        PartnerCountryPageInstitution(name="Stadt Arnsberg", level="municipal", website="https://www.arnsberg.de/"),
    ]
    return publish(page)


def test_institution_names_are_offered_for_translation_and_shown_in_german(client, germany, locales):
    source, _created = TranslationSource.update_or_create_from_instance(germany)
    translation = Translation.objects.create(source=source, target_locale=locales["de"])
    strings = {segment.string.data: segment for segment in source.stringsegment_set.select_related("string", "context")}
    assert MINISTRY in strings and "Stadt Arnsberg" in strings
    assert strings[MINISTRY].context.path.startswith("institutions.")
    # The editor fills every string: the ministry in German, the other texts as they are.
    for data, segment in strings.items():
        StringTranslation.objects.create(
            translation_of=segment.string,
            locale=locales["de"],
            context=segment.context,
            data=GERMAN_NAMES.get(data, data),
        )
    translation.save_target(publish=False)
    de_page = source.get_translated_instance(locales["de"])
    de_page.get_latest_revision().publish()

    names = [(i.name, i.locale, i.website) for i in de_page.institutions.all()]
    assert names == [
        (GERMAN_NAMES[MINISTRY], locales["de"], ""),
        ("Stadt Arnsberg", locales["de"], "https://www.arnsberg.de/"),  # the website is synchronised
    ]
    response = client.get(de_page.url)
    assertContains(response, "Bundesministerium des Innern, für Bau und Heimat")
    assertNotContains(response, MINISTRY)
    assertContains(client.get(germany.url), MINISTRY)
