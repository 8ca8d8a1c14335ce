"""The secretariat's review of members' proposals: the workflow, its assignment, and the proposer's emails.

The workflow "Secretariat review" has one group approval task for the Secretariat. A data migration creates it and
assigns it to the existing practice and project indexes. An index created later would inherit Wagtail's default
workflow from the tree root (the Moderators' approval), so a proposal below an index with no workflow of its own
assigns the review to that index first: what a member proposes always goes to the Secretariat. A workflow the
Secretariat assigns to an index itself is respected.
"""

from django.apps import apps as global_apps
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _lazy

from wagtail.models import WorkflowPage
from wagtail.users.models import UserProfile

REVIEW_WORKFLOW = "Secretariat review"
SECRETARIAT_GROUP = "Secretariat"


def ensure_review_workflow(apps=global_apps, pages=()):
    """The review workflow with its Secretariat task (created once), assigned to `pages` that have none.

    Works with the app registry or a migration's historical one.
    """
    Group = apps.get_model("auth", "Group")
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")

    workflow = Workflow.objects.filter(name=REVIEW_WORKFLOW).first()
    if workflow is None:
        workflow = Workflow.objects.create(name=REVIEW_WORKFLOW, active=True)
        content_type, _created = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
        task = GroupApprovalTask.objects.create(name=REVIEW_WORKFLOW, content_type=content_type, active=True)
        task.groups.add(Group.objects.get_or_create(name=SECRETARIAT_GROUP)[0])
        WorkflowTask.objects.create(workflow=workflow, task_id=task.pk, sort_order=0)
    for page in pages:
        WorkflowPage.objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})
    return workflow


def submit_for_review(page, index, user) -> None:
    """Start the index's workflow on the draft, as the proposer."""
    if not WorkflowPage.objects.filter(page=index).exists():
        ensure_review_workflow(pages=[index])
    workflow = index.get_workflow()
    if not user.has_perm("wagtailadmin.access_admin"):
        # Wagtail's own notifications point to the admin, which a member cannot open; they get ours instead.
        profile = UserProfile.get_for_user(user)
        profile.approved_notifications = profile.rejected_notifications = False
        profile.save(update_fields=["approved_notifications", "rejected_notifications"])
    workflow.start(page, user)


def notify_published(contribution, url: str) -> None:
    subject = _lazy("[ISCN] Your proposal is published: %(title)s")
    send_to_proposer(contribution, subject, "knowledge/email/contribution_published.txt", {"url": url})


def notify_sent_back(contribution, comment: str) -> None:
    subject = _lazy("[ISCN] Your proposal needs changes: %(title)s")
    send_to_proposer(contribution, subject, "knowledge/email/contribution_sent_back.txt", {"comment": comment})


def send_to_proposer(contribution, subject, template: str, context: dict) -> None:
    """Email the proposer in the language they proposed in."""
    user = contribution.proposer
    if user is None or not user.email:
        return
    with translation.override(contribution.language):
        body = render_to_string(template, {"contribution": contribution, "page": contribution.page, **context})
        subject = str(subject) % {"title": contribution.page.title}
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
