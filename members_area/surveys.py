"""Serving a survey to members (one answer each, open between two dates) and its aggregated results and CSV export."""

import csv

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.contrib.forms.forms import FormBuilder

from .exports import csv_safe
from .models import SurveyPage, SurveySubmission

CHOICE_TYPES = {"checkboxes", "dropdown", "multiselect", "radio"}


def serve_survey(page: SurveyPage, request: HttpRequest) -> HttpResponse:
    """The survey form while open; a notice before it opens; the results (when allowed) after it closes."""
    state = page.state
    previous = page.answer_of(request.user)
    context = page.get_context(request)
    context.update(state=state, previous_answer=previous)
    if state == "closed":
        if page.results_visible_to_members:
            context["results"] = survey_results(page)
        return TemplateResponse(request, page.get_template(request), context)
    if state == "upcoming":
        return TemplateResponse(request, page.get_template(request), context)

    if request.method == "POST":
        form = page.get_form(request.POST, request.FILES, page=page, user=request.user)
        if form.is_valid():
            submission = save_answer(page, request.user, form.cleaned_data)
            context.update(form_submission=submission, updated=previous is not None)
            return TemplateResponse(request, page.get_landing_page_template(request), context)
    else:
        initial = previous.form_data if previous else None
        form = page.get_form(page=page, user=request.user, initial=initial)
    context["form"] = form
    return TemplateResponse(request, page.get_template(request), context)


def save_answer(page: SurveyPage, user, data: dict) -> SurveySubmission:
    """Record the member's answer, replacing an earlier one to the same survey in any language."""
    submission, created = SurveySubmission.objects.get_or_create(
        survey_key=page.translation_key, user=user, defaults={"page": page, "form_data": data}
    )
    if not created:
        submission.page = page
        submission.form_data = data
        submission.submit_time = timezone.now()
        submission.save()
    return submission


def _choices(field) -> list[str]:
    return [value for value, _label in FormBuilder([]).get_formatted_field_choices(field)]


def survey_results(page: SurveyPage) -> dict:
    """Per question: how many members chose each option, or the free-text answers; labelled in `page`'s language.

    Members may answer any language version; an option counts by its position in the version they answered.
    """
    versions = {p.pk: p for p in SurveyPage.objects.filter(translation_key=page.translation_key)}
    choices_by_page = {
        pk: {field.clean_name: _choices(field) for field in version.form_fields.all()}
        for pk, version in versions.items()
    }
    submissions = list(page.get_submissions())
    questions = []
    for field in page.form_fields.all():
        entry = {"label": field.label, "type": field.field_type, "answered": 0}
        if field.field_type in CHOICE_TYPES:
            options = _choices(field)
            counts = [0] * len(options)
            for submission in submissions:
                value = submission.form_data.get(field.clean_name)
                values = value if isinstance(value, list) else [value] if value else []
                entry["answered"] += bool(values)
                answered_choices = choices_by_page.get(submission.page_id, {}).get(field.clean_name, [])
                for item in values:
                    if item in answered_choices and answered_choices.index(item) < len(counts):
                        counts[answered_choices.index(item)] += 1
            top = max(counts, default=0) or 1
            entry["options"] = [
                {
                    "label": label,
                    "count": count,
                    "percent": round(100 * count / len(submissions)) if submissions else 0,
                    "bar": round(100 * count / top),
                }
                for label, count in zip(options, counts, strict=True)
            ]
        elif field.field_type == "checkbox":
            yes = sum(1 for s in submissions if s.form_data.get(field.clean_name) is True)
            entry["answered"] = len(submissions)
            entry["options"] = [
                {"label": _("Yes"), "count": yes, "bar": 100 if yes else 0},
                {"label": _("No"), "count": len(submissions) - yes, "bar": 100 if len(submissions) - yes else 0},
            ]
        else:
            texts = [str(s.form_data.get(field.clean_name)) for s in submissions if s.form_data.get(field.clean_name)]
            entry["answered"] = len(texts)
            entry["texts"] = texts
        questions.append(entry)
    return {"count": len(submissions), "questions": questions}


def results_csv(page: SurveyPage) -> HttpResponse:
    """Every answer as one row, with member and time; cells cannot run as spreadsheet formulas."""
    fields = list(page.form_fields.all())
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="survey-{page.slug}.csv"'
    response.write("\ufeff")  # lets spreadsheet programs detect UTF-8
    writer = csv.writer(response)
    writer.writerow([csv_safe(v) for v in [_("Submitted"), _("Member"), _("Language")] + [f.label for f in fields]])
    submissions = page.get_submissions().select_related("user", "page__locale").order_by("submit_time")
    for submission in submissions:
        row = [
            date_format(timezone.localtime(submission.submit_time), "Y-m-d H:i"),
            submission.user.get_full_name() or submission.user.get_username(),
            submission.page.locale.language_code,
        ]
        for field in fields:
            value = submission.form_data.get(field.clean_name, "")
            row.append(", ".join(map(str, value)) if isinstance(value, list) else value)
        writer.writerow([csv_safe(value) for value in row])
    return response
