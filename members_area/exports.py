"""Spreadsheet exports whose cells stay text: survey answers and event registrations hold what people typed."""

from wagtail.contrib.forms.views import SubmissionsListView

# A spreadsheet runs a cell that starts with one of these as a formula (CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value: object) -> object:
    """A cell value that spreadsheets show as text rather than run as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class SurveySubmissionsListView(SubmissionsListView):
    """Wagtail's submissions list for surveys, with formula-safe CSV export."""

    def preprocess_field_value(self, field: str, value: object, export_format: str) -> object:
        value = super().preprocess_field_value(field, value, export_format)
        return csv_safe(value) if export_format == self.FORMAT_CSV else value
