"""Who can help: a hand-built case ranked and explained, in a constant number of queries, on the pages that show it."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

import pytest
from pytest_django.asserts import assertContains

from knowledge import matching
from knowledge.models import Expert, ExpertTopic
from members_area.models import PeerCoachingRequest
from members_area.peer_coaching import suggest_peers

from .collection_fixtures import add_practice, add_project


def expert(name, topics, languages="", country=None, locale=None) -> Expert:
    person = Expert(name=name, languages=languages, country=country, locale=locale)
    person.topic_tags = [ExpertTopic(topic=topic, locale=locale) for topic in topics]
    person.save()
    return person


@pytest.fixture
def case(collections, kit, make_member, locales):
    v, en = kit, locales["en"]
    viewer = make_member("viewer", country=v["germany"], languages="Spanish")
    helper = make_member("bruna", country=v["brazil"], languages="Portuguese")
    helper.expertise.add(v["mobility"], v["energy"])
    expert("Ana Expert", [v["mobility"], v["energy"]], "es", v["germany"], en)
    expert("Zoe Expert", [v["mobility"]], "", None, en)
    expert("Aaron Expert", [v["mobility"]], "", None, en)
    expert("Carla Unrelated", [v["inclusion"]], "pt,es", v["brazil"], en)
    add_practice(
        collections["practices"],
        "Shared bikes",
        [v["mobility"]],
        country=v["germany"],
        financing_model=v["ppp"],
        original_language="es",
    )
    add_practice(
        collections["practices"],
        "Digital kiosks",
        [v["inclusion"]],
        country=v["brazil"],
        financing_model=v["grants"],
        original_language="pt",
    )
    project = add_project(
        collections["projects"],
        "Electric buses",
        [v["mobility"], v["energy"]],
        country=v["brazil"],
        financing_model=v["ppp"],
        original_language="pt",
    )
    return {"viewer": viewer.user, "helper": helper, "project": project}


def test_project_matches_are_ranked_by_topics_financing_language_and_country(case):
    need = matching.need_for_entry(case["project"], case["viewer"])
    found = matching.who_can_help(need, case["project"].locale, case["viewer"])
    with translation.override("en"):
        people = [(m.name, m.score, m.reason) for m in found["people"]]
        practices = [(m.name, m.score, m.reason) for m in found["practices"]]
    assert people == [
        ("Bruna Tester", 8, "2 shared topics; speaks Portuguese; also in Brazil"),
        ("Ana Expert", 7, "2 shared topics; speaks Spanish"),
        ("Aaron Expert", 3, "1 shared topic"),  # a tie with Zoe, broken by name
        ("Zoe Expert", 3, "1 shared topic"),
    ]
    assert practices == [("Shared bikes", 6, "1 shared topic; same financing model; documented in Spanish")]
    assert found["practices"][0].url == "/en/members/good-practices/shared-bikes/"


def test_the_same_data_gives_the_same_order(case):
    need = matching.need_for_entry(case["project"], case["viewer"])
    runs = [
        [m.name for m in matching.who_can_help(need, case["project"].locale, case["viewer"])["people"]] for _ in "abc"
    ]
    assert runs[0] == runs[1] == runs[2]


def test_project_page_shows_who_can_help_with_the_reason(client, case):
    client.force_login(case["viewer"])
    response = client.get(case["project"].url)
    assertContains(response, "Who can help")
    assertContains(response, "2 shared topics; speaks Spanish")
    assertContains(response, "Shared bikes")
    assert "Carla Unrelated" not in response.content.decode()


def test_the_member_is_never_suggested_to_themselves(case):
    need = matching.need_for_member(case["helper"].user)
    found = matching.who_can_help(need, case["project"].locale, case["helper"].user)
    assert "Bruna Tester" not in [m.name for m in found["people"]]
    assert [m.name for m in found["people"]][:1] == ["Ana Expert"]


def test_dashboard_shows_who_can_help_the_member(client, case, members_root):
    client.force_login(case["helper"].user)
    response = client.get(members_root.url)
    assertContains(response, "Who can help")
    assertContains(response, "Ana Expert")
    assertContains(response, "Shared bikes")


def test_peer_coaching_suggestions_come_from_the_matching(case, kit):
    coaching = PeerCoachingRequest.objects.create(
        requester=case["viewer"], topic=kit["energy"], project="Buses", question="Q", languages="Portuguese"
    )
    suggestions = suggest_peers(coaching)
    assert [(s["name"], s["reason"]) for s in suggestions] == [
        # a tie at 4 points, broken by name
        ("Ana Expert", "1 shared topic; also in Germany"),
        ("Bruna Tester", "1 shared topic; speaks Portuguese"),
    ]
    assert suggestions[1]["url"] == f"/en/accounts/profile/members/{case['helper'].pk}/"


def count_queries(need, locale, user) -> int:
    with CaptureQueriesContext(connection) as queries:
        found = matching.who_can_help(need, locale, user)
        [m.url for m in found["people"] + found["practices"]]
    return len(queries)


def test_query_count_does_not_grow_with_the_candidates(case, kit, collections, make_member, locales):
    need = matching.need_for_entry(case["project"], case["viewer"])
    locale = case["project"].locale
    count_queries(need, locale, case["viewer"])  # warm the site-root cache
    few = count_queries(need, locale, case["viewer"])
    for n in range(15):
        expert(f"Extra expert {n}", [kit["mobility"]], "es", kit["germany"], locales["en"])
        make_member(f"extra{n}", country=kit["brazil"]).expertise.add(kit["energy"])
        add_practice(collections["practices"], f"Extra practice {n}", [kit["energy"]], country=kit["brazil"])
    many = count_queries(need, locale, case["viewer"])
    assert few == many
    assert many <= 20
