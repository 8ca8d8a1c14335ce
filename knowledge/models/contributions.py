"""Members' proposals: who proposed which page, and the form route the practice and project indexes share."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import path

from home.models.base import BasePage
from home.visibility import can_view
from knowledge import moderation


class Contribution(models.Model):
    """A page a member proposed through the site; the proposer follows its review and is emailed its outcome."""

    page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="contribution"
    )
    proposer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="knowledge_contributions",
    )
    language = models.CharField(
        _("language of the proposal"), max_length=10, default="en", help_text=_("Emails to the proposer use it.")
    )
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    published_at = models.DateTimeField(_("first published"), null=True, blank=True)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.page.title


class ProposalRouteMixin:
    """Mixin for an index page (with RoutablePageMixin): members propose an entry at propose/, which arrives as a
    draft submitted to the secretariat's review workflow."""

    proposal_form_class = None

    def proposal_model(self) -> type:
        raise NotImplementedError

    def proposal_tag_model(self) -> type:
        raise NotImplementedError

    @path("propose/", name="propose")
    def propose(self, request: HttpRequest) -> HttpResponse:
        # The page was served only after can_view; ask again so the route never depends on how it was reached.
        if not can_view(request.user, self):
            raise PermissionDenied
        form = self.proposal_form_class(request.POST or None, locale=self.locale)
        if request.method == "POST" and form.is_valid():
            page = self.create_proposal(form, request.user)
            messages.success(
                request,
                gettext("Thank you. “%(title)s” has been sent to the secretariat for review.") % {"title": page.title},
            )
            return HttpResponseRedirect(self.url)
        # The page's own context without the listing, which the form does not show.
        context = BasePage.get_context(self, request) | {"form": form, "index": self}
        return TemplateResponse(request, "knowledge/proposal_form.html", context)

    @transaction.atomic
    def create_proposal(self, form, user):
        """The draft page below this index, with its topics, recorded as the member's and submitted for review."""
        fields = form.page_fields()
        page = self.proposal_model()(slug=self.free_slug(fields["title"]), live=False, **fields)
        tag_model = self.proposal_tag_model()
        page.topic_tags = [tag_model(topic=topic, locale=self.locale) for topic in form.cleaned_data["topics"]]
        self.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        Contribution.objects.create(page=page, proposer=user, language=translation.get_language() or "en")
        moderation.submit_for_review(page, self, user)
        return page

    def free_slug(self, title: str) -> str:
        base = slugify(title, allow_unicode=True)[:200] or "proposal"
        taken = set(self.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug
