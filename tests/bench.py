"""`make bench`: response time, SQL queries and memory of the main pages, printed as a table.

Runs against a throw-away SQLite database with the demo content (or DATABASE_URL if set). Targets are checked here,
not in the test suite: tests assert behaviour and query counts, never wall-clock time.
"""

import os
import statistics
import sys
import tempfile
import time
import tracemalloc

ROUNDS = int(os.environ.get("BENCH_ROUNDS", "30"))
# Median targets in milliseconds on the 2-core reference machine (test client, no network).
TARGET_MS = 100
# The knowledge base's faceted listing, measured for a member over this many synthetic good practices.
KNOWLEDGE_COUNT = int(os.environ.get("BENCH_KNOWLEDGE", "10000"))
KNOWLEDGE_P95_MS = 150
KNOWLEDGE_QUERIES = {
    "two facets": {"topic": "climate", "country": "BR"},
    "text search": {"q": "solar"},
    "two facets + text": {"topic": "climate", "country": "BR", "q": "solar"},
}


def out(text: str) -> None:
    sys.stdout.write(text + "\n")


def main() -> int:
    tmp = tempfile.mkdtemp(prefix="iscn-bench-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{tmp}/bench.sqlite3")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.test")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from wagtail.models import Page

    call_command("migrate", verbosity=0)
    call_command("load_demo_content", force=True, verbosity=0)

    # Every live public page of the demo in every language, plus the non-page endpoints.
    urls = sorted({page.url for page in Page.objects.live().public().filter(depth__gte=2).specific()})
    urls += ["/sitemap.xml", "/robots.txt", "/health/"]
    client = Client()
    rows, failures = [], 0
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            rows.append((url, response.status_code, "-", "-", "-", "-"))
            failures += 1
            continue
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        query_count = len(queries)  # read now: the next request's request_started signal clears the log
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        # Memory is traced on one extra request only: tracing slows Python down several times.
        tracemalloc.start()
        client.get(url)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        median = statistics.median(timings)
        p95 = sorted(timings)[int(len(timings) * 0.95) - 1]
        rows.append((url, 200, query_count, f"{median:.1f}", f"{p95:.1f}", f"{peak / 1024:.0f}"))
        failures += median > TARGET_MS
    if KNOWLEDGE_COUNT:
        knowledge_rows, knowledge_failures = knowledge(client)
        rows += knowledge_rows
        failures += knowledge_failures

    header = ("URL", "status", "queries", "median ms", "p95 ms", "peak KiB")
    widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
    line = "+".join("-" * (w + 2) for w in widths)
    out(
        f"{ROUNDS} rounds per URL, target median <= {TARGET_MS} ms (knowledge listing over {KNOWLEDGE_COUNT} practices:"
        f" p95 < {KNOWLEDGE_P95_MS} ms), database {connection.vendor}"
    )
    out(line)
    out("|".join(f" {str(h).ljust(w)} " for h, w in zip(header, widths, strict=True)))
    out(line)
    for row in rows:
        out("|".join(f" {str(c).ljust(w)} " for c, w in zip(row, widths, strict=True)))
    out(line)
    out(f"{len(rows)} URLs, {failures} over target or failing")
    return 1 if failures else 0


def knowledge(client, generate: bool = True) -> tuple[list[tuple], int]:
    """Rows for the good-practice listing, the dashboard and a project page as a member sees them, over
    KNOWLEDGE_COUNT synthetic experts, practices and projects."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from wagtail.models import Locale

    from home.models import Topic
    from knowledge.models import GoodPracticeIndexPage, ProjectPage
    from members_area.models import MemberProfile

    if generate:
        call_command("generate_sample_knowledge", count=KNOWLEDGE_COUNT, force=True, verbosity=0)
    user, _created = get_user_model().objects.get_or_create(username="bench-member")
    user.groups.add(Group.objects.get(name="Members"))
    # A member who works on two topics and speaks Spanish: the dashboard ranks every collection for them.
    profile, _created = MemberProfile.objects.get_or_create(user=user)
    profile.languages = "Spanish, English"
    profile.save()
    profile.expertise.set(Topic.objects.filter(locale=Locale.get_default()).order_by("sort_order")[:2])
    client.force_login(user)
    index = GoodPracticeIndexPage.objects.get(locale=Locale.get_default())
    project = ProjectPage.objects.live().filter(locale=Locale.get_default()).order_by("-pk").first()
    # The listing, then two pages that rank the whole collections for "who can help".
    measured = [(index.url, name, query) for name, query in KNOWLEDGE_QUERIES.items()]
    measured += [("/en/members/", "dashboard, who can help", {}), (project.url, "project, who can help", {})]
    rows, failures = [], 0
    for url, name, query in measured:
        label = f"{url} ({name}, {KNOWLEDGE_COUNT} of each)"
        response = client.get(url, query)
        if response.status_code != 200:
            rows.append((label, response.status_code, "-", "-", "-", "-"))
            failures += 1
            continue
        with CaptureQueriesContext(connection) as queries:
            client.get(url, query)
        query_count = len(queries)
        timings = []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            client.get(url, query)
            timings.append((time.perf_counter() - start) * 1000)
        median = statistics.median(timings)
        p95 = sorted(timings)[int(len(timings) * 0.95) - 1]
        rows.append((label, 200, query_count, f"{median:.1f}", f"{p95:.1f}", "-"))
        failures += p95 >= KNOWLEDGE_P95_MS
    client.logout()
    return rows, failures


if __name__ == "__main__":
    sys.exit(main())
