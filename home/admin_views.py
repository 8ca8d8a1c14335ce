"""Admin views of the ground floor: the translation status report (Reports → Translation status), and the PO
upload of wagtail-localize's translation editor with its file checked."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from wagtail.admin import messages
from wagtail.admin.auth import require_admin_access
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.pages.utils import get_valid_next_url_from_request
from wagtail.admin.views.reports import ReportView

import django_filters
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.edit_translation import user_can_edit_instance

from home.forms import PoFileUploadForm
from home.translation_status import (
    MISSING,
    OUTDATED,
    STATUS_LABELS,
    TRANSLATED,
    StatusRow,
    status_rows,
    target_locales,
)

STATUS_CHOICES = [(status, STATUS_LABELS[status]) for status in (TRANSLATED, OUTDATED, MISSING)]


class StatusRows(list):
    """A plain list where django-filter and the spreadsheet export ask a queryset for its model."""

    model = None


class TranslationStatusFilterSet(WagtailFilterSet):
    """Filters a list of StatusRow: by type, by locale, by status (in the chosen locale, or in any)."""

    type = django_filters.ChoiceFilter(label=_("Type"), empty_label=_("All types"))
    locale = django_filters.ChoiceFilter(label=_("Language"), empty_label=_("All languages"))
    status = django_filters.ChoiceFilter(label=_("Status"), choices=STATUS_CHOICES, empty_label=_("Any status"))

    def __init__(self, *args, rows: list[StatusRow], **kwargs) -> None:
        super().__init__(*args, queryset=StatusRows(rows), **kwargs)
        self.filters["type"].extra["choices"] = sorted({(row.type_key, row.type_label) for row in rows}, key=str)
        self.filters["locale"].extra["choices"] = [
            (locale.language_code, locale.get_display_name()) for locale in target_locales()
        ]

    def filter_queryset(self, rows: list[StatusRow]) -> list[StatusRow]:
        data = self.form.cleaned_data
        if data.get("type"):
            rows = [row for row in rows if row.type_key == data["type"]]
        if data.get("status"):
            rows = [row for row in rows if data["status"] in self._statuses(row, data.get("locale"))]
        return StatusRows(rows)

    @staticmethod
    def _statuses(row: StatusRow, language_code: str | None) -> list[str]:
        return [status for code, status in row.statuses.items() if not language_code or code == language_code]


class TranslationStatusView(ReportView):
    """Every page and translatable snippet, with translated / outdated / missing per language; exportable."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "home_translation_status"
    index_results_url_name = "home_translation_status_results"
    filterset_class = TranslationStatusFilterSet
    export_filename = "translation-status"
    paginate_by = 100
    context_object_name = "rows"

    def dispatch(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if not request.user.has_perm("wagtailadmin.access_admin"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def rows(self) -> list[StatusRow]:
        if not hasattr(self, "_rows"):
            self._rows = status_rows()
        return self._rows

    @property
    def shown_locales(self) -> list:
        chosen = self.request.GET.get("locale")
        locales = target_locales()
        return [locale for locale in locales if locale.language_code == chosen] or locales

    def get_filterset_kwargs(self) -> dict:
        return {**super().get_filterset_kwargs(), "rows": self.rows}

    def get_base_queryset(self) -> list[StatusRow]:
        return StatusRows(self.rows)

    @property
    def columns(self) -> list:
        columns = [
            TitleColumn("title", label=_("Title"), get_url=lambda row: row.edit_url),
            Column("type_label", label=_("Type")),
        ]
        for locale in self.shown_locales:
            columns.append(Column(f"status_{locale.language_code}", label=locale.get_display_name()))
        return columns

    @property
    def list_export(self) -> list[str]:
        return ["title", "type_label"] + [f"status_{locale.language_code}" for locale in self.shown_locales]

    @property
    def export_headings(self) -> dict:
        headings = {"title": _("Title"), "type_label": _("Type")}
        for locale in self.shown_locales:
            headings[f"status_{locale.language_code}"] = locale.get_display_name()
        return headings


@require_admin_access
@require_POST
def upload_pofile(request: HttpRequest, translation_id: int) -> HttpResponse:
    """wagtail-localize's PO upload, with the file checked first: a missing or unreadable file is a message, not a
    server error (its view reads `request.FILES["file"]` and the file's metadata unchecked)."""
    translation = get_object_or_404(Translation, id=translation_id)
    if not user_can_edit_instance(request.user, translation.get_target_instance()):
        raise PermissionDenied
    form = PoFileUploadForm(files=request.FILES)
    if form.is_valid():
        return edit_translation.upload_pofile(request, translation_id)
    for error in form.errors["file"]:
        messages.error(request, error)
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))
