"""The faceted listings: filters, counts, text query, sort, bad values, query counts, exports and access."""

import csv
import io
import json

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest
from pytest_django.asserts import assertContains, assertNotContains

from .conftest import add_practice, bulk_practices

# The whole request of a member, at most 15. Twelve are the frame every members page pays: the user and their groups
# (2; the session comes from the cache), the site and the locale (2), Wagtail's routing (the home page, then the
# pages along the path in one query and the page served: 3), the view restrictions with their groups (2; the members
# rule and Wagtail's own check reuse them and what routing read), the page's translations for the language switcher
# (1), the menus (2). The listing itself adds its facet counts (1, a union) and one page of entries with their topics
# (2); its vocabulary and the locale come from the cache.
MAX_LISTING_QUERIES = 15

pytestmark = pytest.mark.django_db


def titles(response) -> list[str]:
    return sorted(entry.title for entry in response.context["items"])


def facet(response, name: str) -> dict[str, int]:
    facets = {f["name"]: f for f in response.context["facets"]}
    return {option["value"]: option["count"] for option in facets[name]["options"]}


def test_unfiltered_listing_shows_every_practice_with_counts(client, member, practices, indexes):
    client.force_login(member)
    response = client.get(indexes["good-practices"]["en"].url)
    assert response.status_code == 200
    assert titles(response) == ["Free wifi in squares", "Tool libraries", "Tree cadastre"]
    assert facet(response, "topic") == {"climate": 2, "digital-inclusion": 2}
    assert facet(response, "country") == {"BR": 2, "DE": 1}
    assert facet(response, "status") == {"pilot": 1, "running": 1, "scaled": 1}
    assert facet(response, "financing") == {"grants": 2}
    assert facet(response, "language") == {"en": 2, "pt": 1}
    assertContains(response, 'Climate <span class="facets__count">(2)</span>', html=False)
    assertContains(response, "3 entries found.")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=climate", ["Tool libraries", "Tree cadastre"]),
        ("country=BR", ["Free wifi in squares", "Tree cadastre"]),
        ("status=pilot&status=scaled", ["Free wifi in squares", "Tree cadastre"]),
        ("financing=grants", ["Tool libraries", "Tree cadastre"]),
        ("language=pt", ["Free wifi in squares"]),
        ("topic=climate&country=BR", ["Tree cadastre"]),
        ("topic=climate&topic=digital-inclusion&country=DE", ["Tool libraries"]),
        ("q=cadastre", ["Tree cadastre"]),
        ("q=recife&topic=digital-inclusion", ["Free wifi in squares", "Tree cadastre"]),
        ("q=recife+wifi&status=pilot", ["Free wifi in squares"]),
        ("q=nowhere", []),
    ],
)
def test_filters_and_their_combinations(client, member, practices, indexes, query, expected):
    client.force_login(member)
    response = client.get(f"{indexes['good-practices']['en'].url}?{query}")
    assert titles(response) == expected
    assert response.context["result_count"] == len(expected)


def test_city_filter_and_facet(client, member, practices, indexes, vocabulary):
    client.force_login(member)
    recife = str(vocabulary["cities"]["recife"].pk)
    response = client.get(indexes["good-practices"]["en"].url, {"city": recife})
    assert titles(response) == ["Free wifi in squares", "Tree cadastre"]
    assert facet(response, "city") == {recife: 2, str(vocabulary["cities"]["stuttgart"].pk): 1}


def test_facet_counts_follow_the_other_filters(client, member, practices, indexes):
    """Choosing a country narrows the topic counts; the country facet still offers the other country."""
    client.force_login(member)
    response = client.get(indexes["good-practices"]["en"].url, {"country": "BR"})
    assert facet(response, "topic") == {"climate": 1, "digital-inclusion": 2}
    assert facet(response, "country") == {"BR": 2, "DE": 1}
    assert facet(response, "status") == {"pilot": 1, "scaled": 1}


@pytest.mark.parametrize(
    "query",
    ["topic=nonsense", "country=XX&country=BR", "status=%00", "city=abc", "sort=drop+table", "page=-4", "page=x"],
)
def test_bad_filter_values_are_dropped_not_errors(client, member, practices, indexes, query):
    client.force_login(member)
    response = client.get(f"{indexes['good-practices']['en'].url}?{query}")
    assert response.status_code == 200
    expected = ["Free wifi in squares", "Tree cadastre"] if "BR" in query else [p.title for p in practices.values()]
    assert titles(response) == sorted(expected)


def test_sort_by_title_and_pagination_keep_filters(client, member, indexes, vocabulary):
    index = indexes["good-practices"]["en"]
    for number in range(25):
        add_practice(index, vocabulary, f"Practice {number:02d}", ["climate"])
    client.force_login(member)
    response = client.get(index.url, {"topic": "climate", "sort": "title"})
    assert [e.title for e in response.context["items"]][:2] == ["Practice 00", "Practice 01"]
    assertContains(response, "?topic=climate&amp;sort=title&amp;page=2")
    second = client.get(index.url, {"topic": "climate", "sort": "title", "page": 2})
    assert [e.title for e in second.context["items"]] == [f"Practice {n}" for n in range(20, 25)]


def listing_queries(client, url: str, query: dict) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query)
        assert response.status_code == 200
        count = len(queries)  # read before the next request clears the log
    return count


LISTING_QUERIES = [
    {},
    {"topic": "climate", "country": "BR", "q": "practice"},
    {"city": "1", "status": "running", "sort": "title", "page": "2"},
]


@pytest.mark.parametrize("query", LISTING_QUERIES)
def test_query_count_is_constant_in_the_number_of_entries_and_small(client, member, indexes, vocabulary, query):
    index = indexes["good-practices"]["en"]
    bulk_practices(index, vocabulary, 10)
    client.force_login(member)
    client.get(index.url)  # the session and the site as a member's later requests find them
    few = listing_queries(client, index.url, query)
    bulk_practices(index, vocabulary, 490, topics=("climate", "digital-inclusion"))
    many = listing_queries(client, index.url, query)
    response = client.get(index.url, {"q": "bulk practice"})
    assert response.context["result_count"] == 500
    assert few == many
    assert many <= MAX_LISTING_QUERIES, f"{many} queries"


def test_facet_names_follow_the_taxonomy_as_soon_as_an_editor_changes_it(
    client, member, practices, indexes, vocabulary
):
    client.force_login(member)
    url = indexes["good-practices"]["en"].url
    assertContains(client.get(url), 'Climate <span class="facets__count">(2)</span>', html=False)
    climate = vocabulary["topics"]["climate"]
    climate.name = "Climate action"
    climate.save()
    brazil = vocabulary["countries"]["BR"]
    brazil.name = "Federative Republic of Brazil"
    brazil.save()
    response = client.get(url)
    assertContains(response, 'Climate action <span class="facets__count">(2)</span>', html=False)
    assertContains(response, 'Federative Republic of Brazil <span class="facets__count">(2)</span>', html=False)


def test_text_query_follows_published_edits_and_renamed_cities(client, member, practices, indexes, vocabulary):
    client.force_login(member)
    url = indexes["good-practices"]["en"].url
    libraries = practices["libraries"]
    libraries.summary = "Neighbours lend drills and LADDERS."
    libraries.save_revision().publish()
    assert titles(client.get(url, {"q": "ladders drills"})) == ["Tool libraries"]
    stuttgart = vocabulary["cities"]["stuttgart"]
    stuttgart.name = "Stuttgart-Mitte"
    stuttgart.save()
    assert titles(client.get(url, {"q": "stuttgart-mitte"})) == ["Tool libraries"]
    assert titles(client.get(url, {"q": "ladders recife"})) == []


def export_rows(response) -> list[dict]:
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_csv_export_holds_exactly_the_filtered_entries_safely(client, member, practices, indexes, vocabulary):
    add_practice(indexes["good-practices"]["en"], vocabulary, '=HYPERLINK("http://evil")', ["climate"], "BR")
    client.force_login(member)
    response = client.get(indexes["good-practices"]["en"].url + "export/csv/", {"topic": "climate", "country": "BR"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = export_rows(response)
    assert sorted(row["title"] for row in rows) == ['\'=HYPERLINK("http://evil")', "Tree cadastre"]
    assert {row["country"] for row in rows} == {"Brazil"}


def test_json_export_matches_the_listing(client, member, practices, indexes):
    client.force_login(member)
    response = client.get(indexes["good-practices"]["en"].url + "export/json/", {"status": "pilot"})
    data = json.loads(response.content)
    assert data["count"] == 1
    assert data["results"][0]["title"] == "Free wifi in squares"
    assert data["results"][0]["language"] == "Portuguese"


def test_expert_directory_lists_members_and_experts_with_facets(
    client, member, experts, indexes, make_member, vocabulary
):
    make_member("carla", country=vocabulary["countries"]["BR"], languages="Portuguese, English", institution="Recife")
    client.force_login(member)
    url = indexes["experts"]["en"].url
    response = client.get(url)
    names = sorted(p["name"] for p in response.context["items"])
    assert "Ana Open" in names and "Bernd Hidden" in names and "Carla Tester" in names
    assert facet(response, "language")["pt"] == 2
    spanish = client.get(url, {"language": "es"})
    assert [p["name"] for p in spanish.context["items"]] == ["Ana Open"]
    coaching = client.get(url, {"coaching": "yes", "topic": "digital-inclusion"})
    assert [p["name"] for p in coaching.context["items"]] == ["Ana Open"]


def test_expert_export_hides_contacts_the_owner_did_not_share(client, member, experts, indexes):
    client.force_login(member)
    response = client.get(indexes["experts"]["en"].url + "export/csv/", {"kind": "expert"})
    rows = {row["name"]: row for row in export_rows(response)}
    assert set(rows) == {"Ana Open", "Bernd Hidden"}
    assert rows["Ana Open"]["email"] == "ana@example.org"
    assert rows["Bernd Hidden"]["email"] == "" and rows["Bernd Hidden"]["phone"] == ""
    assert b"bernd@example.org" not in response.content and b"9876" not in response.content
    data = client.get(indexes["experts"]["en"].url + "export/json/").content
    assert b"bernd@example.org" not in data


def test_practice_shows_its_expert_and_the_expert_their_practice(client, member, experts, practices, indexes):
    client.force_login(member)
    response = client.get(practices["wifi"].url)
    assertContains(response, "Ana Open")
    assertContains(response, "ana@example.org")
    directory = indexes["experts"]["en"]
    expert_page = client.get(f"{directory.url}expert/{experts['open'].pk}/")
    assertContains(expert_page, "Free wifi in squares")
    hidden = client.get(f"{directory.url}expert/{experts['hidden'].pk}/")
    assertNotContains(hidden, "bernd@example.org")


@pytest.mark.parametrize("code", ["en", "de", "es", "pt"])
@pytest.mark.parametrize("collection", ["good-practices", "projects", "experts"])
@pytest.mark.parametrize("suffix", ["", "export/csv/", "export/json/"])
def test_collections_and_exports_are_refused_to_strangers(client, outsider, indexes, code, collection, suffix):
    url = indexes[collection][code].url + suffix
    anonymous = client.get(url)
    assert anonymous.status_code == 302
    assert "login" in anonymous["Location"]
    client.force_login(outsider)
    assert client.get(url).status_code == 403


def test_projects_and_experts_listings_query_counts_are_constant_too(client, member, indexes, vocabulary):
    """The project database and the expert directory over 10 and then 500 synthetic entries of each kind."""
    from knowledge import samples

    samples.generate(10, seed=1)
    client.force_login(member)
    urls = [indexes["projects"]["en"].url, indexes["experts"]["en"].url]
    queries = [{}, {"topic": "climate", "country": "BR", "q": "sample"}]
    for url in urls:
        client.get(url)  # the session and the site as a member's later requests find them
    few = {(url, str(query)): listing_queries(client, url, query) for url in urls for query in queries}
    samples.generate(490, seed=2)
    many = {(url, str(query)): listing_queries(client, url, query) for url in urls for query in queries}
    assert client.get(urls[0]).context["result_count"] == 500
    assert client.get(urls[1], {"kind": "expert"}).context["result_count"] == 500
    assert few == many
    assert max(many.values()) <= MAX_LISTING_QUERIES, many
