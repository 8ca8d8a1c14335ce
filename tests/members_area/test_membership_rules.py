"""The network's membership rules (seed document, "Participation"): maxima refused with a clear message in the model,
the admin and the member's form; minima shown to the secretariat as gaps on the admin dashboard."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation

from wagtail.admin.forms.models import WagtailAdminModelForm
from wagtail.models import Locale

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from home.models import Country
from members_area.membership import representation_gaps
from members_area.models import MemberProfile
from tests.conftest import with_totp
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def new_profile(roles, username: str, **fields) -> MemberProfile:
    user = UserFactory(username=username)
    user.groups.add(roles["Members"])
    return MemberProfile(user=user, **fields)


def test_third_national_representative_is_refused(make_member, country, roles):
    make_member("n1", country=country, level="national")
    make_member("n2", country=country, level="national")
    with pytest.raises(ValidationError) as error:
        new_profile(roles, "n3", country=country, level="national").full_clean()
    assert error.value.message_dict["level"] == [
        "Brazil already has 2 national representatives, the most the network allows. "
        "Deactivate one of them or register this member at the municipal level."
    ]


def test_fourth_municipal_representative_is_refused(make_member, country, roles):
    for n in range(3):
        make_member(f"m{n}", country=country, level="municipal")
    with pytest.raises(ValidationError, match="already has 3 municipal representatives"):
        new_profile(roles, "m4", country=country, level="municipal").full_clean()
    # The other level still has room.
    new_profile(roles, "n1", country=country, level="national").full_clean()


def test_editing_an_existing_representative_does_not_count_twice(make_member, country):
    make_member("n1", country=country, level="national")
    second = make_member("n2", country=country, level="national")
    second.institution = "Ministry of Cities"
    second.full_clean()


def test_inactive_members_do_not_take_a_seat(make_member, country, roles):
    first = make_member("n1", country=country, level="national")
    make_member("n2", country=country, level="national")
    first.user.is_active = False
    first.user.save()
    new_profile(roles, "n3", country=country, level="national").full_clean()


def test_translated_country_rows_count_as_the_same_country(make_member, country, roles, locales):
    german = country.copy_for_translation(locales["de"])
    german.name = "Brasilien"
    german.save()
    make_member("n1", country=country, level="national")
    make_member("n2", country=german, level="national")
    with pytest.raises(ValidationError):
        new_profile(roles, "n3", country=country, level="national").full_clean()


def test_quota_message_is_translated(make_member, country, roles):
    make_member("n1", country=country, level="national")
    make_member("n2", country=country, level="national")
    with translation.override("de"), pytest.raises(ValidationError) as error:
        new_profile(roles, "n3", country=country, level="national").full_clean()
    assert "höchstens" in error.value.message_dict["level"][0]


def test_admin_refuses_a_profile_over_the_quota_with_the_message(client, editor, make_member, country, roles):
    make_member("n1", country=country, level="national")
    make_member("n2", country=country, level="national")
    third = UserFactory(username="n3")
    client.force_login(editor)
    response = client.post(
        reverse("wagtailsnippets_members_area_memberprofile:add"),
        {"user": third.pk, "country": country.pk, "level": "national", "institution": "Ministry"},
    )
    assert response.status_code == 200
    assertContains(response, "already has 2 national representatives")
    assert not MemberProfile.objects.filter(user=third).exists()

    response = client.post(
        reverse("wagtailsnippets_members_area_memberprofile:add"),
        {"user": third.pk, "country": country.pk, "level": "municipal", "institution": "City", "language": "en"},
    )
    assert response.status_code == 302
    assert MemberProfile.objects.get(user=third).level == "municipal"


# --- At most 15 partner countries (home.Country.clean) ---


def make_countries(locales, count: int) -> None:
    codes = ["BR", "CL", "IN", "MX", "PE", "DE", "CO", "AR", "ZA", "KE", "GH", "ID", "VN", "PH", "TH"]
    for code in codes[:count]:
        Country.objects.create(name=f"Country {code}", iso_code=code, locale=locales["en"])


def test_sixteenth_partner_country_is_refused_by_an_admin_form(locales):
    make_countries(locales, 15)
    form_class = type(
        "CountryForm",
        (WagtailAdminModelForm,),
        {"Meta": type("Meta", (), {"model": Country, "fields": ["name", "iso_code"]})},
    )
    form = form_class(data={"name": "Uruguay", "iso_code": "UY"}, instance=Country(locale=locales["en"]))
    assert not form.is_valid()
    assert "at most 15 partner countries" in str(form.non_field_errors())
    # Translations of an existing country are not new partners.
    existing = Country.objects.get(iso_code="BR")
    german = existing.copy_for_translation(locales["de"])
    german.full_clean()


def test_sixteenth_partner_country_is_refused_in_the_admin(client, editor, locales):
    url = reverse("wagtailsnippets_home_country:add")
    make_countries(locales, 15)
    client.force_login(editor)
    response = client.post(url + f"?locale={Locale.get_default().language_code}", {"name": "Uruguay", "iso_code": "UY"})
    assert response.status_code == 200
    assertContains(response, "at most 15 partner countries")
    assert not Country.objects.filter(iso_code="UY").exists()


# --- Gaps on the admin dashboard ---


def test_gaps_list_countries_below_the_minimum(make_member, country, locales):
    chile = Country.objects.create(name="Chile", iso_code="CL", locale=locales["en"])
    make_member("n1", country=country, level="national")
    make_member("m1", country=country, level="municipal")
    make_member("m2", country=country, level="municipal")
    make_member("c1", country=chile, level="municipal")
    gaps = {str(gap["country"]): gap for gap in representation_gaps()}
    assert "Brazil" not in gaps
    assert gaps["Chile"]["missing_national"] == 1
    assert gaps["Chile"]["missing_municipal"] == 1


def test_admin_dashboard_shows_the_gaps_to_the_secretariat(client, editor, member, country, make_member):
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assertContains(response, "Representation gaps")
    assertContains(response, "Brazil")
    for n in range(2):
        make_member(f"m{n}", country=country, level="municipal")
    make_member("n1", country=country, level="national")
    response = client.get(reverse("wagtailadmin_home"))
    assertContains(response, "Every partner country has its minimum of representatives.")


def test_admin_dashboard_panel_is_not_shown_without_profile_rights(client, roles, country):
    translator = with_totp(UserFactory(username="translator", is_staff=True))  # staff: has its second factor
    translator.groups.add(roles["Translators"])
    client.force_login(translator)
    assertNotContains(client.get(reverse("wagtailadmin_home")), "Representation gaps")
