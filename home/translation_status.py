"""How far each page and translatable snippet is translated: per locale, translated, outdated or missing.

A translation is *missing* where the locale has no copy of the item, or only an alias (the source shown as is).
It is *outdated* where the source changed after the translation was last made: a page whose source has a newer
revision than wagtail-localize's last sync of it, or than the translation's own latest revision; a snippet whose
current fields differ from the last synced source; or any item with strings still waiting for a translation.
Everything is read in a few queries per model, so the report and the dashboard stay cheap on a full site.
"""

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import Count, Exists, Model, OuterRef
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from modelcluster.models import ClusterableModel, get_serializable_data_for_fields
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

TRANSLATED, OUTDATED, MISSING = "translated", "outdated", "missing"
STATUS_LABELS = {TRANSLATED: _("Translated"), OUTDATED: _("Outdated"), MISSING: _("Missing")}


@dataclass
class StatusRow:
    """One source item (in the default locale) and its translation status per target locale."""

    instance: Model
    type_label: str
    type_key: str
    edit_url: str
    statuses: dict[str, str] = field(default_factory=dict)

    def __str__(self) -> str:
        return str(self.instance)

    @cached_property
    def title(self) -> str:
        return str(self.instance)

    def status_label(self, language_code: str) -> str:
        return str(STATUS_LABELS[self.statuses[language_code]])

    def __getattr__(self, name: str):
        # "status_de" etc., so the admin table and the spreadsheet export can name one column per locale.
        if name.startswith("status_") and name[7:] in self.__dict__.get("statuses", {}):
            return self.status_label(name[7:])
        raise AttributeError(name)


def target_locales() -> list[Locale]:
    """Every locale but the default one, in the order of settings.LANGUAGES."""
    default = Locale.get_default()
    order = [code for code, _name in settings.LANGUAGES]
    locales = [locale for locale in Locale.objects.exclude(pk=default.pk) if locale.language_code in order]
    return sorted(locales, key=lambda locale: order.index(locale.language_code))


def translatable_snippet_models() -> list[type[Model]]:
    return [model for model in get_snippet_models() if issubclass(model, TranslatableMixin)]


def _segment_progress(source_ids: list[int], locales: list[Locale]) -> tuple[Counter, dict[int, Counter]]:
    """Strings per source, and per locale the strings of each source already translated."""
    segments = StringSegment.objects.filter(source_id__in=source_ids)
    totals = Counter(dict(segments.values_list("source_id").annotate(n=Count("pk")).values_list("source_id", "n")))
    done = {}
    for locale in locales:
        translated = segments.filter(
            Exists(
                StringTranslation.objects.filter(
                    translation_of_id=OuterRef("string_id"),
                    context_id=OuterRef("context_id"),
                    locale_id=locale.pk,
                    has_error=False,
                )
            )
        )
        rows = translated.values_list("source_id").annotate(n=Count("pk")).values_list("source_id", "n")
        done[locale.pk] = Counter(dict(rows))
    return totals, done


def _serialised(instance: Model) -> object:
    """The instance's content as wagtail-localize stores it in a TranslationSource."""
    if isinstance(instance, ClusterableModel):
        return json.loads(instance.to_json())
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def _rows_for(model: type[Model], default: Locale, locales: list[Locale]) -> list[StatusRow]:
    """The rows of one model: pages (model is Page) or one translatable snippet model."""
    is_page = model is Page
    if is_page:
        sources = list(Page.objects.filter(locale=default, depth__gt=1).specific().order_by("path"))
    else:
        sources = list(model.objects.filter(locale=default))
    if not sources:
        return []
    keys = [item.translation_key for item in sources]
    base = Page if is_page else model.get_translation_model()
    targets = {}
    target_fields = ["translation_key", "locale_id", "pk"]
    if is_page:
        target_fields += ["alias_of_id", "latest_revision_created_at"]
    for values in base.objects.filter(translation_key__in=keys).exclude(locale=default).values(*target_fields):
        targets[(values["translation_key"], values["locale_id"])] = values
    translation_sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys, locale=default).only(
            "pk", "object_id", "last_updated_at", "content_json"
        )
    }
    translations = {
        (translation.source_id, translation.target_locale_id)
        for translation in Translation.objects.filter(source__in=translation_sources.values(), enabled=True).only(
            "source_id", "target_locale_id"
        )
    }
    totals, done = _segment_progress([source.pk for source in translation_sources.values()], locales)

    finder = AdminURLFinder()
    rows = []
    for item in sources:
        source = translation_sources.get(item.translation_key)
        source_changed = False
        if source is not None:
            if is_page:
                revised: datetime | None = item.latest_revision_created_at
                source_changed = revised is not None and revised > source.last_updated_at
            else:
                source_changed = _serialised(item) != json.loads(source.content_json)
        specific = type(item)
        row = StatusRow(
            instance=item,
            type_label=str(specific._meta.verbose_name).capitalize(),
            type_key=f"{specific._meta.app_label}.{specific._meta.model_name}",
            edit_url=finder.get_edit_url(item) or "",
        )
        for locale in locales:
            target = targets.get((item.translation_key, locale.pk))
            progress = (done[locale.pk][source.pk], totals[source.pk]) if source is not None else (0, 0)
            translated_here = source is not None and (source.pk, locale.pk) in translations
            status = _status(item, target, source, source_changed, translated_here, progress)
            row.statuses[locale.language_code] = status
        rows.append(row)
    return rows


def _status(
    item: Model,
    target: dict | None,
    source: TranslationSource | None,
    source_changed: bool,
    translated_here: bool,
    progress: tuple[int, int],
) -> str:
    """The status of one item in one locale; `progress` is (strings translated, strings in the source)."""
    if target is None or target.get("alias_of_id"):
        return MISSING
    if not translated_here:
        # Translated by hand, without wagtail-localize: only dates can tell, and only for pages.
        own = target.get("latest_revision_created_at")
        revised = getattr(item, "latest_revision_created_at", None)
        return OUTDATED if own and revised and revised > own else TRANSLATED
    if source_changed or progress[0] < progress[1]:
        return OUTDATED
    own = target.get("latest_revision_created_at")
    if own is not None and source.last_updated_at > own:
        return OUTDATED  # synced from a newer source, but the translation was not saved since
    return TRANSLATED


def status_rows() -> list[StatusRow]:
    """Every page, then every translatable snippet, of the default locale with its status per target locale."""
    default = Locale.get_default()
    locales = target_locales()
    rows = _rows_for(Page, default, locales)
    for model in translatable_snippet_models():
        rows += _rows_for(model, default, locales)
    return rows


def status_counts(rows: list[StatusRow] | None = None) -> dict[str, Counter]:
    """Per target language code, how many items are translated, outdated and missing."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in status_rows() if rows is None else rows:
        for code, status in row.statuses.items():
            counts[code][status] += 1
    return dict(counts)
