"""The faceted listing shared by the three collections' index pages: filters, facets, sort, pages, export routes.

Each index page says which entries it lists (`entries`) and with which filter set (`filterset_class`); the facet
counting and the exports live in knowledge.filters and knowledge.exports, which do not import the page models.
"""

from django.http import HttpRequest, HttpResponse

from wagtail.contrib.routable_page.models import path, re_path

from knowledge import exports, filters


class CollectionIndexMixin:
    """Mixin for an index page (with RoutablePageMixin) that lists one collection with facets and exports it."""

    collection = ""
    filterset_class = None
    financing_model = None
    tag_model = None

    def entries(self):
        """The live entries below this index (the index itself was served only after can_view)."""
        raise NotImplementedError

    def filtered(self, request: HttpRequest) -> filters.Listing:
        return filters.Listing(self, self.entries(), request.GET)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        listing = self.filtered(request)
        context.update(listing.context(request.GET.get("page")))
        context["export_csv_url"] = self.url + self.reverse_subpage("export", args=["csv"])
        context["export_json_url"] = self.url + self.reverse_subpage("export", args=["json"])
        return context

    @re_path(r"^export/(csv|json)/$", name="export")
    def export(self, request: HttpRequest, file_format: str) -> HttpResponse:
        """The current filtered list (same query string as the listing) as CSV or JSON."""
        return exports.export(self, self.filtered(request), request, file_format)

    @path("", name="index")
    def index_route(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        return self.render(request)
