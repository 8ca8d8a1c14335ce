"""The knowledge base seen from a topic: the practices and projects tagged with it, for this user only.

Topic pages (home) and working rooms (members_area) sit on lower floors and ask through the hook
`latest_topic_knowledge(topic, locale, user) -> [(title, url, kind)]`, which knowledge/wagtail_hooks.py registers.
"""

from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from home.models import Topic
from home.visibility import visible_pages

from .models import GoodPracticePage, ProjectPage

TOPIC_KNOWLEDGE_LIMIT = 6


def latest_on_topic(topic: Topic, locale, user, limit: int = TOPIC_KNOWLEDGE_LIMIT) -> list[tuple[str, str, str]]:
    """The newest practices and projects on `topic` in `locale` that `user` may see (none for non-members)."""
    items = []
    for model, kind in [(GoodPracticePage, _("Good practice")), (ProjectPage, _("Project"))]:
        # By translation key: an untranslated copy still carries its source's topic (wagtail-localize maps the tag
        # only when the page is translated).
        tagged = model.objects.filter(locale=locale, topic_tags__topic__translation_key=topic.translation_key)
        pages = visible_pages(user, tagged.distinct()).defer_streamfields().order_by("-first_published_at", "-pk")
        items += [(page, kind) for page in pages[:limit]]
    items.sort(key=lambda item: (item[0].first_published_at is not None, item[0].first_published_at), reverse=True)
    return [(page.title, page.get_url(), str(kind)) for page, kind in items[:limit]]


def tagged_keys(slug: str) -> list[QuerySet]:
    """Translation keys of the practices and of the projects tagged with the topic `slug` (in any locale)."""
    return [
        model.objects.filter(topic_tags__topic__slug=slug).values("translation_key")
        for model in (GoodPracticePage, ProjectPage)
    ]
