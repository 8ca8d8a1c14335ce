"""Settings come from the environment: SQLite and a generated key with nothing set, PostgreSQL from DATABASE_URL."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
PRINT_SETTINGS = (
    "import json, django; from django.conf import settings; django.setup(); "
    "db = settings.DATABASES['default']; "
    "print(json.dumps({'engine': db['ENGINE'], 'name': str(db['NAME']),"
    " 'debug': settings.DEBUG, 'key': settings.SECRET_KEY, 'hosts': settings.ALLOWED_HOSTS,"
    " 'cache': settings.CACHES['default']['BACKEND'], 'email': settings.EMAIL_BACKEND,"
    " 'search': settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']}))"
)


def load_settings(module: str, **env: str) -> dict:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "SECRET_KEY", "ELASTIC", "REDIS"))
    }
    clean.update(env, DJANGO_SETTINGS_MODULE=module)
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], cwd=BASE_DIR, env=clean, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_settings_default_to_sqlite_in_the_repo_and_a_local_key():
    values = load_settings("cms.settings.dev")
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(BASE_DIR / "db.sqlite3")
    assert values["debug"] is True
    assert len(values["key"]) >= 50
    assert (BASE_DIR / ".secret_key").read_text().strip() == values["key"]
    assert values["search"] == "wagtail.search.backends.database"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"


def test_database_url_switches_to_postgresql():
    values = load_settings("cms.settings.dev", DATABASE_URL="postgres://iscn:pw@db.example:5432/iscn")
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "iscn"


def test_elasticsearch_and_redis_switch_on_by_variable():
    values = load_settings(
        "cms.settings.dev", ELASTICSEARCH_URL="http://127.0.0.1:9200", REDIS_URL="redis://127.0.0.1:6379/1"
    )
    assert values["search"] == "wagtail.search.backends.elasticsearch9"
    assert values["cache"] == "django_redis.cache.RedisCache"


def test_production_takes_secret_and_hosts_from_environment():
    values = load_settings(
        "cms.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="iscn.example.org,www.iscn.example.org"
    )
    assert values["debug"] is False
    assert values["key"] == "x" * 60
    assert values["hosts"] == ["iscn.example.org", "www.iscn.example.org"]


def test_production_refuses_to_start_without_a_secret_key():
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DATABASE_URL")}
    env.update(DJANGO_SETTINGS_MODULE="cms.settings.production", ALLOWED_HOSTS="iscn.example.org")
    result = subprocess.run(
        [sys.executable, "-c", PRINT_SETTINGS], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


@pytest.mark.skipif(not os.environ.get("ELASTICSEARCH_URL"), reason="no Elasticsearch here: set ELASTICSEARCH_URL")
def test_elasticsearch_backend_answers():
    from wagtail.search.backends import get_search_backend

    backend = get_search_backend()
    assert backend.es.ping()


ENV_READ = re.compile(r"""env(?:\.\w+)?\(\s*["'](\w+)["']|["'](\w+)["'] in env""")
ENV_EXAMPLE_LINE = re.compile(r"#? ?([A-Z][A-Z0-9_]+)=.*")


def test_every_environment_variable_is_documented_in_env_example():
    """Each variable the settings read appears in .env.example, right under a comment that says what it does."""
    read = set()
    for module in (BASE_DIR / "cms" / "settings").glob("*.py"):
        read.update(name for pair in ENV_READ.findall(module.read_text()) for name in pair if name)
    lines = (BASE_DIR / ".env.example").read_text().splitlines()
    documented = {}
    for number, line in enumerate(lines):
        if match := ENV_EXAMPLE_LINE.fullmatch(line):
            documented[match.group(1)] = lines[number - 1]
    assert {"DATABASE_URL", "ELASTICSEARCH_URL", "MEMBERS_PRIVATE_MEDIA_ROOT", "AXES_COOLOFF_TIME"} <= read
    assert read - set(documented) == set()
    undocumented = [
        name for name, above in documented.items() if not above.startswith("# ") or ENV_EXAMPLE_LINE.fullmatch(above)
    ]
    assert undocumented == []
