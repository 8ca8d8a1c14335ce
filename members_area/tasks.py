"""Background tasks of the members area, for the django-tasks worker."""

from django_tasks import task

from .digest import send_members_digest as send_digest


@task()
def send_members_digest() -> int:
    """The monthly digest; enqueue it from a scheduler (see README) to run it on the worker."""
    return send_digest()
