"""Local development: DEBUG on, a generated secret key kept out of git, SQLite unless DATABASE_URL says otherwise."""

import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR, env

DEBUG = env.bool("DEBUG", default=True)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])


def _local_secret_key() -> str:
    path = BASE_DIR / ".secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = env("SECRET_KEY", default=None) or _local_secret_key()

# The demo admin of `make run` logs in with the printed password alone; production and tests require a second factor
# for the Secretariat and superusers. Set ISCN_REQUIRE_STAFF_MFA=true to try the real flow locally.
ISCN_REQUIRE_STAFF_MFA = env.bool("ISCN_REQUIRE_STAFF_MFA", default=False)

# Serve static files from the app folders without collectstatic.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
