"""Home and standard pages: tree rules, every StoryBlock rendered, and an untranslated page shown in its language."""

import json

from django.core.files.base import ContentFile

from wagtail.documents.models import Document
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

import pytest
from pytest_django.asserts import assertContains, assertNotContains
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page

from home.models import HomePage, StandardPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


class TestTreeRules(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_standard_pages_go_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)


def test_standard_page_renders_every_story_block(client, home):
    image = get_image_model().objects.create(title="Stuttgart", file=get_test_image_file(filename="stuttgart.png"))
    document = Document.objects.create(title="Meeting report")
    document.file.save("report.pdf", ContentFile(b"%PDF-1.4 report"))
    body = [
        {"type": "heading", "value": {"text": "Key topics", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Digital <b>inclusion</b> matters.</p>"},
        {
            "type": "image",
            "value": {
                "image": {"image": image.pk, "alt_text": "Delegates in Stuttgart", "decorative": False},
                "caption": "The 2019 meeting",
            },
        },
        {"type": "quote", "value": {"text": "Learning from each other.", "attribution": "A member"}},
        {
            "type": "call_to_action",
            "value": {"title": "Join us", "text": "", "page": home.pk, "url": "", "button_label": "Go home"},
        },
        {"type": "document", "value": {"document": document.pk, "title": ""}},
    ]
    page = StandardPageFactory(parent=home, slug="blocks", title="Blocks", body=json.dumps(body))
    response = client.get(page.url)
    assertContains(response, '<h2 class="block-heading">Key topics</h2>', html=True)
    assertContains(response, "Digital <b>inclusion</b> matters.")
    assertContains(response, 'alt="Delegates in Stuttgart"')
    assertContains(response, '<figcaption class="block-image__caption">The 2019 meeting</figcaption>', html=True)
    assertContains(response, "Learning from each other.")
    assertContains(response, f'href="{home.url}"')
    assertContains(response, "Meeting report")
    assertContains(response, f"/documents/{document.pk}/")


def test_call_to_action_needs_a_page_or_an_address():
    from django.core.exceptions import ValidationError

    from home.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python({"title": "Join", "text": "", "page": None, "url": "", "button_label": "Go"})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_untranslated_page_is_reachable_in_every_language_and_says_so(client, home_pages, locales):
    for code in ("de", "es", "pt"):
        LocaleSynchronization.objects.create(locale=locales[code], sync_from=locales["en"])
    page = StandardPageFactory(parent=home_pages["en"], slug="new-report", title="New report")
    page.save_revision().publish()
    create_aliases_for_new_page(page)  # what wagtail-localize does when an editor creates a page (locales synced)
    response = client.get("/de/new-report/")
    assert response.status_code == 200
    assertContains(response, "New report")
    assertContains(response, "Diese Seite ist noch nicht übersetzt; sie wird auf Englisch angezeigt.")
    assertContains(response, '<div lang="en">')
    english = client.get("/en/new-report/")
    assertNotContains(english, "noch nicht übersetzt")
    assertNotContains(english, "has not been translated yet")
