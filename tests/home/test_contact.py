"""The contact form: stores and emails each message, rejects bad input in the visitor's language, traps bots."""

from django.core import mail
from django.core.cache import cache

import pytest
from pytest_django.asserts import assertContains, assertRedirects

from home.models import ContactMessage, ContactPage

from .conftest import add

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Ana Souza",
    "email": "ana@fortaleza.example.org",
    "organisation": "Prefeitura de Fortaleza",
    "subject": "Joining the peer coaching",
    "message": "We would like to take part in the next peer-coaching round.",
}


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()  # the rate limit counts in the cache
    yield
    cache.clear()


@pytest.fixture
def de_contact(home_pages) -> ContactPage:
    return add(home_pages["de"], ContactPage(title="Kontakt", slug="contact", introduction="Schreiben Sie uns."))


def test_contact_form_renders_with_labels_and_honeypot(client, sections):
    response = client.get("/en/contact/")
    assertContains(response, '<label for="id_email">')
    assertContains(response, 'name="website"')
    assertContains(response, 'class="form__trap" aria-hidden="true"')


def test_valid_message_is_stored_emailed_and_confirmed(client, sections):
    response = client.post("/en/contact/", VALID)
    assertRedirects(response, "/en/contact/thanks/")
    message = ContactMessage.objects.get()
    assert message.subject == VALID["subject"]
    assert message.language == "en"
    assert message.page_id == sections["contact"].pk
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["secretariat@iscn.example.org"]
    assert email.reply_to == [VALID["email"]]
    assert VALID["message"] in email.body
    assert "Joining the peer coaching" in email.subject
    assertContains(client.get("/en/contact/thanks/"), "Thank you for your message")


def test_contact_page_recipient_overrides_the_default(client, sections):
    page = sections["contact"]
    page.recipient = "events@iscn.example.org"
    page.save_revision().publish()
    client.post("/en/contact/", VALID)
    assert mail.outbox[0].to == ["events@iscn.example.org"]


def test_bad_input_shows_translated_errors_and_keeps_what_was_typed(client, de_contact):
    data = dict(VALID, email="not-an-address", message="")
    response = client.post("/de/contact/", data)
    assert response.status_code == 200
    assertContains(response, "Bitte gültige E-Mail-Adresse eingeben.")
    assertContains(response, "Dieses Feld muss ausgefüllt werden.")
    assertContains(response, 'value="Ana Souza"')
    assertContains(response, 'value="not-an-address"')
    assertContains(response, 'value="Prefeitura de Fortaleza"')
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_message_in_german_is_stored_with_its_language(client, de_contact):
    assertRedirects(client.post("/de/contact/", VALID), "/de/contact/thanks/")
    assert ContactMessage.objects.get().language == "de"


def test_honeypot_pretends_success_but_stores_and_sends_nothing(client, sections):
    response = client.post("/en/contact/", dict(VALID, website="http://spam.example"))
    assertRedirects(response, "/en/contact/thanks/")
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []


def test_rate_limit_refuses_the_sixth_message_within_the_hour(client, sections, settings):
    settings.CONTACT_RATE_LIMIT = 5
    for _ in range(5):
        assertRedirects(client.post("/en/contact/", VALID), "/en/contact/thanks/")
    response = client.post("/en/contact/", VALID)
    assert response.status_code == 200
    assertContains(response, "several messages in a short time")
    assertContains(response, 'value="Ana Souza"')
    assert ContactMessage.objects.count() == 5
    assert len(mail.outbox) == 5
    # Another visitor (address) is not affected.
    assertRedirects(client.post("/en/contact/", VALID, REMOTE_ADDR="10.0.0.9"), "/en/contact/thanks/")


def test_contact_messages_are_listed_for_the_secretariat_in_the_admin(client, sections, editor):
    client.post("/en/contact/", VALID)
    client.force_login(editor)
    response = client.get("/admin/snippets/home/contactmessage/")
    assertContains(response, "Joining the peer coaching")


def test_line_break_in_subject_is_a_translated_form_error_and_nothing_is_lost(client, de_contact):
    data = dict(VALID, subject="Hello\r\nBcc: victim@example.org")
    response = client.post("/de/contact/", data)
    assert response.status_code == 200
    assertContains(response, "Bitte schreiben Sie den Betreff in eine einzige Zeile.")
    assertContains(response, 'value="Ana Souza"')
    assertContains(response, VALID["message"])
    assertContains(response, "Bcc: victim@example.org")
    assert ContactMessage.objects.count() == 0
    assert mail.outbox == []
