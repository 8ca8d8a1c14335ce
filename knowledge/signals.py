"""The proposer hears the outcome of the secretariat's review: published, or sent back with a comment. The listings'
vocabulary is read afresh when the taxonomy changes, and the entries' searchable text when a city is renamed."""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.signals import page_published, workflow_rejected

from home.models import City, Country, Topic

from .filters import VOCABULARIES
from .models import Contribution, FinancingModel, GoodPracticePage, ProjectPage
from .moderation import notify_published, notify_sent_back


def contribution_published(sender, instance, **kwargs) -> None:
    """The first publication of a proposed page (later edits are not news to the proposer)."""
    contribution = Contribution.objects.filter(page_id=instance.pk, published_at__isnull=True).first()
    if contribution is None:
        return
    contribution.published_at = timezone.now()
    contribution.save(update_fields=["published_at"])
    notify_published(contribution, instance.full_url or instance.url or "")


def contribution_sent_back(sender, instance, **kwargs) -> None:
    """The review asked for changes; the reviewer's comment is on the rejected task."""
    contribution = Contribution.objects.filter(page_id=instance.object_id).select_related("page").first()
    if contribution is None:
        return
    task_state = instance.current_task_state
    notify_sent_back(contribution, task_state.comment if task_state else "")


def city_renamed(sender, instance: City, created: bool = False, raw: bool = False, **kwargs) -> None:
    """The entries of a city carry its name in their searchable text."""
    if created or raw:
        return
    for model in (GoodPracticePage, ProjectPage):
        for entry in model.objects.filter(city=instance).select_related("city"):
            model.objects.filter(pk=entry.pk).update(search_text=entry.compose_search_text())


def connect() -> None:
    page_published.connect(contribution_published, dispatch_uid="knowledge.contribution_published")
    workflow_rejected.connect(contribution_sent_back, dispatch_uid="knowledge.contribution_sent_back")
    post_save.connect(city_renamed, sender=City, dispatch_uid="knowledge.search_text.city")
    for model in (Topic, Country, FinancingModel):
        for signal in (post_save, post_delete):
            uid = f"knowledge.vocabulary.{model.__name__}.{signal}"
            signal.connect(VOCABULARIES.forget, sender=model, dispatch_uid=uid)
