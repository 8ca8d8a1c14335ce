"""CSV and JSON export of a collection's current filtered list, for members.

Contact details appear only where the owner allowed it (the same `contact_for` the pages use). CSV cells that a
spreadsheet would read as a formula are prefixed with a quote.
"""

import csv
import json

from django.http import HttpResponse

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def iso(value) -> str:
    return value.isoformat() if value else ""


def entry_record(entry, request) -> dict:
    return {
        "title": entry.title,
        "url": entry.get_full_url(request),
        "summary": entry.summary,
        "institution": entry.institution,
        "country": entry.country_label,
        "city": entry.city_label,
        "topics": entry.topic_labels,
        "status": str(entry.status_label),
        "financing_model": entry.financing_label,
        "language": str(entry.language_label),
        "start": iso(entry.start_date),
        "end": iso(entry.end_date),
    }


def person_record(person: dict, viewer) -> dict:
    contact = person["object"].contact_for(viewer) or {}
    return {
        "name": person["name"],
        "kind": person["kind"],
        "position": person["position"],
        "institution": person["institution"],
        "country": person["country_label"],
        "city": person["city_label"],
        "topics": person["topic_labels"],
        "languages": [str(label) for label in person["language_labels"]],
        "peer_coaching": person["coaching"],
        "email": contact.get("email", ""),
        "phone": contact.get("phone", ""),
    }


def export(index, listing, request, file_format: str) -> HttpResponse:
    """The whole filtered list (not only the current page) in the requested format."""
    if listing.collection == "experts":
        records = [person_record(person, request.user) for person in listing.all_entries()]
    else:
        records = [entry_record(entry, request) for entry in listing.all_entries()]
    filename = f"{index.slug}-{index.locale.language_code}"
    if file_format == "json":
        response = HttpResponse(
            json.dumps({"count": len(records), "results": records}, ensure_ascii=False, indent=1),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}.json"'
        return response
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    response.write("\ufeff")  # lets spreadsheet programs detect UTF-8
    columns = list(records[0]) if records else ["title"]
    writer = csv.writer(response)
    writer.writerow(columns)
    for record in records:
        writer.writerow(
            [safe_cell("; ".join(value) if isinstance(value, list) else value) for value in record.values()]
        )
    return response
