"""A member's journey through the knowledge base: filter the good practices with the facet form (no JavaScript
needed), read one and its contact expert, export the filtered list as CSV, then propose a good practice and find it
on the dashboard, in review. Every page on the way passes axe."""

import csv
import re
from pathlib import Path

from tests.browser.conftest import assert_accessible, log_in
from tests.browser.server_setup import KNOWLEDGE_MEMBER

TOPIC, TOPIC_SLUG = "Climate change mitigation and adaptation", "climate"
COUNTRY, COUNTRY_CODE = "Germany", "DE"
PRACTICE = "Rooftop solar leasing by the municipal utility"  # a German climate practice with a chart and a PDF
PROPOSAL = "Repair cafés in every district library"

# The live English practices the filter should find, read from the server's database.
FILTERED_TITLES = f"""
    SELECT p.title FROM wagtailcore_page p
    JOIN knowledge_goodpracticepage g ON g.page_ptr_id = p.id
    JOIN wagtailcore_locale l ON l.id = p.locale_id
    JOIN home_country c ON c.id = g.country_id
    WHERE l.language_code = 'en' AND p.live AND c.iso_code = '{COUNTRY_CODE}' AND EXISTS (
        SELECT 1 FROM knowledge_goodpracticepagetopic t JOIN home_topic tp ON tp.id = t.topic_id
        WHERE t.page_id = p.id AND tp.slug = '{TOPIC_SLUG}'
    )
"""


def test_member_filters_reads_exports_and_proposes_a_good_practice(page, demo_server):
    site_url = demo_server.url
    listing_url = site_url + "/en/members/good-practices/"
    page.goto(listing_url)
    log_in(page, KNOWLEDGE_MEMBER)
    page.wait_for_url(listing_url)
    assert page.locator("h1").inner_text() == "Good practices"
    assert_accessible(page)

    # The facet form, as a person uses it: tick a topic and a country, submit.
    facets = page.get_by_role("search", name="Filter the list")
    facets.get_by_role("group", name="Topic").get_by_label(TOPIC).check()
    facets.get_by_role("group", name="Country").get_by_label(COUNTRY).check()
    facets.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(rf"topic={TOPIC_SLUG}.*country={COUNTRY_CODE}"))
    expected = sorted(title for (title,) in demo_server.query(FILTERED_TITLES))
    assert len(expected) >= 2, "the demo should have several German climate practices"
    cards = page.locator(".card-grid .card")
    shown = sorted(cards.locator(".card__title").all_inner_texts())
    assert shown == expected
    for card in cards.all():
        assert COUNTRY in card.locator(".card__meta").inner_text()
        assert TOPIC in card.locator(".card__tags").inner_text()
    assert page.locator(".listing__count").inner_text().strip() == f"{len(expected)} entries found."
    filtered_url = page.url

    # One practice, then one of its contact experts.
    assert PRACTICE in shown
    page.get_by_role("link", name=PRACTICE, exact=True).click()
    page.wait_for_url(re.compile(r"/en/members/good-practices/[\w-]+/$"))
    assert page.locator("h1").inner_text() == PRACTICE
    # Its chart and PDF sit in the members' collection: private files, served to this member.
    chart = page.get_by_role("img", name=re.compile(r"^Bar chart"))
    assert chart.evaluate("img => img.complete && img.naturalWidth > 0"), "the private chart did not load"
    pdf = page.request.get(site_url + page.locator("a[href$='.pdf']").first.get_attribute("href"))
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    assert_accessible(page)
    expert_link = page.get_by_role("region", name="Whom to call").locator("a[href*='/experts/expert/']").first
    expert_name = expert_link.inner_text()
    expert_link.click()
    page.wait_for_url(re.compile(r"/en/members/experts/expert/\d+/$"))
    assert page.locator("h1").inner_text() == expert_name
    assert page.get_by_role("link", name=PRACTICE, exact=True).is_visible()
    assert_accessible(page)

    # Back to the filtered listing, and its export: the CSV holds exactly the entries shown.
    page.go_back()
    page.go_back()
    page.wait_for_url(filtered_url)
    assert facets.get_by_role("group", name="Country").get_by_label(COUNTRY).is_checked()
    with page.expect_download() as download:
        page.locator(".listing__export").get_by_role("link", name="CSV").click()
    assert download.value.suggested_filename == "good-practices-en.csv"
    with Path(download.value.path()).open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert sorted(row["title"] for row in rows) == expected
    assert {row["country"] for row in rows} == {COUNTRY}
    assert all(TOPIC in row["topics"] for row in rows)

    # The other two collections' listings.
    page.goto(site_url + "/en/members/projects/")
    assert page.locator("h1").inner_text() == "Projects"
    assert_accessible(page)
    page.goto(site_url + "/en/members/experts/")
    assert page.locator("h1").inner_text() == "Experts"
    assert_accessible(page)

    # A proposal: sent empty first, then complete.
    page.goto(listing_url)
    page.get_by_role("link", name="Propose a good practice").click()
    page.wait_for_url(listing_url + "propose/")
    assert_accessible(page)
    page.get_by_role("button", name="Send to the secretariat").click()
    page.wait_for_url(listing_url + "propose/")
    assert page.get_by_role("alert").inner_text().startswith("Please correct the marked fields.")
    title = page.get_by_role("textbox", name="Title", exact=True)
    assert title.get_attribute("aria-invalid") == "true"
    assert_accessible(page)

    title.fill(PROPOSAL)
    page.get_by_label("Summary").fill("Volunteers repair devices with residents in the district libraries.")
    page.get_by_label("Responsible institution").fill("Stadtbibliothek Solingen")
    page.get_by_role("combobox", name="Country", exact=True).select_option(label=COUNTRY)
    page.get_by_role("group", name="Topics").get_by_label(TOPIC).check()
    page.get_by_label("Challenge").fill("Broken devices were thrown away instead of repaired.")
    page.get_by_label("Solution").fill("Monthly repair afternoons with volunteers in each district library.")
    page.get_by_role("textbox", name="Results", exact=True).fill("900 devices repaired in the first year.")
    page.get_by_role("button", name="Send to the secretariat").click()
    page.wait_for_url(listing_url)
    assert PROPOSAL in page.locator(".messages").inner_text()
    assert page.get_by_role("link", name=PROPOSAL).count() == 0, "a proposal is not listed before it is published"

    page.goto(site_url + "/en/members/")
    proposals = page.get_by_role("region", name="Your proposals")
    assert proposals.get_by_text(PROPOSAL).is_visible()
    assert "In review by the secretariat" in proposals.locator("li", has_text=PROPOSAL).inner_text()
