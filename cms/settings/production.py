"""Production: every secret and host comes from the environment, with no default, so a missing one stops start-up."""

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")

SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True  # read by the server only
LANGUAGE_COOKIE_SAMESITE = "Lax"

# The Secretariat and superusers always need a second factor here, whatever the environment says.
ISCN_REQUIRE_STAFF_MFA = True
# Production runs behind one TLS proxy (see SECURE_PROXY_SSL_HEADER): the limiters must see the client's address,
# not the proxy's, or one attacker would lock everybody out. Set 0 when nothing sits in front, 2 behind two proxies.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)
