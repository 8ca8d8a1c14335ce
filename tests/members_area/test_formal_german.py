"""German addresses members formally ("Sie") on every account page, including the strings of django-allauth, whose
own German catalogue says "du": our catalogue (LOCALE_PATHS) overrides them."""

import re
from html.parser import HTMLParser

import pytest
from pytest_django.asserts import assertContains

from tests.conftest import with_totp

pytestmark = pytest.mark.django_db

PASSWORD = "correct horse battery"
INFORMAL = re.compile(
    r"\b(du|Du|dein\w*|Dein\w*|dich|Dich|dir|Dir|hast|Hast|kannst|Kannst|bist|Bist|musst|willst|gib|Gib|wähle|Wähle|"
    r"bestätige|Bestätige|kontaktiere|Kontaktiere|versuche|Versuche|melde|Melde|Lösche)\b"
)
LABELS = ("title", "placeholder", "aria-label", "alt")


class _Text(HTMLParser):
    """The text a reader sees: element content outside scripts and styles, and the labels of attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        self.parts += [value for name, value in attrs if name in LABELS and value]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def informal_words(response) -> list[str]:
    parser = _Text()
    parser.feed(response.content.decode())
    return INFORMAL.findall(" ".join(parser.parts))


def assert_formal(response) -> None:
    assert response.status_code == 200
    assertContains(response, '<html lang="de"')
    assert informal_words(response) == [], response.request["PATH_INFO"]


def test_the_check_finds_the_informal_form(client, home):
    # Proves the detector reads the page: the same login page in allauth's own wording would fail.
    response = client.get("/de/accounts/login/")
    response.content = response.content.replace(b"<h1", b"<h1>Bist du sicher?</h1><h1", 1)
    assert informal_words(response) == ["Bist", "du"]


def test_login_and_password_reset_pages_say_sie(client, member, home):
    assert_formal(client.get("/de/accounts/login/"))
    failed = client.post("/de/accounts/login/", {"login": "member-fixture", "password": "wrong"})
    assert_formal(failed)
    assert_formal(client.get("/de/accounts/password/reset/"))
    done = client.post("/de/accounts/password/reset/", {"email": "member-fixture@example.org"}, follow=True)
    assert_formal(done)
    assertContains(done, "Wir haben Ihnen eine E-Mail geschickt")
    assert_formal(client.get("/de/accounts/password/reset/key/x-invalid/"))


def test_second_factor_pages_say_sie(client, member, home):
    with_totp(member)
    response = client.post("/de/accounts/login/", {"login": "member-fixture", "password": PASSWORD}, follow=True)
    assert response.redirect_chain[-1][0].endswith("/accounts/2fa/authenticate/")
    assert_formal(response)
    client.force_login(member)
    for url in ("/de/accounts/2fa/", "/de/accounts/2fa/totp/deactivate/", "/de/accounts/2fa/recovery-codes/generate/"):
        assert_formal(client.get(url, follow=True))  # the last two ask for the password again first


def test_account_management_pages_say_sie(client, member, home):
    client.force_login(member)
    for url in ("/de/accounts/logout/", "/de/accounts/password/change/", "/de/accounts/email/"):
        assert_formal(client.get(url))
    logged_out = client.post("/de/accounts/logout/", follow=True)
    assert informal_words(logged_out) == []
