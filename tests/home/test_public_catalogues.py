"""The public site's interface strings are translated into de, es and pt: none missing, none fuzzy."""

from django.conf import settings

import polib
import pytest

OWN_SOURCES = (
    "home/models/topics.py",
    "home/models/news.py",
    "home/models/events.py",
    "home/models/partners.py",
    "home/models/contact.py",
    "home/models/menus.py",
    "home/forms.py",
    "home/search.py",
    "home/wagtail_hooks.py",
    "knowledge/wagtail_hooks.py",
    "templates/home/",
    "templates/components/",
)


@pytest.mark.parametrize("language", ["de", "es", "pt"])
def test_public_site_strings_are_translated(language):
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))
    nplurals = int(catalogue.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])
    ours = [
        entry
        for entry in catalogue
        if not entry.obsolete and any(path.startswith(OWN_SOURCES) for path, _line in entry.occurrences)
    ]
    assert len(ours) > 100
    assert [e.msgid for e in ours if "fuzzy" in e.flags] == []
    assert [e.msgid for e in ours if not e.translated()] == []
    assert [e.msgid for e in ours if e.msgid_plural and len(e.msgstr_plural) != nplurals] == []
