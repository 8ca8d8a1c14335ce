"""Every interface string of matching and contributions is translated into de, es and pt (read from the sources)."""

import re

from django.conf import settings

import polib
import pytest

SOURCES = [
    "knowledge/matching.py",
    "knowledge/forms.py",
    "knowledge/moderation.py",
    "knowledge/models/contributions.py",
    "templates/knowledge/proposal_form.html",
    "templates/knowledge/_who_can_help.html",
    "templates/knowledge/email/contribution_published.txt",
    "templates/knowledge/email/contribution_sent_back.txt",
]
PYTHON = re.compile(r'\b(?:_|_lazy|gettext|ngettext)\(\s*"((?:[^"\\]|\\.)*)"')
TEMPLATE = re.compile(r'{% translate "([^"]*)"')
BLOCK = re.compile(r"{% blocktranslate[^%]*%}(.*?){% endblocktranslate %}", re.S)


def source_strings() -> set[str]:
    found = set()
    for name in SOURCES:
        text = (settings.BASE_DIR / name).read_text()
        found |= {s.replace('\\"', '"') for s in PYTHON.findall(text)} | set(TEMPLATE.findall(text))
        found |= {re.sub(r"{{ (\w+) }}", r"%(\1)s", block) for block in BLOCK.findall(text)}
    return found


@pytest.mark.parametrize("language", ["de", "es", "pt"])
def test_matching_and_contribution_strings_are_translated(language):
    catalogue = polib.pofile(str(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po"))
    translated = {entry.msgid for entry in catalogue if entry.translated() and not entry.obsolete}
    strings = source_strings()
    assert len(strings) > 50
    assert sorted(strings - translated) == []
