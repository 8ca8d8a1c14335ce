"""An editor publishes a news item in English, translates it into German in wagtail-localize's translation editor,
and a visitor reads it at /de/news/…. With ISCN_SCREENSHOTS=1 the journey saves the editors' guide's pictures."""

import os
from pathlib import Path

from django.conf import settings

from allauth.mfa.totp.internal.auth import hotp_value, yield_hotp_counters_from_time

from tests.browser.conftest import PASSWORD, assert_accessible
from tests.browser.server_setup import JOURNEY_EDITOR

IMAGES = Path(settings.BASE_DIR) / "docs" / "images"
TITLE_EN, SUMMARY_EN = "Cuenca opens its urban data platform", "Cuenca publishes its mobility and air-quality data."
TITLE_DE, SUMMARY_DE = (
    "Cuenca öffnet seine urbane Datenplattform",
    "Cuenca veröffentlicht seine Mobilitäts- und Luftdaten.",
)


def screenshot(page, name: str) -> None:
    """A picture for docs/editors.md, only when asked for: small PNGs of the visible part of the screen."""
    if os.environ.get("ISCN_SCREENSHOTS") == "1":
        IMAGES.mkdir(parents=True, exist_ok=True)
        page.set_viewport_size({"width": 1100, "height": 700})
        page.screenshot(path=IMAGES / f"{name}.png")
        page.set_viewport_size({"width": 1280, "height": 900})


def sign_in_to_the_admin(page, demo_server) -> None:
    page.goto(demo_server.url + "/admin/")
    page.wait_for_url("**/en/accounts/login/?next=/admin/")
    page.get_by_label("Username or email address").fill(JOURNEY_EDITOR)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url("**/en/accounts/2fa/authenticate/**")
    code = hotp_value(demo_server.facts["totp_secret"], next(yield_hotp_counters_from_time()))
    page.locator("#id_code").fill(f"{code:06d}")
    page.get_by_role("button", name="Sign In").click()
    page.wait_for_url(demo_server.url + "/admin/")


def test_editor_publishes_a_news_item_in_english_and_german(page, demo_server):
    site_url = demo_server.url
    [(news_index_id,)] = demo_server.query(
        "SELECT p.id FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
        "WHERE p.slug = 'news' AND l.language_code = 'en'"
    )
    sign_in_to_the_admin(page, demo_server)

    # 1. The English item.
    page.goto(f"{site_url}/admin/pages/add/home/newspage/{news_index_id}/")
    page.locator("#id_title").fill(TITLE_EN)
    page.locator("#id_date").fill("2030-03-01")
    page.locator("#id_summary").fill(SUMMARY_EN)
    page.locator("#id_title").click()  # closes the date picker, which would cover the picture
    screenshot(page, "editors-1-news-en")
    # Publish sits in the action menu's dropdown; clicking the button itself submits the form with its name.
    page.evaluate("document.querySelector('button[name=action-publish]').click()")
    page.wait_for_url("**/admin/pages/*/")
    # Locale synchronisation has already given the other languages an alias of it: ask for the English page.
    [(news_id, slug)] = demo_server.query(
        "SELECT p.id, p.slug FROM wagtailcore_page p JOIN wagtailcore_locale l ON l.id = p.locale_id "
        f"WHERE p.title = '{TITLE_EN}' AND l.language_code = 'en'"
    )

    # 2. "Translate this page", a button in the page editor's header, into German.
    page.goto(f"{site_url}/admin/pages/{news_id}/edit/")
    page.locator("a.w-header-button", has_text="Translate this page").click()
    page.get_by_label("Deutsch").check()
    page.get_by_role("button", name="Submit").click()
    page.wait_for_url("**/admin/pages/*/edit/")

    # 3. The translation editor: every English text gets its German one, in the order of the page's fields (the slug
    # and the date are synchronised, not translated).
    german = iter([TITLE_DE, SUMMARY_DE])
    page.get_by_role("button", name="Translate").first.wait_for()
    while (remaining := page.get_by_role("button", name="Translate").count()) > 0:
        page.get_by_role("button", name="Translate").first.click()
        page.locator("textarea").first.fill(next(german))
        page.get_by_role("button", name="Save").first.click()
        page.wait_for_function(
            f"document.querySelectorAll('button').length && [...document.querySelectorAll('button')]"
            f".filter(b => b.textContent.trim() === 'Translate').length < {remaining}"
        )
    screenshot(page, "editors-2-translation-editor")
    page.get_by_role("button", name="Publish in Deutsch").click()
    page.wait_for_load_state("networkidle")

    # 4. A visitor reads it in German.
    visitor = page.context.browser.new_context(locale="de-DE")
    reader = visitor.new_page()
    reader.goto(f"{site_url}/de/news/{slug}/")
    assert reader.locator("h1").inner_text() == TITLE_DE
    assert reader.locator("html").get_attribute("lang") == "de"
    assert SUMMARY_DE in reader.content()
    assert_accessible(reader)
    screenshot(reader, "editors-3-news-de")
    reader.goto(f"{site_url}/de/news/")
    assert reader.get_by_text(TITLE_DE).count() == 1
    assert_accessible(reader)
    visitor.close()
