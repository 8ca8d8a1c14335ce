"""Choices shared by the collections' models, filters and exports."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    IDEA = "idea", _("Idea")
    PILOT = "pilot", _("Pilot")
    RUNNING = "running", _("Running")
    SCALED = "scaled", _("Scaled")
    ENDED = "ended", _("Ended")
