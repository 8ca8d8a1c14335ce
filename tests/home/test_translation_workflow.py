"""Editors in four languages: pickers per locale, tags and synchronised fields carried by wagtail-localize, no slug
left "missing", untranslated items marked in listings, translators who submit and a Secretariat that publishes."""

import datetime

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Page, Revision, WorkflowState

import pytest
from pytest_django.asserts import assertContains, assertNotContains
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from home.locales import language_name
from home.models import NewsPage, Topic
from members_area.accounts.roles import ROLE_TRANSLATORS, TRANSLATION_REVIEW

from ..conftest import with_totp
from ..factories import UserFactory
from .conftest import make_news

pytestmark = pytest.mark.django_db


@pytest.fixture
def german(sections, taxonomy, home_pages, locales) -> dict:
    """German copies of the news index and of the topic "climate"."""
    de_index = sections["news"].copy_for_translation(locales["de"])
    de_index.save_revision().publish()
    climate = taxonomy["topics"]["climate"]
    de_climate = climate.copy_for_translation(locales["de"])
    de_climate.name = "Klimaschutz und Klimaanpassung"
    de_climate.save()
    return {"index": de_index, "climate": de_climate}


def translate(page: Page, locale, prefix: str = "DE ") -> Translation:
    """Fill every string of `page` for `locale` through wagtail-localize, as the translation editor does."""
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={"data": prefix + segment.string.data},
        )
    translation.save_target(publish=True)
    # wagtail-localize publishes on commit, which a test's transaction never reaches: publish the draft here.
    source.get_translated_instance(locale).get_latest_revision().publish()
    return translation


def test_chooser_on_a_german_page_offers_german_topics_only(client, editor, german):
    client.force_login(editor)
    de_item = make_news(german["index"], "Klimanachricht", slug="klima")
    edit = client.get(f"/admin/pages/{de_item.pk}/edit/")
    # The editor's chooser widgets open with the page's locale (Wagtail's ACTIVE_CONTENT_LOCALE) ...
    assertContains(edit, '"ACTIVE_CONTENT_LOCALE": "de"')
    assertContains(edit, 'id="id_topics-TOTAL_FORMS"')
    # ... and the snippet chooser then lists that locale's topics only.
    chooser = client.get(reverse("wagtailsnippetchoosers_home_topic:choose"), {"locale": "de"})
    assertContains(chooser, "Klimaschutz und Klimaanpassung")
    assertNotContains(chooser, "Climate change mitigation and adaptation")


def test_translation_maps_tags_and_shows_translated_text(client, editor, german, taxonomy, locales):
    item = make_news(
        german["index"].get_translation(locales["en"]),
        "Climate news",
        datetime.date(2021, 5, 4),
        topics=[taxonomy["topics"]["climate"]],
    )
    translate(item, locales["de"])
    de_item = NewsPage.objects.get(translation_key=item.translation_key, locale=locales["de"])
    assert [t.topic for t in de_item.topics.all()] == [german["climate"]]
    # Synchronised, not translated: the slug and the date are the source's.
    assert (de_item.slug, de_item.date) == (item.slug, item.date)
    response = client.get(de_item.url)
    assertContains(response, "DE Climate news")
    assertContains(response, "Klimaschutz und Klimaanpassung")
    assertNotContains(response, "noch nicht übersetzt")
    # A synchronised field changed on the source reaches the translation at the next sync.
    item.date = datetime.date(2021, 6, 1)
    item.save_revision().publish()
    translate(item, locales["de"])
    de_item.refresh_from_db()
    assert de_item.date == datetime.date(2021, 6, 1)


def test_publishing_a_fully_translated_page_warns_of_nothing_missing(client, editor, german, locales):
    item = make_news(german["index"].get_translation(locales["en"]), "Complete news")
    translation = translate(item, locales["de"])
    slugs = translation.source.stringsegment_set.filter(context__path="slug")
    assert not slugs.exists(), "the slug is synchronised, never a string to translate"
    de_item = NewsPage.objects.get(translation_key=item.translation_key, locale=locales["de"])
    client.force_login(editor)
    response = client.post(f"/admin/pages/{de_item.pk}/edit/", {"action": "publish"}, follow=True)
    assertContains(response, "Published")
    assertNotContains(response, "missing translations")


def test_listing_shows_each_item_once_and_marks_only_the_untranslated(client, german, locales):
    en_index = german["index"].get_translation(locales["en"])
    translated = make_news(en_index, "Translated news", datetime.date(2022, 1, 2))
    translate(translated, locales["de"])
    untranslated = make_news(en_index, "Untranslated news", datetime.date(2022, 1, 1))
    alias = untranslated.create_alias(parent=german["index"], update_locale=locales["de"])
    response = client.get(german["index"].url)
    html = response.content.decode()
    assert html.count(">Untranslated news<") == 1 and html.count(">DE Translated news<") == 1
    assert html.count('class="card__language"') == 1
    assertContains(response, '<article class="card" lang="en">')
    assertContains(response, '<p class="card__language" lang="de">Englisch</p>')
    with_notice = client.get(alias.url)
    assertContains(with_notice, "auf Englisch angezeigt")


def test_language_name_is_lower_case_within_a_sentence_where_the_language_writes_it_so():
    expected = {"de": ("Englisch", "Englisch"), "es": ("Inglés", "inglés"), "pt": ("Inglês", "inglês")}
    for code, (label, in_sentence) in expected.items():
        with translation.override(code):
            assert (language_name("en"), language_name("en", in_sentence=True)) == (label, in_sentence)


@pytest.fixture
def translator(roles):
    user = UserFactory(username="translator-fixture", is_staff=True)
    user.groups.add(roles[ROLE_TRANSLATORS])
    return with_totp(user)


def test_translator_cannot_publish_but_submits_for_review(client, translator, german, locales):
    item = make_news(german["index"].get_translation(locales["en"]), "Review me")
    translate(item, locales["de"])
    de_item = NewsPage.objects.get(translation_key=item.translation_key, locale=locales["de"])
    de_item.unpublish()
    client.force_login(translator)
    # Publishing from the translation editor is refused, and the page stays unpublished.
    refused = client.post(f"/admin/pages/{de_item.pk}/edit/", {"action": "publish"})
    assert (refused.status_code, refused.url) == (302, "/admin/")  # Wagtail's answer to PermissionDenied
    de_item.refresh_from_db()
    assert not de_item.live
    # Translations go through the Secretariat's review instead.
    permissions = de_item.permissions_for_user(translator)
    assert permissions.can_edit() and not permissions.can_publish()
    assert permissions.can_submit_for_moderation()
    workflow = de_item.get_workflow()
    assert workflow.name == TRANSLATION_REVIEW
    workflow.start(de_item, translator)
    assert de_item.workflow_in_progress
    assert (
        WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(de_item.pk)).requested_by == translator
    )


def test_scheduled_news_is_listed_only_after_its_go_live_time(client, sections):
    item = NewsPage(title="Scheduled news", slug="scheduled", date=datetime.date(2030, 1, 1), summary="S", live=False)
    sections["news"].add_child(instance=item)
    item.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    item.save_revision().publish()
    item.refresh_from_db()
    assert not item.live
    assertNotContains(client.get(sections["news"].url), "Scheduled news")
    # An hour later (the scheduled time moved into the past) the scheduled run publishes it.
    past = timezone.now() - datetime.timedelta(minutes=1)
    for revision in Revision.objects.filter(object_id=str(item.pk), approved_go_live_at__isnull=False):
        revision.approved_go_live_at = past
        revision.content["go_live_at"] = past.isoformat()
        revision.save()
    call_command("publish_scheduled", verbosity=0)
    item.refresh_from_db()
    assert item.live
    assertContains(client.get(sections["news"].url), "Scheduled news")


def test_topic_snippet_slug_is_shared_by_translations(taxonomy, locales):
    climate = taxonomy["topics"]["climate"]
    de = climate.copy_for_translation(locales["de"])
    de.save()
    assert Topic.objects.get(pk=de.pk).slug == climate.slug
