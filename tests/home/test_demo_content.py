"""The demo loader: builds the site in four languages, translated for real, and changes nothing when run again.

The shared demo database (`demo_site`) is the loader's first run; the runs here go on top of it.
"""

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Locale, Page, PageViewRestriction, Revision

import pytest
from wagtail_localize.models import LocaleSynchronization

from home.demo.texts import DemoTextError, read_texts, source
from knowledge.models import GoodPracticePage, ProjectPage

pytestmark = pytest.mark.django_db


def counts() -> dict[str, int]:
    User = get_user_model()
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "users": User.objects.count(),
        "locales": Locale.objects.count(),
        "restrictions": PageViewRestriction.objects.count(),
    }


def test_running_again_changes_nothing_and_demo_users_have_their_roles(demo_site, settings, capsys):
    settings.DEMO_PASSWORD = "demo-pass-for-tests"
    before = counts()
    call_command("load_demo_content", "--with-demo-users", force=True)
    first = counts()
    assert first == {**before, "users": before["users"] + 3}, "a second run adds the demo accounts and nothing else"
    call_command("load_demo_content", "--with-demo-users", force=True)
    assert counts() == first
    assert first["locales"] == 4
    # The working formats' demo authors exist without the option; the option adds admin, editor and member.
    assert first["users"] - before["users"] == 3
    output = capsys.readouterr().out
    assert "Demo accounts already exist" in output

    User = get_user_model()
    admin, editor, member = (User.objects.get(username=name) for name in ("admin", "editor", "member"))
    assert admin.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Secretariat"]
    assert editor.has_perm("wagtailadmin.access_admin")
    assert list(member.groups.values_list("name", flat=True)) == ["Members"]
    assert not member.has_perm("wagtailadmin.access_admin")
    assert member.check_password("demo-pass-for-tests")


def test_every_page_exists_in_every_locale_and_is_live(demo_site):
    for page in Page.objects.filter(depth__gte=2, locale__language_code="en"):
        translations = Page.objects.filter(translation_key=page.translation_key)
        assert set(translations.values_list("locale__language_code", flat=True)) == {"en", "de", "es", "pt"}
        assert all(t.live for t in translations), page


def test_translations_are_real_not_aliases(demo_site):
    translated = Page.objects.filter(depth__gte=2).exclude(locale__language_code="en")
    assert translated.exists()
    # The knowledge base's sample entries are translated three of each kind; the others are shown in English.
    assert not translated.filter(alias_of__isnull=False).not_type(GoodPracticePage, ProjectPage).exists()
    for entry_type in (GoodPracticePage, ProjectPage):
        for code in ("de", "es", "pt"):
            real = Page.objects.type(entry_type).filter(locale__language_code=code, alias_of__isnull=True)
            assert real.count() >= 3, (entry_type, code)
    titles = set(Page.objects.filter(slug="participation").values_list("title", flat=True))
    assert titles == {"Participation", "Teilnahme", "Participación", "Participação"}


def test_other_locales_follow_the_default_for_new_pages(demo_site):
    assert LocaleSynchronization.objects.filter(sync_from__language_code="en").count() == 3


def test_generated_password_is_printed_when_none_is_configured(demo_site, settings, capsys):
    settings.DEMO_PASSWORD = ""
    call_command("load_demo_content", "--with-demo-users", force=True)
    output = capsys.readouterr().out
    password = output.split("Their password: ")[1].split()[0]
    assert get_user_model().objects.get(username="member").check_password(password)


def test_refuses_to_run_in_production_without_force(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo_content")


def test_demo_pages_with_listing_images_render_in_every_locale(client, demo_site):
    from home.models import NewsPage, TopicPage

    with_image = [
        *TopicPage.objects.live().exclude(listing_image=None),
        *NewsPage.objects.live().exclude(listing_image=None),
    ]
    assert {page.locale.language_code for page in with_image} == {"en", "de", "es", "pt"}
    for page in with_image:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert '<meta property="og:image"' in response.content.decode()
    for code in ("en", "de", "es", "pt"):
        assert 'class="card__image"' in client.get(f"/{code}/topics/").content.decode()


def test_demo_texts_give_each_language_a_map_from_the_source_text(tmp_path):
    path = tmp_path / "texts.toml"
    path.write_text(
        '[[news]]\nslug = "data"\n\n[news.title]\n'
        'en = "Data & cities"\nde = "Daten & Städte"\nes = "Datos y ciudades"\npt = "Dados & cidades"\n',
        encoding="utf-8",
    )
    texts = read_texts(path)
    assert source(texts.data["news"][0]["title"]) == "Data & cities"
    assert texts.strings["de"]["Data & cities"] == "Daten & Städte"
    # Plain-text fields are extracted HTML-escaped by wagtail-localize.
    assert texts.strings["pt"]["Data &amp; cities"] == "Dados &amp; cidades"
    assert set(texts.strings) == {"de", "es", "pt"}


def test_demo_text_without_every_language_is_refused(tmp_path):
    path = tmp_path / "texts.toml"
    path.write_text('[page.title]\nen = "Events"\nde = "Veranstaltungen"\nes = "Eventos"\n', encoding="utf-8")
    with pytest.raises(DemoTextError, match="'Events' has no pt version"):
        read_texts(path)
