"""Admin registration of the knowledge base's snippets, and the hooks lower floors call to show its collections."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Locale, Page, WorkflowState
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from home.demo import DEMO_CONTENT_HOOK, DemoContent

from . import demo, matching, topics
from .models import Contribution, Expert, FinancingModel


class ExpertViewSet(SnippetViewSet):
    model = Expert
    icon = "user"
    menu_label = _("Experts")
    list_display = ["name", "institution", "country", "available_for_peer_coaching", "locale"]
    list_filter = ["country", "available_for_peer_coaching", "contact_visible", "locale"]
    search_fields = ["name", "institution", "position"]
    search_backend_name = None


class FinancingModelViewSet(SnippetViewSet):
    model = FinancingModel
    icon = "table"
    menu_label = _("Financing models")
    list_display = ["name", "slug", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name", "slug"]
    search_backend_name = None


class KnowledgeViewSetGroup(SnippetViewSetGroup):
    """The secretariat's "Knowledge base" menu: experts and financing models."""

    menu_label = _("Knowledge base")
    menu_icon = "doc-full-inverse"
    menu_order = 260
    items = [ExpertViewSet, FinancingModelViewSet]


register_snippet(KnowledgeViewSetGroup)


@hooks.register("latest_topic_knowledge")
def latest_topic_knowledge(topic, locale, user) -> list[tuple[str, str, str]]:
    """Practices and projects on a topic for topic pages and working rooms, filtered through home.visibility."""
    return topics.latest_on_topic(topic, locale, user)


@hooks.register("search_types")
def search_types() -> list[tuple[str, str, str]]:
    """The collections as facets of the site search; only members have hits of them (home.visibility decides)."""
    return [
        ("practice", "knowledge.GoodPracticePage", _("Good practices")),
        ("project", "knowledge.ProjectPage", _("Projects")),
    ]


@hooks.register("search_topic_pages")
def search_topic_pages(slug: str) -> list:
    """Translation keys of the practices and projects tagged with a topic, for the search's topic facet."""
    return topics.tagged_keys(slug)


@hooks.register(DEMO_CONTENT_HOOK, order=200)
def demo_content() -> DemoContent:
    """The three collections with sample practices, projects and experts (after the members area)."""
    return DemoContent(create_content=demo.create_demo_content)


@hooks.register("members_dashboard_sections")
def dashboard_sections(root, user) -> list[dict]:
    """Who can help the member (from their profile), and the state of what they proposed."""
    found = matching.who_can_help(matching.need_for_member(user), root.locale, user)
    helpers = [
        {"title": match.name, "url": match.url, "note": match.reason} for match in found["people"] + found["practices"]
    ]
    return [
        {
            "id": "who-can-help",
            "heading": _("Who can help"),
            "items": helpers,
            "empty": _("Add your expertise to your profile to see members, experts and practices that match it."),
        },
        {
            "id": "proposals",
            "heading": _("Your proposals"),
            "items": [
                {"title": title, "url": url, "note": note} for title, url, note in proposal_states(user, root.locale)
            ],
            "empty": _("Share a good practice or a project of your city: propose it from the collection's page."),
        },
    ]


def proposal_states(user, locale) -> list[tuple[str, str, str]]:
    """Each proposal of the member with where it stands: in review, sent back with the comment, or published."""
    contributions = Contribution.objects.filter(proposer=user).select_related("page")[:20]
    pages = [c.page for c in contributions]
    states = {
        state.object_id: state
        for state in WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(p.pk) for p in pages],
        )
        .select_related("current_task_state")
        .order_by("created_at")
    }
    rows = []
    for page in pages:
        state = states.get(str(page.pk))
        if page.live:
            rows.append((page.title, page.url, str(_("Published"))))
        elif state and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            comment = state.current_task_state.comment if state.current_task_state else ""
            note = _("Sent back for changes")
            rows.append((page.title, "", f"{note}: {comment}" if comment else str(note)))
        else:
            rows.append((page.title, "", str(_("In review by the secretariat"))))
    return rows


@hooks.register("suggest_peer_experts")
def suggest_peer_experts(coaching) -> list[tuple[str, str, str]]:
    """Peers for a coaching request, explained in the secretariat's language."""
    locale = Locale.get_default()
    with translation.override(settings.LANGUAGE_CODE):
        need = matching.need_for_coaching(coaching)
        found = matching.rank(need, matching.people(locale, need), matching.PEOPLE_LIMIT)
        return [(match.name, match.url, match.reason) for match in found]
