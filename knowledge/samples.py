"""Synthetic knowledge-base entries for load and search tests: realistic, deterministic (random.Random(42)) and fast.

Pages are written in bulk (page rows with their treebeard paths in one statement per batch, then each entry's own row
saved raw, as fixture loading does), so ten thousand practices take seconds, not the hours of `add_child` one by one.
They are live English pages, tagged, with a contact expert; not sent to the search index (run `update_index`).
"""

import datetime
import random

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.utils import timezone
from django.utils.text import slugify

from wagtail.models import Locale, Page

from home.models import City, Country, Topic

from .choices import Status
from .languages import LANGUAGE_CHOICES
from .models import (
    Expert,
    ExpertTopic,
    FinancingModel,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePageContact,
    GoodPracticePageTopic,
    ProjectIndexPage,
    ProjectPage,
    ProjectPageContact,
    ProjectPageTopic,
)
from .models.projects import BudgetRange

MEASURES = [
    ("Public wifi", "in squares and bus stops"),
    ("Rooftop solar", "on schools and clinics"),
    ("Open data portal", "for budget and transport data"),
    ("Tree cadastre", "with resident reports"),
    ("Grievance app", "in several languages"),
    ("LED street lighting", "paid by energy savings"),
    ("Digital mentors", "for older residents"),
    ("Online procedures", "designed with users"),
    ("Air quality sensors", "on an open platform"),
    ("Flood early warning", "by SMS and sirens"),
    ("Smart water meters", "for leak detection"),
    ("Cool roofs", "for informal settlements"),
    ("Bike sharing", "run by the transport company"),
    ("Participatory budget", "online and on local radio"),
    ("Waste collection routing", "with fill-level sensors"),
    ("Municipal broadband", "for peri-urban districts"),
]
OUTCOMES = [
    "cut waiting times by {n} %",
    "reached {n},000 residents in the first year",
    "saved {n} % of the energy costs",
    "was copied by {k} other cities",
    "halved the number of complaints within {k} years",
]
FIRST_NAMES = ["Ana", "Lena", "Ravi", "Carlos", "Sofía", "Jonas", "Priya", "Mateus", "Lucía", "Tobias", "Meera"]
LAST_NAMES = ["Silva", "Weber", "Sharma", "Rojas", "Müller", "Hernández", "Costa", "Patel", "Quispe", "Schmidt"]
POSITIONS = ["Head of digital services", "Energy manager", "Open data officer", "Urban planner", "Finance advisor"]
BATCH = 1000


class Vocabulary:
    """The default locale's topics, countries with their cities, and financing models."""

    def __init__(self, locale: Locale) -> None:
        self.topics = list(Topic.objects.filter(locale=locale))
        self.countries = list(Country.objects.filter(locale=locale))
        cities: dict[int, list[City]] = {}
        for city in City.objects.filter(country__in=self.countries):
            cities.setdefault(city.country_id, []).append(city)
        self.cities = cities
        self.financing = list(FinancingModel.objects.filter(locale=locale))

    def complete(self) -> bool:
        return bool(self.topics and self.countries)


def entry_fields(rng: random.Random, vocabulary: Vocabulary, number: int) -> tuple[str, dict, list]:
    measure, detail = rng.choice(MEASURES)
    country = rng.choice(vocabulary.countries)
    city = rng.choice(vocabulary.cities.get(country.pk, [None]))
    place = city.name if city else country.name
    outcome = rng.choice(OUTCOMES).format(n=rng.randint(10, 60), k=rng.randint(2, 5))
    title = f"{measure} {detail} ({place}, no. {number})"
    fields = {
        "summary": f"Sample data. {measure} {detail} in {place}: the programme {outcome}.",
        "institution": f"City of {place}" if city else f"Government of {country.name}",
        "country": country,
        "city": city,
        "status": rng.choice(Status.values),
        "financing_model": rng.choice(vocabulary.financing) if vocabulary.financing else None,
        "original_language": rng.choice([code for code, _name in LANGUAGE_CHOICES]),
    }
    topics = rng.sample(vocabulary.topics, k=rng.randint(1, min(2, len(vocabulary.topics))))
    return title, fields, topics


def bulk_entries(index: Page, model, tag_model, contact_model, count: int, rng, vocabulary, experts, **extra) -> int:
    """`count` live entries of `model` below `index`, in batches; returns how many were made."""
    content_type = ContentType.objects.get_for_model(model)
    made = 0
    while made < count:
        size = min(BATCH, count - made)
        siblings = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1)
        last = siblings.order_by("-path").values_list("path", flat=True).first()
        start = int(last[-model.steplen :], 36) + 1 if last else 1
        now = timezone.now()
        prepared = []
        for step in range(start, start + size):
            title, fields, topics = entry_fields(rng, vocabulary, step)
            slug = f"{slugify(title)[:60]}-{step}"
            page = Page(
                title=title,
                draft_title=title,
                slug=slug,
                path=model._get_path(index.path, index.depth + 1, step),
                depth=index.depth + 1,
                numchild=0,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                live=True,
                first_published_at=now - datetime.timedelta(minutes=step),
                last_published_at=now,
            )
            prepared.append((page, fields, topics))
        with transaction.atomic():
            Page.objects.bulk_create([page for page, _fields, _topics in prepared])
            tags, contacts = [], []
            for page, fields, topics in prepared:
                entry = model(page_ptr_id=page.pk, title=page.title, **fields, **extra)
                entry.search_text = entry.compose_search_text()
                entry.save_base(raw=True, force_insert=True)
                tags += [tag_model(page_id=page.pk, topic=topic, locale_id=index.locale_id) for topic in topics]
                if experts:
                    contacts.append(contact_model(page_id=page.pk, expert=rng.choice(experts)))
            tag_model.objects.bulk_create(tags)
            contact_model.objects.bulk_create(contacts)
            Page.objects.filter(pk=index.pk).update(numchild=siblings.count())
        made += size
    return made


def bulk_experts(count: int, rng: random.Random, vocabulary: Vocabulary, locale: Locale) -> list[Expert]:
    experts = []
    for number in range(count):
        country = rng.choice(vocabulary.countries)
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} ({number + 1})"
        experts.append(
            Expert(
                locale=locale,
                name=name,
                position=rng.choice(POSITIONS),
                institution=f"Government of {country.name}",
                country=country,
                city=rng.choice(vocabulary.cities.get(country.pk, [None])),
                languages=",".join(rng.sample([code for code, _name in LANGUAGE_CHOICES], k=2)),
                bio="Sample data. Synthetic expert for load and search tests.",
                contact_visible=rng.random() < 0.5,
                email=f"expert{number + 1}@example.org",
                available_for_peer_coaching=rng.random() < 0.6,
            )
        )
    experts = Expert.objects.bulk_create(experts)
    ExpertTopic.objects.bulk_create(
        [ExpertTopic(expert=expert, topic=rng.choice(vocabulary.topics), locale=locale) for expert in experts]
    )
    return experts


def generate(count: int, seed: int = 42) -> dict[str, int]:
    """`count` synthetic experts, good practices and projects in the default locale's collections."""
    rng = random.Random(seed)
    locale = Locale.get_default()
    vocabulary = Vocabulary(locale)
    practice_index = GoodPracticeIndexPage.objects.filter(locale=locale).first()
    project_index = ProjectIndexPage.objects.filter(locale=locale).first()
    if not vocabulary.complete() or practice_index is None or project_index is None:
        raise LookupError("No collections or vocabulary yet: run load_demo_content first.")
    experts = bulk_experts(count, rng, vocabulary, locale)
    practices = bulk_entries(
        practice_index,
        GoodPracticePage,
        GoodPracticePageTopic,
        GoodPracticePageContact,
        count,
        rng,
        vocabulary,
        experts,
    )
    projects = bulk_entries(
        project_index,
        ProjectPage,
        ProjectPageTopic,
        ProjectPageContact,
        count,
        rng,
        vocabulary,
        experts,
        budget_range=BudgetRange.UNDER_500K,
    )
    if connection.vendor == "postgresql":
        # Thousands of rows in a few statements: refresh the planner's statistics now rather than at autovacuum's
        # next round, or the first listings are planned for empty tables.
        with connection.cursor() as cursor:
            for model in (Expert, ExpertTopic, GoodPracticePage, GoodPracticePageTopic, ProjectPage, ProjectPageTopic):
                cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")
            cursor.execute(f"ANALYZE {connection.ops.quote_name(Page._meta.db_table)}")
    return {"experts": len(experts), "practices": practices, "projects": projects}
