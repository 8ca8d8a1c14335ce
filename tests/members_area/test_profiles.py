"""The member's own profile: who may open it, editing, contact-detail privacy, photo, JSON export, deletion request."""

import io
import json
import re
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from wagtail.users.models import UserProfile

import pytest
from PIL import Image
from pytest_django.asserts import assertContains, assertNotContains

from home.models import Country
from members_area.models import DeletionRequest, MemberProfile

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def private_media(settings, tmp_path) -> Path:
    settings.MEMBERS_PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return settings.MEMBERS_PRIVATE_MEDIA_ROOT


def url(name: str, *args, lang: str = "en") -> str:
    with translation.override(lang):
        return reverse(f"members_area:{name}", args=args)


def png(size: tuple[int, int] = (40, 40)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (0, 94, 160)).save(buffer, "PNG")
    return SimpleUploadedFile("me.png", buffer.getvalue(), content_type="image/png")


def test_profile_url_is_under_accounts_in_every_language():
    assert url("profile") == "/en/accounts/profile/"
    assert url("profile_edit", lang="de") == "/de/accounts/profile/edit/"


@pytest.mark.parametrize("name", ["profile", "profile_edit", "profile_export", "profile_delete"])
def test_anonymous_is_sent_to_login(client, db, name):
    response = client.get(url(name))
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
    assert "next=/en/accounts/profile/" in response["Location"]


@pytest.mark.parametrize("name", ["profile", "profile_edit", "profile_export", "profile_delete"])
def test_non_member_is_refused(client, outsider, name):
    client.force_login(outsider)
    response = client.get(url(name))
    assert response.status_code == 403


def test_member_sees_and_edits_own_profile(client, member, country, topic):
    client.force_login(member)
    response = client.get(url("profile"))
    assertContains(response, "You have not filled in your profile yet.")
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    response = client.post(
        url("profile_edit"),
        {
            "country": country.pk,
            "level": "municipal",
            "institution": "City of Fortaleza",
            "expertise": [topic.pk],
            "languages": "Portuguese, English",
            "bio": "Open data for the city.",
            "contact_email": "marta@fortaleza.example",
            "phone": "+55 85 0000",
            "contact_visible": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    profile = MemberProfile.objects.get(user=member)
    assert profile.institution == "City of Fortaleza"
    assert list(profile.expertise.all()) == [topic]
    response = client.get(url("profile"), HTTP_ACCEPT_LANGUAGE="en")
    assertContains(response, "City of Fortaleza")
    assertContains(response, "Brazil")
    assertContains(response, "Digital inclusion")


def test_profile_form_refuses_a_country_that_is_full(client, member, country, make_member):
    make_member("n1", country=country, level="national")
    make_member("n2", country=country, level="national")
    client.force_login(member)
    response = client.post(url("profile_edit"), {"country": country.pk, "level": "national"})
    assert response.status_code == 200
    assertContains(response, "already has 2 national representatives")
    assert MemberProfile.objects.get(user=member).country_id is None  # login made an empty one; nothing saved


@pytest.fixture
def two_members(make_member, country):
    marta = make_member(
        "marta", country=country, bio="Bio of Marta", contact_email="marta@x.example", phone="+55 111 222"
    )
    pedro = make_member(
        "pedro", country=country, bio="Bio of Pedro", contact_email="pedro@x.example", phone="+55 333 444"
    )
    return marta, pedro


def test_contact_details_hidden_from_other_members_when_switch_is_off(client, two_members):
    marta, pedro = two_members
    client.force_login(pedro.user)
    response = client.get(url("profile_detail", marta.pk))
    assertContains(response, "Bio of Marta")
    assertNotContains(response, "marta@x.example")
    assertNotContains(response, "+55 111 222")
    assertNotContains(response, marta.user.email)

    marta.contact_visible = True
    marta.save()
    response = client.get(url("profile_detail", marta.pk))
    assertContains(response, "marta@x.example")
    assertContains(response, "+55 111 222")


def test_owner_always_sees_own_contact_details(client, two_members):
    marta, _pedro = two_members
    client.force_login(marta.user)
    response = client.get(url("profile"))
    assertContains(response, "marta@x.example")
    assertContains(response, "Hidden from other members")


def test_other_profiles_are_for_members_only(client, two_members, outsider):
    marta, _pedro = two_members
    assert client.get(url("profile_detail", marta.pk)).status_code == 302
    client.force_login(outsider)
    response = client.get(url("profile_detail", marta.pk))
    assert response.status_code == 403
    assertNotContains(response, "Bio of Marta", status_code=403)


def test_json_export_contains_own_data_and_nobody_elses(client, two_members):
    marta, pedro = two_members
    client.force_login(marta.user)
    response = client.get(url("profile_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["account"]["username"] == "marta"
    assert data["account"]["email"] == marta.user.email
    assert data["account"]["groups"] == ["Members"]
    assert data["profile"]["bio"] == "Bio of Marta"
    assert data["profile"]["contact_email"] == "marta@x.example"
    assert data["profile"]["country"] == "BR"
    raw = response.content.decode()
    for other in ("pedro", "Bio of Pedro", "+55 333 444", pedro.user.email):
        assert other not in raw
    assert "password" not in raw


def test_deletion_request_is_recorded_and_mailed_to_the_secretariat(client, two_members):
    marta, _pedro = two_members
    client.force_login(marta.user)
    assert client.get(url("profile_delete")).status_code == 200
    response = client.post(url("profile_delete"), {"reason": "Leaving my post"})
    assert response.status_code == 200  # the confirmation box is required
    assert not DeletionRequest.objects.exists()

    response = client.post(url("profile_delete"), {"reason": "Leaving my post", "confirm": "on"})
    assert response.status_code == 302
    request = DeletionRequest.objects.get()
    assert (request.user, request.username, request.reason) == (marta.user, "marta", "Leaving my post")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [settings.MEMBERS_SECRETARIAT_EMAIL]
    assert "marta" in mail.outbox[0].body
    # The account stays usable until the secretariat has acted; a second request is not recorded twice.
    client.post(url("profile_delete"), {"confirm": "on"})
    assert DeletionRequest.objects.count() == 1
    assertContains(client.get(url("profile")), "the secretariat is handling it")


def test_deletion_request_needs_post(client, member):
    client.force_login(member)
    client.get(url("profile_delete"), {"confirm": "on"})
    assert not DeletionRequest.objects.exists()


def test_photo_is_stored_privately_and_served_to_members_only(client, member, outsider, country, private_media):
    client.force_login(member)
    response = client.post(url("profile_edit"), {"country": country.pk, "level": "municipal", "photo": png()})
    assert response.status_code == 302
    profile = MemberProfile.objects.get(user=member)
    stored = Path(profile.photo.path)
    assert stored.is_file() and private_media in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents

    photo_url = url("profile_photo", profile.pk)
    assertContains(client.get(url("profile")), f'src="{photo_url}"')
    response = client.get(photo_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert {"private", "no-store"} <= {part.strip() for part in response["Cache-Control"].split(",")}
    assert b"".join(response.streaming_content).startswith(b"\x89PNG")

    client.logout()
    assert client.get(photo_url).status_code == 302
    client.force_login(outsider)
    assert client.get(photo_url).status_code == 403
    # Not reachable as a media URL either.
    assert client.get(f"/media/{profile.photo.name}").status_code == 404


def test_photo_upload_refuses_other_types_and_large_files(client, member, country, settings):
    client.force_login(member)
    exe = SimpleUploadedFile("me.exe", b"MZ\x90\x00", content_type="application/octet-stream")
    response = client.post(url("profile_edit"), {"country": country.pk, "level": "municipal", "photo": exe})
    assert response.status_code == 200
    assert MemberProfile.objects.get(user=member).country_id is None  # login made an empty one; nothing saved
    settings.MEMBERS_PHOTO_MAX_UPLOAD_SIZE = 100
    response = client.post(url("profile_edit"), {"country": country.pk, "level": "municipal", "photo": png((200, 200))})
    assertContains(response, "This photo is too large")


def test_login_records_previous_login_for_the_dashboard(client, member):
    client.force_login(member)
    first = MemberProfile.objects.get(user=member)
    assert first.previous_login is None and first.latest_login is not None
    client.logout()
    client.force_login(member)
    second = MemberProfile.objects.get(user=member)
    assert second.previous_login == first.latest_login


def test_secretariat_sees_the_photo_in_the_admin_through_the_private_view(client, member, editor, country):
    client.force_login(member)
    client.post(url("profile_edit"), {"country": country.pk, "level": "municipal", "photo": png()})
    profile = MemberProfile.objects.get(user=member)
    assert profile.photo.url == url("profile_photo", profile.pk)
    client.force_login(editor)
    response = client.get(reverse("wagtailsnippets_members_area_memberprofile:edit", args=[profile.pk]))
    assertContains(response, f'href="{profile.photo.url}"')
    assert client.get(profile.photo.url).status_code == 200


def expertise_options(response) -> list[tuple[str, str]]:
    select = re.search(r'<select name="expertise".*?</select>', response.content.decode(), re.S).group(0)
    return re.findall(r'<option value="(\d+)"[^>]*>\s*([^<]*?)\s*</option>', select)


def test_admin_profile_editor_lists_each_topic_once_in_the_editor_language(client, editor, make_member, topic, locales):
    german = topic.copy_for_translation(locales["de"])
    german.name = "Digitale Teilhabe"
    german.save()
    profile = make_member("topical")
    profile.expertise.set([german])  # saved with another locale's copy: shown and saved as the default-locale row
    edit_url = reverse("wagtailsnippets_members_area_memberprofile:edit", args=[profile.pk])
    client.force_login(editor)
    assert expertise_options(client.get(edit_url)) == [(str(topic.pk), "Digital inclusion")]
    assertContains(client.get(edit_url), f'<option value="{topic.pk}" selected>', html=False)

    preferences = UserProfile.get_for_user(editor)
    preferences.preferred_language = "de"
    preferences.save()
    assert expertise_options(client.get(edit_url)) == [(str(topic.pk), "Digitale Teilhabe")]


def test_admin_profile_editor_refuses_another_locales_topic(client, editor, make_member, country, topic, locales):
    german = topic.copy_for_translation(locales["de"])
    german.save()
    profile = make_member("topical", country=country)
    client.force_login(editor)
    edit_url = reverse("wagtailsnippets_members_area_memberprofile:edit", args=[profile.pk])
    data = {"user": profile.user_id, "country": country.pk, "level": "municipal", "language": "en"}
    response = client.post(edit_url, {**data, "expertise": [german.pk]})
    assert response.status_code == 200  # the form again, with an error
    assert not profile.expertise.exists()
    response = client.post(edit_url, {**data, "expertise": [topic.pk]})
    assert response.status_code == 302
    assert list(profile.expertise.all()) == [topic]


def test_admin_profile_list_filters_by_a_country_once_whatever_copy_a_profile_holds(
    client, editor, make_member, country, locales
):
    german = country.copy_for_translation(locales["de"])
    german.name = "Brasilien"
    german.save()
    make_member("saved-in-english", country=country)
    make_member("saved-in-german", country=german)
    make_member("elsewhere", country=Country.objects.create(name="India", iso_code="IN", locale=locales["en"]))
    client.force_login(editor)
    index_url = reverse("wagtailsnippets_members_area_memberprofile:list")
    select = re.search(r'<select name="country".*?</select>', client.get(index_url).content.decode(), re.S).group(0)
    assert re.findall(r'<option value="\d+"[^>]*>\s*([^<]*?)\s*</option>', select) == ["Brazil", "India"]
    response = client.get(index_url, {"country": country.pk})
    assertContains(response, "Saved-In-English")
    assertContains(response, "Saved-In-German")
    assertNotContains(response, "Elsewhere")
