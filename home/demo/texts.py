"""Demo texts as data: TOML files in which every text is a table of its versions side by side (en, de, es, pt).

The builders take a text's source version (`source(text)`) to make pages in the default locale, and hand the
source → target maps of `DemoTexts.strings` to `translation.translate` for the other locales.
"""

import tomllib
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.html import escape


class DemoTextError(ValueError):
    """A demo text lacks one of the site's languages."""


@dataclass(frozen=True)
class DemoTexts:
    """One TOML file: its data, and for each target language the map of source text → translated text."""

    data: dict
    strings: dict[str, dict[str, str]]


def is_text(value: object) -> bool:
    """A text is a table with the source language's version, e.g. `[news.title] en = "…" de = "…"`."""
    return isinstance(value, dict) and settings.LANGUAGE_CODE in value


def source(text: dict[str, str]) -> str:
    return text[settings.LANGUAGE_CODE]


def read_texts(path: Path) -> DemoTexts:
    """Read a TOML file of demo texts; every text must have every configured language."""
    with path.open("rb") as file:
        data = tomllib.load(file)
    languages = [code for code, _name in settings.LANGUAGES]
    strings: dict[str, dict[str, str]] = {code: {} for code in languages if code != settings.LANGUAGE_CODE}
    for text in _texts(data):
        if missing := [code for code in languages if code not in text]:
            raise DemoTextError(f"{path.name}: {source(text)!r} has no {', '.join(missing)} version")
        for code, target in strings.items():
            target[source(text)] = text[code]
            # wagtail-localize extracts plain-text fields HTML-escaped ("Financing &amp; Operator Models").
            target[escape(source(text))] = escape(text[code])
    return DemoTexts(data=data, strings=strings)


def _texts(value: object):
    if is_text(value):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
