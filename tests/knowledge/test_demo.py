"""The knowledge base's demo content: enough sample entries over the partner countries and topics, marked as sample
data, with real translations; and a second run that changes nothing. Reads the shared demo database."""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Revision

import pytest
from pytest_django.asserts import assertContains

from home.demo.texts import read_texts
from knowledge import demo
from knowledge.models import Expert, GoodPracticePage, ProjectPage
from tests.html import tags

pytestmark = pytest.mark.django_db

PARTNERS = {"DE", "BR", "CL", "IN", "MX", "PE"}
TOPICS = {"digital-inclusion", "financing-operator-models", "data-management-governance", "climate"}


def test_demo_has_the_entries_over_countries_and_topics(demo_site):
    practices = GoodPracticePage.objects.live().filter(locale__language_code="en")
    projects = ProjectPage.objects.live().filter(locale__language_code="en")
    experts = Expert.objects.filter(locale__language_code="en")
    assert (practices.count(), projects.count(), experts.count()) >= (12, 10, 15)
    for entries in (practices, projects):
        assert set(entries.values_list("country__iso_code", flat=True)) == PARTNERS
        assert set(entries.values_list("topic_tags__topic__slug", flat=True)) == TOPICS
    assert set(experts.values_list("country__iso_code", flat=True)) == PARTNERS
    sample = read_texts(demo.TEXTS).data["sample"]["en"]
    assert all(summary.startswith(sample) for summary in practices.values_list("summary", flat=True))
    assert all(bio.startswith(sample) for bio in experts.values_list("bio", flat=True))


@pytest.mark.parametrize(
    ("code", "label"), [("de", "Beispieldaten."), ("es", "Datos de ejemplo."), ("pt", "Dados de exemplo.")]
)
def test_at_least_three_of_each_are_translated(demo_site, code, label):
    for model in (GoodPracticePage, ProjectPage):
        translated = model.objects.live().filter(locale__language_code=code, alias_of__isnull=True)
        assert translated.count() >= 3
        assert all(summary.startswith(label) for summary in translated.values_list("summary", flat=True))
    experts = Expert.objects.filter(locale__language_code=code)
    assert experts.count() >= 3
    assert all(bio.startswith(label) for bio in experts.values_list("bio", flat=True))


def test_a_member_reads_a_translated_practice(client, demo_site, member):
    client.force_login(member)
    response = client.get("/de/members/good-practices/public-wifi-squares-fortaleza/")
    assertContains(response, "Kostenloses öffentliches WLAN auf 200 Plätzen")
    assertContains(response, "Beispieldaten.")
    listing = client.get("/es/members/good-practices/", {"topic": "climate"})
    assert listing.status_code == 200
    assert listing.context["result_count"] >= 3


def test_running_the_knowledge_demo_again_changes_nothing(demo_site):
    models = (GoodPracticePage, ProjectPage, Expert, get_image_model(), get_document_model())
    before = [model.objects.count() for model in models]
    revisions = Revision.objects.count()
    demo.create_demo_content()
    assert [model.objects.count() for model in models] == before
    assert Revision.objects.count() == revisions


def test_practices_carry_charts_and_documents_in_the_members_collection(demo_site):
    members = Collection.objects.get(name="Members")
    practices = GoodPracticePage.objects.live().filter(locale__language_code="en")
    with_files = practices.filter(images__isnull=False, documents__isnull=False).distinct()
    assert with_files.count() >= 3
    for practice in with_files:
        for link in [*practice.images.all(), *practice.documents.all()]:
            item = getattr(link, "image", None) or link.document
            assert item.collection == members
    assert all(image.file.name.startswith("private/") for image in get_image_model().objects.filter(collection=members))


def test_a_member_opens_a_practice_chart_and_pdf_that_strangers_cannot(client, demo_site, member):
    client.force_login(member)
    for code in ("en", "de"):
        page = client.get(f"/{code}/members/good-practices/solar-rooftop-lease-solingen/")
        [chart] = tags(page.content, "img", alt=read_texts(demo.TEXTS).data["attachments"][0]["alt"])
        [pdf_url] = [a["href"] for a in tags(page.content, "a") if a.get("href", "").endswith(".pdf")]
    chart_response, pdf_response = client.get(chart["src"]), client.get(pdf_url)
    assert chart_response.status_code == pdf_response.status_code == 200
    assert b"".join(pdf_response.streaming_content).startswith(b"%PDF-1.4")
    client.logout()
    assert client.get(chart["src"]).status_code == 404
    assert client.get(pdf_url).status_code == 302
