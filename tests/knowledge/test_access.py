"""Every way into the collections, in every locale: listings, exports, practice, project and expert pages are refused
to anonymous visitors (sent to log in) and to signed-in non-members (403), and open to members."""

import pytest

from knowledge.models import ProjectPage

from .conftest import publish

pytestmark = pytest.mark.django_db

LOCALES = ["en", "de", "es", "pt"]


@pytest.fixture
def project(indexes, vocabulary) -> ProjectPage:
    page = ProjectPage(title="Recife connected", summary="Wifi for every square", country=vocabulary["countries"]["BR"])
    return indexes["projects"]["en"].add_child(instance=page)


def entry_urls(code: str, indexes, practices, project, experts, home_pages) -> dict[str, str]:
    """The ways into the collections in language `code` (the entries translated into it first)."""
    practice, locale = practices["wifi"], home_pages[code].locale
    if code != "en":
        practice = publish(practice.copy_for_translation(locale))
        project = publish(project.copy_for_translation(locale))
    urls = {"practice": practice.url, "project": project.url}
    urls["expert"] = f"{indexes['experts'][code].url}expert/{experts['open'].pk}/"
    for collection in ("good-practices", "projects", "experts"):
        urls[collection] = indexes[collection][code].url
        for file_format in ("csv", "json"):
            urls[f"{collection} {file_format}"] = f"{indexes[collection][code].url}export/{file_format}/"
    return urls


@pytest.mark.parametrize("code", LOCALES)
def test_every_way_in_is_refused_to_strangers_in_every_locale(
    client, member, outsider, indexes, practices, project, experts, home_pages, code
):
    urls = entry_urls(code, indexes, practices, project, experts, home_pages)
    assert all(url.startswith(f"/{code}/members/") for url in urls.values()), urls
    for name, url in urls.items():
        anonymous = client.get(url)
        assert anonymous.status_code == 302, name
        assert "login" in anonymous["Location"], name
    client.force_login(outsider)
    for name, url in urls.items():
        assert client.get(url).status_code == 403, name
    client.force_login(member)
    for name, url in urls.items():
        assert client.get(url).status_code == 200, name
