"""The monthly members' digest: what is new since the last one, only what each member may see, in their language."""

import datetime

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

import pytest

from members_area.models import DigestLog, SurveyPage

from .formats_helpers import add_page


@pytest.fixture
def new_survey(members_root, django_capture_on_commit_callbacks) -> dict[str, SurveyPage]:
    survey = SurveyPage(title="Open data survey", slug="open-data-survey")
    pages = add_page(members_root, survey, django_capture_on_commit_callbacks)
    pages["de"].title = "Umfrage zu offenen Daten"
    pages["de"].save_revision().publish()
    return pages


def test_dry_run_prints_each_members_digest_in_their_language_and_records_nothing(new_survey, make_member, capsys):
    make_member("ana", language="pt")
    make_member("dieter", language="de")
    call_command("send_members_digest", "--dry-run")
    output = capsys.readouterr().out
    assert "To: dieter@example.org (de)" in output
    assert "Neues aus dem Netzwerk" in output
    assert "Umfrage zu offenen Daten" in output and "/de/members/open-data-survey/" in output
    assert "To: ana@example.org (pt)" in output and "Novidades da rede" in output
    assert "/pt/members/open-data-survey/" in output
    assert "Printed 2 digest(s)." in output
    assert not mail.outbox and not DigestLog.objects.exists()


def test_digest_is_sent_once_and_the_next_one_covers_only_what_is_newer(new_survey, make_member):
    make_member("ana", language="pt")
    call_command("send_members_digest")
    assert len(mail.outbox) == 1 and "Pesquisas" in mail.outbox[0].body
    assert "/pt/members/open-data-survey/" in mail.outbox[0].body
    assert DigestLog.objects.get().recipients == 1
    mail.outbox.clear()
    call_command("send_members_digest")
    assert not mail.outbox  # nothing new since the last digest: no empty email


def test_digest_never_lists_to_a_non_member_or_leaks_private_pages(new_survey, outsider, make_member):
    outsider.email = "outsider@example.org"
    outsider.save()
    make_member("ana")
    call_command("send_members_digest")
    assert [m.to for m in mail.outbox] == [["ana@example.org"]]


def test_first_digest_covers_the_last_month(new_survey, make_member):
    make_member("ana")
    DigestLog.objects.create(sent_at=timezone.now() + datetime.timedelta(minutes=1))
    call_command("send_members_digest")
    assert not mail.outbox
