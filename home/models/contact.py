"""The contact form to the secretariat: each message is stored (readable in the admin) and sent by email."""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import models
from django.http import HttpRequest, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from home.client_address import client_address
from home.forms import ContactForm
from home.locales import active_language

from .base import BasePage
from .contact_messages import ContactMessage


class ContactPage(RoutablePageMixin, BasePage):
    """A form that sends a message to the secretariat; the visitor sees a translated confirmation at thanks/."""

    page_description = _("The contact form to the secretariat.")
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    introduction = models.TextField(_("introduction"), blank=True, max_length=800)
    thank_you_text = models.TextField(
        _("thank-you text"), blank=True, max_length=600, help_text=_("Shown after a message was sent.")
    )
    recipient = models.EmailField(
        _("recipient"), blank=True, help_text=_("Where messages go; the site's default address when empty.")
    )

    content_panels = BasePage.content_panels + ["introduction", "thank_you_text", "recipient"]
    search_fields = BasePage.search_fields + [index.SearchField("introduction")]

    class Meta:
        verbose_name = _("contact page")

    @path("")
    def index_route(self, request: HttpRequest, *args, **kwargs):
        if request.method == "POST":
            form = ContactForm(request.POST)
            if form.is_valid():
                if form.is_spam():
                    # Bots get the same confirmation as people, so the trap does not teach them anything.
                    return HttpResponseRedirect(self.url + self.reverse_subpage("thanks"))
                if rate_limited(request):
                    form.add_error(None, _("You have sent several messages in a short time. Please try again later."))
                else:
                    self.deliver(request, form)
                    return HttpResponseRedirect(self.url + self.reverse_subpage("thanks"))
        else:
            form = ContactForm()
        return self.render(request, context_overrides={"form": form})

    @path("thanks/", name="thanks")
    def thanks(self, request: HttpRequest) -> TemplateResponse:
        return self.render(request, template="home/contact_page_thanks.html")

    def deliver(self, request: HttpRequest, form: ContactForm) -> ContactMessage:
        message = form.save(commit=False)
        message.page = self
        message.language = active_language()
        message.save()
        recipient = self.recipient or settings.ISCN_CONTACT_EMAIL
        # The secretariat reads in English: the subject says which language the visitor wrote in.
        with translation.override(settings.LANGUAGE_CODE):
            subject = f"[ISCN contact] {message.subject} ({message.language})"
        EmailMessage(
            subject=subject,
            body=f"{message.name} <{message.email}>\n{message.organisation}\n\n{message.message}\n",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient],
            reply_to=[message.email],
        ).send(fail_silently=False)
        return message


def rate_limited(request: HttpRequest) -> bool:
    """At most CONTACT_RATE_LIMIT messages per address per hour, counted in the shared cache (no address is stored)."""
    address = client_address(request)
    key = "contact-rate:" + hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]
    cache.add(key, 0, timeout=settings.CONTACT_RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:  # the entry expired between add and incr
        cache.set(key, 1, timeout=settings.CONTACT_RATE_WINDOW)
        count = 1
    return count > settings.CONTACT_RATE_LIMIT
