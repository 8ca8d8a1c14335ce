"""wagtail-localize's machine translation is configured from the environment only, and off by default."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from home.machine_translation import NetworkDeepLTranslator

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SETTING = "WAGTAILLOCALIZE_MACHINE_TRANSLATOR"
VARIABLES = ("DEEPL_API_KEY", "DEEPL_FORMALITY", "GOOGLE_TRANSLATE_PROJECT_ID", "GOOGLE_APPLICATION_CREDENTIALS")


def setting_with(**variables: str):
    """The machine-translation setting as cms.settings.base computes it in a fresh process with these variables."""
    env = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    env.update(variables)
    code = f"import json, cms.settings.base as s; print(json.dumps(getattr(s, {SETTING!r}, None)))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_machine_translation_is_off_by_default():
    assert setting_with() is None


def test_a_deepl_key_turns_on_deepl_with_the_formal_address():
    setting = setting_with(DEEPL_API_KEY="abc:fx")
    assert setting == {
        "CLASS": "home.machine_translation.NetworkDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": "abc:fx", "FORMALITY": "prefer_more"},
    }


def test_a_google_project_turns_on_google_and_deepl_wins_when_both_are_set():
    setting = setting_with(GOOGLE_TRANSLATE_PROJECT_ID="iscn-123", GOOGLE_APPLICATION_CREDENTIALS="/srv/key.json")
    assert setting["CLASS"] == "wagtail_localize.machine_translators.google.GoogleCloudTranslator"
    assert setting["OPTIONS"] == {"PROJECT_ID": "iscn-123", "LOCATION": "global", "CREDENTIALS_PATH": "/srv/key.json"}
    both = setting_with(GOOGLE_TRANSLATE_PROJECT_ID="iscn-123", DEEPL_API_KEY="abc")
    assert both["CLASS"].endswith("NetworkDeepLTranslator")


@pytest.mark.django_db
def test_deepl_is_asked_for_brazilian_portuguese(locales):
    translator = NetworkDeepLTranslator({"AUTH_KEY": "abc:fx", "FORMALITY": "prefer_more"})
    parameters = translator.get_parameters(locales["en"], locales["pt"], [])
    assert parameters["target_lang"] == "PT-BR" and parameters["formality"] == "prefer_more"
    assert translator.get_parameters(locales["en"], locales["de"], [])["target_lang"] == "DE"
    assert translator.get_api_endpoint() == "https://api-free.deepl.com/v2/translate"
