"""Settings shared by every deployment: DEBUG off, no secrets, every difference read from the environment.

Each environment variable is named like the setting it feeds and listed, with a comment, in `.env.example`.
"""

from pathlib import Path

import environ
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    ALLOWED_HOSTS=(list, []),
    CSRF_TRUSTED_ORIGINS=(list, []),
)
environ.Env.read_env(BASE_DIR / ".env")  # local convenience; real environment variables win

# --- Core ------------------------------------------------------------------------------------------------------------
DEBUG = env("DEBUG")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")
ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the admin's page forms post many fields

# --- Applications ----------------------------------------------------------------------------------------------------
INSTALLED_APPS = [
    "home",
    "knowledge",
    "members_area",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales (same app label)
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",  # index pages serve feeds and calendars as sub-routes
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "members_area.accounts.users_app.UsersAppConfig",  # wagtail.users: only superusers grant admin rights
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django.contrib.humanize",  # allauth.usersessions' templates
    "axes",
    "csp",
]

# --- Middleware ------------------------------------------------------------------------------------------------------
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "members_area.accounts.headers.AdminRelaxedCSPMiddleware",  # django-csp with the admin's relaxation
    "home.middleware.CacheControlMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "members_area.accounts.sessions.SessionLifetimeMiddleware",
    "members_area.accounts.second_factor.RequireStaffMFAMiddleware",
    "members_area.accounts.views.ForbiddenInsteadOfLoginMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

# --- Templates -------------------------------------------------------------------------------------------------------
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------------------------------------------------
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the dev server read while a demo load or a test writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"

# --- Languages -------------------------------------------------------------------------------------------------------
# One list for the interface and the content.
LANGUAGE_CODE = "en"  # the first Locale row takes this value
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("pt", "Português"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Berlin"
WAGTAIL_I18N_ENABLED = True
# A translation made from a live source page stays a draft until a translator publishes it,
# so source-language text never goes live under another locale by accident.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# Machine translation in wagtail-localize's editor: off unless configured. DeepL when DEEPL_API_KEY is set (keys of the
# free plan end in ":fx"); otherwise Google Cloud Translation when GOOGLE_TRANSLATE_PROJECT_ID is set (credentials from
# GOOGLE_APPLICATION_CREDENTIALS, and the package google-cloud-translate installed).
if env("DEEPL_API_KEY", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "home.machine_translation.NetworkDeepLTranslator",
        "OPTIONS": {"AUTH_KEY": env("DEEPL_API_KEY"), "FORMALITY": env("DEEPL_FORMALITY", default="prefer_more")},
    }
elif env("GOOGLE_TRANSLATE_PROJECT_ID", default=""):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
        "OPTIONS": {
            "PROJECT_ID": env("GOOGLE_TRANSLATE_PROJECT_ID"),
            "LOCATION": env("GOOGLE_TRANSLATE_LOCATION", default="global"),
        },
    }
    if env("GOOGLE_APPLICATION_CREDENTIALS", default=""):
        WAGTAILLOCALIZE_MACHINE_TRANSLATOR["OPTIONS"]["CREDENTIALS_PATH"] = env("GOOGLE_APPLICATION_CREDENTIALS")

# --- Wagtail ---------------------------------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "International Smart Cities Network"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
# Scheme and host of absolute URLs made without a request (emails from commands); requests use their own host.
SITE_URL = env("SITE_URL", default=WAGTAILADMIN_BASE_URL)
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Images of restricted collections keep their originals and renditions in private storage (home/storage.py).
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
# Documents are always served through Wagtail's permission-checked view, never as a bare media URL.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Shared-password restrictions would let anyone with the password past the Members rule.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}

# --- Search ----------------------------------------------------------------------------------------------------------
# Wagtail's database backend (SQLite FTS5 or PostgreSQL full text); Elasticsearch when ELASTICSEARCH_URL is set.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": True}}
if "ELASTICSEARCH_URL" in env:
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [env("ELASTICSEARCH_URL")],
        "INDEX_PREFIX": env("ELASTICSEARCH_INDEX_PREFIX", default="iscn_"),  # Wagtail 8 reads INDEX_PREFIX only
        "TIMEOUT": 10,
        "OPTIONS": {},
        "INDEX_SETTINGS": {},
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Language-aware search on PostgreSQL: each locale's own stemming plus an unstemmed copy (home/search_backend.py).
    WAGTAILSEARCH_BACKENDS["default"]["BACKEND"] = "home.search_backend"
SEARCH_PAGE_SIZE = 10

# --- Accounts: django-allauth at /<lang>/accounts/ ------------------------------------------------------------------
AUTH_USER_MODEL = "members_area.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: refuses locked-out logins before any check
    "members_area.accounts.lockout.LoginThrottleBackend",
    # allauth's username-or-email backend (a ModelBackend for permissions too), hashing once per attempt
    "members_area.accounts.lockout.EmailOrUsernameBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Members are invited by the secretariat, so sign-up is closed.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
WAGTAILADMIN_LOGIN_URL = "account_login"  # the admin's own login form is never used: it cannot skip the second factor
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"  # nor is Wagtail's front-end one (restricted pages)
ACCOUNT_ADAPTER = "members_area.accounts.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"username", "email"}
ACCOUNT_FORMS = {"login": "members_area.accounts.forms.AccountLoginForm"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "username*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "none"  # addresses come from the secretariat and are proven by the invitation link
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_LOGOUT_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False  # keep this session; the others end (members_area.accounts.sessions)
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
# Password-reset links live one hour (allauth's email-aware token is Django's, which reads this; reset by code is off).
PASSWORD_RESET_TIMEOUT = 60 * 60
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[ISCN] "
ACCOUNT_EMAIL_NOTIFICATIONS = True
# django-axes locks an account for the address the failures came from (liftable by the secretariat, see below).
# allauth's counter of failures slows down one address trying many accounts (ip, a higher threshold) and guards the
# second-factor step (key: the account), which axes does not see. Its password key is the pair (account, address)
# (accounts/adapters.py), so that no stranger can lock a member out; allauth's other limits (reset mails) stay.
ACCOUNT_RATE_LIMITS = {"login_failed": "30/15m/ip,8/15m/key"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "ISCN"
USERSESSIONS_TRACK_ACTIVITY = False
# Passwords are set, changed and reset only through allauth (reset without enumeration, other sessions ended);
# the secretariat invites people and never sets or learns a member's password.
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
# Secretariat members and superusers must use a second factor before they reach the admin.
ISCN_REQUIRE_STAFF_MFA = env.bool("ISCN_REQUIRE_STAFF_MFA", default=True)
# Invitation links: valid this many days, and only until the password is set.
ISCN_INVITATION_TIMEOUT_DAYS = env.int("ISCN_INVITATION_TIMEOUT_DAYS", default=7)
# Staff set up their second factor only through a link mailed to the address on file; it works this many seconds.
ISCN_SECOND_FACTOR_LINK_SECONDS = env.int("ISCN_SECOND_FACTOR_LINK_SECONDS", default=3600)

# The number of reverse proxies in front of the app whose X-Forwarded-For entries are trusted (home/client_address.py);
# 0 reads REMOTE_ADDR. Every limiter (login locks, allauth's rate limits, the contact form) uses the same address.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# --- Login throttling (django-axes) ----------------------------------------------------------------------------------
# 5 failures lock the pair (account, address) for 30 minutes: a stranger elsewhere cannot lock a member out, nor one
# mistyping colleague an office. Addresses are slowed down by allauth (ACCOUNT_RATE_LIMITS).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_TIME", default=0.5)  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_USERNAME_CALLABLE = "members_area.accounts.lockout.axes_username"
AXES_LOCKOUT_CALLABLE = "members_area.accounts.lockout.lockout_response"
AXES_ENABLE_ADMIN = False  # locks are lifted in the Wagtail admin (Settings → Login locks)
AXES_CLIENT_IP_CALLABLE = "home.client_address.client_address"
AXES_SENSITIVE_PARAMETERS = ["password", "password1", "password2", "code"]

# --- Sessions --------------------------------------------------------------------------------------------------------
# Idle timeout and absolute lifetime (members_area.accounts.sessions.SessionLifetimeMiddleware).
ISCN_SESSION_IDLE_TIMEOUT = env.int("ISCN_SESSION_IDLE_TIMEOUT", default=2 * 60 * 60)
ISCN_SESSION_ABSOLUTE_LIFETIME = env.int("ISCN_SESSION_ABSOLUTE_LIFETIME", default=12 * 60 * 60)
SESSION_COOKIE_AGE = ISCN_SESSION_ABSOLUTE_LIFETIME
SESSION_EXPIRE_AT_BROWSER_CLOSE = False
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"

# --- Security headers; production.py turns on the HTTPS-only parts -------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views set SAMEORIGIN themselves
CSRF_COOKIE_SAMESITE = "Lax"
# Extra sources for images and video (e.g. an object store) and for frames (e.g. https://www.youtube-nocookie.com).
CSP_MEDIA_SOURCES = env.list("CSP_MEDIA_SOURCES", default=[])
CSP_FRAME_SOURCES = env.list("CSP_FRAME_SOURCES", default=[])
# Content-Security-Policy with a nonce for every script (django-csp 4); the admin relaxes scripts and styles only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "style-src-attr": [UNSAFE_INLINE],  # style="" attributes of rich text and embeds
        "img-src": [SELF, "data:", "blob:", *CSP_MEDIA_SOURCES],
        "media-src": [SELF, *CSP_MEDIA_SOURCES],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "frame-src": [SELF, *CSP_FRAME_SOURCES],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# What the Wagtail admin needs on top: inline scripts and styles of its templates and widgets, and framing by
# itself for the live preview (whose views set X-Frame-Options: SAMEORIGIN too).
ISCN_ADMIN_CSP_REPLACE = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "frame-ancestors": [SELF],
}

# --- Caching ---------------------------------------------------------------------------------------------------------
CACHES = {"default": env.cache("REDIS_URL", default="locmemcache://iscn")}
if "REDIS_URL" in env:
    CACHES["default"]["BACKEND"] = "django_redis.cache.RedisCache"
    # Sessions are read from the shared cache and written through to the database: no session query per request.
    # Not with the per-process default cache, where a logout in one process would leave the session alive in others.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Anonymous pages may be kept this long by browsers and shared caches; personal answers never are.
ISCN_PUBLIC_CACHE_SECONDS = env.int("ISCN_PUBLIC_CACHE_SECONDS", default=300)

# --- Email -----------------------------------------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="ISCN Secretariat <secretariat@iscn.example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Static files and media ------------------------------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "static_collected")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# The application serves public media at MEDIA_URL itself unless a web server or object storage does (docs/security.md).
ISCN_SERVE_MEDIA = env.bool("ISCN_SERVE_MEDIA", default=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Profile photos, and originals and renditions of images in restricted collections: outside MEDIA_ROOT, never served
# by the web server, only streamed by permission-checked views. On several app servers this must be shared storage
# (a mounted volume).
MEMBERS_PRIVATE_MEDIA_ROOT = env.path("MEMBERS_PRIVATE_MEDIA_ROOT", default=BASE_DIR / "private_media")
MEMBERS_PHOTO_MAX_UPLOAD_SIZE = 2 * 1024 * 1024

# --- Members area ----------------------------------------------------------------------------------------------------
# Deletion requests (GDPR) are mailed here.
MEMBERS_SECRETARIAT_EMAIL = env("MEMBERS_SECRETARIAT_EMAIL", default="secretariat@iscn.example.org")

# --- Public site -----------------------------------------------------------------------------------------------------
# Where contact-form messages go when a contact page names no recipient of its own.
ISCN_CONTACT_EMAIL = env("ISCN_CONTACT_EMAIL", default=MEMBERS_SECRETARIAT_EMAIL)
# Contact form: at most this many messages per visitor address per window (seconds), counted in the shared cache.
CONTACT_RATE_LIMIT = env.int("CONTACT_RATE_LIMIT", default=5)
CONTACT_RATE_WINDOW = env.int("CONTACT_RATE_WINDOW", default=3600)
# Event registration: at most this many registrations per visitor address per window (seconds).
EVENT_REGISTRATION_RATE_LIMIT = env.int("EVENT_REGISTRATION_RATE_LIMIT", default=10)
EVENT_REGISTRATION_RATE_WINDOW = env.int("EVENT_REGISTRATION_RATE_WINDOW", default=3600)

# --- Demo content ----------------------------------------------------------------------------------------------------
# Password of the demo accounts from `load_demo_content --with-demo-users`; generated and printed when empty.
DEMO_PASSWORD = env("DEMO_PASSWORD", default="")

# --- Logging ---------------------------------------------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="WARNING")},
}
