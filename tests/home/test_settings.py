"""Settings come from the environment: SQLite and a generated key with nothing set, PostgreSQL from DATABASE_URL."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

BASE_DIR = Path(__file__).resolve().parents[2]
# Reads each settings module under its own environment, all in one Python process: a settings module only reads the
# environment when imported, so each scenario starts from a fresh environment and a fresh import of cms.settings.
PROBE = """
import importlib, json, os, sys
import django

def fresh(env):
    os.environ.clear()
    os.environ.update(env)
    for loaded in [m for m in sys.modules if m == "cms.settings" or m.startswith("cms.settings.")]:
        del sys.modules[loaded]

scenarios = json.loads(sys.stdin.read())
results = {}
for name, (module, env) in scenarios.items():
    fresh(env)
    try:
        s = importlib.import_module(module)
    except Exception as error:
        results[name] = {"error": f"{type(error).__name__}: {error}"}
        continue
    db = s.DATABASES["default"]
    results[name] = {
        "engine": db["ENGINE"], "name": str(db["NAME"]), "debug": s.DEBUG, "key": s.SECRET_KEY,
        "hosts": s.ALLOWED_HOSTS, "cache": s.CACHES["default"]["BACKEND"], "email": s.EMAIL_BACKEND,
        "search": s.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    }
# The first scenario's settings also start Django (apps, models), as a server would.
fresh(next(iter(scenarios.values()))[1])
django.setup()
print(json.dumps(results))
"""


def scenario(module: str, **env: str) -> tuple[str, dict]:
    clean = {
        k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_URL", "SECRET_KEY", "ELASTIC", "REDIS"))
    }
    return module, {**clean, **env, "DJANGO_SETTINGS_MODULE": module}


SCENARIOS = {
    "dev": scenario("cms.settings.dev"),
    "dev_postgres": scenario("cms.settings.dev", DATABASE_URL="postgres://iscn:pw@db.example:5432/iscn"),
    "dev_services": scenario(
        "cms.settings.dev", ELASTICSEARCH_URL="http://127.0.0.1:9200", REDIS_URL="redis://127.0.0.1:6379/1"
    ),
    "production": scenario(
        "cms.settings.production", SECRET_KEY="x" * 60, ALLOWED_HOSTS="iscn.example.org,www.iscn.example.org"
    ),
    "production_no_key": scenario("cms.settings.production", ALLOWED_HOSTS="iscn.example.org"),
}


@pytest.fixture(scope="module")
def loaded() -> dict[str, dict]:
    """What each scenario's settings came to; Django also starts with the first (the dev defaults)."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE],
        input=json.dumps(SCENARIOS),
        cwd=BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_dev_settings_default_to_sqlite_in_the_repo_and_a_local_key(loaded):
    values = loaded["dev"]
    assert values["engine"] == "django.db.backends.sqlite3"
    assert values["name"] == str(BASE_DIR / "db.sqlite3")
    assert values["debug"] is True
    assert len(values["key"]) >= 50
    assert (BASE_DIR / ".secret_key").read_text().strip() == values["key"]
    assert values["search"] == "wagtail.search.backends.database"
    assert values["email"] == "django.core.mail.backends.console.EmailBackend"


def test_database_url_switches_to_postgresql(loaded):
    values = loaded["dev_postgres"]
    assert values["engine"] == "django.db.backends.postgresql"
    assert values["name"] == "iscn"


def test_elasticsearch_and_redis_switch_on_by_variable(loaded):
    values = loaded["dev_services"]
    assert values["search"] == "wagtail.search.backends.elasticsearch9"
    assert values["cache"] == "django_redis.cache.RedisCache"


def test_production_takes_secret_and_hosts_from_environment(loaded):
    values = loaded["production"]
    assert values["debug"] is False
    assert values["key"] == "x" * 60
    assert values["hosts"] == ["iscn.example.org", "www.iscn.example.org"]


def test_production_refuses_to_start_without_a_secret_key(loaded):
    assert "SECRET_KEY" in loaded["production_no_key"]["error"]


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
