"""A login costs the same password work whether the account exists or not, so timing tells nothing."""

from django.contrib.auth.hashers import MD5PasswordHasher

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

LOGIN_URL = "/en/accounts/login/"


class CountingHasher(MD5PasswordHasher):
    """MD5 (fast, tests only) that counts how many hashes a request computes."""

    algorithm = "counting_md5"
    calls = 0

    def encode(self, password: str, salt: str) -> str:
        CountingHasher.calls += 1
        return super().encode(password, salt)


@pytest.fixture
def counting(settings):
    settings.PASSWORD_HASHERS = ["tests.members_area.test_login_timing.CountingHasher"]
    UserFactory(username="known", email="known@example.org")  # hashed with the counting hasher
    CountingHasher.calls = 0
    return CountingHasher


def hashes_for(client, counting, login: str) -> int:
    counting.calls = 0
    response = client.post(LOGIN_URL, {"login": login, "password": "a wrong password"})
    assert response.status_code == 200  # refused with the form
    return counting.calls


@pytest.mark.parametrize(
    ("known", "unknown"),
    [("known@example.org", "nobody@example.org"), ("KNOWN@example.org", "nobody@example.org"), ("known", "nobody")],
)
def test_known_and_unknown_logins_cost_one_hash_each(client, home, counting, known, unknown):
    assert hashes_for(client, counting, known) == 1
    assert hashes_for(client, counting, unknown) == 1


def test_right_password_by_email_still_logs_in(client, home, counting):
    response = client.post(LOGIN_URL, {"login": "known@example.org", "password": "correct horse battery"})
    assert response.status_code == 302
