"""The proposer hears the outcome of the secretariat's review: published, or sent back with a comment. The listings'
vocabulary is read afresh when the taxonomy changes."""

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from wagtail.signals import page_published, workflow_rejected

from home.models import Country, Topic

from .filters import forget_vocabulary
from .models import Contribution, FinancingModel
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


def connect() -> None:
    page_published.connect(contribution_published, dispatch_uid="knowledge.contribution_published")
    workflow_rejected.connect(contribution_sent_back, dispatch_uid="knowledge.contribution_sent_back")
    for model in (Topic, Country, FinancingModel):
        for signal in (post_save, post_delete):
            uid = f"knowledge.vocabulary.{model.__name__}.{signal}"
            signal.connect(forget_vocabulary, sender=model, dispatch_uid=uid)
