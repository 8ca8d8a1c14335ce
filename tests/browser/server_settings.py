"""Settings of the browser tests' server process: the test settings, with its own files and mail the tests can read."""

import os

from cms.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["ISCN_BROWSER_MEDIA_ROOT"]
MEMBERS_PRIVATE_MEDIA_ROOT = os.environ["ISCN_BROWSER_PRIVATE_MEDIA_ROOT"]
# Mail goes to files, one message after another, so a test in another process can count what was sent.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["ISCN_BROWSER_MAIL_DIR"]
# Static files straight from the apps' folders, as Django's live server did: no collectstatic needed.
WHITENOISE_USE_FINDERS = True
