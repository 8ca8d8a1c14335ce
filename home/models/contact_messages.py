"""The messages sent through the contact form, kept for the secretariat (the form in home/forms.py saves them)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ContactMessage(models.Model):
    """A message sent through the contact form, kept for the secretariat."""

    page = models.ForeignKey(
        "home.ContactPage",
        verbose_name=_("contact page"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="messages",
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("email address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=200)
    message = models.TextField(_("message"), max_length=5000)
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.subject} ({self.name})"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None

    def mark_read(self) -> None:
        """Record the first time the secretariat opened the message."""
        if self.read_at is None:
            self.read_at = timezone.now()
            ContactMessage.objects.filter(pk=self.pk, read_at=None).update(read_at=self.read_at)
