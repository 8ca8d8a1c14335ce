"""The secretariat's survey results in the admin: a table and bar per question, and the answers as CSV."""

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from .models import SurveyPage
from .surveys import results_csv, survey_results

RESULTS_PERMISSION = "members_area.view_surveysubmission"


def _survey(request: HttpRequest, page_id: int) -> SurveyPage:
    if not request.user.has_perm(RESULTS_PERMISSION):
        raise PermissionDenied
    return get_object_or_404(SurveyPage, pk=page_id)


def survey_results_view(request: HttpRequest, page_id: int) -> HttpResponse:
    page = _survey(request, page_id)
    context = {"page": page, "results": survey_results(page), "header_title": page.title}
    return TemplateResponse(request, "members_area/admin/survey_results.html", context)


def survey_results_export(request: HttpRequest, page_id: int) -> HttpResponse:
    return results_csv(_survey(request, page_id))
