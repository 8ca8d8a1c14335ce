"""Settings of the subprocesses that build the run's migrated and demo databases (tests/golden.py): the test settings,
with the demo's media files written to the folder they are copied from."""

import os

from cms.settings.test import *  # noqa: F403

MEDIA_ROOT = os.environ["ISCN_GOLDEN_MEDIA_ROOT"]
MEMBERS_PRIVATE_MEDIA_ROOT = os.environ["ISCN_GOLDEN_PRIVATE_MEDIA_ROOT"]
