"""Admin buttons that make translation visible from a page: "Translate this page" in the header, and a link to
the translation editor of each language (where the strings can also be downloaded and uploaded as PO files)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets.button import Button, HeaderButton
from wagtail.models import Locale, Page

from wagtail_localize.models import Translation, TranslationSource


def can_translate(user) -> bool:
    return user.has_perm("wagtail_localize.submit_translation")


def translate_page_url(page: Page) -> str | None:
    """The "Translate this page" form, when some locale still has no real translation of the page."""
    if page.is_root():
        return None
    translated = page.get_translations(inclusive=True).exclude(alias_of__isnull=False).values_list("locale_id")
    if not Locale.objects.exclude(id__in=translated).exists():
        return None
    # An alias is translated from the page it shows.
    return reverse("wagtail_localize:submit_page_translation", args=[page.alias_of_id or page.pk])


def translate_header_buttons(page: Page, user) -> list[HeaderButton]:
    """The visible header button of the page editor; wagtail-localize puts it in the "…" menu only."""
    url = translate_page_url(page) if can_translate(user) else None
    if not url:
        return []
    return [HeaderButton(_("Translate this page"), url=url, icon_name="wagtail-localize-language", priority=5)]


def translation_editor_buttons(page: Page, user, priority: int) -> list[Button]:
    """One link per language to the translation editor of this page's translations."""
    if not can_translate(user) or page.is_root():
        return []
    source = TranslationSource.objects.get_for_instance_or_none(page)
    if source is None:
        return []
    buttons = []
    translations = Translation.objects.filter(source=source, enabled=True).select_related("target_locale")
    targets = {
        target.locale_id: target
        for target in Page.objects.filter(translation_key=page.translation_key, alias_of__isnull=True).exclude(
            pk=page.pk
        )
    }
    for translation in translations:
        target = targets.get(translation.target_locale_id)
        if target is None:
            continue
        label = _("Translation editor: %(language)s") % {"language": translation.target_locale.get_display_name()}
        url = reverse("wagtailadmin_pages:edit", args=[target.pk])
        buttons.append(Button(label, url=url, icon_name="wagtail-localize-language", priority=priority))
    return buttons
