"""Translate demo pages and snippets for real through wagtail-localize, idempotently.

Each call refreshes the source from the instance, fills every extracted string from a dict of source → target text,
and saves the target only when something changed, so running the loader twice writes nothing the second time.
"""

from django.db import models

from wagtail.models import DraftStateMixin, Locale, Page

from wagtail_localize.models import Translation, TranslationSource


class MissingDemoTranslation(Exception):
    """A demo string has no translation; the demo never shows a copy of the source as a translation."""


def translate(instance: models.Model, locale: Locale, strings: dict[str, str]) -> models.Model:
    """Create or update the translation of a page or translatable snippet into `locale`; returns the target."""
    # Translate what is saved, not the caller's copy in memory: inline children added to that copy and saved through
    # a revision have no primary key there, and wagtail-localize's copy keys children by it (all but one would keep
    # the source's locale and collide with the source's own rows).
    instance = type(instance)._default_manager.get(pk=instance.pk)
    source, source_created = TranslationSource.update_or_create_from_instance(instance)
    translation, translation_created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    po = translation.export_po()
    missing, changed = [], source_created or translation_created
    for entry in po:
        # Slugs stay the same in every language, so links and tests work across locales.
        target = strings.get(entry.msgid, entry.msgid if entry.msgctxt == "slug" else None)
        if target is None:
            missing.append(entry.msgid)
        elif entry.msgstr != target:
            entry.msgstr = target
            changed = True
    if missing:
        raise MissingDemoTranslation(f"{locale.language_code}: no translation for {missing!r}")
    try:
        target_instance = source.get_translated_instance(locale)
    except (Page.DoesNotExist, type(instance).DoesNotExist):
        target_instance, changed = None, True
    if target_instance is not None and isinstance(target_instance, Page):
        # An alias made by locale synchronisation is converted into a real translation on save.
        changed = changed or bool(target_instance.alias_of_id) or not target_instance.live
    if changed:
        translation.import_po(po)
        if isinstance(instance, DraftStateMixin):
            # wagtail-localize publishes in transaction.on_commit with a revision object loaded earlier; inside an
            # outer transaction (a test, a bigger load) that later publish writes a stale tree (numchild) back.
            # Save a draft and publish it here instead.
            translation.save_target(publish=False)
            target_instance = source.get_translated_instance(locale)
            target_instance.get_latest_revision().publish()
        else:
            translation.save_target(publish=True)
        target_instance = source.get_translated_instance(locale)
    return target_instance
