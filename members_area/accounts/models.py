"""The user account. A project-owned model from the first migration, so accounts can grow without a swap later."""

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _


class User(AbstractUser):
    """A person who signs in: a member, an editor of the secretariat, a translator or an administrator."""

    email = models.EmailField(_("email address"), blank=True)

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        constraints = [
            # Login and password reset go by email, so one address belongs to one account (case-insensitive).
            models.UniqueConstraint(Lower("email"), condition=~models.Q(email=""), name="unique_user_email_ci"),
        ]
